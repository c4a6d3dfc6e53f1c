#include "core/services/slate/slatebuilder.h"

#include <QDebug>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QTest>

#include <algorithm>
#include <bit>

using namespace FundDesk::Core;
using namespace Qt::StringLiterals;

namespace {

SlateCandidate applicant(qint64 id, const QString &iso3, Gender gender, RegionalGroup group,
                         int score, qint64 dollars, PriorityGroups priority = {})
{
    SlateCandidate c;
    c.id = SponsorshipId(id);
    c.applicantName = u"Applicant %1"_s.arg(id);
    c.stateIso3 = iso3;
    c.stateName = iso3;
    c.gender = gender;
    c.group = group;
    c.priority = priority;
    c.score = score;
    c.cost = Money::usd(dollars * 100);
    return c;
}

QList<qint64> ids(const Slate &slate)
{
    QList<qint64> values;
    for (const SponsorshipId id : slate.selected) {
        values.append(id.value());
    }
    return values;
}

SlateRequest seats(int count, std::optional<qint64> budgetDollars = std::nullopt)
{
    SlateRequest request;
    request.seats = count;
    if (budgetDollars) {
        request.budget = Money::usd(*budgetDollars * 100);
    }
    return request;
}

// The brute force the search must equal: every subset, scored on the ordered objectives
// written out again here, independently of the builder's code.
struct Score
{
    int states, seats, women, groups, priority, score;
    qint64 cost;
    QList<qint64> ids;
};

bool better(const Score &a, const Score &b)
{
    const auto ta = std::tuple(a.states, a.seats, a.women, a.groups, a.priority, a.score, -a.cost);
    const auto tb = std::tuple(b.states, b.seats, b.women, b.groups, b.priority, b.score, -b.cost);
    if (ta != tb) {
        return ta > tb;
    }
    return a.ids < b.ids;
}

QList<qint64> bruteForce(const QList<SlateCandidate> &all, const SlateRequest &request)
{
    QList<SlateCandidate> pool;
    QList<qint64> pins;
    for (const SlateCandidate &c : all) {
        if (c.selectable() && !request.excluded.contains(c.id)) {
            pool.append(c);
            if (request.pinned.contains(c.id)) {
                pins.append(c.id.value());
            }
        }
    }
    std::optional<Score> best;
    for (quint32 subset = 0; subset < (1u << pool.size()); ++subset) {
        Score s{0, 0, 0, 0, 0, 0, 0, {}};
        QSet<QString> states;
        int women = 0;
        QSet<RegionalGroup> groups;
        for (int i = 0; i < pool.size(); ++i) {
            if (!(subset & (1u << i))) {
                continue;
            }
            const SlateCandidate &c = pool.at(i);
            states.insert(c.stateIso3);
            women += c.gender == Gender::Woman ? 1 : 0;
            if (c.group != RegionalGroup::None) {
                groups.insert(c.group);
            }
            s.priority += c.priority ? 1 : 0;
            s.score += c.score.value_or(0);
            s.cost += c.cost.minor();
            s.ids.append(c.id.value());
            ++s.seats;
        }
        bool hasPins = true;
        for (const qint64 pin : pins) {
            hasPins = hasPins && s.ids.contains(pin);
        }
        if (!hasPins || s.seats > request.seats ||
            (request.budget && s.cost > request.budget->minor())) {
            continue;
        }
        s.states = int(states.size());
        s.women = std::min(women, (s.seats + 1) / 2);
        s.groups = int(groups.size());
        std::sort(s.ids.begin(), s.ids.end());
        if (!best || better(s, *best)) {
            best = s;
        }
    }
    if (!best) { // the pins alone break the seats or the budget
        std::sort(pins.begin(), pins.end());
        return pins;
    }
    return best->ids;
}

} // namespace

