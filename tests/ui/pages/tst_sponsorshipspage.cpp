#include "core/reports/approvalpacket.h"
#include "tests/ui/testsupport/sponsorshipfixtures.h"
#include "tests/ui/testsupport/testfund.h"
#include "ui/dialogs/fielderrors.h"
#include "ui/dialogs/sponsorshipcriteriabox.h"
#include "ui/dialogs/sponsorshipdialog.h"
#include "ui/documents/exportpacketdialog.h"
#include "ui/models/slatelistmodel.h"
#include "ui/models/sponsorshiptablemodel.h"
#include "ui/pages/slatefiguresbox.h"
#include "ui/pages/slatepanel.h"
#include "ui/pages/sponsorshipfilterbar.h"
#include "ui/pages/sponsorshipspage.h"
#include "ui/pages/sponsorshipspanel.h"
#include "ui/pages/tablepanel.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPointer>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTabWidget>
#include <QTableView>
#include <QTest>
#include <QTimer>

#include <functional>

using namespace FundDesk;
using FundDesk::Core::EligibilityCriterion;
using FundDesk::Ui::SlateListModel;
using FundDesk::Ui::SlatePanel;
using FundDesk::Ui::SponsorshipDialog;
using FundDesk::Ui::SponsorshipsPage;
using FundDesk::Ui::SponsorshipTableModel;
using Qt::StringLiterals::operator""_s;

namespace {

// Runs handle on the next modal dialog once it is open (they block in their own event loop).
// A dialog the handler leaves open is rejected so that a failed check cannot hang the test.
void whenModalOpens(QObject *owner, const std::function<void(QWidget *)> &handle)
{
    auto *timer = new QTimer(owner);
    timer->setInterval(20);
    QObject::connect(timer, &QTimer::timeout, timer, [timer, handle] {
        QWidget *modal = QApplication::activeModalWidget();
        if (!modal) {
            return;
        }
        timer->stop();
        timer->deleteLater();
        const QPointer<QWidget> guard(modal);
        handle(modal);
        if (auto *dialog = qobject_cast<QDialog *>(guard.data()); dialog && dialog->isVisible()) {
            dialog->reject();
        }
    });
    timer->start();
}

void typeInto(QWidget *widget, const QString &text)
{
    widget->setFocus();
    QTest::keyClicks(widget, text);
}

void pickByKeys(QComboBox *combo, const QVariant &data)
{
    const int index = combo->findData(data);
    QVERIFY(index >= 0);
    combo->setFocus();
    QTest::keyClick(combo, Qt::Key_Home);
    for (int i = 0; i < index; ++i) {
        QTest::keyClick(combo, Qt::Key_Down);
    }
}

void clickOk(QWidget *dialog)
{
    auto *buttons = dialog->findChild<QDialogButtonBox *>();
    QTest::mouseClick(buttons->button(QDialogButtonBox::Ok), Qt::LeftButton);
}

} // namespace

class TestSponsorshipsPage final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void meetingSelectionFiltersTheTable();
    void eachFilterNarrowsTheRows();
    void addApplicationThroughTheDialogByKeyboard();
    void editShowsWhichCriterionFails();
    void costOverrideRequiresAReason();
    void deleteAsksForConfirmation();
    void slateProposePinAndExcludeChangeTheListsAndFigures();
    void chosenMeetingIsRemembered();
    void packetButtonsOpenTheExportPacketDialog();

private:
    std::unique_ptr<SponsorshipsPage> showPage();
    int shownRows() const { return m_page->applicationsPanel()->view()->model()->rowCount(); }
    QString totals() const { return m_page->applicationsPanel()->totalsLabel()->text(); }
    void selectRow(const QString &applicant);
    QStringList names(SlateListModel *model) const;
    void waitForProposal(SlatePanel *slate, const std::function<void()> &action);

    std::unique_ptr<Tests::TestFund> m_fund;
    std::unique_ptr<SponsorshipsPage> m_page;
    Core::MeetingId m_newYork;
    Core::MeetingId m_geneva;
};

