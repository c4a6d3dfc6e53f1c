#include "badinputcatalogue.h"

#include "core/services/scenariostore.h"
#include "tests/ui/testsupport/testfund.h"

#include <QTest>

#include <functional>
#include <limits>

using namespace FundDesk;
using namespace FundDesk::Core;
using namespace Qt::StringLiterals;

namespace {

Disbursement goodPayment()
{
    Disbursement d;
    d.item = WorkflowItem::activity(1);
    d.date = QDate(2026, 3, 31);
    d.amount = Money::usd(10'000'00);
    d.payee = u"Ministry of ICT"_s;
    return d;
}

using PaymentChange = std::function<void(Disbursement &)>;
using SettingsChange = std::function<void(FundSettings &)>;

} // namespace

Q_DECLARE_METATYPE(PaymentChange)
Q_DECLARE_METATYPE(SettingsChange)

// Issue 12, bad input: the profile, period, disbursement, amendment, fund settings (welcome
// and settings forms) and scenario planner inputs. A refusal names the field and stores
// nothing, not even an audit entry.
class TestBadInputWorkflowServices final : public QObject
{
    Q_OBJECT

private slots:
    void init()
    {
        m_fund = Tests::TestFund::create();
        QVERIFY(m_fund);
        auto id = m_fund->services().workflow().profiles().add(
            {ProfileId(), u"Amina Diallo"_s, ProfileRole::FundManager});
        QVERIFY(id);
        m_manager = {*id, u"Amina Diallo"_s, ProfileRole::FundManager};
        m_db = m_fund->services().database().connection();
    }

