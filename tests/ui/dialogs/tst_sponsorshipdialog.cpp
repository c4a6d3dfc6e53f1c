#include "tests/ui/testsupport/sponsorshipfixtures.h"
#include "tests/ui/testsupport/testfund.h"
#include "ui/dialogs/fielderrors.h"
#include "ui/dialogs/sponsorshipcriteriabox.h"
#include "ui/dialogs/sponsorshipdialog.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTabWidget>
#include <QTest>

using namespace FundDesk;
using FundDesk::Core::EligibilityCriterion;
using FundDesk::Ui::SponsorshipDialog;
using Qt::StringLiterals::operator""_s;

class TestSponsorshipDialog final : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void typedApplicationIsStoredAndScreened();
    void screeningSaysWhichCriterionFails();
    void estimateFollowsTheState();
    void overrideNeedsAReason();
    void missingNameIsRefusedOnItsTab();
    void afterTheMeetingIsStored();
    void editingKeepsEveryField();

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
    void toggle(QCheckBox *box)
    {
        box->setFocus();
        QTest::keyClick(box, Qt::Key_Space);
    }
    // Picks an entry of a combo by keyboard: focus, then the arrow keys from the top.
    void pick(QComboBox *combo, const QVariant &data)
    {
        const int index = combo->findData(data);
        QVERIFY(index >= 0);
        combo->setFocus();
        QTest::keyClick(combo, Qt::Key_Home);
        for (int i = 0; i < index; ++i) {
            QTest::keyClick(combo, Qt::Key_Down);
        }
        QCOMPARE(combo->currentIndex(), index);
    }
    void setCriterion(EligibilityCriterion criterion, bool met);
    void fillValid();
    void clickOk()
    {
        auto *buttons = m_dialog->findChild<QDialogButtonBox *>();
        QTest::mouseClick(buttons->button(QDialogButtonBox::Ok), Qt::LeftButton);
    }
    void checkRefused(const QString &field, SponsorshipDialog::Section section);

    std::unique_ptr<Tests::TestFund> m_fund;
    std::unique_ptr<SponsorshipDialog> m_dialog;
    Core::MeetingId m_meeting;
};

void TestSponsorshipDialog::init()
{
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    m_fund = Tests::TestFund::create();
    QVERIFY(m_fund);
    m_meeting = Tests::addMeeting(m_fund->services(), Tests::newYorkMeeting());
    QVERIFY(m_meeting.isValid());
    m_dialog = std::make_unique<SponsorshipDialog>(m_fund->services(), m_meeting);
    m_dialog->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_dialog.get()));
}

void TestSponsorshipDialog::cleanup()
{
    m_dialog.reset();
    m_fund.reset();
}

void TestSponsorshipDialog::setCriterion(EligibilityCriterion criterion, bool met)
{
    pick(m_dialog->criteriaBox()->metCombo(criterion), met ? 1 : 0);
}

void TestSponsorshipDialog::fillValid()
{
    m_dialog->tabs()->setCurrentIndex(SponsorshipDialog::ApplicantSection);
    typeInto(child<QLineEdit>(u"applicantNameEdit"_s), u"Amina Otieno"_s);
    pick(child<QComboBox>(u"genderCombo"_s), int(Core::Gender::Woman));
    // Typing the State's name picks it from the list.
    auto *state = child<QComboBox>(u"stateCombo"_s);
    state->setFocus();
    state->lineEdit()->selectAll();
    QTest::keyClicks(state->lineEdit(), u"Kenya"_s);
    typeInto(child<QLineEdit>(u"ministryEdit"_s), u"Ministry of ICT"_s);
    typeInto(child<QLineEdit>(u"titleEdit"_s), u"Director of Cybersecurity"_s);
    toggle(child<QCheckBox>(u"capitalBasedCheck"_s));
    typeInto(child<QLineEdit>(u"contactEdit"_s), u"amina@example.org"_s);
    toggle(child<QCheckBox>(u"letterCheck"_s));
    m_dialog->tabs()->setCurrentIndex(SponsorshipDialog::CriteriaSection);
    for (const EligibilityCriterion criterion : Core::allEligibilityCriteria()) {
        setCriterion(criterion, true);
    }
    typeInto(m_dialog->criteriaBox()->evidenceEdit(EligibilityCriterion::DirectExperience),
             u"Leads the national CERT"_s);
}

