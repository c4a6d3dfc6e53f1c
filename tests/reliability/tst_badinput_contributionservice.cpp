#include "badinputcatalogue.h"

#include "tests/ui/testsupport/testfund.h"

#include <QTest>

#include <limits>

using namespace FundDesk;
using namespace FundDesk::Core;
using namespace Qt::StringLiterals;

Q_DECLARE_METATYPE(FundDesk::Core::Contribution)
Q_DECLARE_METATYPE(FundDesk::Core::ErrorCode)

namespace {

// init() stores this donor first, so it has id 1 in every test's fresh fund.
const DonorId kDonor(1);

Money money(qint64 minor, const QString &currency = u"USD"_s)
{
    return Money::fromMinor(minor, currency).value();
}

Contribution receipt(const Money &amount = Money::usd(250'000'00))
{
    Contribution c;
    c.donorId = kDonor;
    c.type = ContributionType::Receipt;
    c.date = QDate(2026, 3, 31);
    c.amount = amount;
    if (amount.currency() != u"USD") {
        c.usdRate = ExchangeRate::parse(u"1.0825").value();
    }
    return c;
}

Contribution pledge()
{
    Contribution c = receipt();
    c.type = ContributionType::Pledge;
    return c;
}

} // namespace

// Issue 12, bad input: every field ContributionService stores. A refusal names the field, says
// what to do and stores nothing (no row, no history, no audit entry); valid awkward text comes
// back byte for byte.
class TestBadInputContributionService final : public QObject
{
    Q_OBJECT

private slots:
    void init()
    {
        m_fund = Tests::TestFund::create();
        QVERIFY(m_fund);
        QCOMPARE(m_fund->foundation(u"Open Data Foundation"_s), kDonor);
    }

    void refusesAndStoresNothing_data()
    {
        QTest::addColumn<Contribution>("contribution");
        QTest::addColumn<ErrorCode>("code");
        QTest::addColumn<QString>("field");
        QTest::addColumn<QString>("message");
        const auto with = [](Contribution c, auto change) {
            change(c);
            return c;
        };
        const qint64 max = std::numeric_limits<qint64>::max();
        QTest::newRow("no donor") << with(receipt(), [](Contribution &c) { c.donorId = {}; })
                                  << ErrorCode::InvalidInput << u"donor"_s << u"Choose the donor"_s;
        QTest::newRow("donor gone")
            << with(receipt(), [](Contribution &c) { c.donorId = DonorId(999); })
            << ErrorCode::NotFound << u"donor"_s << u"no longer"_s;
        QTest::newRow("amount zero")
            << receipt(Money::usd(0)) << ErrorCode::InvalidInput << u"amount"_s << u"above zero"_s;
        QTest::newRow("amount negative")
            << receipt(Money::usd(-1)) << ErrorCode::InvalidInput << u"amount"_s << u"above zero"_s;
        QTest::newRow("amount above USD 10 billion")
            << receipt(Money::usd(1'000'000'000'001)) << ErrorCode::InvalidInput << u"amount"_s
            << u"at most 10000000000.00 USD"_s;
        QTest::newRow("amount at the 64-bit limit, USD")
            << receipt(Money::usd(max)) << ErrorCode::InvalidInput << u"amount"_s << u"at most"_s;
        QTest::newRow("amount whose USD value overflows")
            << receipt(money(max, u"EUR"_s)) << ErrorCode::InvalidInput << u"amount"_s << u""_s;
        QTest::newRow("amount whose USD value is beyond the cap")
            << receipt(money(max / 1000, u"JPY"_s)) << ErrorCode::InvalidInput << u"amount"_s
            << u"Check the amount"_s;
        QTest::newRow("date missing")
            << with(receipt(), [](Contribution &c) { c.date = {}; }) << ErrorCode::InvalidInput
            << u"date"_s << u"Enter the date"_s;
        QTest::newRow("date 1850") << with(receipt(),
                                           [](Contribution &c) {
                                               c.date = {1850, 1, 1};
                                           })
                                   << ErrorCode::InvalidInput << u"date"_s << u"1850-01-01"_s;
        QTest::newRow("pledge dated 9999")
            << with(pledge(),
                    [](Contribution &c) {
                        c.date = {9999, 12, 31};
                    })
            << ErrorCode::InvalidInput << u"date"_s << u"after 31 December 2099"_s;
        QTest::newRow("receipt dated in the future")
            << with(receipt(), [](Contribution &c) { c.date = QDate::currentDate().addDays(1); })
            << ErrorCode::InvalidInput << u"date"_s << u"future"_s;
        QTest::newRow("reference 100,000 characters")
            << with(receipt(), [](Contribution &c) { c.reference = BadInput::veryLong(); })
            << ErrorCode::InvalidInput << u"reference"_s << u"at most 200 characters"_s;
        QTest::newRow("notes 100,000 characters")
            << with(receipt(), [](Contribution &c) { c.notes = BadInput::veryLong(); })
            << ErrorCode::InvalidInput << u"notes"_s << u"at most 10000 characters"_s;
        QTest::newRow("conditions 100,000 characters")
            << with(pledge(), [](Contribution &c) { c.conditions = BadInput::veryLong(); })
            << ErrorCode::InvalidInput << u"conditions"_s << u"at most 10000 characters"_s;
        QTest::newRow("earmarked") << with(pledge(), [](Contribution &c) { c.earmarked = true; })
                                   << ErrorCode::RuleViolation << u"conditions"_s << u"¶19"_s;
        QTest::newRow("schedule due in 9999")
            << with(pledge(),
                    [](Contribution &c) {
                        c.schedule = {{QDate(9999, 1, 1), c.amount}};
                    })
            << ErrorCode::InvalidInput << u"schedule"_s << u"9999-01-01"_s;
        QTest::newRow("schedule payment negative")
            << with(pledge(),
                    [](Contribution &c) {
                        c.schedule = {{QDate(2027, 1, 1), Money::usd(-5)}};
                    })
            << ErrorCode::InvalidInput << u"schedule"_s << u"above zero"_s;
        QTest::newRow("schedule payments overflow")
            << with(pledge(),
                    [max](Contribution &c) {
                        c.schedule = {{QDate(2027, 1, 1), Money::usd(max)},
                                      {QDate(2028, 1, 1), Money::usd(max)}};
                    })
            << ErrorCode::InvalidInput << u"schedule"_s << u""_s;
    }

