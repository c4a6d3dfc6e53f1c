#pragma once

#include <QSqlDatabase>

namespace FundDesk::Core {

// A larger page cache for one big write (an import of 100 000 rows), put back when it goes
// out of scope. With SQLite's default 2 MB, a transaction that dirties more pages than that
// spills them to the WAL again and again before COMMIT: most of a large import's time was the
// kernel copying the same pages. The statement journals of triggered inserts (one per row) go
// to memory too (temp_store), not to a file in /var/tmp. Failures are ignored: only speed
// depends on them. The connection has no TEMP tables, which changing temp_store would drop.
class BulkWriteCache final
{
public:
    explicit BulkWriteCache(QSqlDatabase db, int mebibytes = 256);
    ~BulkWriteCache();

    BulkWriteCache(const BulkWriteCache &) = delete;
    BulkWriteCache &operator=(const BulkWriteCache &) = delete;

private:
    QSqlDatabase m_db;
    qint64 m_previous = 0;
    bool m_changed = false;
    int m_previousTempStore = 0;
    bool m_tempStoreChanged = false;
};

} // namespace FundDesk::Core
