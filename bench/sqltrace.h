#pragma once

#include <QSqlDatabase>
#include <QString>

#include <functional>
#include <string>
#include <vector>

struct sqlite3;

namespace FundDesk::Bench {

// The bare SQL limit of a measure: the statements FundDesk ran, traced as SQLite ran them,
// replayed through the C API on a connection of the bench's own.
struct TracedStatement
{
    std::string sql; // bound values expanded
    double ms = 0;   // as SQLite measured it, inside FundDesk's run
};

// The statements `work` runs on `db`, in order.
std::vector<TracedStatement> captureStatements(const QSqlDatabase &db,
                                               const std::function<void()> &work);
// The statements of every connection opened while `work` runs (a command opens its own, and
// may check the file on a second thread), in the order they ended.
std::vector<TracedStatement> captureProcessStatements(const std::function<void()> &work);

// Each statement prepared, stepped through every row (reading each column as an integer or
// text, as a caller would) and finalized, on db.
void replay(sqlite3 *db, const std::vector<TracedStatement> &statements);

// A plain SQLite connection of the bench's own.
class BareConnection final
{
public:
    explicit BareConnection(const QString &path, bool writable = false);
    ~BareConnection();
    BareConnection(const BareConnection &) = delete;
    BareConnection &operator=(const BareConnection &) = delete;
    sqlite3 *handle() const { return m_db; }

private:
    sqlite3 *m_db = nullptr;
};

} // namespace FundDesk::Bench
