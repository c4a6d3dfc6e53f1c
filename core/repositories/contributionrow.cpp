#include "core/repositories/contributionrow.h"

#include "core/coretr.h"

#include <QVariant>

namespace FundDesk::Core::ContributionRow {

namespace {

// The column order of kSelect; read() reads by these positions.
enum Column {
    Id,
    DonorIdColumn,
    Type,
    Date,
    AmountMinor,
    Currency,
    UsdRateE9,
    UsdMinor,
    PledgeIdColumn,
    Publication,
    Conditions,
    Earmarked,
    ConditionsNotEarmark,
    Reference,
    Notes,
};

const QString kSelect = QStringLiteral(
    "SELECT id, donor_id, type, date, amount_minor, currency, usd_rate_e9, usd_minor, pledge_id, "
    "publication, conditions, earmarked, conditions_not_earmark, reference, notes "
    "FROM contributions");

} // namespace

QString selectAll()
{
    return kSelect;
}

Error corrupt(qint64 id, const QString &column, const QString &value)
{
    return makeError(ErrorCode::Corrupt,
                     Tr::tr("The list of contributions in the fund's database is damaged: "
                            "contribution %1 has an unknown value in “%2”.")
                         .arg(QString::number(id), column),
                     QStringLiteral("contributions.%1 = \"%2\" for id %3")
                         .arg(column, value, QString::number(id)),
                     column);
}

// A null QString binds as NULL; the text columns are NOT NULL with '' for "nothing".
QString text(const QString &value)
{
    return value.isNull() ? QStringLiteral("") : value;
}

Result<Contribution> read(const QSqlQuery &query)
{
    Contribution contribution;
    const qint64 id = query.value(Id).toLongLong();
    contribution.id = ContributionId(id);
    contribution.donorId = DonorId(query.value(DonorIdColumn).toLongLong());

    const QString typeValue = query.value(Type).toString();
    const auto type = contributionTypeFromKey(typeValue);
    if (!type) {
        return corrupt(id, QStringLiteral("type"), typeValue);
    }
    contribution.type = *type;

    const QString dateValue = query.value(Date).toString();
    contribution.date = QDate::fromString(dateValue, Qt::ISODate);
    if (!contribution.date.isValid()) {
        return corrupt(id, QStringLiteral("date"), dateValue);
    }

    const QString currency = query.value(Currency).toString();
    const auto amount = Money::fromMinor(query.value(AmountMinor).toLongLong(), currency);
    if (!amount) {
        return corrupt(id, QStringLiteral("currency"), currency);
    }
    contribution.amount = *amount;

    const auto rate = ExchangeRate::fromScaled(query.value(UsdRateE9).toLongLong());
    if (!rate) {
        return corrupt(id, QStringLiteral("usd_rate_e9"), query.value(UsdRateE9).toString());
    }
    contribution.usdRate = *rate;
    contribution.usdValue = Money::usd(query.value(UsdMinor).toLongLong());
    const QVariant pledge = query.value(PledgeIdColumn);
    contribution.pledgeId =
        pledge.isNull() ? ContributionId() : ContributionId(pledge.toLongLong());

    const QString publicationValue = query.value(Publication).toString();
    const auto publication = publicationConsentFromKey(publicationValue);
    if (!publication) {
        return corrupt(id, QStringLiteral("publication"), publicationValue);
    }
    contribution.publication = *publication;
    contribution.conditions = query.value(Conditions).toString();
    contribution.earmarked = query.value(Earmarked).toInt() != 0;
    contribution.conditionsNotEarmarkConfirmed = query.value(ConditionsNotEarmark).toInt() != 0;
    contribution.reference = query.value(Reference).toString();
    contribution.notes = query.value(Notes).toString();
    return contribution;
}

void bind(QSqlQuery &query, const Contribution &contribution)
{
    query.bindValue(QStringLiteral(":donor_id"), contribution.donorId.value());
    query.bindValue(QStringLiteral(":type"), contributionTypeKey(contribution.type));
    query.bindValue(QStringLiteral(":date"), contribution.date.toString(Qt::ISODate));
    query.bindValue(QStringLiteral(":amount_minor"), contribution.amount.minor());
    query.bindValue(QStringLiteral(":currency"), contribution.amount.currency());
    query.bindValue(QStringLiteral(":usd_rate_e9"), contribution.usdRate.scaled());
    query.bindValue(QStringLiteral(":usd_minor"), contribution.usdValue.minor());
    query.bindValue(QStringLiteral(":pledge_id"), contribution.pledgeId.isValid()
                                                      ? QVariant(contribution.pledgeId.value())
                                                      : QVariant());
    query.bindValue(QStringLiteral(":publication"),
                    publicationConsentKey(contribution.publication));
    query.bindValue(QStringLiteral(":conditions"), text(contribution.conditions));
    query.bindValue(QStringLiteral(":earmarked"), contribution.earmarked ? 1 : 0);
    query.bindValue(QStringLiteral(":conditions_not_earmark"),
                    contribution.conditionsNotEarmarkConfirmed ? 1 : 0);
    query.bindValue(QStringLiteral(":reference"), text(contribution.reference));
    query.bindValue(QStringLiteral(":notes"), text(contribution.notes));
}

} // namespace FundDesk::Core::ContributionRow