void TestSponsorshipsPage::initTestCase()
{
    QCoreApplication::setOrganizationName(u"FundDeskTests"_s);
    QCoreApplication::setApplicationName(u"tst_sponsorshipspage"_s);
}

// New York: Kenya (woman, 80), Nepal (man, fails ¶21(c)), France (woman, 55), Fiji (man, 60).
// Geneva: Chile (woman).
void TestSponsorshipsPage::init()
{
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    QSettings().clear();
    m_fund = Tests::TestFund::create();
    QVERIFY(m_fund);
    Core::FundServices &services = m_fund->services();
    m_newYork = Tests::addMeeting(services, Tests::newYorkMeeting());
    Core::Meeting geneva = Tests::newYorkMeeting(u"PM-2026-2"_s);
    geneva.name = u"Second session 2026"_s;
    geneva.city = u"Geneva"_s;
    m_geneva = Tests::addMeeting(services, geneva);
    QVERIFY(m_newYork.isValid() && m_geneva.isValid());
    const QList<std::pair<Core::MeetingId, Tests::SponsorshipSpec>> specs{
        {m_newYork, Tests::sponsorshipSpec(u"KEN"_s, u"Amina Otieno"_s, Core::Gender::Woman, 80,
                                           std::nullopt)},
        {m_newYork, Tests::sponsorshipSpec(u"NPL"_s, u"Ram Thapa"_s, Core::Gender::Man, 90,
                                           EligibilityCriterion::AbleToTravel)},
        {m_newYork, Tests::sponsorshipSpec(u"FRA"_s, u"Claire Martin"_s, Core::Gender::Woman, 55,
                                           std::nullopt)},
        {m_newYork, Tests::sponsorshipSpec(u"FJI"_s, u"Jone Baleiwai"_s, Core::Gender::Man, 60)},
        {m_geneva, Tests::sponsorshipSpec(u"CHL"_s, u"Camila Rojas"_s, Core::Gender::Woman, 70,
                                          std::nullopt)},
    };
    for (const auto &[meeting, spec] : specs) {
        QVERIFY(Tests::addSponsorship(services, meeting, spec).isValid());
    }
}

void TestSponsorshipsPage::cleanup()
{
    m_page.reset();
    m_fund.reset();
}

std::unique_ptr<SponsorshipsPage> TestSponsorshipsPage::showPage()
{
    auto page = std::make_unique<SponsorshipsPage>(m_fund->services());
    page->resize(1000, 700);
    page->show();
    if (!QTest::qWaitForWindowExposed(page.get())) {
        return nullptr;
    }
    return page;
}

void TestSponsorshipsPage::selectRow(const QString &applicant)
{
    QTableView *view = m_page->applicationsPanel()->view();
    for (int row = 0; row < view->model()->rowCount(); ++row) {
        const QModelIndex index = view->model()->index(row, SponsorshipTableModel::Applicant);
        if (index.data().toString() == applicant) {
            view->setFocus();
            view->setCurrentIndex(index);
            return;
        }
    }
    QFAIL(qPrintable(u"no row for "_s + applicant));
}

QStringList TestSponsorshipsPage::names(SlateListModel *model) const
{
    QStringList names;
    for (int row = 0; row < model->rowCount(); ++row) {
        names << model->index(row, SlateListModel::Applicant).data().toString();
    }
    names.sort();
    return names;
}

void TestSponsorshipsPage::waitForProposal(SlatePanel *slate, const std::function<void()> &action)
{
    QSignalSpy proposed(slate, &SlatePanel::proposed);
    action();
    QVERIFY(proposed.wait(5000));
    QVERIFY(!slate->isRunning());
}

