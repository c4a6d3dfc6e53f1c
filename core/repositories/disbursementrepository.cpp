#include "core/repositories/disbursementrepository.h"

#include "core/db/sqlhelpers.h"

#include <QStringList>

namespace FundDesk::Core {

namespace {

Result<Disbursement> disbursementFrom(const QSqlQuery &query)
{
    Disbursement d;
    d.id = DisbursementId(query.value(0).toLongLong());
    d.date = QDate::fromString(query.value(1).toString(), Qt::ISODate);
    d.item.kind =
        workflowItemKindFromKey(query.value(2).toString()).value_or(WorkflowItemKind::Activity);
    d.item.id = query.value(3).toLongLong();
    auto amount = Money::fromMinor(query.value(4).toLongLong(), query.value(5).toString());
    auto rate = ExchangeRate::fromScaled(query.value(6).toLongLong());
    const auto region = regionFromKey(query.value(12).toString());
    if (!amount || !rate || !region) {
        return Sql::storageError(
            query, QStringLiteral("disbursement %1: bad stored values").arg(d.id.value()));
    }
    d.amount = *amount;
    d.usdRate = *rate;
    d.usdValue = Money::usd(query.value(7).toLongLong());
    d.payee = query.value(8).toString();
    d.reference = query.value(9).toString();
    d.recipientIso3 = query.value(10).toString();
    d.refund = query.value(11).toInt() == 1;
    d.refundReason = query.value(13).toString();
    d.region = *region;
    return d;
}

} // namespace

DisbursementRepository::DisbursementRepository(QSqlDatabase db) : m_db(std::move(db)) {}

Result<QList<Disbursement>> DisbursementRepository::list(const DisbursementQuery &filter) const
{
    QStringList where;
    if (filter.year) {
        where << QStringLiteral("d.date BETWEEN :from AND :to");
    }
    if (filter.region) {
        where << QStringLiteral("s.region = :region");
    }
    if (filter.item) {
        where << QStringLiteral("d.item_kind = :kind AND d.item_id = :item");
    }
    auto query = Sql::prepare(
        m_db,
        QStringLiteral("SELECT d.id, d.date, d.item_kind, d.item_id, d.amount_minor, "
                       "d.currency, d.usd_rate_e9, d.usd_minor, d.payee, d.reference, "
                       "d.recipient_iso3, d.refund, s.region, d.refund_reason "
                       "FROM disbursements AS d JOIN states AS s "
                       "ON s.iso3 = d.recipient_iso3 %1 ORDER BY d.date, d.id")
            .arg(where.isEmpty() ? QString()
                                 : QStringLiteral("WHERE ") + where.join(QStringLiteral(" AND "))));
    if (!query) {
        return query.error();
    }
    if (filter.year) {
        query->bindValue(QStringLiteral(":from"), QDate(*filter.year, 1, 1).toString(Qt::ISODate));
        query->bindValue(QStringLiteral(":to"), QDate(*filter.year, 12, 31).toString(Qt::ISODate));
    }
    if (filter.region) {
        query->bindValue(QStringLiteral(":region"), regionKey(*filter.region));
    }
    if (filter.item) {
        query->bindValue(QStringLiteral(":kind"), workflowItemKindKey(filter.item->kind));
        query->bindValue(QStringLiteral(":item"), filter.item->id);
    }
    if (auto done = Sql::execPrepared(*query, QStringLiteral("list disbursements")); !done) {
        return done.error();
    }
    QList<Disbursement> list;
    while (query->next()) {
        auto d = disbursementFrom(*query);
        if (!d) {
            return d.error();
        }
        list.append(*d);
    }
    return list;
}

Result<DisbursementId> DisbursementRepository::insert(const Disbursement &d)
{
    auto query = Sql::prepare(
        m_db, QStringLiteral("INSERT INTO disbursements (date, item_kind, item_id, amount_minor, "
                             "currency, usd_rate_e9, usd_minor, payee, reference, recipient_iso3, "
                             "refund, refund_reason) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    if (!query) {
        return query.error();
    }
    query->addBindValue(d.date.toString(Qt::ISODate));
    query->addBindValue(workflowItemKindKey(d.item.kind));
    query->addBindValue(d.item.id);
    query->addBindValue(d.amount.minor());
    query->addBindValue(d.amount.currency());
    query->addBindValue(d.usdRate.scaled());
    query->addBindValue(d.usdValue.minor());
    query->addBindValue(d.payee);
    query->addBindValue(d.reference.isNull() ? QStringLiteral("") : d.reference);
    query->addBindValue(d.recipientIso3);
    query->addBindValue(d.refund ? 1 : 0);
    query->addBindValue(d.refundReason.isNull() ? QStringLiteral("") : d.refundReason);
    if (auto done = Sql::execPrepared(*query, QStringLiteral("insert disbursement")); !done) {
        return done.error();
    }
    return DisbursementId(query->lastInsertId().toLongLong());
}

Result<Money> DisbursementRepository::netPaid(const WorkflowItem &item) const
{
    auto query =
        Sql::prepare(m_db, QStringLiteral("SELECT COALESCE(SUM(usd_minor), 0) FROM disbursements "
                                          "WHERE item_kind = ? AND item_id = ?"));
    if (!query) {
        return query.error();
    }
    query->addBindValue(workflowItemKindKey(item.kind));
    query->addBindValue(item.id);
    if (auto done = Sql::execPrepared(*query, QStringLiteral("sum paid")); !done) {
        return done.error();
    }
    if (!query->next()) {
        return Sql::storageError(*query, QStringLiteral("sum paid: no row"));
    }
    return Money::usd(query->value(0).toLongLong());
}

Result<QList<DisbursementTotal>> DisbursementRepository::totals() const
{
    auto query = Sql::prepare(
        m_db, QStringLiteral("SELECT CAST(substr(d.date, 1, 4) AS INTEGER) AS year, s.region, "
                             "SUM(d.usd_minor), count(*) FROM disbursements AS d "
                             "JOIN states AS s ON s.iso3 = d.recipient_iso3 "
                             "GROUP BY year, s.region ORDER BY year, s.region"));
    if (!query) {
        return query.error();
    }
    if (auto done = Sql::execPrepared(*query, QStringLiteral("disbursement totals")); !done) {
        return done.error();
    }
    QList<DisbursementTotal> totals;
    while (query->next()) {
        const auto region = regionFromKey(query->value(1).toString());
        if (!region) {
            return Sql::storageError(*query, QStringLiteral("unknown region"));
        }
        totals.append({query->value(0).toInt(), *region, Money::usd(query->value(2).toLongLong()),
                       query->value(3).toInt()});
    }
    return totals;
}

} // namespace FundDesk::Core
