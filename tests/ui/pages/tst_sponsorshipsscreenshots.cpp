// Not an assertion of behaviour but a look: the Sponsorships page (applications and slate
// builder) and its dialogs on a demo fund, in English and in Arabic right-to-left. With
// FUNDDESK_SHOTS_DIR set they are saved there as sponsorships-*.png for a person to open. It
// checks what a machine can: no button or one-line label is narrower than its text, and the
// layout really mirrors.

#include "core/services/demo/demofundgenerator.h"
#include "tests/ui/testsupport/testfund.h"
#include "ui/dialogs/meetingdialog.h"
#include "ui/dialogs/sponsorshipdialog.h"
#include "ui/pages/slatepanel.h"
#include "ui/pages/sponsorshipspage.h"
#include "ui/pages/tablepanel.h"

#include <QAbstractButton>
#include <QApplication>
#include <QCheckBox>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTableView>
#include <QTest>

using namespace FundDesk;
using Qt::StringLiterals::operator""_s;

class TestSponsorshipsScreenshots final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanup();
    void grab_data();
    void grab();

private:
    void save(QWidget *widget, const QString &name);
    void checkNothingClipped(QWidget *root);
};

void TestSponsorshipsScreenshots::initTestCase()
{
    QCoreApplication::setOrganizationName(u"FundDeskTests"_s);
    QCoreApplication::setApplicationName(u"tst_sponsorshipsscreenshots"_s);
    QSettings().clear();
    QFont font = QApplication::font();
    font.setFamilies({u"Noto Sans"_s, u"Noto Sans Arabic"_s, u"Noto Sans CJK SC"_s});
    QApplication::setFont(font);
}

void TestSponsorshipsScreenshots::cleanup()
{
    QGuiApplication::setLayoutDirection(Qt::LeftToRight);
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
}

void TestSponsorshipsScreenshots::save(QWidget *widget, const QString &name)
{
    const QString directory = qEnvironmentVariable("FUNDDESK_SHOTS_DIR");
    if (directory.isEmpty()) {
        return;
    }
    QVERIFY(QDir().mkpath(directory));
    const QString path = QDir(directory).filePath(name);
    QVERIFY2(widget->grab().save(path), qPrintable(path));
}

void TestSponsorshipsScreenshots::checkNothingClipped(QWidget *root)
{
    const QList<QWidget *> widgets = root->findChildren<QWidget *>();
    for (QWidget *widget : widgets) {
        if (!widget->isVisible()) {
            continue;
        }
        const auto *button = qobject_cast<QAbstractButton *>(widget);
        const auto *label = qobject_cast<QLabel *>(widget);
        if (button || (label && !label->wordWrap() && label->pixmap().isNull())) {
            QVERIFY2(widget->width() >= widget->minimumSizeHint().width(),
                     qPrintable(u"clipped: "_s + widget->objectName() + u" "_s +
                                (button ? button->text() : label->text())));
        }
    }
}

void TestSponsorshipsScreenshots::grab_data()
{
    QTest::addColumn<QString>("suffix");
    QTest::addColumn<QLocale>("locale");
    QTest::addColumn<Qt::LayoutDirection>("direction");
    QTest::newRow("en") << u"en"_s << QLocale(QLocale::English, QLocale::UnitedStates)
                        << Qt::LeftToRight;
    QTest::newRow("ar") << u"ar"_s << QLocale(u"ar"_s) << Qt::RightToLeft;
}