void TestSponsorshipsPage::meetingSelectionFiltersTheTable()
{
    m_page = showPage();
    QVERIFY(m_page);
    // With nothing remembered, the latest meeting is shown.
    QCOMPARE(m_page->currentMeeting(), m_geneva);
    QCOMPARE(shownRows(), 1);
    QVERIFY(m_page->findChild<QLabel *>(u"meetingSummary"_s)->text().startsWith(u"Geneva"_s));
    pickByKeys(m_page->meetingCombo(), m_newYork.value());
    QCOMPARE(m_page->currentMeeting(), m_newYork);
    QCOMPARE(shownRows(), 4);
    QVERIFY2(totals().startsWith(u"4 application(s) shown · cost USD "_s), qPrintable(totals()));
    QVERIFY(totals().contains(u"2 woman/women"_s));
    QVERIFY(totals().contains(u"3 meet(s) ¶21"_s));
}

void TestSponsorshipsPage::eachFilterNarrowsTheRows()
{
    m_page = showPage();
    QVERIFY(m_page);
    m_page->selectMeeting(m_newYork);
    Ui::SponsorshipFilterBar *bar = m_page->applications()->filterBar();
    QCOMPARE(shownRows(), 4);
    pickByKeys(bar->genderCombo(), int(Core::Gender::Woman));
    QCOMPARE(shownRows(), 2);
    pickByKeys(bar->genderCombo(), -1);
    pickByKeys(bar->regionCombo(), int(Core::Region::Oceania));
    QCOMPARE(shownRows(), 1);
    pickByKeys(bar->regionCombo(), -1);
    pickByKeys(bar->priorityCombo(), int(Core::PriorityGroup::Ldc));
    QCOMPARE(shownRows(), 1); // Nepal
    pickByKeys(bar->priorityCombo(), -1);
    pickByKeys(bar->statusCombo(), int(Core::ApplicationStatus::Ineligible));
    QCOMPARE(shownRows(), 1);
    QVERIFY2(totals().startsWith(u"1 application(s) shown · cost USD 5,856.00"_s),
             qPrintable(totals())); // Asia: 3,100 + 2,526 + 230
    pickByKeys(bar->statusCombo(), -1);
    QCOMPARE(shownRows(), 4);
    // The text box narrows further, through the State's name.
    typeInto(m_page->applicationsPanel()->filterEdit(), u"fij"_s);
    QCOMPARE(shownRows(), 1);
    QCOMPARE(m_page->applicationsPanel()->view()->model()->index(0, 0).data().toString(),
             u"Jone Baleiwai"_s);
}

void TestSponsorshipsPage::addApplicationThroughTheDialogByKeyboard()
{
    m_page = showPage();
    QVERIFY(m_page);
    m_page->selectMeeting(m_newYork);
    QSignalSpy changed(m_page.get(), &SponsorshipsPage::fundChanged);
    bool filled = false;
    whenModalOpens(this, [&filled](QWidget *modal) {
        auto *dialog = qobject_cast<SponsorshipDialog *>(modal);
        QVERIFY(dialog);
        typeInto(dialog->findChild<QLineEdit *>(u"applicantNameEdit"_s), u"Leila Haddad"_s);
        pickByKeys(dialog->findChild<QComboBox *>(u"genderCombo"_s), int(Core::Gender::Woman));
        auto *state = dialog->findChild<QComboBox *>(u"stateCombo"_s);
        state->setFocus();
        QTest::keyClicks(state->lineEdit(), u"Tunisia"_s);
        auto *capital = dialog->findChild<QCheckBox *>(u"capitalBasedCheck"_s);
        capital->setFocus();
        QTest::keyClick(capital, Qt::Key_Space);
        dialog->tabs()->setCurrentIndex(SponsorshipDialog::CriteriaSection);
        for (const EligibilityCriterion criterion : Core::allEligibilityCriteria()) {
            pickByKeys(dialog->criteriaBox()->metCombo(criterion), 1);
        }
        QCOMPARE(dialog->screeningLabel()->text(),
                 u"Eligible: the application meets all five criteria of ¶21."_s);
        QVERIFY(dialog->estimateLabel()->text().startsWith(u"USD 5,656.00"_s));
        filled = true;
        clickOk(dialog);
    });
    // Insert on the table opens the form.
    QTableView *view = m_page->applicationsPanel()->view();
    view->setFocus();
    QTest::keyClick(view, Qt::Key_Insert);
    QVERIFY(filled);
    QCOMPARE(changed.count(), 1);
    QCOMPARE(shownRows(), 5);
    // The new application is the current row.
    QCOMPARE(
        view->currentIndex().siblingAtColumn(SponsorshipTableModel::Applicant).data().toString(),
        u"Leila Haddad"_s);
    QCOMPARE(view->currentIndex().siblingAtColumn(SponsorshipTableModel::State).data().toString(),
             u"Tunisia"_s);
    QCOMPARE(
        view->currentIndex().siblingAtColumn(SponsorshipTableModel::Eligibility).data().toString(),
        u"Meets ¶21"_s);
}

