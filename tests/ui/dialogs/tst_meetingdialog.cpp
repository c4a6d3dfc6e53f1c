#include "tests/ui/testsupport/sponsorshipfixtures.h"
#include "tests/ui/testsupport/testfund.h"
#include "ui/dialogs/fielderrors.h"
#include "ui/dialogs/meetingdialog.h"

#include <QDateEdit>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTest>

using namespace FundDesk;
using FundDesk::Ui::MeetingDialog;
using Qt::StringLiterals::operator""_s;

class TestMeetingDialog final : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void typedMeetingIsStoredWithItsNorms();
    void perDelegateCostFollowsTheNorms();
    void endBeforeStartIsRefusedBesideItsField();
    void badAirfareIsRefusedBesideTheAirfares();
    void duplicateReferenceIsRefused();
    void editingKeepsEveryFieldAndReestimates();

private:
    template <typename T>
    T *child(const QString &name) const
    {
        auto *widget = m_dialog->findChild<T *>(name);
        if (!widget) {
            qWarning("no child %s", qPrintable(name));
        }
        return widget;
    }
    void typeInto(QWidget *widget, const QString &text)
    {
        widget->setFocus();
        QTest::keyClicks(widget, text);
    }
    void replaceIn(QLineEdit *edit, const QString &text)
    {
        edit->setFocus();
        edit->selectAll();
        QTest::keyClick(edit, Qt::Key_Backspace);
        QTest::keyClicks(edit, text);
    }
    void fillValid();
    void clickOk()
    {
        auto *buttons = m_dialog->findChild<QDialogButtonBox *>();
        QTest::mouseClick(buttons->button(QDialogButtonBox::Ok), Qt::LeftButton);
    }
    void checkRefused(const QString &field);

    std::unique_ptr<Tests::TestFund> m_fund;
    std::unique_ptr<MeetingDialog> m_dialog;
};

void TestMeetingDialog::init()
{
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    m_fund = Tests::TestFund::create();
    QVERIFY(m_fund);
    m_dialog = std::make_unique<MeetingDialog>(m_fund->services());
    m_dialog->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_dialog.get()));
}

void TestMeetingDialog::cleanup()
{
    m_dialog.reset();
    m_fund.reset();
}

void TestMeetingDialog::fillValid()
{
    typeInto(child<QLineEdit>(u"referenceEdit"_s), u"PM-2026-2"_s);
    typeInto(child<QLineEdit>(u"nameEdit"_s), u"Second session 2026"_s);
    typeInto(child<QLineEdit>(u"cityEdit"_s), u"Geneva"_s);
    child<QDateEdit>(u"startEdit"_s)->setDate(QDate(2026, 7, 6));
    child<QDateEdit>(u"endEdit"_s)->setDate(QDate(2026, 7, 10));
    auto *formal = child<QSpinBox>(u"formalDaysBox"_s);
    formal->setFocus();
    formal->selectAll();
    QTest::keyClicks(formal, u"4"_s);
    typeInto(m_dialog->airfareEdit(Core::Region::Africa), u"2,400"_s);
    typeInto(m_dialog->airfareEdit(Core::Region::Europe), u"650.50"_s);
    typeInto(child<QLineEdit>(u"dsaRateEdit"_s), u"394"_s);
    typeInto(child<QLineEdit>(u"terminalEdit"_s), u"230"_s);
}

void TestMeetingDialog::checkRefused(const QString &field)
{
    QVERIFY(m_dialog->isVisible());
    QCOMPARE(m_dialog->result(), int(QDialog::Rejected));
    QLabel *error = m_dialog->fieldErrors()->errorLabel(field);
    QVERIFY2(error, qPrintable(field));
    QVERIFY2(error->isVisible(), qPrintable(field));
    QVERIFY(!error->text().isEmpty());
}

