#include "tests/ui/testsupport/workflowfixture.h"
#include "ui/dialogs/fielderrors.h"
#include "ui/dialogs/workflowdialog.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QGuiApplication>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTest>

using namespace FundDesk;
using namespace FundDesk::Tests;
using Core::ApplicationStatus;
using namespace Qt::StringLiterals;

class TestWorkflowDialog final : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void offersOnlyTheAllowedSteps();
    void finalStatusOffersNothing();
    void justificationIsRequired();
    void recommendWithJustificationMovesTheStatus();
    void approveAsTheWrongRoleIsRefused();
    void recommenderCannotApprove();
    void approvalShortfallIsShown();
    void amendmentIsProposedThenDecided();
    void screenshots_data();
    void screenshots();

private:
    std::unique_ptr<Ui::WorkflowDialog> dialog();
    static QStringList stepTexts(const QComboBox *combo);
    static void choose(QComboBox *combo, int data);
    static void press(Ui::WorkflowDialog &dialog);
    ApplicationStatus status() { return *m_fixture.services().workflow().workflow().status(m_fixture.item()); }

    WorkflowFixture m_fixture;
};

void TestWorkflowDialog::init()
{
    m_fixture = WorkflowFixture();
    const QString failed = m_fixture.setUp();
    QVERIFY2(failed.isEmpty(), qPrintable(failed));
}

void TestWorkflowDialog::cleanup()
{
    m_fixture = WorkflowFixture();
    QGuiApplication::setLayoutDirection(Qt::LeftToRight);
}

std::unique_ptr<Ui::WorkflowDialog> TestWorkflowDialog::dialog()
{
    auto d = std::make_unique<Ui::WorkflowDialog>(m_fixture.services(), m_fixture.item(),
                                                  QStringLiteral("CB-2026-001 · National CERT"));
    d->show();
    return d;
}

QStringList TestWorkflowDialog::stepTexts(const QComboBox *combo)
{
    QStringList texts;
    for (int i = 0; i < combo->count(); ++i) {
        texts << combo->itemText(i);
    }
    return texts;
}

void TestWorkflowDialog::choose(QComboBox *combo, int data)
{
    const int index = combo->findData(data);
    QVERIFY(index >= 0);
    combo->setFocus();
    // Walk with the keyboard as a person would.
    while (combo->currentIndex() != index) {
        QTest::keyClick(combo, combo->currentIndex() < index ? Qt::Key_Down : Qt::Key_Up);
    }
}

void TestWorkflowDialog::press(Ui::WorkflowDialog &dialog)
{
    QTest::mouseClick(dialog.buttons()->button(QDialogButtonBox::Ok), Qt::LeftButton);
}

void TestWorkflowDialog::offersOnlyTheAllowedSteps()
{
    QVERIFY(m_fixture.actAs(m_fixture.manager));
    auto d = dialog();
    QVERIFY(d->statusLabel()->text().contains(u"Under review"));
    QCOMPARE(stepTexts(d->stepCombo()),
             (QStringList{Core::applicationStatusDisplayName(ApplicationStatus::Recommended),
                          Core::applicationStatusDisplayName(ApplicationStatus::NotRecommended)}));
    QVERIFY(!d->amountEdit()->isVisible()); // only for approval and amendment
}

void TestWorkflowDialog::finalStatusOffersNothing()
{
    QVERIFY(m_fixture.actAs(m_fixture.manager));
    QVERIFY(m_fixture.services()
                .workflow()
                .workflow()
                .transition(m_fixture.item(), ApplicationStatus::NotRecommended,
                            QStringLiteral("Too vague"), m_fixture.manager)
                .ok());
    auto d = dialog();
    QCOMPARE(d->stepCombo()->count(), 0);
    QVERIFY(!d->buttons()->button(QDialogButtonBox::Ok)->isEnabled());
}