void TestSponsorshipsPage::editShowsWhichCriterionFails()
{
    m_page = showPage();
    QVERIFY(m_page);
    m_page->selectMeeting(m_newYork);
    selectRow(u"Ram Thapa"_s);
    QTableView *view = m_page->applicationsPanel()->view();
    QCOMPARE(
        view->currentIndex().siblingAtColumn(SponsorshipTableModel::Eligibility).data().toString(),
        u"Fails ¶21(c)"_s);
    QString screening;
    whenModalOpens(this, [&screening](QWidget *modal) {
        auto *dialog = qobject_cast<SponsorshipDialog *>(modal);
        QVERIFY(dialog);
        screening = dialog->screeningLabel()->text();
    });
    QTest::keyClick(view, Qt::Key_Return);
    QVERIFY2(screening.startsWith(u"Ineligible"_s), qPrintable(screening));
    QVERIFY2(screening.contains(u"¶21(c)"_s), qPrintable(screening));
}

void TestSponsorshipsPage::costOverrideRequiresAReason()
{
    m_page = showPage();
    QVERIFY(m_page);
    m_page->selectMeeting(m_newYork);
    selectRow(u"Claire Martin"_s);
    bool refused = false;
    whenModalOpens(this, [&refused](QWidget *modal) {
        auto *dialog = qobject_cast<SponsorshipDialog *>(modal);
        QVERIFY(dialog);
        dialog->tabs()->setCurrentIndex(SponsorshipDialog::CostSection);
        auto *check = dialog->findChild<QCheckBox *>(u"overrideCheck"_s);
        check->setFocus();
        QTest::keyClick(check, Qt::Key_Space);
        typeInto(dialog->findChild<QLineEdit *>(u"overrideAmountEdit"_s), u"2500"_s);
        clickOk(dialog);
        QVERIFY(dialog->isVisible());
        QLabel *error = dialog->fieldErrors()->errorLabel(u"overrideReason"_s);
        refused = error && error->isVisible() && !error->text().isEmpty();
        typeInto(dialog->findChild<QLineEdit *>(u"overrideReasonEdit"_s), u"Travels from Geneva"_s);
        clickOk(dialog);
    });
    QTest::keyClick(m_page->applicationsPanel()->view(), Qt::Key_Return);
    QVERIFY(refused);
    QTableView *view = m_page->applicationsPanel()->view();
    QCOMPARE(view->currentIndex().siblingAtColumn(SponsorshipTableModel::Cost).data().toString(),
             u"2,500.00 (set)"_s);
}

