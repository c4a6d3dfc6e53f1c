#include "tests/ui/testsupport/sponsorshipfixtures.h"
#include "tests/ui/testsupport/testfund.h"
#include "ui/models/modelroles.h"
#include "ui/models/sponsorshipfilterproxymodel.h"
#include "ui/models/sponsorshiptablemodel.h"

#include <QAbstractItemModelTester>
#include <QElapsedTimer>
#include <QTest>

using namespace FundDesk;
using FundDesk::Ui::SponsorshipTableModel;
using Qt::StringLiterals::operator""_s;

class TestSponsorshipTableModel final : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void rowsShowTheMeetingsApplicationsInWords();
    void anotherMeetingShowsOnlyItsOwn();
    void eligibilityNamesTheFailingCriterion();
    void costSetByHandIsMarked();
    void filterProxyDelegatesToTheCoreFilter();

private:
    QString cell(int row, int column) const
    {
        return m_model->index(row, column).data().toString();
    }

    std::unique_ptr<Tests::TestFund> m_fund;
    std::unique_ptr<SponsorshipTableModel> m_model;
    Core::MeetingId m_meeting;
    Core::SponsorshipId m_kenya;
    Core::SponsorshipId m_nepal;
    Core::SponsorshipId m_france;
};

void TestSponsorshipTableModel::init()
{
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    m_fund = Tests::TestFund::create();
    QVERIFY(m_fund);
    Core::FundServices &services = m_fund->services();
    m_meeting = Tests::addMeeting(services, Tests::newYorkMeeting());
    QVERIFY(m_meeting.isValid());
    m_kenya = Tests::addSponsorship(
        services, m_meeting,
        Tests::sponsorshipSpec(u"KEN"_s, u"Amina Otieno"_s, Core::Gender::Woman, 80));
    m_nepal = Tests::addSponsorship(
        services, m_meeting,
        Tests::sponsorshipSpec(u"NPL"_s, u"Ram Thapa"_s, Core::Gender::Man, std::nullopt,
                               Core::EligibilityCriterion::AbleToTravel));
    m_france = Tests::addSponsorship(
        services, m_meeting,
        Tests::sponsorshipSpec(u"FRA"_s, u"Claire Martin"_s, Core::Gender::Woman, 55));
    QVERIFY(m_kenya.isValid() && m_nepal.isValid() && m_france.isValid());
    m_model = std::make_unique<SponsorshipTableModel>(services);
    QVERIFY(m_model->reload(m_meeting));
}

void TestSponsorshipTableModel::cleanup()
{
    m_model.reset();
    m_fund.reset();
}

