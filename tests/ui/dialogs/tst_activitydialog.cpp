#include "tests/ui/testsupport/activityfixtures.h"
#include "tests/ui/testsupport/testfund.h"
#include "ui/dialogs/activityamountseditor.h"
#include "ui/dialogs/activitycoapplicantlist.h"
#include "ui/dialogs/activitydialog.h"
#include "ui/dialogs/activityfocusareasbox.h"
#include "ui/dialogs/activitypartnerseditor.h"
#include "ui/dialogs/fielderrors.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTabWidget>
#include <QTableWidget>
#include <QTest>

using namespace FundDesk;
using FundDesk::Ui::ActivityDialog;
using Qt::StringLiterals::operator""_s;

class TestActivityDialog final : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void missingTitleIsRefusedBesideItsField();
    void noFocusAreaIsRefusedBesideItsField();
    void endBeforeStartIsRefusedBesideItsField();
    void validApplicationIsStoredWithItsFocusAreas();
    void totalAndFloorWarningFollowTheAmounts();
    void editingKeepsEveryField();

private:
    template<typename T>
    T *child(const QString &name) const
    {
        auto *widget = m_dialog->findChild<T *>(name);
        if (!widget) {
            qWarning("no child %s", qPrintable(name));
        }
        return widget;
    }
    void fillValid();
    void typeInto(QWidget *widget, const QString &text);
    // By keyboard: quick mouse clicks on neighbouring boxes can read as a double-click.
    void toggle(QCheckBox *box)
    {
        box->setFocus();
        QTest::keyClick(box, Qt::Key_Space);
    }
    void clickOk();
    void checkRefused(const QString &field, ActivityDialog::Section section);
    void showSection(ActivityDialog::Section section);

    std::unique_ptr<Tests::TestFund> m_fund;
    std::unique_ptr<ActivityDialog> m_dialog;
};

void TestActivityDialog::init()
{
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    m_fund = Tests::TestFund::create();
    QVERIFY(m_fund);
    m_dialog = std::make_unique<ActivityDialog>(m_fund->services());
    m_dialog->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_dialog.get()));
}

void TestActivityDialog::cleanup()
{
    m_dialog.reset();
    m_fund.reset();
}

void TestActivityDialog::showSection(ActivityDialog::Section section)
{
    m_dialog->tabs()->setCurrentIndex(section);
}

void TestActivityDialog::typeInto(QWidget *widget, const QString &text)
{
    widget->setFocus();
    QTest::keyClicks(widget, text);
}

void TestActivityDialog::fillValid()
{
    showSection(ActivityDialog::ApplicantSection);
    auto *applicant = child<QComboBox>(u"applicantCombo"_s);
    applicant->setCurrentIndex(applicant->findData(u"KEN"_s));
    auto *filter = child<QLineEdit>(u"coApplicantFilterEdit"_s);
    typeInto(filter, u"ugan"_s);
    auto *list = child<QListWidget>(u"coApplicantList"_s);
    for (int row = 0; row < list->count(); ++row) {
        if (!list->item(row)->isHidden()) {
            list->item(row)->setCheckState(Qt::Checked); // Uganda, the only one shown
        }
    }
    showSection(ActivityDialog::DescriptionSection);
    typeInto(child<QLineEdit>(u"titleEdit"_s), u"Regional CERT exercise"_s);
    typeInto(child<QPlainTextEdit>(u"summaryEdit"_s), u"A table-top exercise."_s);
    showSection(ActivityDialog::BudgetSection);
    child<QDateEdit>(u"startEdit"_s)->setDate(QDate(2026, 9, 1));
    child<QDateEdit>(u"endEdit"_s)->setDate(QDate(2027, 3, 31));
    QTest::mouseClick(child<QPushButton>(u"addYearButton"_s), Qt::LeftButton);
    typeInto(child<QLineEdit>(u"yearAmountEdit0"_s), u"60,000"_s);
    QTest::mouseClick(child<QPushButton>(u"addYearButton"_s), Qt::LeftButton);
    typeInto(child<QLineEdit>(u"yearAmountEdit1"_s), u"15000.50"_s);
    showSection(ActivityDialog::NeedsSection);
    typeInto(child<QPlainTextEdit>(u"needsEdit"_s), u"East African CERT needs study"_s);
    showSection(ActivityDialog::FocusSection);
    toggle(child<QCheckBox>(u"focusArea_incident_response"_s));
}

