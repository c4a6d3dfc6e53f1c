#include "tests/ui/testsupport/workflowfixture.h"
#include "ui/widgets/auditchangetext.h"
#include "ui/widgets/historydialog.h"
#include "ui/widgets/historypanel.h"

#include <QGuiApplication>
#include <QTableWidget>
#include <QTest>

using namespace FundDesk;
using namespace FundDesk::Tests;
using namespace Qt::StringLiterals;
using Core::ApplicationStatus;

class TestHistoryPanel final : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void showsTransitionsWithWhoAndNote();
    void showsAuditEntriesAsReadableChanges();
    void recordWithoutWorkflowHidesTransitions();
    void changeTextListsOnlyChangedFields();
    void screenshots_data();
    void screenshots();

private:
    WorkflowFixture m_fixture;
};

void TestHistoryPanel::init()
{
    m_fixture = WorkflowFixture();
    const QString failed = m_fixture.setUp();
    QVERIFY2(failed.isEmpty(), qPrintable(failed));
    QVERIFY(m_fixture.actAs(m_fixture.manager));
    QVERIFY(m_fixture.services()
                .workflow()
                .workflow()
                .transition(m_fixture.item(), ApplicationStatus::Recommended,
                            u"Clear needs assessment"_s, m_fixture.manager)
                .ok());
}

void TestHistoryPanel::cleanup()
{
    m_fixture = WorkflowFixture();
    QGuiApplication::setLayoutDirection(Qt::LeftToRight);
}

void TestHistoryPanel::showsTransitionsWithWhoAndNote()
{
    Ui::HistoryPanel panel(m_fixture.services());
    panel.showItem(m_fixture.item());
    QTableWidget *table = panel.transitionsTable();
    QCOMPARE(table->rowCount(), 1);
    QCOMPARE(table->item(0, Ui::HistoryPanel::TransitionWho)->text(), m_fixture.manager.name);
    QCOMPARE(table->item(0, Ui::HistoryPanel::TransitionNote)->text(),
             u"Clear needs assessment"_s);
    const QString move = table->item(0, Ui::HistoryPanel::TransitionMove)->text();
    QVERIFY2(move.contains(Core::applicationStatusDisplayName(ApplicationStatus::UnderReview)) &&
                 move.contains(Core::applicationStatusDisplayName(ApplicationStatus::Recommended)),
             qPrintable(move));
}

void TestHistoryPanel::showsAuditEntriesAsReadableChanges()
{
    Ui::HistoryPanel panel(m_fixture.services());
    panel.showItem(m_fixture.item());
    QTableWidget *table = panel.changesTable();
    QVERIFY(table->rowCount() >= 2); // created, then its status changed
    QCOMPARE(table->item(0, Ui::HistoryPanel::ChangeAction)->text(), u"Created"_s);
    const int last = table->rowCount() - 1;
    QCOMPARE(table->item(last, Ui::HistoryPanel::ChangeAction)->text(), u"Changed"_s);
    QCOMPARE(table->item(last, Ui::HistoryPanel::ChangeWho)->text(), m_fixture.manager.name);
    const QString values = table->item(last, Ui::HistoryPanel::ChangeValues)->text();
    QVERIFY2(values.contains(u"status: “under_review” → “recommended”"_s), qPrintable(values));
    QVERIFY2(!values.contains(u'{'), qPrintable(values)); // not raw JSON
}

void TestHistoryPanel::recordWithoutWorkflowHidesTransitions()
{
    Ui::HistoryPanel panel(m_fixture.services());
    panel.show();
    panel.showRecord(u"profiles"_s, m_fixture.manager.id.value());
    QVERIFY(!panel.transitionsTable()->isVisible());
    QCOMPARE(panel.changesTable()->rowCount(), 1);
    QVERIFY(panel.changesTable()->item(0, Ui::HistoryPanel::ChangeValues)->text().contains(
        m_fixture.manager.name));
}

void TestHistoryPanel::changeTextListsOnlyChangedFields()
{
    Core::AuditEntry entry;
    entry.action = u"update"_s;
    entry.oldValues = u"{\"title\":\"Old\",\"year\":2026,\"note\":null}"_s;
    entry.newValues = u"{\"title\":\"New\",\"year\":2026,\"note\":\"x\"}"_s;
    QCOMPARE(Ui::AuditChangeText::lines(entry),
             (QStringList{u"note: (empty) → “x”"_s, u"title: “Old” → “New”"_s}));
}

void TestHistoryPanel::screenshots_data()
{
    QTest::addColumn<Qt::LayoutDirection>("direction");
    QTest::newRow("ltr") << Qt::LeftToRight;
    QTest::newRow("rtl") << Qt::RightToLeft;
}

void TestHistoryPanel::screenshots()
{
    QFETCH(Qt::LayoutDirection, direction);
    QGuiApplication::setLayoutDirection(direction);
    Ui::HistoryDialog dialog(m_fixture.services(), u"CB-2026-001"_s);
    dialog.panel()->showItem(m_fixture.item());
    dialog.show();
    const QByteArray dir = qgetenv("FUNDDESK_SHOTS_DIR");
    if (!dir.isEmpty()) {
        const QString path = QString::fromLocal8Bit(dir) + u"/historydialog-"_s +
                             (direction == Qt::RightToLeft ? u"rtl"_s : u"ltr"_s) + u".png"_s;
        QVERIFY(dialog.grab().save(path));
    }
    QCOMPARE(dialog.layoutDirection(), direction);
}

QTEST_MAIN(TestHistoryPanel)
#include "tst_historypanel.moc"