void TestWorkflowDialog::justificationIsRequired()
{
    QVERIFY(m_fixture.actAs(m_fixture.manager));
    auto d = dialog();
    choose(d->stepCombo(), int(ApplicationStatus::NotRecommended));
    press(*d);
    QVERIFY(d->isVisible());
    QLabel *error = d->errors()->errorLabel(QStringLiteral("note"));
    QVERIFY(error->isVisible());
    QVERIFY2(error->text().contains(u"justification"), qPrintable(error->text()));
    QCOMPARE(status(), ApplicationStatus::UnderReview);
}

void TestWorkflowDialog::recommendWithJustificationMovesTheStatus()
{
    QVERIFY(m_fixture.actAs(m_fixture.manager));
    auto d = dialog();
    choose(d->stepCombo(), int(ApplicationStatus::Recommended));
    d->noteEdit()->setFocus();
    QTest::keyClicks(d->noteEdit(), QStringLiteral("Clear needs assessment"));
    press(*d);
    QCOMPARE(d->result(), int(QDialog::Accepted));
    QCOMPARE(status(), ApplicationStatus::Recommended);
    const auto history = m_fixture.services().workflow().workflow().history(m_fixture.item());
    QCOMPARE(history->constLast().note, QStringLiteral("Clear needs assessment"));
    QCOMPARE(history->constLast().profileName, m_fixture.manager.name);
}

void TestWorkflowDialog::approveAsTheWrongRoleIsRefused()
{
    QVERIFY(m_fixture.services()
                .workflow()
                .workflow()
                .transition(m_fixture.item(), ApplicationStatus::Recommended,
                            QStringLiteral("Sound"), m_fixture.manager)
                .ok());
    QVERIFY(m_fixture.actAs(m_fixture.manager)); // a fund manager tries to approve
    auto d = dialog();
    choose(d->stepCombo(), int(ApplicationStatus::Approved));
    QVERIFY(d->amountEdit()->isVisible());
    press(*d);
    QLabel *error = d->errors()->errorLabel(QStringLiteral("profile"));
    QVERIFY(error->isVisible());
    QVERIFY2(error->text().contains(
                 Core::profileRoleDisplayName(Core::ProfileRole::HighRepresentativeOffice)),
             qPrintable(error->text()));
    QCOMPARE(status(), ApplicationStatus::Recommended);
}

void TestWorkflowDialog::recommenderCannotApprove()
{
    // The recommender later joined the High Representative's office.
    QVERIFY(m_fixture.services()
                .workflow()
                .workflow()
                .transition(m_fixture.item(), ApplicationStatus::Recommended,
                            QStringLiteral("Sound"), m_fixture.manager)
                .ok());
    QVERIFY(m_fixture.services()
                .workflow()
                .profiles()
                .changeRole(m_fixture.manager.id, Core::ProfileRole::HighRepresentativeOffice)
                .ok());
    Core::Profile moved = m_fixture.manager;
    moved.role = Core::ProfileRole::HighRepresentativeOffice;
    QVERIFY(m_fixture.actAs(moved));
    auto d = dialog();
    choose(d->stepCombo(), int(ApplicationStatus::Approved));
    press(*d);
    QLabel *error = d->errors()->errorLabel(QStringLiteral("profile"));
    QVERIFY(error->isVisible());
    QVERIFY2(error->text().contains(m_fixture.manager.name), qPrintable(error->text()));
    QCOMPARE(status(), ApplicationStatus::Recommended);

    // Another member of the office approves, with an amount typed.
    QVERIFY(m_fixture.actAs(m_fixture.office2));
    auto other = dialog();
    choose(other->stepCombo(), int(ApplicationStatus::Approved));
    other->amountEdit()->setFocus();
    QTest::keyClicks(other->amountEdit(), QStringLiteral("90000"));
    press(*other);
    QCOMPARE(other->result(), int(QDialog::Accepted));
    QCOMPARE(status(), ApplicationStatus::Approved);
    const auto commitment =
        m_fixture.services().workflow().commitments().commitment(m_fixture.item());
    QCOMPARE((*commitment)->amount, Core::Money::usd(90'000'00));
}