class TestSlateBuilder final : public QObject
{
    Q_OBJECT

private slots:
    void oneDelegatePerStateWhileOtherStatesWait()
    {
        using G = RegionalGroup;
        const QList<SlateCandidate> all{
            applicant(1, u"KEN"_s, Gender::Man, G::African, 95, 3000),
            applicant(2, u"KEN"_s, Gender::Man, G::African, 90, 3000),
            applicant(3, u"GHA"_s, Gender::Man, G::African, 40, 3000),
        };
        const Slate slate = SlateBuilder::build(all, seats(2));
        QCOMPARE(ids(slate), (QList<qint64>{1, 3}));
        QVERIFY(slate.decision(SponsorshipId(2))
                    ->reasons.constFirst()
                    .contains(u"already has a delegate"_s));
        // With no other State left, the second Kenyan takes the seat.
        const Slate three = SlateBuilder::build(all, seats(3));
        QCOMPARE(ids(three), (QList<qint64>{1, 2, 3}));
    }

    void genderParityBeforeCoverageAndScore()
    {
        using G = RegionalGroup;
        const QList<SlateCandidate> all{
            applicant(1, u"FRA"_s, Gender::Man, G::WesternEuropeanOther, 99, 2000),
            applicant(2, u"BRA"_s, Gender::Man, G::LatinAmericanCaribbean, 98, 2000),
            applicant(3, u"IND"_s, Gender::Woman, G::AsiaPacific, 50, 2000),
            applicant(4, u"JPN"_s, Gender::Woman, G::AsiaPacific, 40, 2000),
        };
        // Two seats: one woman is half; she is the higher-scoring woman.
        QCOMPARE(ids(SlateBuilder::build(all, seats(2))), (QList<qint64>{1, 3}));
        // Four seats: two women reach half; more is not asked for.
        const Slate slate = SlateBuilder::build(all, seats(4));
        QCOMPARE(slate.figures.women, 2);
        QCOMPARE(slate.figures.womenPercent(), 50);
    }

    void coverageBeforePriorityBeforeScore()
    {
        using G = RegionalGroup;
        const QList<SlateCandidate> all{
            applicant(1, u"NPL"_s, Gender::Woman, G::AsiaPacific, 90, 3000, PriorityGroup::Ldc),
            applicant(2, u"FJI"_s, Gender::Man, G::AsiaPacific, 80, 3000, PriorityGroup::Sids),
            applicant(3, u"POL"_s, Gender::Man, G::EasternEuropean, 10, 3000),
            applicant(4, u"SGP"_s, Gender::Man, G::AsiaPacific, 99, 3000),
        };
        // Two seats: covering Eastern Europe beats priority and score.
        QCOMPARE(ids(SlateBuilder::build(all, seats(2))), (QList<qint64>{1, 3}));
        // Three seats: priority (Fiji, SIDS) beats the higher score of Singapore.
        const Slate slate = SlateBuilder::build(all, seats(3));
        QCOMPARE(ids(slate), (QList<qint64>{1, 2, 3}));
        QCOMPARE(slate.figures.priority, 2);
        QVERIFY(slate.decision(SponsorshipId(3))->reasons.join(u'|').contains(u"Covers"_s));
        QVERIFY(slate.decision(SponsorshipId(2))->reasons.join(u'|').contains(u"SIDS"_s));
    }