void TestSponsorshipTableModel::rowsShowTheMeetingsApplicationsInWords()
{
    QAbstractItemModelTester tester(m_model.get(),
                                    QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(m_model->rowCount(), 3);
    QCOMPARE(m_model->columnCount(), int(SponsorshipTableModel::ColumnCount));
    const int kenya = m_model->rowOf(m_kenya);
    QCOMPARE(cell(kenya, SponsorshipTableModel::Applicant), u"Amina Otieno"_s);
    QCOMPARE(cell(kenya, SponsorshipTableModel::State), u"Kenya"_s);
    QCOMPARE(cell(kenya, SponsorshipTableModel::Region), u"Africa"_s);
    QCOMPARE(cell(kenya, SponsorshipTableModel::Gender), u"Woman"_s);
    QCOMPARE(cell(kenya, SponsorshipTableModel::Status), u"Screened: eligible"_s);
    QCOMPARE(cell(kenya, SponsorshipTableModel::Eligibility), u"Meets ¶21"_s);
    // 2,900 + 421 × 6 + 230
    QCOMPARE(cell(kenya, SponsorshipTableModel::Cost), u"5,656.00"_s);
    QCOMPARE(m_model->index(kenya, SponsorshipTableModel::Cost).data(Ui::RawValueRole).toLongLong(),
             5'656'00);
    QCOMPARE(cell(kenya, SponsorshipTableModel::Score), u"80"_s);
    QCOMPARE(m_model->index(kenya, 0).data(Ui::IdRole).toLongLong(), m_kenya.value());
    const int nepal = m_model->rowOf(m_nepal);
    QCOMPARE(cell(nepal, SponsorshipTableModel::Priority), u"LDC, LLDC"_s);
    QCOMPARE(cell(nepal, SponsorshipTableModel::Score), QString());
    QVERIFY(!m_model->index(nepal, SponsorshipTableModel::Score).data(Ui::RawValueRole).isValid());
    QCOMPARE(cell(m_model->rowOf(m_france), SponsorshipTableModel::Priority), QString());
    // The text box searches the State's name and the ministry.
    const QString haystack = m_model->index(kenya, 0).data(Ui::HaystackRole).toString();
    QVERIFY(haystack.contains(u"kenya"_s) && haystack.contains(u"ministry of foreign"_s));
    QVERIFY(m_model->isWomanAt(kenya));
    QVERIFY(!m_model->isWomanAt(nepal));
}

void TestSponsorshipTableModel::anotherMeetingShowsOnlyItsOwn()
{
    const Core::MeetingId geneva =
        Tests::addMeeting(m_fund->services(), Tests::newYorkMeeting(u"PM-2026-2"_s));
    QVERIFY(geneva.isValid());
    QVERIFY(Tests::addSponsorship(m_fund->services(), geneva,
                                  Tests::sponsorshipSpec(u"FJI"_s, u"Mere Tuilagi"_s))
                .isValid());
    QVERIFY(m_model->reload(geneva));
    QCOMPARE(m_model->rowCount(), 1);
    QCOMPARE(cell(0, SponsorshipTableModel::State), u"Fiji"_s);
    QCOMPARE(cell(0, SponsorshipTableModel::Priority), u"SIDS"_s);
    QCOMPARE(m_model->rowOf(m_kenya), -1);
    QVERIFY(m_model->reload(Core::MeetingId()));
    QCOMPARE(m_model->rowCount(), 0);
}

void TestSponsorshipTableModel::eligibilityNamesTheFailingCriterion()
{
    const int nepal = m_model->rowOf(m_nepal);
    QCOMPARE(cell(nepal, SponsorshipTableModel::Status), u"Screened: ineligible"_s);
    QCOMPARE(cell(nepal, SponsorshipTableModel::Eligibility), u"Fails ¶21(c)"_s);
    const QString tip =
        m_model->index(nepal, SponsorshipTableModel::Eligibility).data(Qt::ToolTipRole).toString();
    QVERIFY2(tip.startsWith(u"¶21(c)"_s), qPrintable(tip));
    QVERIFY(!m_model->isEligibleAt(nepal));
    QVERIFY(m_model->isEligibleAt(m_model->rowOf(m_kenya)));
}

void TestSponsorshipTableModel::costSetByHandIsMarked()
{
    auto france = m_fund->services().sponsorships().find(m_france);
    QVERIFY(france);
    france->costOverride = Core::Money::usd(3'000'00);
    france->overrideReason = u"Travels from Geneva"_s;
    QVERIFY(m_fund->services().sponsorships().update(*france));
    QVERIFY(m_model->reload(m_meeting));
    const int row = m_model->rowOf(m_france);
    QCOMPARE(cell(row, SponsorshipTableModel::Cost), u"3,000.00 (set)"_s);
    QCOMPARE(m_model->costAt(row), Core::Money::usd(3'000'00));
    QVERIFY(m_model->index(row, SponsorshipTableModel::Cost)
                .data(Qt::ToolTipRole)
                .toString()
                .contains(u"Travels from Geneva"_s));
}

void TestSponsorshipTableModel::filterProxyDelegatesToTheCoreFilter()
{
    Ui::SponsorshipFilterProxyModel proxy(m_model.get(), m_fund->services().reference());
    QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(proxy.rowCount(), 3);
    Core::SponsorshipFilter filter;
    filter.gender = Core::Gender::Woman;
    proxy.setFilter(filter);
    QCOMPARE(proxy.rowCount(), 2);
    filter.region = Core::Region::Europe;
    proxy.setFilter(filter);
    QCOMPARE(proxy.rowCount(), 1);
    filter = {};
    filter.priority = Core::PriorityGroup::Lldc;
    proxy.setFilter(filter);
    QCOMPARE(proxy.rowCount(), 1);
    filter = {};
    filter.status = Core::ApplicationStatus::Eligible;
    filter.text = u"nothing matches this"_s; // the text belongs to the next proxy
    proxy.setFilter(filter);
    QCOMPARE(proxy.rowCount(), 2);
}

QTEST_MAIN(TestSponsorshipTableModel)
#include "tst_sponsorshiptablemodel.moc"