void TestWorkflowDialog::approvalShortfallIsShown()
{
    QVERIFY(m_fixture.services()
                .workflow()
                .workflow()
                .transition(m_fixture.item(), ApplicationStatus::Recommended,
                            QStringLiteral("Sound"), m_fixture.manager)
                .ok());
    QVERIFY(m_fixture.actAs(m_fixture.office));
    auto d = dialog();
    choose(d->stepCombo(), int(ApplicationStatus::Approved));
    d->amountEdit()->setFocus();
    QTest::keyClicks(d->amountEdit(), QStringLiteral("5000000")); // more than received
    press(*d);
    QVERIFY(d->isVisible());
    const QLabel *amount = d->errors()->errorLabel(QStringLiteral("amount"));
    const QString shown = amount->isVisible() ? amount->text()
                                              : d->findChild<QLabel *>(u"error_general"_s)->text();
    QVERIFY2(shown.contains(u"USD"), qPrintable(shown));
    QCOMPARE(status(), ApplicationStatus::Recommended);
}

void TestWorkflowDialog::amendmentIsProposedThenDecided()
{
    QVERIFY(m_fixture.approve());
    QVERIFY(m_fixture.actAs(m_fixture.manager));
    auto d = dialog();
    choose(d->stepCombo(), Ui::WorkflowDialog::ProposeAmendment);
    QVERIFY(d->amountEdit()->isVisible());
    d->amountEdit()->setText(QStringLiteral("100000"));
    press(*d);
    QVERIFY(d->errors()->errorLabel(QStringLiteral("note"))->isVisible()); // justification
    d->noteEdit()->setPlainText(QStringLiteral("A second workshop"));
    press(*d);
    QCOMPARE(d->result(), int(QDialog::Accepted));

    QVERIFY(m_fixture.actAs(m_fixture.office2));
    auto decide = dialog();
    QVERIFY(decide->stepCombo()->findData(Ui::WorkflowDialog::ApproveAmendment) >= 0);
    QCOMPARE(decide->stepCombo()->findData(Ui::WorkflowDialog::ProposeAmendment), -1);
    choose(decide->stepCombo(), Ui::WorkflowDialog::ApproveAmendment);
    press(*decide);
    QCOMPARE(decide->result(), int(QDialog::Accepted));
    const auto commitment =
        m_fixture.services().workflow().commitments().commitment(m_fixture.item());
    QCOMPARE((*commitment)->amount, Core::Money::usd(100'000'00));
    QCOMPARE((*commitment)->original, Core::Money::usd(120'000'00));
}

void TestWorkflowDialog::screenshots_data()
{
    QTest::addColumn<Qt::LayoutDirection>("direction");
    QTest::newRow("ltr") << Qt::LeftToRight;
    QTest::newRow("rtl") << Qt::RightToLeft;
}

void TestWorkflowDialog::screenshots()
{
    QFETCH(Qt::LayoutDirection, direction);
    QGuiApplication::setLayoutDirection(direction);
    QVERIFY(m_fixture.actAs(m_fixture.manager));
    auto d = dialog();
    choose(d->stepCombo(), int(ApplicationStatus::Recommended));
    press(*d); // shows the justification error
    const QByteArray dir = qgetenv("FUNDDESK_SHOTS_DIR");
    if (!dir.isEmpty()) {
        const QString path = QString::fromLocal8Bit(dir) + u"/workflowdialog-"_s +
                             (direction == Qt::RightToLeft ? u"rtl"_s : u"ltr"_s) + u".png"_s;
        QVERIFY(d->grab().save(path));
    }
    QCOMPARE(d->layoutDirection(), direction);
}

QTEST_MAIN(TestWorkflowDialog)
#include "tst_workflowdialog.moc"