    void budgetIsHardAndExplained()
    {
        using G = RegionalGroup;
        const QList<SlateCandidate> all{
            applicant(1, u"FJI"_s, Gender::Woman, G::AsiaPacific, 90, 5000),
            applicant(2, u"KEN"_s, Gender::Man, G::African, 80, 3000),
            applicant(3, u"PER"_s, Gender::Man, G::LatinAmericanCaribbean, 70, 2500),
        };
        const Slate slate = SlateBuilder::build(all, seats(3, 6000));
        QCOMPARE(ids(slate), (QList<qint64>{2, 3}));
        QCOMPARE(slate.figures.totalCost, Money::usd(5500'00));
        // Fiji left out: USD 500 left of the budget for a seat that costs 5,000.
        const QString why = slate.decision(SponsorshipId(1))->reasons.constFirst();
        QVERIFY2(why.contains(QRegularExpression(u"budget of USD 4,?500\\.00 more"_s)),
                 qPrintable(why));
        // One seat: Fiji could only replace Kenya (score 80) — that needs USD 2,000 more.
        const Slate one = SlateBuilder::build(all, seats(1, 3000));
        QCOMPARE(ids(one), (QList<qint64>{2}));
        const QString swap = one.decision(SponsorshipId(1))->reasons.constFirst();
        QVERIFY2(swap.contains(QRegularExpression(u"budget of USD 2,?000\\.00 more"_s)),
                 qPrintable(swap));
    }

    void pinsAndExclusions()
    {
        using G = RegionalGroup;
        const QList<SlateCandidate> all{
            applicant(1, u"KEN"_s, Gender::Woman, G::African, 95, 3000),
            applicant(2, u"GHA"_s, Gender::Woman, G::African, 90, 3000),
            applicant(3, u"PER"_s, Gender::Man, G::LatinAmericanCaribbean, 10, 3000),
        };
        SlateRequest request = seats(2);
        request.pinned = {SponsorshipId(3)};
        request.excluded = {SponsorshipId(1)};
        const Slate slate = SlateBuilder::build(all, request);
        QCOMPARE(ids(slate), (QList<qint64>{2, 3}));
        QVERIFY(slate.decision(SponsorshipId(3))->pinned);
        QCOMPARE(slate.decision(SponsorshipId(3))->reasons.constFirst(), u"Pinned by you"_s);
        QCOMPARE(slate.decision(SponsorshipId(1))->reasons.constFirst(), u"Excluded by you"_s);

        // Pins beyond the seats: the pins only, with a warning.
        request.seats = 1;
        request.pinned = {SponsorshipId(2), SponsorshipId(3)};
        const Slate over = SlateBuilder::build(all, request);
        QCOMPARE(ids(over), (QList<qint64>{2, 3}));
        QCOMPARE(over.warnings.size(), 1);
    }

    void ineligibleAreNeverChosenAndSayWhy()
    {
        SlateCandidate failing =
            applicant(1, u"KEN"_s, Gender::Woman, RegionalGroup::African, 100, 1000);
        failing.failing = {EligibilityCriterion::AbleToTravel};
        const QList<SlateCandidate> all{
            failing, applicant(2, u"GHA"_s, Gender::Man, RegionalGroup::African, 10, 1000)};
        const Slate slate = SlateBuilder::build(all, seats(2));
        QCOMPARE(ids(slate), (QList<qint64>{2}));
        QCOMPARE(slate.decision(SponsorshipId(1))->reasons.constFirst(), u"Not eligible: ¶21(c)"_s);
    }

    void scoreExplainsWhoIsLeftOut()
    {
        using G = RegionalGroup;
        const QList<SlateCandidate> all{
            applicant(1, u"KEN"_s, Gender::Man, G::African, 74, 3000),
            applicant(2, u"GHA"_s, Gender::Man, G::African, 60, 3000),
        };
        const Slate slate = SlateBuilder::build(all, seats(1));
        QCOMPARE(ids(slate), (QList<qint64>{1}));
        QCOMPARE(slate.decision(SponsorshipId(2))->reasons.constFirst(),
                 u"A higher score than 74 (the lowest selected with the same profile)"_s);
        QVERIFY(slate.decision(SponsorshipId(1))->reasons.contains(u"Score 74"_s));
    }

    void tiesGoToLowerCostThenLowerId()
    {
        using G = RegionalGroup;
        const QList<SlateCandidate> all{
            applicant(5, u"KEN"_s, Gender::Man, G::African, 70, 3000),
            applicant(4, u"GHA"_s, Gender::Man, G::African, 70, 2000),
            applicant(3, u"SEN"_s, Gender::Man, G::African, 70, 2000),
        };
        QCOMPARE(ids(SlateBuilder::build(all, seats(1))), (QList<qint64>{3}));
        QCOMPARE(ids(SlateBuilder::build(all, seats(2))), (QList<qint64>{3, 4}));
    }

    void isDeterministicWhateverTheOrder()
    {
        QRandomGenerator random(7);
        QList<SlateCandidate> all;
        for (int i = 1; i <= 40; ++i) {
            all.append(applicant(i, u"S%1"_s.arg(random.bounded(15)),
                                 random.bounded(2) ? Gender::Woman : Gender::Man,
                                 allRegionalGroups().at(random.bounded(5)),
                                 int(random.bounded(101)), 1000 + random.bounded(4000)));
        }
        const SlateRequest request = seats(8, 20000);
        const Slate first = SlateBuilder::build(all, request);
        std::reverse(all.begin(), all.end());
        QCOMPARE(ids(SlateBuilder::build(all, request)), ids(first));
    }

    void equalsBruteForceOnRandomCases()
    {
        QRandomGenerator random(20260214);
        const QList<RegionalGroup> groups{RegionalGroup::None,
                                          RegionalGroup::African,
                                          RegionalGroup::AsiaPacific,
                                          RegionalGroup::EasternEuropean,
                                          RegionalGroup::LatinAmericanCaribbean,
                                          RegionalGroup::WesternEuropeanOther};
        const QStringList states{u"AAA"_s, u"BBB"_s, u"CCC"_s, u"DDD"_s, u"EEE"_s, u"FFF"_s};
        // 400 small cases (6–12 applicants), then 30 larger ones (13–16) where the bound's
        // pruning has more to cut.
        for (int round = 0; round < 430; ++round) {
            const int count =
                round < 400 ? 6 + int(random.bounded(7)) : 13 + int(random.bounded(4));
            QList<SlateCandidate> all;
            qint64 total = 0;
            for (int i = 0; i < count; ++i) {
                const int state = int(random.bounded(qint64(2 + random.bounded(5))));
                SlateCandidate c = applicant(
                    100 - i * 3 + int(random.bounded(2)), states.at(state),
                    allGenders().at(random.bounded(3)), groups.at((state * 7 + round) % 6),
                    random.bounded(3) == 0 ? 50 : int(random.bounded(101)),
                    random.bounded(2) ? 1000 : 500 + random.bounded(3000),
                    state % 3 == 0 ? PriorityGroups(PriorityGroup::Ldc) : PriorityGroups());
                if (random.bounded(8) == 0) {
                    c.score.reset();
                }
                if (random.bounded(10) == 0) {
                    c.failing = {EligibilityCriterion::DirectExperience};
                }
                total += c.cost.minor() / 100;
                all.append(c);
            }
            SlateRequest request = seats(1 + int(random.bounded(round < 400 ? 5 : 7)));
            if (random.bounded(3) != 0) {
                request.budget = Money::usd(random.bounded(total + 1) * 100);
            }
            for (int pins = int(random.bounded(3)); pins > 0; --pins) {
                request.pinned.insert(all.at(random.bounded(count)).id);
            }
            for (int excluded = int(random.bounded(3)); excluded > 0; --excluded) {
                request.excluded.insert(all.at(random.bounded(count)).id);
            }
            const Slate slate = SlateBuilder::build(all, request);
            const QList<qint64> expected = bruteForce(all, request);
            if (ids(slate) != expected) {
                QString detail;
                for (const SlateCandidate &c : all) {
                    detail +=
                        u"\n id %1 %2 %3 g%4 p%5 s%6 c%7%8%9"_s.arg(c.id.value())
                            .arg(c.stateIso3)
                            .arg(genderKey(c.gender))
                            .arg(int(c.group))
                            .arg(int(c.priority))
                            .arg(c.score.value_or(-1))
                            .arg(c.cost.minor() / 100)
                            .arg(request.pinned.contains(c.id) ? u" pinned"_s : QString())
                            .arg(request.excluded.contains(c.id) ? u" excluded"_s : QString());
                }
                QFAIL(qPrintable(
                    u"round %1, seats %2, budget %3: got %4, brute force %5%6"_s.arg(round)
                        .arg(request.seats)
                        .arg(request.budget ? request.budget->toPlainString() : u"none"_s)
                        .arg(QDebug::toString(ids(slate)), QDebug::toString(expected), detail)));
            }
            QCOMPARE(slate.decisions.size(), all.size());
            for (const SlateDecision &decision : slate.decisions) {
                QVERIFY(!decision.reasons.isEmpty());
            }
        }
    }
};

QTEST_APPLESS_MAIN(TestSlateBuilder)
#include "tst_slatebuilder.moc"