    void profileRefused_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("message");
        QTest::newRow("empty") << QString() << u"Enter the name"_s;
        QTest::newRow("zero-width marks") << BadInput::zeroWidthOnly() << u"Enter the name"_s;
        QTest::newRow("direction marks") << BadInput::directionMarksOnly() << u"Enter the name"_s;
        QTest::newRow("100,000 characters") << BadInput::veryLong() << u"at most 200"_s;
    }

    void profileRefused()
    {
        QFETCH(QString, name);
        QFETCH(QString, message);
        const auto before = BadInput::tableCounts(m_db);
        const auto added = m_fund->services().workflow().profiles().add(
            {ProfileId(), name, ProfileRole::FinanceAssistant});
        QVERIFY(!added);
        QCOMPARE(added.error().field, u"name"_s);
        QVERIFY2(added.error().message.contains(message), qPrintable(added.error().message));
        QCOMPARE(BadInput::tableCounts(m_db), before);
    }

    void periodRefused_data()
    {
        QTest::addColumn<int>("year");
        QTest::addColumn<QString>("reason"); // empty: close; otherwise reopen
        QTest::addColumn<QString>("field");
        QTest::newRow("close 1850") << 1850 << QString() << u"year"_s;
        QTest::newRow("close 9999") << 9999 << QString() << u"year"_s;
        QTest::newRow("close negative year") << -1 << QString() << u"year"_s;
        QTest::newRow("reopen, reason zero-width")
            << 2025 << BadInput::zeroWidthOnly() << u"reason"_s;
        QTest::newRow("reopen, reason 100,000 characters")
            << 2025 << BadInput::veryLong() << u"reason"_s;
    }

    void periodRefused()
    {
        QFETCH(int, year);
        QFETCH(QString, reason);
        QFETCH(QString, field);
        PeriodService &periods = m_fund->services().workflow().periods();
        if (!reason.isEmpty()) {
            QVERIFY(periods.close(year, m_manager));
        }
        const auto before = BadInput::tableCounts(m_db);
        const auto done = reason.isEmpty() ? periods.close(year, m_manager)
                                           : periods.reopen(year, reason, m_manager);
        QVERIFY(!done);
        QCOMPARE(done.error().field, field);
        QVERIFY(done.error().message.size() < 1000);
        QCOMPARE(BadInput::tableCounts(m_db), before);
    }

    void disbursementRefused_data()
    {
        QTest::addColumn<PaymentChange>("change");
        QTest::addColumn<QString>("field");
        QTest::addColumn<QString>("message");
        const qint64 max = std::numeric_limits<qint64>::max();
        QTest::newRow("payee zero-width")
            << PaymentChange([](Disbursement &d) { d.payee = BadInput::zeroWidthOnly(); })
            << u"payee"_s << u"Enter the payee"_s;
        QTest::newRow("payee 100,000 characters")
            << PaymentChange([](Disbursement &d) { d.payee = BadInput::veryLong(); }) << u"payee"_s
            << u"at most 200"_s;
        QTest::newRow("reference 100,000 characters")
            << PaymentChange([](Disbursement &d) { d.reference = BadInput::veryLong(); })
            << u"reference"_s << u"at most 200"_s;
        QTest::newRow("refund reason direction marks") << PaymentChange([](Disbursement &d) {
            d.refund = true;
            d.refundReason = BadInput::directionMarksOnly();
        }) << u"reason"_s << u"reason for the refund"_s;
        QTest::newRow("refund reason 100,000 characters") << PaymentChange([](Disbursement &d) {
            d.refund = true;
            d.refundReason = BadInput::veryLong();
        }) << u"reason"_s << u"at most 10000"_s;
        QTest::newRow("amount zero")
            << PaymentChange([](Disbursement &d) { d.amount = Money::usd(0); }) << u"amount"_s
            << u"above zero"_s;
        QTest::newRow("amount negative")
            << PaymentChange([](Disbursement &d) { d.amount = Money::usd(-1); }) << u"amount"_s
            << u"refund"_s;
        QTest::newRow("amount at the 64-bit limit")
            << PaymentChange([max](Disbursement &d) { d.amount = Money::usd(max); }) << u"amount"_s
            << u"at most"_s;
        QTest::newRow("refund of the 64-bit minimum") << PaymentChange([](Disbursement &d) {
            d.refund = true;
            d.refundReason = u"returned"_s;
            d.amount = Money::usd(std::numeric_limits<qint64>::min());
        }) << u"amount"_s << u"at most"_s;
        QTest::newRow("date 1850") << PaymentChange([](Disbursement &d) {
            d.date = {1850, 1, 1};
        }) << u"date"_s << u"before 1 January 2000"_s;
        QTest::newRow("date in the future")
            << PaymentChange([](Disbursement &d) { d.date = QDate::currentDate().addDays(1); })
            << u"date"_s << u"future"_s;
        QTest::newRow("date missing") << PaymentChange([](Disbursement &d) { d.date = {}; })
                                      << u"date"_s << u"Enter the date"_s;
    }

    void disbursementRefused()
    {
        QFETCH(PaymentChange, change);
        QFETCH(QString, field);
        QFETCH(QString, message);
        Disbursement payment = goodPayment();
        change(payment);
        const auto before = BadInput::tableCounts(m_db);
        const auto recorded =
            m_fund->services().workflow().disbursements().record(payment, m_manager);
        QVERIFY(!recorded);
        QCOMPARE(recorded.error().field, field);
        QVERIFY2(recorded.error().message.contains(message), qPrintable(recorded.error().message));
        QCOMPARE(BadInput::tableCounts(m_db), before);
    }

    void amendmentRefused_data()
    {
        QTest::addColumn<QString>("justification");
        QTest::addColumn<qint64>("cents");
        QTest::addColumn<QString>("field");
        QTest::newRow("justification zero-width")
            << BadInput::zeroWidthOnly() << qint64(100) << u"justification"_s;
        QTest::newRow("justification 100,000 characters")
            << BadInput::veryLong() << qint64(100) << u"justification"_s;
        QTest::newRow("amount negative") << u"why"_s << qint64(-100) << u"amount"_s;
        QTest::newRow("amount at the 64-bit limit")
            << u"why"_s << std::numeric_limits<qint64>::max() << u"amount"_s;
    }

    void amendmentRefused()
    {
        QFETCH(QString, justification);
        QFETCH(qint64, cents);
        QFETCH(QString, field);
        const auto before = BadInput::tableCounts(m_db);
        const auto proposed = m_fund->services().workflow().commitments().proposeAmendment(
            WorkflowItem::activity(1), Money::usd(cents), justification, m_manager);
        QVERIFY(!proposed);
        QCOMPARE(proposed.error().field, field);
        QCOMPARE(BadInput::tableCounts(m_db), before);
    }

    void settingsRefused_data()
    {
        QTest::addColumn<SettingsChange>("change");
        QTest::addColumn<QString>("field");
        const qint64 max = std::numeric_limits<qint64>::max();
        QTest::newRow("name 100,000 characters")
            << SettingsChange([](FundSettings &s) { s.name = BadInput::veryLong(); }) << u"name"_s;
        QTest::newRow("threshold negative")
            << SettingsChange([](FundSettings &s) { s.operationalThreshold = Money::usd(-1); })
            << u"threshold"_s;
        QTest::newRow("threshold at the 64-bit limit")
            << SettingsChange([max](FundSettings &s) { s.operationalThreshold = Money::usd(max); })
            << u"threshold"_s;
        QTest::newRow("post cost beyond USD 10 billion") << SettingsChange([](FundSettings &s) {
            s.professionalPostAnnualCost = Money::usd(1'000'000'000'001);
        }) << u"professionalCost"_s;
        QTest::newRow("announced in 1850") << SettingsChange([](FundSettings &s) {
            s.thresholdAnnounced = {1850, 1, 1};
        }) << u"thresholdAnnounced"_s;
        QTest::newRow("announced in the future") << SettingsChange([](FundSettings &s) {
            s.thresholdAnnounced = QDate::currentDate().addYears(1);
        }) << u"thresholdAnnounced"_s;
    }

    void settingsRefused()
    {
        QFETCH(SettingsChange, change);
        QFETCH(QString, field);
        auto settings = m_fund->services().settings().load();
        QVERIFY(settings);
        change(*settings);
        const auto before = BadInput::tableCounts(m_db);
        const auto saved = m_fund->services().settings().save(*settings);
        QVERIFY(!saved);
        QCOMPARE(saved.error().field, field);
        QVERIFY(saved.error().message.size() < 1000);
        QCOMPARE(BadInput::tableCounts(m_db), before);
    }

    void scenarioRefused_data()
    {
        QTest::addColumn<QString>("name");
        QTest::newRow("zero-width") << BadInput::zeroWidthOnly();
        QTest::newRow("100,000 characters") << BadInput::veryLong();
    }

    void scenarioRefused()
    {
        QFETCH(QString, name);
        ScenarioInputs scenario;
        scenario.name = name;
        const auto before = BadInput::tableCounts(m_db);
        const auto saved = ScenarioStore(m_db).save(scenario);
        QVERIFY(!saved);
        QCOMPARE(saved.error().field, u"name"_s);
        QCOMPARE(BadInput::tableCounts(m_db), before);
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
        auto profile = m_fund->services().workflow().profiles().add(
            {ProfileId(), text, ProfileRole::FinanceAssistant});
        QVERIFY2(profile, profile ? "" : qPrintable(profile.error().message));
        QCOMPARE(m_fund->services().workflow().profiles().find(*profile)->name.toUtf8(),
                 text.toUtf8());

        auto settings = m_fund->services().settings().load();
        QVERIFY(settings);
        settings->name = text;
        QVERIFY(m_fund->services().settings().save(*settings));
        QCOMPARE(m_fund->services().settings().load()->name.toUtf8(), text.toUtf8());

        ScenarioInputs scenario;
        scenario.name = text;
        QVERIFY(ScenarioStore(m_db).save(scenario));
        QCOMPARE(ScenarioStore(m_db).load()->value(0).name.toUtf8(), text.toUtf8());
    }

private:
    std::unique_ptr<Tests::TestFund> m_fund;
    Profile m_manager;
    QSqlDatabase m_db;
};

QTEST_GUILESS_MAIN(TestBadInputWorkflowServices)
#include "tst_badinput_workflowservices.moc"