void TestSponsorshipDialog::checkRefused(const QString &field, SponsorshipDialog::Section section)
{
    QVERIFY(m_dialog->isVisible());
    QCOMPARE(m_dialog->result(), int(QDialog::Rejected));
    QLabel *error = m_dialog->fieldErrors()->errorLabel(field);
    QVERIFY2(error, qPrintable(field));
    QVERIFY2(error->isVisible(), qPrintable(field));
    QVERIFY(!error->text().isEmpty());
    QCOMPARE(m_dialog->tabs()->currentIndex(), int(section));
}

void TestSponsorshipDialog::typedApplicationIsStoredAndScreened()
{
    fillValid();
    QCOMPARE(m_dialog->screeningLabel()->text(),
             u"Eligible: the application meets all five criteria of ¶21."_s);
    clickOk();
    QCOMPARE(m_dialog->result(), int(QDialog::Accepted));
    const auto stored = m_fund->services().sponsorships().find(m_dialog->storedId());
    QVERIFY(stored);
    QCOMPARE(stored->meetingId, m_meeting);
    QCOMPARE(stored->applicantName, u"Amina Otieno"_s);
    QCOMPARE(stored->gender, Core::Gender::Woman);
    QCOMPARE(stored->stateIso3, u"KEN"_s);
    QCOMPARE(stored->ministry, u"Ministry of ICT"_s);
    QCOMPARE(stored->title, u"Director of Cybersecurity"_s);
    QVERIFY(stored->capitalBased);
    QCOMPARE(stored->contact, u"amina@example.org"_s);
    QVERIFY(stored->nominatingLetterReceived);
    QCOMPARE(stored->criterion(EligibilityCriterion::DirectExperience).evidence,
             u"Leads the national CERT"_s);
    QCOMPARE(stored->status, Core::ApplicationStatus::Eligible);
    QCOMPARE(stored->estimatedCost, Core::Money::usd(5'656'00));
    QVERIFY(!stored->costOverride);
}

void TestSponsorshipDialog::screeningSaysWhichCriterionFails()
{
    fillValid();
    setCriterion(EligibilityCriterion::AbleToTravel, false);
    const QString text = m_dialog->screeningLabel()->text();
    QVERIFY2(text.startsWith(u"Ineligible"_s) && text.contains(u"¶21(c)"_s), qPrintable(text));
    pick(m_dialog->criteriaBox()->metCombo(EligibilityCriterion::SharesReport), -1);
    QVERIFY2(m_dialog->screeningLabel()->text().contains(u"Still to assess: ¶21(e)."_s),
             qPrintable(m_dialog->screeningLabel()->text()));
    // Not capital-based fails (a) too.
    m_dialog->tabs()->setCurrentIndex(SponsorshipDialog::ApplicantSection);
    toggle(child<QCheckBox>(u"capitalBasedCheck"_s));
    QVERIFY(m_dialog->screeningLabel()->text().contains(u"¶21(a)"_s));
    clickOk();
    QCOMPARE(m_dialog->result(), int(QDialog::Accepted));
    QCOMPARE(m_fund->services().sponsorships().find(m_dialog->storedId())->status,
             Core::ApplicationStatus::Ineligible);
}

void TestSponsorshipDialog::estimateFollowsTheState()
{
    auto *label = m_dialog->estimateLabel();
    QVERIFY(!label->text().contains(u"USD"_s)); // no State yet
    auto *state = child<QComboBox>(u"stateCombo"_s);
    state->setCurrentIndex(state->findData(u"KEN"_s));
    QVERIFY2(label->text().startsWith(u"USD 5,656.00"_s), qPrintable(label->text()));
    state->setCurrentIndex(state->findData(u"FRA"_s));
    QVERIFY2(label->text().startsWith(u"USD 4,256.00"_s), qPrintable(label->text()));
}

