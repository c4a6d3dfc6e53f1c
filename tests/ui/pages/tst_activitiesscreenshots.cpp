// Not an assertion of behaviour but a look: the Activities page (its three tabs) and its
// dialogs on a demo fund, in English and in Arabic right-to-left. With FUNDDESK_SHOTS_DIR set
// they are saved there as activities-*.png for a person to open. It checks what a machine can:
// no button or one-line label is narrower than its text, and the layout really mirrors.

#include "core/services/demo/demofundgenerator.h"
#include "tests/ui/testsupport/testfund.h"
#include "ui/dialogs/activitydialog.h"
#include "ui/dialogs/consultationdialog.h"
#include "ui/dialogs/scoringdialog.h"
#include "ui/pages/activitiespage.h"

#include <QAbstractButton>
#include <QApplication>
#include <QDateEdit>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTabWidget>
#include <QTableView>
#include <QTest>

using namespace FundDesk;
using Qt::StringLiterals::operator""_s;

class TestActivitiesScreenshots final : public QObject
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

void TestActivitiesScreenshots::initTestCase()
{
    QFont font = QApplication::font();
    font.setFamilies({u"Noto Sans"_s, u"Noto Sans Arabic"_s, u"Noto Sans CJK SC"_s});
    QApplication::setFont(font);
}

void TestActivitiesScreenshots::cleanup()
{
    QGuiApplication::setLayoutDirection(Qt::LeftToRight);
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
}

void TestActivitiesScreenshots::save(QWidget *widget, const QString &name)
{
    const QString directory = qEnvironmentVariable("FUNDDESK_SHOTS_DIR");
    if (directory.isEmpty()) {
        return;
    }
    QVERIFY(QDir().mkpath(directory));
    const QString path = QDir(directory).filePath(name);
    QVERIFY2(widget->grab().save(path), qPrintable(path));
}

void TestActivitiesScreenshots::checkNothingClipped(QWidget *root)
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
                     qPrintable(u"clipped: "_s + widget->objectName() + u" "_s
                                + (button ? button->text() : label->text())));
        }
    }
}

void TestActivitiesScreenshots::grab_data()
{
    QTest::addColumn<QString>("suffix");
    QTest::addColumn<QLocale>("locale");
    QTest::addColumn<Qt::LayoutDirection>("direction");
    QTest::newRow("en") << u"en"_s << QLocale(QLocale::English, QLocale::UnitedStates)
                        << Qt::LeftToRight;
    QTest::newRow("ar") << u"ar"_s << QLocale(u"ar"_s) << Qt::RightToLeft;
}

void TestActivitiesScreenshots::grab()
{
    QFETCH(QString, suffix);
    QFETCH(QLocale, locale);
    QFETCH(Qt::LayoutDirection, direction);
    QLocale::setDefault(locale);
    QGuiApplication::setLayoutDirection(direction);

    auto fund = Tests::TestFund::create();
    QVERIFY(fund);
    const auto demo = Core::DemoFundGenerator(1, QDate(2026, 11, 25))
                          .generate(fund->services().database());
    QVERIFY2(demo.ok(), demo.ok() ? "" : qPrintable(demo.error().message));

    Ui::ActivitiesPage page(fund->services());
    page.resize(1200, 780);
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    auto *table = page.findChild<QTableView *>(u"activityTable"_s);
    table->resizeColumnsToContents();
    table->selectRow(0);
    QCOMPARE(page.isRightToLeft(), direction == Qt::RightToLeft);
    auto *add = page.findChild<QPushButton *>(u"addActivityButton"_s);
    auto *score = page.findChild<QPushButton *>(u"scoreButton"_s);
    QCOMPARE(add->x() > score->x(), direction == Qt::RightToLeft);
    checkNothingClipped(&page);
    save(&page, u"activities-page-%1.png"_s.arg(suffix));
    page.tabs()->setCurrentIndex(Ui::ActivitiesPage::RankingTab);
    checkNothingClipped(&page);
    save(&page, u"activities-ranking-%1.png"_s.arg(suffix));
    page.tabs()->setCurrentIndex(Ui::ActivitiesPage::BalanceTab);
    checkNothingClipped(&page);
    save(&page, u"activities-balance-%1.png"_s.arg(suffix));

    const auto applications = fund->services().activities().all();
    QVERIFY(applications.ok() && !applications->isEmpty());

    Ui::ActivityDialog dialog(fund->services());
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    dialog.setApplication(applications->first());
    checkNothingClipped(&dialog);
    save(&dialog, u"activities-dialog-%1.png"_s.arg(suffix));
    dialog.findChild<QDateEdit *>(u"endEdit"_s)->setDate(QDate(2020, 1, 1));
    dialog.accept(); // refused: shows the end date's error on the budget tab
    QVERIFY(dialog.isVisible());
    checkNothingClipped(&dialog);
    save(&dialog, u"activities-dialog-budget-%1.png"_s.arg(suffix));
    dialog.tabs()->setCurrentIndex(Ui::ActivityDialog::FocusSection);
    save(&dialog, u"activities-dialog-focus-%1.png"_s.arg(suffix));

    Ui::ScoringDialog scoring(fund->services(), applications->first());
    scoring.show();
    QVERIFY(QTest::qWaitForWindowExposed(&scoring));
    scoring.findChild<QLineEdit *>(u"reviewerEdit"_s)->setText(u"Amina Diallo"_s);
    checkNothingClipped(&scoring);
    save(&scoring, u"activities-scoring-%1.png"_s.arg(suffix));

    Ui::ConsultationDialog consultation(fund->services());
    consultation.show();
    QVERIFY(QTest::qWaitForWindowExposed(&consultation));
    consultation.setAdvice(applications->first().id, Core::ConsultationStance::Supports,
                           u"Strong regional ownership"_s);
    consultation.accept(); // refused: no participants
    checkNothingClipped(&consultation);
    save(&consultation, u"activities-consultation-%1.png"_s.arg(suffix));
}

QTEST_MAIN(TestActivitiesScreenshots)
#include "tst_activitiesscreenshots.moc"
