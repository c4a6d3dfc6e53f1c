#include "core/services/contributionrules.h"

#include "core/coretr.h"
#include "core/domain/currency.h"
#include "core/repositories/contributionrepository.h"
#include "core/repositories/donorrepository.h"
#include "core/services/inputchecks.h"

#include <utility>

namespace FundDesk::Core {

namespace {

// The fund's books do not go back further; an earlier year is a typing mistake.
const QDate kEarliestDate(2000, 1, 1);

Error invalid(const QString &message, const QString &field, const QString &detail = {})
{
    return makeError(ErrorCode::InvalidInput, message, detail, field);
}

Error ruleViolation(const QString &message, const QString &field, const QString &detail = {})
{
    return makeError(ErrorCode::RuleViolation, message, detail, field);
}

QString isoDate(const QDate &date)
{
    return date.toString(Qt::ISODate);
}

// The free texts: stored as typed, but not without bound (issue 12).
Result<void> checkContributionTexts(const Contribution &contribution)
{
    using namespace InputChecks;
    if (auto error = tooLong(contribution.reference, kMaxShortText, QStringLiteral("reference"))) {
        return *error;
    }
    if (auto error =
            tooLong(contribution.conditions, kMaxLongText, QStringLiteral("conditions"))) {
        return *error;
    }
    if (auto error = tooLong(contribution.notes, kMaxLongText, QStringLiteral("notes"))) {
        return *error;
    }
    return {};
}

} // namespace

ContributionRules::ContributionRules(QSqlDatabase db, QDate today)
    : m_db(std::move(db)), m_today(today)
{}

Result<void> ContributionRules::check(const Contribution &contribution) const
{
    const auto donor = checkDonor(contribution);
    if (!donor) {
        return donor.error();
    }
    if (auto done = checkDate(contribution); !done) {
        return done;
    }
    if (auto done = checkMoney(contribution); !done) {
        return done;
    }
    if (auto done = checkPledge(contribution, *donor); !done) {
        return done;
    }
    if (auto done = checkConditions(contribution); !done) {
        return done;
    }
    if (auto done = checkContributionTexts(contribution); !done) {
        return done;
    }
    return checkSchedule(contribution);
}

// The donor, then whether the donor's money may be taken as this type (¶14).
Result<Donor> ContributionRules::checkDonor(const Contribution &contribution) const
{
    const QString field = QStringLiteral("donor");
    if (!contribution.donorId.isValid()) {
        return invalid(Tr::tr("Choose the donor of this contribution."), field);
    }
    const auto found = DonorRepository(m_db).find(contribution.donorId);
    if (!found) {
        return found.error();
    }
    if (!found->has_value()) {
        return makeError(ErrorCode::NotFound,
                         Tr::tr("The chosen donor is no longer in the fund's database. Choose "
                                "the donor again."),
                         QStringLiteral("no donor with id %1").arg(contribution.donorId.value()),
                         field);
    }
    const Donor &donor = **found;
    switch (donor.dueDiligence.status) {
    case DueDiligenceStatus::NotRequired:
    case DueDiligenceStatus::Cleared:
        break;
    case DueDiligenceStatus::Declined:
        //: %1 is the donor's name; ¶14 is a paragraph of the report that set up the fund
        return ruleViolation(Tr::tr("The UN's due diligence declined %1, so the fund cannot "
                                    "accept its money, pledged or received (¶14). Choose "
                                    "another donor, or record a new clearance on the donor "
                                    "if the decision was reversed.")
                                 .arg(donor.name),
                             field);
    case DueDiligenceStatus::Pending:
        if (contribution.type == ContributionType::Receipt) {
            //: %1 is the donor's name; ¶14 is a paragraph of the report that set up the fund
            return ruleViolation(Tr::tr("%1 has not yet been cleared by the UN's due diligence, "
                                        "so its money can be pledged but not recorded as "
                                        "received (¶14). Record a pledge for now, or record "
                                        "the clearance on the donor first.")
                                     .arg(donor.name),
                                 QStringLiteral("type"));
        }
        break;
    }
    return donor;
}

Result<void> ContributionRules::checkDate(const Contribution &contribution) const
{
    const QString field = QStringLiteral("date");
    if (!contribution.date.isValid()) {
        return invalid(Tr::tr("Enter the date of the contribution."), field);
    }
    if (contribution.date < kEarliestDate) {
        //: %1 is a date such as 1999-12-31
        return invalid(Tr::tr("The date %1 is before 1 January 2000. Check the year.")
                           .arg(isoDate(contribution.date)),
                       field);
    }
    if (auto error = InputChecks::implausibleDate(contribution.date, field)) {
        return *error;
    }
    if (contribution.type == ContributionType::Receipt && contribution.date > m_today) {
        //: %1 and %2 are dates such as 2025-03-31
        return invalid(Tr::tr("A receipt cannot be dated in the future: %1 is after today, %2. "
                              "Enter the date the money was received, or record a pledge.")
                           .arg(isoDate(contribution.date), isoDate(m_today)),
                       field);
    }
    return {};
}

// Amount, currency and rate; the USD value itself is computed by the service, never taken.
Result<void> ContributionRules::checkMoney(const Contribution &contribution)
{
    const Money &amount = contribution.amount;
    if (amount.isNegative() || amount.isZero()) {
        return invalid(Tr::tr("The amount must be above zero. Enter the amount the donor gives."),
                       QStringLiteral("amount"));
    }
    if (!Currency::isKnown(amount.currency())) {
        //: %1 is what was entered as a currency code
        return invalid(Tr::tr("“%1” is not a known ISO 4217 currency code. Choose the currency "
                              "from the list.")
                           .arg(amount.currency()),
                       QStringLiteral("currency"));
    }
    const QString rateField = QStringLiteral("rate");
    if (contribution.usdRate.scaled() <= 0) {
        return invalid(Tr::tr("Enter the exchange rate to US dollars used on the day; it must "
                              "be above zero."),
                       rateField);
    }
    if (amount.currency() == u"USD" && !contribution.usdRate.isIdentity()) {
        //: %1 is an exchange rate such as 0.98
        return invalid(Tr::tr("The amount is in US dollars, so its exchange rate must be 1, "
                              "not %1.")
                           .arg(contribution.usdRate.toString()),
                       rateField);
    }
    const auto usd = contribution.usdRate.toUsd(amount);
    if (!usd) {
        Error error = usd.error();
        error.field = QStringLiteral("amount");
        return error;
    }
    if (auto error = InputChecks::implausibleUsd(*usd, QStringLiteral("amount"))) {
        return *error;
    }
    return {};
}

Result<void> ContributionRules::checkPledge(const Contribution &contribution,
                                            const Donor &donor) const
{
    if (!contribution.pledgeId.isValid()) {
        return {};
    }
    const QString field = QStringLiteral("pledge");
    if (contribution.type != ContributionType::Receipt) {
        return invalid(Tr::tr("Only a receipt can be paid against a pledge. Clear the pledge it "
                              "pays, or record a receipt."),
                       field);
    }
    if (contribution.pledgeId == contribution.id) {
        return invalid(Tr::tr("A receipt cannot be paid against itself. Choose the pledge it "
                              "pays, or none."),
                       field);
    }
    const auto found = ContributionRepository(m_db).find(contribution.pledgeId);
    if (!found) {
        return found.error();
    }
    if (!found->has_value() || (*found)->type != ContributionType::Pledge) {
        return invalid(Tr::tr("The pledge this receipt pays is not in the fund's database. "
                              "Choose the pledge again, or none."),
                       field,
                       QStringLiteral("no pledge with id %1").arg(contribution.pledgeId.value()));
    }
    const Contribution &pledge = **found;
    if (pledge.donorId != contribution.donorId) {
        //: %1 is the donor's name
        return invalid(Tr::tr("The chosen pledge was made by another donor. Choose a pledge of "
                              "%1, or none.")
                           .arg(donor.name),
                       field);
    }
    if (!pledge.amount.hasSameCurrency(contribution.amount)) {
        //: %1 and %2 are currency codes such as EUR
        return invalid(Tr::tr("The chosen pledge is in %1 and this receipt in %2. Record the "
                              "receipt in %1, or choose another pledge.")
                           .arg(pledge.amount.currency(), contribution.amount.currency()),
                       field);
    }
    return {};
}

// ¶19: no earmarking. The manager's confirmation is asked for what is actually received.
Result<void> ContributionRules::checkConditions(const Contribution &contribution)
{
    const QString field = QStringLiteral("conditions");
    if (contribution.earmarked) {
        //: ¶19 is a paragraph of the report that set up the fund
        return ruleViolation(Tr::tr("The fund accepts no earmarked contributions (¶19): money "
                                    "restricted to specific activities cannot be recorded. Ask "
                                    "the donor to lift the restriction, then record the "
                                    "contribution without it."),
                             field);
    }
    if (contribution.type == ContributionType::Receipt &&
        !contribution.conditions.trimmed().isEmpty() &&
        !contribution.conditionsNotEarmarkConfirmed) {
        //: ¶19 is a paragraph of the report that set up the fund
        return invalid(Tr::tr("This receipt comes with conditions. Confirm that they do not "
                              "restrict its use to specific activities (no earmarking, ¶19) "
                              "before recording it."),
                       field);
    }
    return {};
}

// ¶20b: a multi-year pledge lists its expected payments, which add up to the pledge exactly.
Result<void> ContributionRules::checkSchedule(const Contribution &contribution)
{
    if (contribution.schedule.isEmpty()) {
        return {};
    }
    const QString field = QStringLiteral("schedule");
    if (contribution.type != ContributionType::Pledge) {
        return invalid(Tr::tr("Only a pledge can have a schedule of payments. Remove the "
                              "schedule, or record a pledge."),
                       field);
    }
    const QString currency = contribution.amount.currency();
    auto total = Money::fromMinor(0, currency);
    for (qsizetype i = 0; i < contribution.schedule.size(); ++i) {
        const ScheduledPayment &payment = contribution.schedule.at(i);
        const qsizetype number = i + 1;
        if (!payment.due.isValid()) {
            //: %1 is the number of the payment in the schedule: 1, 2, 3 …
            return invalid(Tr::tr("Enter the due date of scheduled payment %1.").arg(number),
                           field);
        }
        if (auto error = InputChecks::implausibleDate(payment.due, field)) {
            return *error;
        }
        if (payment.amount.isNegative() || payment.amount.isZero()) {
            //: %1 is the number of the payment in the schedule: 1, 2, 3 …
            return invalid(Tr::tr("Scheduled payment %1 must be above zero.").arg(number), field);
        }
        if (payment.amount.currency() != currency) {
            //: %1 is the number of the payment; %2 and %3 are currency codes such as EUR
            return invalid(Tr::tr("Scheduled payment %1 is in %2, but the pledge is in %3. Enter "
                                  "every payment in %3.")
                               .arg(QString::number(number), payment.amount.currency(), currency),
                           field);
        }
        total = total->add(payment.amount);
        if (!total) {
            Error error = total.error();
            error.field = field;
            return error;
        }
    }
    if (*total != contribution.amount) {
        //: %1 and %3 are amounts such as 1000.00, %2 their currency code such as EUR
        return invalid(
            Tr::tr("The scheduled payments add up to %1 %2, but the pledge is %3 %2. "
                   "Adjust the payments so that they add up to the pledge.")
                .arg(total->toPlainString(), currency, contribution.amount.toPlainString()),
            field);
    }
    return {};
}

} // namespace FundDesk::Core
