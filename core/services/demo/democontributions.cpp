#include "core/services/demo/democontributions.h"

#include "core/domain/currency.h"
#include "core/services/contributionservice.h"

#include <QHash>

namespace FundDesk::Core::Demo {

namespace {

// USD per unit, × 10^9, around the time of writing; each day's rate moves a little around it.
qint64 baseRate(const QString &currency)
{
    static const QHash<QString, qint64> rates{
        {QStringLiteral("EUR"), 1'080'000'000}, {QStringLiteral("JPY"), 6'700'000},
        {QStringLiteral("GBP"), 1'270'000'000}, {QStringLiteral("CHF"), 1'120'000'000},
        {QStringLiteral("AUD"), 660'000'000},   {QStringLiteral("CAD"), 740'000'000},
        {QStringLiteral("NOK"), 94'000'000},    {QStringLiteral("KRW"), 750'000},
        {QStringLiteral("SGD"), 740'000'000},   {QStringLiteral("SEK"), 95'000'000},
        {QStringLiteral("DKK"), 145'000'000},   {QStringLiteral("USD"), 1'000'000'000},
    };
    return rates.value(currency, 1'000'000'000);
}

qint64 toMinor(qint64 major, const QString &currency)
{
    qint64 minor = major;
    for (int i = Currency::minorDigits(currency).value_or(2); i > 0; --i) {
        minor *= 10;
    }
    return minor;
}

} // namespace

DemoContributions::DemoContributions(ContributionService &service, QRandomGenerator &random,
                                     QDate today)
    : m_service(service), m_random(random), m_today(today)
{
}

Result<int> DemoContributions::recordFor(const DemoDonor &giver, DonorId donorId)
{
    m_recorded = 0;
    const DueDiligenceStatus diligence = giver.donor.dueDiligence.status;
    if (diligence == DueDiligenceStatus::Declined) {
        return 0; // ¶14: nothing may be accepted
    }
    const bool mayReceive = diligence != DueDiligenceStatus::Pending;
    const int first = m_today.year() - 2;
    for (int year = first; year <= m_today.year(); ++year) {
        const bool multiYearStart = giver.multiYear && year == first;
        if (giver.multiYear && !multiYearStart) {
            continue; // the first pledge covers all three years
        }
        if (!giver.multiYear && year > first && m_random.bounded(100) < 25) {
            continue; // some donors skip a year
        }
        const int years = multiYearStart ? 3 : 1;
        // ±20 % around 60 % of the donor's habit, rounded to a thousand units: about USD 4–5
        // million a year in all, near the ¶20 medium scenario.
        const qint64 yearly =
            giver.annualMajor * 60 / 100 * (80 + m_random.bounded(41)) / 100 / 1000 * 1000;
        const QDate pledgeDate = std::min(dayIn(year, 1, 4), m_today);
        const auto pledgeId = pledge(giver, donorId, pledgeDate, yearly * years, years);
        if (!pledgeId) {
            return pledgeId.error();
        }
        for (int paid = 0; paid < years && mayReceive; ++paid) {
            QDate paidOn = dayIn(year + paid, 3, 9);
            if (paidOn > m_today) {
                break; // not yet received
            }
            // The current year's payment sometimes arrives in two instalments.
            const bool split = year + paid == m_today.year() && m_random.bounded(100) < 40;
            const qint64 amount = split ? yearly / 2 : yearly;
            if (auto done = receipt(giver, donorId, *pledgeId, paidOn, amount); !done) {
                return done.error();
            }
        }
    }
    return m_recorded;
}

Result<ContributionId> DemoContributions::pledge(const DemoDonor &giver, DonorId donorId,
                                                 QDate date, qint64 major, int years)
{
    Contribution pledge;
    pledge.donorId = donorId;
    pledge.type = ContributionType::Pledge;
    pledge.date = date;
    pledge.amount = *Money::fromMinor(toMinor(major, giver.currency), giver.currency);
    pledge.usdRate = rateOn(giver.currency, date);
    pledge.publication = consentFor(giver);
    pledge.reference = QStringLiteral("PL-%1-%2").arg(date.year()).arg(m_random.bounded(1000, 9999));
    if (years > 1) {
        const auto parts = pledge.amount.allocate(QList<qint64>(years, 1));
        if (!parts) {
            return parts.error();
        }
        for (int i = 0; i < years; ++i) {
            pledge.schedule.append({QDate(date.year() + i, 6, 30), parts->at(i)});
        }
        pledge.notes = QStringLiteral("Multi-year commitment (¶20b).");
    }
    auto recorded = m_service.record(pledge);
    if (recorded) {
        ++m_recorded;
    }
    return recorded;
}

Result<void> DemoContributions::receipt(const DemoDonor &giver, DonorId donorId,
                                        ContributionId pledgeId, QDate date, qint64 major)
{
    Contribution receipt;
    receipt.donorId = donorId;
    receipt.type = ContributionType::Receipt;
    receipt.date = date;
    receipt.amount = *Money::fromMinor(toMinor(major, giver.currency), giver.currency);
    receipt.usdRate = rateOn(giver.currency, date);
    receipt.pledgeId = pledgeId;
    receipt.publication = consentFor(giver);
    receipt.reference = QStringLiteral("RC-%1-%2").arg(date.year()).arg(m_random.bounded(1000, 9999));
    if (m_random.bounded(100) < 10) {
        receipt.conditions =
            QStringLiteral("Acknowledgement of the contribution in the annual report to donors.");
        receipt.conditionsNotEarmarkConfirmed = true;
    }
    auto recorded = m_service.record(receipt);
    if (!recorded) {
        return recorded.error();
    }
    ++m_recorded;
    return {};
}

ExchangeRate DemoContributions::rateOn(const QString &currency, QDate)
{
    if (currency == QLatin1String("USD")) {
        return ExchangeRate::identity();
    }
    const qint64 moved = baseRate(currency) * (970 + m_random.bounded(61)) / 1000;
    return *ExchangeRate::fromScaled(moved);
}

QDate DemoContributions::dayIn(int year, int fromMonth, int toMonth)
{
    const int month = fromMonth + m_random.bounded(toMonth - fromMonth + 1);
    return QDate(year, month, 1 + m_random.bounded(28));
}

PublicationConsent DemoContributions::consentFor(const DemoDonor &giver)
{
    const int roll = m_random.bounded(100);
    if (roll < giver.anonymousPercent) {
        return PublicationConsent::Anonymous;
    }
    if (roll >= 96 && giver.donor.kind != DonorKind::MemberState) {
        return PublicationConsent::Withhold;
    }
    return PublicationConsent::Publish;
}

} // namespace FundDesk::Core::Demo