void TestSponsorshipsPage::deleteAsksForConfirmation()
{
    m_page = showPage();
    QVERIFY(m_page);
    m_page->selectMeeting(m_newYork);
    selectRow(u"Jone Baleiwai"_s);
    QTableView *view = m_page->applicationsPanel()->view();
    QString question;
    whenModalOpens(this, [&question](QWidget *modal) {
        auto *box = qobject_cast<QMessageBox *>(modal);
        QVERIFY(box);
        question = box->text();
        box->button(QMessageBox::No)->click();
    });
    QTest::keyClick(view, Qt::Key_Delete);
    QCOMPARE(question, u"Delete the sponsorship application of Jone Baleiwai (Fiji)?"_s);
    QCOMPARE(shownRows(), 4);
    bool confirmed = false;
    whenModalOpens(this, [&confirmed](QWidget *modal) {
        auto *box = qobject_cast<QMessageBox *>(modal);
        QVERIFY(box);
        box->button(QMessageBox::Yes)->click();
        confirmed = true;
    });
    // The page is the active window again once the question is gone.
    m_page->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_page.get()));
    view->setFocus();
    QTest::keyClick(view, Qt::Key_Delete);
    QVERIFY(confirmed);
    QCOMPARE(shownRows(), 3);
}

void TestSponsorshipsPage::slateProposePinAndExcludeChangeTheListsAndFigures()
{
    m_page = showPage();
    QVERIFY(m_page);
    m_page->selectMeeting(m_newYork);
    m_page->tabs()->setCurrentIndex(SponsorshipsPage::SlateTab);
    SlatePanel *slate = m_page->slatePanel();
    // The ¶20 scenarios set the seats; any other number shows as "Other".
    QCOMPARE(slate->seatsBox()->value(), 10);
    pickByKeys(slate->scenarioCombo(), 20);
    QCOMPARE(slate->seatsBox()->value(), 20);
    slate->seatsBox()->setFocus();
    slate->seatsBox()->selectAll();
    QTest::keyClicks(slate->seatsBox(), u"2"_s);
    QCOMPARE(slate->scenarioCombo()->currentData().toInt(), 0);

    waitForProposal(slate, [slate] { QTest::mouseClick(slate->proposeButton(), Qt::LeftButton); });
    // Two seats: a woman for parity, Fiji for the priority groups, Kenya's score over France's;
    // Nepal fails ¶21(c).
    QCOMPARE(names(slate->selectedModel()), QStringList({u"Amina Otieno"_s, u"Jone Baleiwai"_s}));
    QCOMPARE(names(slate->leftOutModel()), QStringList({u"Claire Martin"_s, u"Ram Thapa"_s}));
    QStringList figures = slate->figuresBox()->lines();
    QVERIFY2(figures.contains(u"Seats filled: 2 of 2"_s), qPrintable(figures.join(u'\n')));
    QVERIFY(figures.contains(u"Women: 1 (50 %)"_s));
    QVERIFY(figures.contains(u"Total cost: USD 12,212.00"_s)); // 5,656 + 6,556
    // Every decision has its reason in words.
    for (SlateListModel *model : {slate->selectedModel(), slate->leftOutModel()}) {
        for (int row = 0; row < model->rowCount(); ++row) {
            QVERIFY(!model->index(row, SlateListModel::Reasons).data().toString().isEmpty());
        }
    }

    // Pin France from the left-out list by keyboard.
    QTableView *leftOut = slate->leftOutView();
    for (int row = 0; row < slate->leftOutModel()->rowCount(); ++row) {
        if (slate->leftOutModel()->candidateAt(row).stateIso3 == u"FRA"_s) {
            leftOut->setFocus();
            leftOut->setCurrentIndex(slate->leftOutModel()->index(row, SlateListModel::Applicant));
        }
    }
    waitForProposal(slate, [leftOut] { QTest::keyClick(leftOut, Qt::Key_P, Qt::ControlModifier); });
    QVERIFY(slate->selectedModel()->rowCount() == 2);
    QVERIFY(names(slate->selectedModel()).contains(u"Claire Martin"_s));
    QCOMPARE(slate->request().pinned.size(), 1);
    bool pinShown = false;
    for (int row = 0; row < slate->selectedModel()->rowCount(); ++row) {
        if (slate->selectedModel()->candidateAt(row).stateIso3 == u"FRA"_s) {
            pinShown = slate->selectedModel()
                           ->index(row, SlateListModel::Pin)
                           .data(Qt::CheckStateRole)
                           .toInt() == Qt::Checked;
        }
    }
    QVERIFY(pinShown);
    const QStringList afterPin = slate->figuresBox()->lines();
    QVERIFY(afterPin != figures);

    // Exclude the other delegate through the check box.
    int other = -1;
    for (int row = 0; row < slate->selectedModel()->rowCount(); ++row) {
        if (slate->selectedModel()->candidateAt(row).stateIso3 != u"FRA"_s) {
            other = row;
        }
    }
    QVERIFY(other >= 0);
    const QString excludedName = slate->selectedModel()->candidateAt(other).applicantName;
    waitForProposal(slate, [slate, other] {
        slate->selectedModel()->setData(
            slate->selectedModel()->index(other, SlateListModel::Exclude), Qt::Checked,
            Qt::CheckStateRole);
    });
    QVERIFY(!names(slate->selectedModel()).contains(excludedName));
    QVERIFY(names(slate->leftOutModel()).contains(excludedName));
    QVERIFY(names(slate->selectedModel()).contains(u"Claire Martin"_s));
    QVERIFY(slate->figuresBox()->lines() != afterPin);

    // Clearing the pins proposes the first slate again.
    waitForProposal(slate, [slate] {
        QTest::mouseClick(slate->findChild<QPushButton *>(u"clearPinsButton"_s), Qt::LeftButton);
    });
    QCOMPARE(names(slate->selectedModel()), QStringList({u"Amina Otieno"_s, u"Jone Baleiwai"_s}));
    QCOMPARE(slate->figuresBox()->lines(), figures);
}

