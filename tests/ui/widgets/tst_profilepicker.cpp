#include "tests/ui/testsupport/workflowfixture.h"
#include "ui/dialogs/fielderrors.h"
#include "ui/dialogs/profiledialog.h"
#include "ui/widgets/profilepicker.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QPushButton>
#include <QSettings>
#include <QTest>
#include <QTimer>

using namespace FundDesk;
using namespace FundDesk::Tests;
using namespace Qt::StringLiterals;

class TestProfilePicker final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void menuListsProfilesAndChoosingSetsTheActor();
    void choiceIsRememberedForTheNextFund();
    void unknownRememberedProfileLeavesNoActor();
    void newProfileDialogCreatesAndChooses();
    void newProfileNeedsAName();
    void screenshots_data();
    void screenshots();

private:
    Core::Profile actor();

    WorkflowFixture m_fixture;
};

void TestProfilePicker::initTestCase()
{
    QCoreApplication::setOrganizationName(u"FundDeskTests"_s);
    QCoreApplication::setApplicationName(u"tst_profilepicker"_s);
    QSettings().clear();
}

void TestProfilePicker::init()
{
    QSettings().remove(QLatin1String(Ui::ProfilePicker::SettingsKey));
    m_fixture = WorkflowFixture();
    const QString failed = m_fixture.setUp(0);
    QVERIFY2(failed.isEmpty(), qPrintable(failed));
}

void TestProfilePicker::cleanup()
{
    m_fixture = WorkflowFixture();
    QGuiApplication::setLayoutDirection(Qt::LeftToRight);
}

Core::Profile TestProfilePicker::actor()
{
    return *Core::AuditActor::current(m_fixture.services().database().connection());
}

void TestProfilePicker::menuListsProfilesAndChoosingSetsTheActor()
{
    Ui::ProfilePicker picker;
    picker.setServices(&m_fixture.services());
    QVERIFY(picker.isEnabled());
    QVERIFY(!actor().id.isValid());
    emit picker.menu()->aboutToShow();
    const QList<QAction *> actions = picker.menu()->actions();
    QStringList texts;
    QAction *office = nullptr;
    for (QAction *action : actions) {
        texts << action->text();
        if (action->text().startsWith(m_fixture.office.name)) {
            office = action;
        }
    }
    QVERIFY2(texts.size() == 5, qPrintable(texts.join(u" | "))); // 3, separator, New
    QVERIFY(office);
    office->trigger();
    QCOMPARE(picker.current(), m_fixture.office);
    QCOMPARE(actor().id, m_fixture.office.id);
    QVERIFY(picker.text().contains(m_fixture.office.name));
}

void TestProfilePicker::choiceIsRememberedForTheNextFund()
{
    {
        Ui::ProfilePicker picker;
        picker.setServices(&m_fixture.services());
        picker.choose(m_fixture.manager);
    }
    QCOMPARE(QSettings().value(QLatin1String(Ui::ProfilePicker::SettingsKey)).toString(),
             m_fixture.manager.name);
    // Another fund with a profile of the same name: opening it applies the choice.
    WorkflowFixture other;
    QVERIFY(other.setUp(0).isEmpty());
    QVERIFY(Core::AuditActor::clear(other.services().database().connection()).ok());
    Ui::ProfilePicker picker;
    picker.setServices(&other.services());
    QCOMPARE(picker.current().name, m_fixture.manager.name);
    QCOMPARE(Core::AuditActor::current(other.services().database().connection())->id,
             other.manager.id);
}

void TestProfilePicker::unknownRememberedProfileLeavesNoActor()
{
    QSettings().setValue(QLatin1String(Ui::ProfilePicker::SettingsKey), u"Nobody Here"_s);
    QVERIFY(m_fixture.actAs(m_fixture.office));
    Ui::ProfilePicker picker;
    picker.setServices(&m_fixture.services());
    QVERIFY(!picker.current().id.isValid());
    QVERIFY(!actor().id.isValid()); // never the previous person's name
    picker.setServices(nullptr);
    QVERIFY(!picker.isEnabled());
}

void TestProfilePicker::newProfileDialogCreatesAndChooses()
{
    Ui::ProfilePicker picker;
    picker.setServices(&m_fixture.services());
    QTimer::singleShot(0, this, [] {
        auto *dialog = qobject_cast<Ui::ProfileDialog *>(QApplication::activeModalWidget());
        QVERIFY(dialog);
        dialog->nameEdit()->setFocus();
        QTest::keyClicks(dialog->nameEdit(), u"Carlos Ruiz"_s);
        QComboBox *role = dialog->roleCombo();
        role->setCurrentIndex(role->findData(int(Core::ProfileRole::FinanceAssistant)));
        QTest::mouseClick(dialog->buttons()->button(QDialogButtonBox::Ok), Qt::LeftButton);
    });
    picker.createProfile();
    QCOMPARE(picker.current().name, u"Carlos Ruiz"_s);
    QCOMPARE(picker.current().role, Core::ProfileRole::FinanceAssistant);
    QCOMPARE(actor().name, u"Carlos Ruiz"_s);
}

void TestProfilePicker::newProfileNeedsAName()
{
    Ui::ProfileDialog dialog(m_fixture.services());
    dialog.show();
    QTest::mouseClick(dialog.buttons()->button(QDialogButtonBox::Ok), Qt::LeftButton);
    QVERIFY(dialog.isVisible());
    QVERIFY(dialog.errors()->errorLabel(u"name"_s)->isVisible());
}

void TestProfilePicker::screenshots_data()
{
    QTest::addColumn<Qt::LayoutDirection>("direction");
    QTest::newRow("ltr") << Qt::LeftToRight;
    QTest::newRow("rtl") << Qt::RightToLeft;
}

void TestProfilePicker::screenshots()
{
    QFETCH(Qt::LayoutDirection, direction);
    QGuiApplication::setLayoutDirection(direction);
    Ui::ProfilePicker picker;
    picker.setServices(&m_fixture.services());
    picker.choose(m_fixture.office);
    picker.show();
    Ui::ProfileDialog dialog(m_fixture.services());
    dialog.show();
    QTest::mouseClick(dialog.buttons()->button(QDialogButtonBox::Ok), Qt::LeftButton);
    const QByteArray dir = qgetenv("FUNDDESK_SHOTS_DIR");
    if (!dir.isEmpty()) {
        const QString suffix = direction == Qt::RightToLeft ? u"rtl"_s : u"ltr"_s;
        const QString base = QString::fromLocal8Bit(dir);
        QVERIFY(picker.grab().save(base + u"/profilepicker-"_s + suffix + u".png"_s));
        QVERIFY(dialog.grab().save(base + u"/profiledialog-"_s + suffix + u".png"_s));
    }
    QCOMPARE(dialog.layoutDirection(), direction);
}

QTEST_MAIN(TestProfilePicker)
#include "tst_profilepicker.moc"
