#include "core/db/bulkwritecache.h"

#include <QSqlQuery>
#include <QVariant>

#include <utility>

namespace FundDesk::Core {

BulkWriteCache::BulkWriteCache(QSqlDatabase db, int mebibytes) : m_db(std::move(db))
{
    QSqlQuery query(m_db);
    if (!query.exec(QStringLiteral("PRAGMA cache_size")) || !query.next()) {
        return;
    }
    m_previous = query.value(0).toLongLong();
    // A negative cache_size is in KiB.
    m_changed = query.exec(QStringLiteral("PRAGMA cache_size = -%1").arg(qint64(mebibytes) * 1024));
    if (query.exec(QStringLiteral("PRAGMA temp_store")) && query.next()) {
        m_previousTempStore = query.value(0).toInt();
        m_tempStoreChanged = query.exec(QStringLiteral("PRAGMA temp_store = MEMORY"));
    }
}

BulkWriteCache::~BulkWriteCache()
{
    if (m_changed) {
        // Lowering it frees the pages beyond the old size.
        QSqlQuery query(m_db);
        (void)query.exec(QStringLiteral("PRAGMA cache_size = %1").arg(m_previous));
    }
    if (m_tempStoreChanged) {
        QSqlQuery query(m_db);
        (void)query.exec(QStringLiteral("PRAGMA temp_store = %1").arg(m_previousTempStore));
    }
}

} // namespace FundDesk::Core