void TestMeetingDialog::typedMeetingIsStoredWithItsNorms()
{
    fillValid();
    clickOk();
    QCOMPARE(m_dialog->result(), int(QDialog::Accepted));
    const auto stored = m_fund->services().meetings().find(m_dialog->storedId());
    QVERIFY(stored);
    QCOMPARE(stored->reference, u"PM-2026-2"_s);
    QCOMPARE(stored->city, u"Geneva"_s);
    QCOMPARE(stored->start, QDate(2026, 7, 6));
    QCOMPARE(stored->formalMeetingDays, 4);
    QCOMPARE(stored->norms.airfareFrom(Core::Region::Africa), Core::Money::usd(2'400'00));
    QCOMPARE(stored->norms.airfareFrom(Core::Region::Europe), Core::Money::usd(650'50));
    QCOMPARE(stored->norms.airfare.size(), 2); // empty boxes are no entry
    QCOMPARE(stored->norms.dsaDailyRate, Core::Money::usd(394'00));
    QCOMPARE(stored->norms.dsaDays, 6);
    QCOMPARE(stored->norms.terminalExpenses, Core::Money::usd(230'00));
}

void TestMeetingDialog::perDelegateCostFollowsTheNorms()
{
    auto *label = child<QLabel>(u"perDelegateLabel"_s);
    typeInto(child<QLineEdit>(u"dsaRateEdit"_s), u"100"_s);
    // 6 days × 100, nothing else yet.
    QCOMPARE(label->text(), u"One delegate: from USD 600.00 to USD 600.00 by region of origin"_s);
    typeInto(m_dialog->airfareEdit(Core::Region::Oceania), u"3000"_s);
    QCOMPARE(label->text(), u"One delegate: from USD 600.00 to USD 3,600.00 by region of origin"_s);
    typeInto(m_dialog->airfareEdit(Core::Region::Asia), u"x"_s);
    QVERIFY2(label->text().startsWith(u"Asia:"_s), qPrintable(label->text()));
}

void TestMeetingDialog::endBeforeStartIsRefusedBesideItsField()
{
    fillValid();
    child<QDateEdit>(u"endEdit"_s)->setDate(QDate(2026, 7, 1));
    clickOk();
    checkRefused(u"end"_s);
    QVERIFY(m_fund->services().meetings().all()->isEmpty());
}

void TestMeetingDialog::badAirfareIsRefusedBesideTheAirfares()
{
    fillValid();
    replaceIn(m_dialog->airfareEdit(Core::Region::Europe), u"-5"_s);
    clickOk();
    checkRefused(u"airfare"_s);
    replaceIn(m_dialog->airfareEdit(Core::Region::Europe), u"12.345"_s);
    clickOk();
    checkRefused(u"airfare"_s);
    QVERIFY(m_dialog->fieldErrors()->errorLabel(u"airfare"_s)->text().startsWith(u"Europe:"_s));
    QVERIFY(m_fund->services().meetings().all()->isEmpty());
}

void TestMeetingDialog::duplicateReferenceIsRefused()
{
    QVERIFY(Tests::addMeeting(m_fund->services(), Tests::newYorkMeeting(u"PM-2026-2"_s)).isValid());
    fillValid();
    clickOk();
    checkRefused(u"reference"_s);
    QVERIFY(m_fund->services().meetings().all()->size() == 1);
}

void TestMeetingDialog::editingKeepsEveryFieldAndReestimates()
{
    Core::FundServices &services = m_fund->services();
    const Core::MeetingId id = Tests::addMeeting(services, Tests::newYorkMeeting());
    const Core::SponsorshipId kenya = Tests::addSponsorship(services, id, {});
    QVERIFY(id.isValid() && kenya.isValid());
    m_dialog->setMeeting(*services.meetings().find(id));
    QCOMPARE(m_dialog->windowTitle(), u"Meeting PM-2026-1"_s);
    QCOMPARE(m_dialog->airfareEdit(Core::Region::Africa)->text(), u"2,900.00"_s);
    QCOMPARE(*m_dialog->meeting(), *services.meetings().find(id));
    replaceIn(m_dialog->airfareEdit(Core::Region::Africa), u"3000"_s);
    clickOk();
    QCOMPARE(m_dialog->result(), int(QDialog::Accepted));
    // 3,000 + 421 × 6 + 230
    QCOMPARE(services.sponsorships().find(kenya)->estimatedCost, Core::Money::usd(5'756'00));
}

QTEST_MAIN(TestMeetingDialog)
#include "tst_meetingdialog.moc"