void TestSponsorshipsScreenshots::grab()
{
    QFETCH(QString, suffix);
    QFETCH(QLocale, locale);
    QFETCH(Qt::LayoutDirection, direction);
    QLocale::setDefault(locale);
    QGuiApplication::setLayoutDirection(direction);

    auto fund = Tests::TestFund::create();
    QVERIFY(fund);
    const auto demo =
        Core::DemoFundGenerator(1, QDate(2026, 11, 25)).generate(fund->services().database());
    QVERIFY2(demo.ok(), demo.ok() ? "" : qPrintable(demo.error().message));

    Ui::SponsorshipsPage page(fund->services());
    page.resize(1200, 780);
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    QVERIFY(page.currentMeeting().isValid());
    page.applicationsPanel()->view()->selectRow(0);
    QCOMPARE(page.isRightToLeft(), direction == Qt::RightToLeft);
    auto *add = page.applicationsPanel()->addButton();
    auto *remove = page.applicationsPanel()->deleteButton();
    QCOMPARE(add->x() > remove->x(), direction == Qt::RightToLeft);
    checkNothingClipped(&page);
    save(&page, u"sponsorships-page-%1.png"_s.arg(suffix));

    page.tabs()->setCurrentIndex(Ui::SponsorshipsPage::SlateTab);
    Ui::SlatePanel *slate = page.slatePanel();
    QSignalSpy proposed(slate, &Ui::SlatePanel::proposed);
    QTest::mouseClick(slate->proposeButton(), Qt::LeftButton);
    QVERIFY(proposed.wait(10000));
    slate->selectedView()->selectRow(0);
    checkNothingClipped(&page);
    save(&page, u"sponsorships-slate-%1.png"_s.arg(suffix));

    const auto meeting = fund->services().meetings().find(page.currentMeeting());
    QVERIFY(meeting);
    Ui::MeetingDialog meetingDialog(fund->services());
    meetingDialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&meetingDialog));
    meetingDialog.setMeeting(*meeting);
    checkNothingClipped(&meetingDialog);
    save(&meetingDialog, u"sponsorships-meeting-%1.png"_s.arg(suffix));
    meetingDialog.airfareEdit(Core::Region::Asia)->setText(u"-1"_s);
    meetingDialog.accept(); // refused beside the airfares
    QVERIFY(meetingDialog.isVisible());
    save(&meetingDialog, u"sponsorships-meeting-error-%1.png"_s.arg(suffix));

    Core::SponsorshipQuery query;
    query.meeting = meeting->id;
    const auto applications = fund->services().sponsorships().list(query);
    QVERIFY(applications.ok() && !applications->isEmpty());
    // One that fails a criterion, so the screening has something to say.
    Core::SponsorshipApplication shown = applications->first();
    for (const Core::SponsorshipApplication &a : *applications) {
        if (!Core::SponsorshipService::screen(a).failures.isEmpty()) {
            shown = a;
            break;
        }
    }
    Ui::SponsorshipDialog dialog(fund->services(), meeting->id);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    dialog.setApplication(shown);
    checkNothingClipped(&dialog);
    save(&dialog, u"sponsorships-dialog-%1.png"_s.arg(suffix));
    dialog.tabs()->setCurrentIndex(Ui::SponsorshipDialog::CriteriaSection);
    checkNothingClipped(&dialog);
    save(&dialog, u"sponsorships-dialog-criteria-%1.png"_s.arg(suffix));
    dialog.tabs()->setCurrentIndex(Ui::SponsorshipDialog::CostSection);
    auto *ownFigure = dialog.findChild<QCheckBox *>(u"overrideCheck"_s);
    ownFigure->setChecked(true);
    dialog.findChild<QLineEdit *>(u"overrideAmountEdit"_s)->setText(u"1000"_s);
    dialog.findChild<QLineEdit *>(u"overrideReasonEdit"_s)->clear();
    dialog.accept(); // refused: no reason
    QVERIFY(dialog.isVisible());
    checkNothingClipped(&dialog);
    save(&dialog, u"sponsorships-dialog-cost-%1.png"_s.arg(suffix));
    dialog.tabs()->setCurrentIndex(Ui::SponsorshipDialog::AfterSection);
    save(&dialog, u"sponsorships-dialog-after-%1.png"_s.arg(suffix));
}

QTEST_MAIN(TestSponsorshipsScreenshots)
#include "tst_sponsorshipsscreenshots.moc"
