#pragma once

#include "core/domain/result.h"

#include <QElapsedTimer>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QVariant>

#include <initializer_list>
#include <map>

namespace FundDesk::Core::Demo {

// Prepared INSERTs for the scale generator, one per statement text, reused for every row. The
// audit triggers still write one entry per row; every `sealEvery` rows the writer chains them
// (AuditChain::seal), so the unsealed backlog, and the memory sealing needs, stays small.
class ScaleBulkWriter final
{
public:
    explicit ScaleBulkWriter(QSqlDatabase db, int sealEvery = 50'000);

    // Runs `sql` (cached after the first call) with the values bound in order; the new row id.
    Result<qint64> insert(const QString &sql, std::initializer_list<QVariant> values);
    Result<void> sealNow();

    QSqlDatabase database() const { return m_db; }
    qint64 rows() const { return m_rows; }
    qint64 sealMilliseconds() const { return m_sealNs / 1'000'000; }

private:
    QSqlDatabase m_db;
    int m_sealEvery;
    int m_sinceSeal = 0;
    qint64 m_rows = 0;
    qint64 m_sealNs = 0;
    std::map<QString, QSqlQuery> m_statements;
};

} // namespace FundDesk::Core::Demo