void TestActivityDialog::clickOk()
{
    auto *buttons = m_dialog->findChild<QDialogButtonBox *>();
    QTest::mouseClick(buttons->button(QDialogButtonBox::Ok), Qt::LeftButton);
}

void TestActivityDialog::checkRefused(const QString &field, ActivityDialog::Section section)
{
    QVERIFY(m_dialog->isVisible());
    QCOMPARE(m_dialog->result(), int(QDialog::Rejected));
    QLabel *error = m_dialog->fieldErrors()->errorLabel(field);
    QVERIFY2(error, qPrintable(field));
    QVERIFY2(error->isVisible(), qPrintable(field));
    QVERIFY(!error->text().isEmpty());
    // The tab holding the field is brought forward.
    QCOMPARE(m_dialog->tabs()->currentIndex(), int(section));
    QVERIFY(m_fund->services().activities().all()->isEmpty());
}

void TestActivityDialog::missingTitleIsRefusedBesideItsField()
{
    fillValid();
    showSection(ActivityDialog::DescriptionSection);
    child<QLineEdit>(u"titleEdit"_s)->clear();
    showSection(ActivityDialog::FocusSection);
    clickOk();
    checkRefused(u"title"_s, ActivityDialog::DescriptionSection);
    QVERIFY(m_dialog->fieldErrors()->errorLabel(u"title"_s)->text().contains(u"Title"_s));
    QCOMPARE(QApplication::focusWidget(), child<QLineEdit>(u"titleEdit"_s));
}

void TestActivityDialog::noFocusAreaIsRefusedBesideItsField()
{
    fillValid();
    toggle(child<QCheckBox>(u"focusArea_incident_response"_s));
    showSection(ActivityDialog::ApplicantSection);
    clickOk();
    checkRefused(u"focusAreas"_s, ActivityDialog::FocusSection);
}

void TestActivityDialog::endBeforeStartIsRefusedBesideItsField()
{
    fillValid();
    showSection(ActivityDialog::BudgetSection);
    auto *end = child<QDateEdit>(u"endEdit"_s);
    end->setFocus();
    end->setDate(QDate(2026, 8, 1));
    showSection(ActivityDialog::ApplicantSection);
    clickOk();
    checkRefused(u"end"_s, ActivityDialog::BudgetSection);
}

void TestActivityDialog::validApplicationIsStoredWithItsFocusAreas()
{
    fillValid();
    toggle(child<QCheckBox>(u"focusArea_points_of_contact"_s));
    toggle(child<QCheckBox>(u"focusArea_national_strategies"_s));
    // The nine, worded as core words them with their letters.
    const QList<Core::FocusArea> all = Core::allFocusAreas();
    QCOMPARE(all.size(), 9);
    for (Core::FocusArea area : all) {
        auto *box = child<QCheckBox>(u"focusArea_"_s + Core::focusAreaKey(area));
        QCOMPARE(box->text(), u"(%1) %2"_s.arg(Core::focusAreaLetter(area),
                                                 Core::focusAreaDisplayName(area)));
    }
    showSection(ActivityDialog::PartnersSection);
    QTest::mouseClick(child<QPushButton>(u"addPartnerButton"_s), Qt::LeftButton);
    typeInto(child<QLineEdit>(u"partnerNameEdit0"_s), u"AfricaCERT"_s);
    auto *kind = child<QComboBox>(u"partnerKindCombo0"_s);
    kind->setCurrentIndex(kind->findData(int(Core::PartnerKind::InternationalOrRegionalOrganization)));
    clickOk();
    QCOMPARE(m_dialog->result(), int(QDialog::Accepted));
    QVERIFY(!m_dialog->isVisible());
    const auto stored = m_fund->services().activities().all();
    QVERIFY(stored.ok());
    QCOMPARE(stored->size(), 1);
    const Core::ActivityApplication &a = stored->first();
    QCOMPARE(a.id, m_dialog->storedId());
    QCOMPARE(a.applicantIso3, u"KEN"_s);
    QCOMPARE(a.coApplicantIso3, QStringList{u"UGA"_s});
    QCOMPARE(a.title, u"Regional CERT exercise"_s);
    QCOMPARE(a.focusAreas, (QList<Core::FocusArea>{Core::FocusArea::NationalStrategies,
                                                   Core::FocusArea::IncidentResponse,
                                                   Core::FocusArea::PointsOfContact}));
    QCOMPARE(a.requested, (QList<Core::YearlyAmount>{{2026, Core::Money::usd(60'000'00)},
                                                     {2027, Core::Money::usd(15'000'50)}}));
    QCOMPARE(a.partners.size(), 1);
    QCOMPARE(a.partners.first().name, u"AfricaCERT"_s);
    QCOMPARE(a.partners.first().kind, Core::PartnerKind::InternationalOrRegionalOrganization);
    QCOMPARE(a.needsAssessment, u"East African CERT needs study"_s);
    QVERIFY(a.reference.startsWith(u"CB-"_s));
}

