#include "core/services/demo/scalecontributions.h"

#include "core/domain/exchangerate.h"
#include "core/domain/money.h"

#include <algorithm>

namespace FundDesk::Core::Demo {

namespace {

struct Giver
{
    qint64 id = 0;
    bool mayGive = true;
};

struct Rate
{
    const char *currency;
    qint64 usdPerUnitE9;
};

// Rates of the kind a finance assistant records; JPY has no minor unit.
constexpr Rate kRates[] = {{"USD", 1'000'000'000}, {"EUR", 1'084'500'000}, {"GBP", 1'268'300'000},
                           {"CHF", 1'121'700'000}, {"JPY", 6'710'000},     {"CAD", 737'400'000}};

constexpr const char *kKinds[] = {"igo", "foundation", "private_sector", "other_ngo"};
constexpr const char *kKindNames[] = {"Regional Organization", "Foundation", "Technologies Ltd",
                                      "Cyber Civil Society Network"};

const QString kInsertDonor = QStringLiteral(
    "INSERT INTO donors (kind, name, state_iso3, country_iso3, due_diligence, "
    "due_diligence_date, due_diligence_note, contact) VALUES (?, ?, ?, ?, ?, ?, ?, ?)");
const QString kInsertContribution = QStringLiteral(
    "INSERT INTO contributions (donor_id, type, date, amount_minor, currency, usd_rate_e9, "
    "usd_minor, publication, reference) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)");

Result<QList<Giver>> writeDonors(ScaleContext &context)
{
    QList<Giver> givers;
    const int total = 40 * context.scale;
    const int states = std::min<int>(int(context.states.size()), total / 2);
    for (int i = 0; i < states; ++i) {
        const ScaleState &state = context.states[i];
        const auto id = context.writer.insert(
            kInsertDonor,
            {state.member ? QStringLiteral("member_state") : QStringLiteral("observer_state"),
             QStringLiteral("Government of %1").arg(state.iso3), state.iso3,
             QVariant(QMetaType::fromType<QString>()), QStringLiteral("not_required"),
             QVariant(QMetaType::fromType<QString>()), QString(),
             QStringLiteral("mission.%1@un.example").arg(state.iso3.toLower())});
        if (!id) {
            return id.error();
        }
        givers.append({*id, true});
    }
    for (int i = states; i < total; ++i) {
        const int kind = i % 4;
        const int draw = context.bounded(100);
        const bool cleared = draw < 90;
        const QString diligence = cleared     ? QStringLiteral("cleared")
                                  : draw < 97 ? QStringLiteral("pending")
                                              : QStringLiteral("declined");
        const ScaleState &seat = context.states[context.bounded(int(context.states.size()))];
        const auto id = context.writer.insert(
            kInsertDonor, {QString::fromLatin1(kKinds[kind]),
                           QStringLiteral("%1 %2 %3")
                               .arg(seat.iso3, QString::fromLatin1(kKindNames[kind]))
                               .arg(i, 5, 10, QLatin1Char('0')),
                           QVariant(QMetaType::fromType<QString>()), seat.iso3, diligence,
                           diligence == QLatin1String("pending")
                               ? QVariant(QMetaType::fromType<QString>())
                               : QVariant(context.dayIn(context.firstYear).toString(Qt::ISODate)),
                           diligence == QLatin1String("declined")
                               ? QStringLiteral("Activities conflict with the fund's purposes.")
                               : QString(),
                           QStringLiteral("partnerships%1@donor.example").arg(i)});
        if (!id) {
            return id.error();
        }
        givers.append({*id, cleared});
    }
    return givers;
}

} // namespace

Result<ScaleContributionCounts> writeScaleContributions(ScaleContext &context)
{
    const auto givers = writeDonors(context);
    if (!givers) {
        return givers.error();
    }
    ScaleContributionCounts counts;
    counts.donors = givers->size();
    const int total = 500 * context.scale;
    const int years = context.today.year() - context.firstYear + 1;
    for (int i = 0; i < total; ++i) {
        const Giver &giver = (*givers)[context.bounded(int(givers->size()))];
        // Pledges may come from anyone; money is received only from donors that may give.
        const bool receipt = giver.mayGive && context.bounded(5) != 0;
        const int year = context.firstYear + i % years;
        QDate date = context.dayIn(year);
        if (receipt && date > context.today) {
            date = context.today.addDays(-context.bounded(300));
        }
        const Rate &rate = kRates[context.bounded(6) < 3 ? 0 : 1 + context.bounded(5)];
        const qint64 usdCents = (20'000 + 1'000 * qint64(context.bounded(211))) * 100;
        const QString currency = QString::fromLatin1(rate.currency);
        const auto scaled = ExchangeRate::fromScaled(rate.usdPerUnitE9);
        const int digits = currency == QLatin1String("JPY") ? 0 : 2;
        // The amount in the donor's currency, then its USD value exactly as the services do.
        const qint64 minor = digits == 0 ? usdCents * 10'000'000 / rate.usdPerUnitE9
                                         : usdCents * 1'000'000'000 / rate.usdPerUnitE9;
        const auto amount = Money::fromMinor(std::max<qint64>(minor, 1), currency);
        if (!scaled || !amount) {
            return scaled ? amount.error() : scaled.error();
        }
        const auto usd = scaled->toUsd(*amount);
        if (!usd) {
            return usd.error();
        }
        const auto id = context.writer.insert(
            kInsertContribution,
            {giver.id, receipt ? QStringLiteral("receipt") : QStringLiteral("pledge"),
             date.toString(Qt::ISODate), amount->minor(), currency, rate.usdPerUnitE9, usd->minor(),
             context.bounded(20) == 0 ? QStringLiteral("anonymous") : QStringLiteral("publish"),
             QStringLiteral("C-%1-%2").arg(year).arg(i, 6, 10, QLatin1Char('0'))});
        if (!id) {
            return id.error();
        }
        if (receipt) {
            context.budget.addReceipt(date.year(), usd->minor());
        }
        ++counts.contributions;
    }
    return counts;
}

} // namespace FundDesk::Core::Demo
