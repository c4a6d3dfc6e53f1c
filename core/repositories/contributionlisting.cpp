#include "core/repositories/contributionlisting.h"

#include "core/coretr.h"
#include "core/db/sqlhelpers.h"
#include "core/repositories/contributionrow.h"

#include <QSet>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace FundDesk::Core {

namespace {

// The column order of the listing's SELECT.
enum ListingColumn {
    ListingId,
    ListingDonorId,
    ListingType,
    ListingDate,
    ListingAmountMinor,
    ListingCurrency,
    ListingUsdRateE9,
    ListingUsdMinor,
    ListingPublication,
    ListingConditions,
    ListingReference,
};

} // namespace

Error ContributionListing::cancelled()
{
    return makeError(ErrorCode::Cancelled,
                     //: Not normally shown: the user cancelled loading a table
                     Tr::tr("Loading the contributions was cancelled."),
                     QStringLiteral("contribution listing cancelled"));
}

Result<void> ContributionListing::read(const QSqlDatabase &db, const Visit &visit)
{
    auto query = Sql::prepare(
        db, QStringLiteral("SELECT id, donor_id, type, date, amount_minor, currency, usd_rate_e9, "
                           "usd_minor, publication, conditions, reference FROM contributions "
                           "ORDER BY id"));
    if (!query) {
        return query.error();
    }
    query->setForwardOnly(true);
    if (auto done = Sql::execPrepared(*query, QStringLiteral("contribution listing")); !done) {
        return done;
    }
    // A fund uses a handful of currencies: each is checked once.
    QSet<QString> knownCurrencies;
    ContributionListRow row;
    while (query->next()) {
        row.id = query->value(ListingId).toLongLong();
        row.donorId = query->value(ListingDonorId).toLongLong();
        const QString typeValue = query->value(ListingType).toString();
        const auto type = contributionTypeFromKey(typeValue);
        if (!type) {
            return ContributionRow::corrupt(row.id, QStringLiteral("type"), typeValue);
        }
        row.type = *type;
        const QString dateValue = query->value(ListingDate).toString();
        row.date = QDate::fromString(dateValue, Qt::ISODate);
        if (!row.date.isValid()) {
            return ContributionRow::corrupt(row.id, QStringLiteral("date"), dateValue);
        }
        row.amountMinor = query->value(ListingAmountMinor).toLongLong();
        row.currency = query->value(ListingCurrency).toString();
        if (!knownCurrencies.contains(row.currency)) {
            if (!Money::fromMinor(0, row.currency)) {
                return ContributionRow::corrupt(row.id, QStringLiteral("currency"), row.currency);
            }
            knownCurrencies.insert(row.currency);
        }
        row.usdRateE9 = query->value(ListingUsdRateE9).toLongLong();
        if (!ExchangeRate::fromScaled(row.usdRateE9)) {
            return ContributionRow::corrupt(row.id, QStringLiteral("usd_rate_e9"),
                                            QString::number(row.usdRateE9));
        }
        row.usdMinor = query->value(ListingUsdMinor).toLongLong();
        const QString publicationValue = query->value(ListingPublication).toString();
        const auto publication = publicationConsentFromKey(publicationValue);
        if (!publication) {
            return ContributionRow::corrupt(row.id, QStringLiteral("publication"),
                                            publicationValue);
        }
        row.publication = *publication;
        row.conditions = query->value(ListingConditions).toString();
        row.reference = query->value(ListingReference).toString();
        if (!visit(row)) {
            return cancelled();
        }
    }
    if (query->lastError().isValid()) {
        return Sql::storageError(*query, QStringLiteral("contribution listing"));
    }
    return {};
}

} // namespace FundDesk::Core