void TestActivityDialog::totalAndFloorWarningFollowTheAmounts()
{
    QVERIFY(Tests::setFloor(m_fund->services(), 50'000'00));
    m_dialog = std::make_unique<ActivityDialog>(m_fund->services());
    m_dialog->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_dialog.get()));
    showSection(ActivityDialog::BudgetSection);
    QTest::mouseClick(child<QPushButton>(u"addYearButton"_s), Qt::LeftButton);
    typeInto(child<QLineEdit>(u"yearAmountEdit0"_s), u"30000"_s);
    QCOMPARE(m_dialog->totalLabel()->text(), u"USD 30,000.00"_s);
    QVERIFY(m_dialog->floorWarning()->text().contains(u"below"_s));
    QTest::mouseClick(child<QPushButton>(u"addYearButton"_s), Qt::LeftButton);
    typeInto(child<QLineEdit>(u"yearAmountEdit1"_s), u"25000"_s);
    QCOMPARE(m_dialog->totalLabel()->text(), u"USD 55,000.00"_s);
    QVERIFY(!m_dialog->floorWarning()->text().contains(u"below"_s));
    // Removing a year updates the total at once.
    child<QTableWidget>(u"amountsTable"_s)->setCurrentCell(1, 1);
    QTest::mouseClick(child<QPushButton>(u"removeYearButton"_s), Qt::LeftButton);
    QCOMPARE(m_dialog->totalLabel()->text(), u"USD 30,000.00"_s);
}

void TestActivityDialog::editingKeepsEveryField()
{
    Tests::ActivitySpec spec;
    spec.coApplicants = {u"TZA"_s};
    spec.areas = {Core::FocusArea::Norms, Core::FocusArea::AwarenessEducation};
    const auto id = Tests::addActivity(m_fund->services(), spec);
    QVERIFY(id.isValid());
    const auto original = m_fund->services().activities().find(id);
    QVERIFY(original.ok());
    m_dialog->setApplication(*original);
    QVERIFY(child<QCheckBox>(u"focusArea_norms"_s)->isChecked());
    QVERIFY(!child<QCheckBox>(u"focusArea_incident_response"_s)->isChecked());
    showSection(ActivityDialog::DescriptionSection);
    auto *title = child<QLineEdit>(u"titleEdit"_s);
    title->selectAll();
    typeInto(title, u"Renamed"_s);
    clickOk();
    QCOMPARE(m_dialog->result(), int(QDialog::Accepted));
    const auto stored = m_fund->services().activities().find(id);
    QVERIFY(stored.ok());
    Core::ActivityApplication expected = *original;
    expected.title = u"Renamed"_s;
    QCOMPARE(*stored, expected);
}

QTEST_MAIN(TestActivityDialog)
#include "tst_activitydialog.moc"