void TestSponsorshipDialog::overrideNeedsAReason()
{
    fillValid();
    m_dialog->tabs()->setCurrentIndex(SponsorshipDialog::CostSection);
    auto *amount = child<QLineEdit>(u"overrideAmountEdit"_s);
    QVERIFY(!amount->isEnabled());
    toggle(child<QCheckBox>(u"overrideCheck"_s));
    QVERIFY(amount->isEnabled());
    typeInto(amount, u"3,900"_s);
    clickOk();
    checkRefused(u"overrideReason"_s, SponsorshipDialog::CostSection);
    QVERIFY(child<QLineEdit>(u"overrideReasonEdit"_s)->hasFocus());
    QVERIFY(m_fund->services().sponsorships().list()->isEmpty());
    typeInto(child<QLineEdit>(u"overrideReasonEdit"_s), u"Known cheaper fare"_s);
    clickOk();
    QCOMPARE(m_dialog->result(), int(QDialog::Accepted));
    const auto stored = m_fund->services().sponsorships().find(m_dialog->storedId());
    QCOMPARE(stored->costOverride, Core::Money::usd(3'900'00));
    QCOMPARE(stored->overrideReason, u"Known cheaper fare"_s);
    QCOMPARE(stored->estimatedCost, Core::Money::usd(5'656'00));
}

void TestSponsorshipDialog::missingNameIsRefusedOnItsTab()
{
    fillValid();
    child<QLineEdit>(u"applicantNameEdit"_s)->clear();
    m_dialog->tabs()->setCurrentIndex(SponsorshipDialog::CriteriaSection);
    clickOk();
    checkRefused(u"applicantName"_s, SponsorshipDialog::ApplicantSection);
}

void TestSponsorshipDialog::afterTheMeetingIsStored()
{
    fillValid();
    m_dialog->tabs()->setCurrentIndex(SponsorshipDialog::AfterSection);
    pick(child<QComboBox>(u"attendedCombo"_s), 1);
    toggle(child<QCheckBox>(u"reportCheck"_s));
    typeInto(child<QLineEdit>(u"actualCostEdit"_s), u"5,1x0"_s);
    clickOk();
    checkRefused(u"actualCost"_s, SponsorshipDialog::AfterSection);
    child<QLineEdit>(u"actualCostEdit"_s)->clear();
    typeInto(child<QLineEdit>(u"actualCostEdit"_s), u"5,410.25"_s);
    clickOk();
    QCOMPARE(m_dialog->result(), int(QDialog::Accepted));
    const auto stored = m_fund->services().sponsorships().find(m_dialog->storedId());
    QCOMPARE(stored->attendedAllFormalMeetings, std::optional<bool>(true));
    QVERIFY(stored->reportReceived);
    QCOMPARE(stored->actualCost, Core::Money::usd(5'410'25));
}

void TestSponsorshipDialog::editingKeepsEveryField()
{
    Tests::SponsorshipSpec spec;
    spec.iso3 = u"FJI"_s;
    spec.score = 70;
    spec.failing = EligibilityCriterion::AttendsAllMeetings;
    const Core::SponsorshipId id = Tests::addSponsorship(m_fund->services(), m_meeting, spec);
    QVERIFY(id.isValid());
    auto original = m_fund->services().sponsorships().find(id);
    original->costOverride = Core::Money::usd(1'000'00);
    original->overrideReason = u"Regional flight"_s;
    original->notes = u"Met at the 2025 workshop"_s;
    QVERIFY(m_fund->services().sponsorships().update(*original));
    original = m_fund->services().sponsorships().find(id);
    m_dialog->setApplication(*original);
    QCOMPARE(m_dialog->windowTitle(), u"Sponsorship Application — Ana Silva"_s);
    QVERIFY(m_dialog->screeningLabel()->text().contains(u"¶21(d)"_s));
    QCOMPARE(*m_dialog->application(), *original);
    clickOk();
    QCOMPARE(m_dialog->result(), int(QDialog::Accepted));
    QCOMPARE(*m_fund->services().sponsorships().find(id), *original);
}

QTEST_MAIN(TestSponsorshipDialog)
#include "tst_sponsorshipdialog.moc"
