#include "core/services/demo/scalebulkwriter.h"

#include "core/db/auditchain.h"
#include "core/db/sqlhelpers.h"

namespace FundDesk::Core::Demo {

ScaleBulkWriter::ScaleBulkWriter(QSqlDatabase db, int sealEvery)
    : m_db(std::move(db)), m_sealEvery(sealEvery)
{}

Result<qint64> ScaleBulkWriter::insert(const QString &sql, std::initializer_list<QVariant> values)
{
    auto found = m_statements.find(sql);
    if (found == m_statements.end()) {
        auto prepared = Sql::prepare(m_db, sql);
        if (!prepared) {
            return prepared.error();
        }
        found = m_statements.emplace(sql, std::move(*prepared)).first;
    }
    QSqlQuery &query = found->second;
    int position = 0;
    for (const QVariant &value : values) {
        // QSQLITE binds a null QString as NULL; the NOT NULL text columns want ''. A NULL is
        // asked for with a typed null QVariant.
        const bool emptyText =
            !value.isNull() && value.typeId() == QMetaType::QString && value.toString().isNull();
        query.bindValue(position++, emptyText ? QVariant(QStringLiteral("")) : value);
    }
    if (!query.exec()) {
        return Sql::storageError(query, QStringLiteral("bulk insert: ") + sql.left(40));
    }
    ++m_rows;
    if (++m_sinceSeal >= m_sealEvery) {
        if (auto sealed = sealNow(); !sealed) {
            return sealed.error();
        }
    }
    return query.lastInsertId().toLongLong();
}

Result<void> ScaleBulkWriter::sealNow()
{
    QElapsedTimer timer;
    timer.start();
    m_sinceSeal = 0;
    auto sealed = AuditChain::seal(m_db);
    m_sealNs += timer.nsecsElapsed();
    return sealed;
}

} // namespace FundDesk::Core::Demo
