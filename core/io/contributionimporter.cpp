#include "core/io/contributionimporter.h"

#include "core/coretr.h"
#include "core/db/bulkinsertaudit.h"
#include "core/io/importerrors.h"
#include "core/io/importkind.h"
#include "core/io/importrow.h"
#include "core/repositories/contributionbatchinsert.h"
#include "core/repositories/contributionrepository.h"
#include "core/services/inputchecks.h"
#include "core/services/periodlock.h"

#include <utility>

namespace FundDesk::Core {

namespace {

enum Column {
    Date,
    DonorName,
    Kind,
    Country,
    Type,
    Amount,
    CurrencyCode,
    UsdRate,
    Publication,
    Conditions,
    Reference
};

const QDate kEarliestDate(2000, 1, 1);
constexpr qsizetype kMaxDonorName = 200;

QString naturalKey(const Contribution &contribution, const QString &donorKey)
{
    return contribution.date.toString(Qt::ISODate) + u'|' + donorKey + u'|' +
           contributionTypeKey(contribution.type) + u'|' + contribution.amount.currency() + u'|' +
           QString::number(contribution.amount.minor());
}

QStringList keysOf(const QList<DonorKind> &kinds)
{
    QStringList keys;
    for (const DonorKind kind : kinds) {
        keys.append(donorKindKey(kind));
    }
    return keys;
}

} // namespace

ContributionImporter::ContributionImporter(QSqlDatabase db, ReferenceDataService reference,
                                           ImportOptions options)
    : m_db(std::move(db)),
      m_reference(reference),
      m_options(options),
      m_donors(std::move(reference))
{}

Result<void> ContributionImporter::load()
{
    if (auto loaded = m_donors.load(m_db); !loaded) {
        return loaded;
    }
    const auto stored = ContributionRepository(m_db).all();
    if (!stored) {
        return stored.error();
    }
    m_storedReferences.reserve(stored->size());
    m_storedKeys.reserve(stored->size());
    for (const Contribution &contribution : *stored) {
        if (!contribution.reference.isEmpty()) {
            m_storedReferences.insert(contribution.reference);
        }
        m_storedKeys.insert(naturalKey(contribution, m_donors.keyOf(contribution.donorId)));
    }
    const PeriodLock lock(m_db);
    for (int year = kEarliestDate.year(); year <= m_options.today.year(); ++year) {
        const auto closed = lock.isClosed(year);
        if (!closed) {
            return closed.error();
        }
        if (*closed) {
            m_closedYears.insert(year);
        }
    }
    return {};
}

bool ContributionImporter::analyse(const CsvDocument &document, const QList<int> &indexes,
                                   ImportIssues &issues, const ImportProgress &progress)
{
    m_planned.clear();
    m_planned.reserve(document.rows.size());
    return forEachRow(ImportKind::Contributions, document, indexes, issues, progress,
                      [this](ImportRow &row) { readRow(row); });
}

void ContributionImporter::readRow(ImportRow &row)
{
    Planned planned;
    Contribution &contribution = planned.contribution;
    const auto type = row.key(Type, {QStringLiteral("pledge"), QStringLiteral("receipt")});
    if (type) {
        contribution.type = *contributionTypeFromKey(*type);
    }
    const auto date = row.date(Date);
    if (date && type) {
        contribution.date = *date;
        checkDate(row, contribution.type, *date);
    }
    const QString donorKey = type ? resolveDonor(row, contribution.type, planned) : QString();
    readMoney(row, contribution);
    const auto publication = row.key(
        Publication,
        {QStringLiteral("publish"), QStringLiteral("anonymous"), QStringLiteral("withhold")});
    if (publication) {
        contribution.publication = *publicationConsentFromKey(*publication);
    }
    contribution.conditions = row.limited(Conditions, 4000);
    if (contribution.type == ContributionType::Receipt && !contribution.conditions.isEmpty()) {
        if (m_options.receiptConditionsConfirmed) {
            contribution.conditionsNotEarmarkConfirmed = true;
        } else {
            //: ¶19 is a paragraph of the report that set up the fund
            row.fail(Conditions, Tr::tr("This receipt comes with conditions. Confirm for the "
                                        "whole file that no condition restricts the money to "
                                        "specific activities (no earmarking, ¶19), or record "
                                        "this receipt in the contribution form."));
        }
    }
    contribution.reference = row.limited(Reference, 200);
    if (row.failed()) {
        return;
    }
    checkDuplicate(row, contribution, donorKey);
    if (!row.failed()) {
        m_planned.append(std::move(planned));
    }
}

QString ContributionImporter::resolveDonor(ImportRow &row, ContributionType type, Planned &planned)
{
    const QStringList kinds = keysOf(allDonorKinds());
    const auto kindKey = row.key(Kind, kinds);
    if (!kindKey) {
        return {};
    }
    Donor donor;
    donor.kind = *donorKindFromKey(*kindKey);
    const bool state = isStateDonor(donor.kind);
    const auto country = row.country(Country, m_reference, !state);
    if (!country) {
        return {};
    }
    if (state) {
        donor.stateIso3 = *country;
        const bool member = m_reference.state(*country)->member;
        if (member != (donor.kind == DonorKind::MemberState)) {
            //: %1 is a country code such as FRA, %2 the right donor_kind value
            row.fail(Kind, Tr::tr("%1 is not a State of this kind. Write %2 in donor_kind.")
                               .arg(*country, donorKindKey(member ? DonorKind::MemberState
                                                                  : DonorKind::ObserverState)));
            return {};
        }
    } else {
        donor.countryIso3 = *country;
        donor.name = row.required(DonorName);
        if (donor.name.isEmpty()) {
            return {};
        }
        if (donor.name.size() > kMaxDonorName) {
            row.limited(DonorName, kMaxDonorName);
            return {};
        }
        donor.dueDiligence.status = DueDiligenceStatus::Pending;
    }
    const QString key = ImportDonorBook::keyOf(donor);
    const Donor *stored = m_donors.existing(key);
    const QString name = stored ? stored->name : donor.name;
    const DueDiligenceStatus status =
        stored ? stored->dueDiligence.status : donor.dueDiligence.status;
    if (status == DueDiligenceStatus::Declined) {
        //: %1 is the donor's name; ¶14 is a paragraph of the report that set up the fund
        row.fail(DonorName, Tr::tr("The UN's due diligence declined %1, so the fund cannot "
                                   "accept its money (¶14). Remove the row.")
                                .arg(name));
        return {};
    }
    if (status == DueDiligenceStatus::Pending && type == ContributionType::Receipt) {
        //: %1 is the donor's name; ¶14 is a paragraph of the report that set up the fund
        row.fail(Type, Tr::tr("%1 has not been cleared by the UN's due diligence, so its money "
                              "cannot be recorded as received (¶14). Record the clearance on "
                              "the donor first, or import the row as a pledge.")
                           .arg(name.isEmpty() ? row.text(DonorName) : name));
        return {};
    }
    if (stored) {
        planned.contribution.donorId = stored->id;
    } else {
        planned.newDonor = m_donors.plan(donor);
    }
    return key;
}

void ContributionImporter::checkDate(ImportRow &row, ContributionType type, const QDate &date)
{
    const QString iso = date.toString(Qt::ISODate);
    if (date < kEarliestDate) {
        //: %1 is a date such as 1999-12-31
        row.fail(Date, Tr::tr("The date %1 is before 1 January 2000. Check the year.").arg(iso));
    } else if (type == ContributionType::Receipt && date > m_options.today) {
        //: %1 and %2 are dates such as 2026-03-31
        row.fail(Date, Tr::tr("A receipt cannot be dated in the future: %1 is after today, %2. "
                              "Correct the date, or import the row as a pledge.")
                           .arg(iso, m_options.today.toString(Qt::ISODate)));
    } else if (m_closedYears.contains(date.year())) {
        //: %1 is a year such as 2025
        row.fail(Date, Tr::tr("The year %1 is closed, so nothing dated in it can be recorded. "
                              "Correct the date, or reopen the year first.")
                           .arg(date.year()));
    }
}

void ContributionImporter::readMoney(ImportRow &row, Contribution &contribution)
{
    const auto currency = row.currency(CurrencyCode);
    if (!currency) {
        return;
    }
    const auto amount = row.amount(Amount, *currency);
    const QString rateText = row.text(UsdRate);
    ExchangeRate rate;
    if (*currency == u"USD") {
        const auto one = ExchangeRate::parse(rateText);
        if (!rateText.isEmpty() && !(one && one->isIdentity())) {
            //: %1 is what the file holds as a rate
            row.fail(UsdRate, Tr::tr("The amount is in US dollars, so its usd_rate must be "
                                     "empty, not “%1”.")
                                  .arg(rateText));
            return;
        }
    } else if (rateText.isEmpty()) {
        //: %1 is a currency code such as EUR
        row.fail(UsdRate, Tr::tr("The usd_rate column is empty. Write how many US dollars one "
                                 "%1 was worth on the day, such as 1.0825.")
                              .arg(*currency));
        return;
    } else if (const auto parsed = ExchangeRate::parse(rateText); parsed) {
        rate = *parsed;
    } else {
        //: %1 is what the file holds as a rate
        row.fail(UsdRate, Tr::tr("“%1” is not an exchange rate. Write US dollars per unit "
                                 "with a dot and at most 9 decimals, such as 1.0825.")
                              .arg(rateText));
        return;
    }
    if (!amount) {
        return;
    }
    auto usd = rate.toUsd(*amount);
    if (!usd) {
        row.fail(Amount, usd.error().message);
        return;
    }
    if (auto error = InputChecks::implausibleUsd(*usd, QStringLiteral("amount"))) {
        row.fail(Amount, error->message);
        return;
    }
    contribution.amount = *amount;
    contribution.usdRate = rate;
    contribution.usdValue = *usd;
}

void ContributionImporter::checkDuplicate(ImportRow &row, const Contribution &contribution,
                                          const QString &donor)
{
    if (!contribution.reference.isEmpty()) {
        const QString &reference = contribution.reference;
        if (const int line = m_fileReferences.value(reference); line > 0) {
            //: %1 is a line number, %2 a contribution's reference
            row.fail(Reference, Tr::tr("This row repeats line %1: the reference “%2” is used "
                                       "twice. Remove the repeated row, or correct the "
                                       "reference.")
                                    .arg(QString::number(line), reference));
        } else if (m_storedReferences.contains(reference)) {
            //: %1 is a contribution's reference
            row.fail(Reference, Tr::tr("The fund already has a contribution with the reference "
                                       "“%1”. Remove the row if it was imported before, or "
                                       "correct the reference.")
                                    .arg(reference));
        } else {
            m_fileReferences.insert(reference, row.line());
        }
        return;
    }
    const QString key = naturalKey(contribution, donor);
    if (const int line = m_fileKeys.value(key); line > 0) {
        //: %1 is a line number
        row.fail(-1, Tr::tr("This row repeats line %1: same date, donor, type and amount. "
                            "Remove the repeated row, or give each its reference to tell them "
                            "apart.")
                         .arg(line));
    } else if (m_storedKeys.contains(key)) {
        row.fail(-1, Tr::tr("The fund already has a contribution of this donor with the same "
                            "date, type and amount. Remove the row if it was imported before, "
                            "or give it a reference to tell the two apart."));
    } else {
        m_fileKeys.insert(key, row.line());
    }
}

Result<int> ContributionImporter::write(const ImportProgress &progress)
{
    const auto donorIds = m_donors.write(m_db);
    if (!donorIds) {
        return donorIds.error();
    }
    // The contributions' audit entries are written set by set after the rows; the donors
    // above stay triggered (few rows, and updates of them would need the trigger anyway).
    BulkInsertAudit audit(m_db, QStringLiteral("contributions"));
    if (auto suspended = audit.suspend(); !suspended) {
        return suspended.error();
    }
    ContributionBatchInsert insert(m_db);
    const qsizetype total = m_planned.size();
    for (qsizetype i = 0; i < total; ++i) {
        Planned &planned = m_planned[i];
        if (planned.newDonor >= 0) {
            planned.contribution.donorId = donorIds->at(planned.newDonor);
        }
        if (auto id = insert.insert(planned.contribution); !id) {
            return id.error();
        }
        if (!report(progress, i + 1, total)) {
            return importCancelledError();
        }
    }
    if (auto recorded = audit.finish(); !recorded) {
        return recorded.error();
    }
    return int(total);
}

} // namespace FundDesk::Core