    void refusesAndStoresNothing()
    {
        QFETCH(Contribution, contribution);
        QFETCH(ErrorCode, code);
        QFETCH(QString, field);
        QFETCH(QString, message);
        const QSqlDatabase db = m_fund->services().database().connection();
        const auto before = BadInput::tableCounts(db);

        const qint64 started = BadInput::cpuMilliseconds();
        const auto recorded = m_fund->services().contributions().record(contribution);
        QVERIFY(BadInput::cpuMilliseconds() - started < 1000);
        QVERIFY(!recorded);
        QCOMPARE(recorded.error().code, code);
        QCOMPARE(recorded.error().field, field);
        QVERIFY(!recorded.error().message.isEmpty());
        QVERIFY2(recorded.error().message.contains(message), qPrintable(recorded.error().message));
        QVERIFY(recorded.error().message.size() < 1000);
        QCOMPARE(BadInput::tableCounts(db), before);
    }

    void updateRefusedKeepsTheRecord()
    {
        auto id = m_fund->services().contributions().record(pledge());
        QVERIFY(id);
        const QSqlDatabase db = m_fund->services().database().connection();
        const auto before = BadInput::tableCounts(db);
        Contribution changed = *m_fund->services().contributions().find(*id);
        changed.amount = Money::usd(std::numeric_limits<qint64>::max());
        const auto updated = m_fund->services().contributions().update(changed, u"typo"_s);
        QVERIFY(!updated);
        QCOMPARE(updated.error().field, u"amount"_s);
        QCOMPARE(m_fund->services().contributions().find(*id)->amount, pledge().amount);
        QCOMPARE(BadInput::tableCounts(db), before);
    }

    void storesAwkwardTextExactly_data()
    {
        QTest::addColumn<QString>("text");
        for (const auto &[name, text] : BadInput::awkwardValidTexts()) {
            QTest::newRow(name) << text;
        }
    }

    void storesAwkwardTextExactly()
    {
        QFETCH(QString, text);
        Contribution c = pledge();
        c.reference = text;
        c.notes = text;
        c.conditions = text;
        auto id = m_fund->services().contributions().record(c);
        QVERIFY2(id, id ? "" : qPrintable(id.error().message));
        const auto stored = m_fund->services().contributions().find(*id);
        QVERIFY(stored);
        QCOMPARE(stored->reference.toUtf8(), text.toUtf8());
        QCOMPARE(stored->notes.toUtf8(), text.toUtf8());
        QCOMPARE(stored->conditions.toUtf8(), text.toUtf8());
    }

    void acceptsTheLargestPlausibleAmount()
    {
        auto id = m_fund->services().contributions().record(pledge());
        QVERIFY(id);
        Contribution big = pledge();
        big.amount = Money::usd(1'000'000'000'000);
        auto stored = m_fund->services().contributions().record(big);
        QVERIFY2(stored, stored ? "" : qPrintable(stored.error().message));
    }

private:
    std::unique_ptr<Tests::TestFund> m_fund;
};

QTEST_GUILESS_MAIN(TestBadInputContributionService)
#include "tst_badinput_contributionservice.moc"