void TestSponsorshipsPage::chosenMeetingIsRemembered()
{
    m_page = showPage();
    QVERIFY(m_page);
    pickByKeys(m_page->meetingCombo(), m_newYork.value());
    m_page.reset();
    m_page = showPage();
    QVERIFY(m_page);
    QCOMPARE(m_page->currentMeeting(), m_newYork);
    QCOMPARE(shownRows(), 4);
}

// Packet… opens the approval packet of the current application (SP-<id>); Slate packet… that of
// the chosen meeting's slate. Escape closes each.
void TestSponsorshipsPage::packetButtonsOpenTheExportPacketDialog()
{
    m_page = showPage();
    QVERIFY(m_page);
    m_page->selectMeeting(m_newYork);
    auto *packet = m_page->applicationsPanel()->findChild<QPushButton *>(u"packetButton"_s);
    QVERIFY(packet);
    QVERIFY(packet->isVisible());
    selectRow(u"Jone Baleiwai"_s);
    QVERIFY(packet->isEnabled());
    const qint64 id = m_page->applicationsPanel()->currentId();
    QVERIFY(id > 0);

    const auto openAndEscape = [this](QPushButton *button) {
        QString reference;
        bool opened = false;
        whenModalOpens(this, [&](QWidget *modal) {
            auto *dialog = qobject_cast<Ui::ExportPacketDialog *>(modal);
            QVERIFY(dialog);
            reference = dialog->referenceEdit()->text();
            QTest::keyClick(dialog, Qt::Key_Escape);
            opened = !dialog->isVisible();
        });
        QTest::mouseClick(button, Qt::LeftButton);
        return std::make_pair(opened, reference);
    };
    const auto [closed, reference] = openAndEscape(packet);
    QVERIFY(closed);
    QCOMPARE(reference, Core::ApprovalPacket::sponsorshipReference(id));

    m_page->tabs()->setCurrentIndex(SponsorshipsPage::SlateTab);
    QPushButton *slatePacket = m_page->slatePanel()->packetButton();
    QVERIFY(slatePacket->isVisible() && slatePacket->isEnabled());
    QGuiApplication::setLayoutDirection(Qt::RightToLeft);
    const auto [slateClosed, slateReference] = openAndEscape(slatePacket);
    QVERIFY(slateClosed);
    QCOMPARE(slateReference, u"PM-2026-1"_s);
}

QTEST_MAIN(TestSponsorshipsPage)
#include "tst_sponsorshipspage.moc"
