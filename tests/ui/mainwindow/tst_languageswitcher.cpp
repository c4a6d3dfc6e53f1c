// Switching the language while the window is open: catalogues (FundDesk's and Qt's), the
// layout direction, the default locale (Arabic with Latin digits), every open widget
// retranslated at once, the choice remembered; and back again.

#include "core/domain/uilocale.h"
#include "tests/ui/testsupport/testfund.h"
#include "ui/mainwindow/languageswitcher.h"
#include "ui/mainwindow/mainwindow.h"
#include "ui/pages/applicationpreferencesbox.h"
#include "ui/pages/contributionspage.h"
#include "ui/pages/settingspage.h"

#include <QAbstractItemModel>
#include <QApplication>
#include <QComboBox>
#include <QLabel>
#include <QMenuBar>
#include <QSettings>
#include <QStandardPaths>
#include <QTableView>
#include <QTest>

using namespace FundDesk;
using Core::Language;

class TestLanguageSwitcher final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void startFollowsSystemThenMemory();
    void arabicUsesLatinDigits();
    void switchRetranslatesAndMirrorsAtOnce();
    void settingsComboSwitchesAndRemembers();

private:
    QString settingsHeading() const;
    QString firstTableHeader() const;

    std::unique_ptr<Tests::TestFund> m_fund;
    std::unique_ptr<Ui::MainWindow> m_window;
    Ui::SettingsPage *m_settings = nullptr;
    Ui::ContributionsPage *m_contributions = nullptr;
};

void TestLanguageSwitcher::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void TestLanguageSwitcher::init()
{
    QSettings().clear();
    m_fund = Tests::TestFund::create();
    QVERIFY(m_fund);
    m_fund->contribution(m_fund->stateDonor(QStringLiteral("FRA")),
                         Core::ContributionType::Receipt, QDate(2026, 3, 1),
                         QStringLiteral("1234567.89"));
    m_window = std::make_unique<Ui::MainWindow>();
    m_contributions = new Ui::ContributionsPage(m_fund->services());
    m_window->setPage(Ui::Page::Contributions, m_contributions);
    m_settings = new Ui::SettingsPage(m_fund->services());
    m_window->setPage(Ui::Page::Settings, m_settings);
    m_window->showPage(Ui::Page::Settings);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
}

void TestLanguageSwitcher::cleanup()
{
    m_window.reset();
    m_fund.reset();
    Ui::LanguageSwitcher().apply(Language::English);
}

QString TestLanguageSwitcher::settingsHeading() const
{
    return m_settings->findChild<QLabel *>(QStringLiteral("settingsHeading"))->text();
}

QString TestLanguageSwitcher::firstTableHeader() const
{
    const auto *table = m_contributions->findChild<QTableView *>();
    return table->model()->headerData(0, Qt::Horizontal).toString();
}

void TestLanguageSwitcher::startFollowsSystemThenMemory()
{
    QCOMPARE(Ui::LanguageSwitcher::startLanguage(), Core::languageForLocale(QLocale::system()));
    Ui::LanguageSwitcher switcher;
    switcher.choose(Language::Russian);
    QCOMPARE(QSettings().value(QStringLiteral("ui/language")).toString(), QStringLiteral("ru"));
    QCOMPARE(Ui::LanguageSwitcher::startLanguage(), Language::Russian);
}

// The deliberate choice (uilocale.h): UN Arabic documents use Latin digits.
void TestLanguageSwitcher::arabicUsesLatinDigits()
{
    const QLocale arabic = Core::uiLocale(Language::Arabic);
    QCOMPARE(arabic.language(), QLocale::Arabic);
    QCOMPARE(arabic.toString(1234567.5, 'f', 2), QStringLiteral("1,234,567.50"));
    QVERIFY(arabic.toString(QDate(2026, 11, 25), QLocale::ShortFormat).contains(u"2026"));
    for (const Language language : Core::allLanguages()) {
        QCOMPARE(Core::languageForLocale(Core::uiLocale(language)), language);
    }
}

void TestLanguageSwitcher::switchRetranslatesAndMirrorsAtOnce()
{
    Ui::LanguageSwitcher switcher;
    switcher.apply(Language::English);
    QCoreApplication::sendPostedEvents();
    const QString englishHeading = settingsHeading();
    const QString englishHeader = firstTableHeader();
    const QString englishMenu = m_window->menuBar()->actions().first()->text();
    QCOMPARE(englishHeading, QStringLiteral("Fund Settings"));
    QVERIFY(!m_window->isRightToLeft());

    switcher.apply(Language::Arabic);
    QCoreApplication::sendPostedEvents();
    QTRY_VERIFY(m_window->isRightToLeft());
    QVERIFY(m_settings->isRightToLeft());
    QCOMPARE(settingsHeading(), QStringLiteral("إعدادات الصندوق"));
    QVERIFY(m_window->menuBar()->actions().first()->text() != englishMenu);
    QVERIFY2(firstTableHeader() != englishHeader, qPrintable(firstTableHeader()));
    QCOMPARE(QLocale().language(), QLocale::Arabic);
    QCOMPARE(m_settings->locale().language(), QLocale::Arabic); // existing widgets follow
    // Qt's own strings come from Qt's catalogue.
    QVERIFY(QCoreApplication::translate("QPlatformTheme", "Cancel") != u"Cancel");

    switcher.apply(Language::English);
    QCoreApplication::sendPostedEvents();
    QTRY_VERIFY(!m_window->isRightToLeft());
    QCOMPARE(settingsHeading(), englishHeading);
    QCOMPARE(firstTableHeader(), englishHeader);
    QCOMPARE(m_window->menuBar()->actions().first()->text(), englishMenu);
    QCOMPARE(QLocale().language(), QLocale::English);
}

// The Language choice in Settings, from the keyboard: switches at once and is remembered.
void TestLanguageSwitcher::settingsComboSwitchesAndRemembers()
{
    Ui::LanguageSwitcher switcher;
    switcher.apply(Language::English);
    connect(m_settings, &Ui::SettingsPage::languageChosen, &switcher,
            &Ui::LanguageSwitcher::choose);
    QComboBox *combo = m_settings->preferences()->languageCombo();
    QCOMPARE(combo->count(), 6);
    QCOMPARE(combo->currentText(), QStringLiteral("English"));
    QCOMPARE(combo->itemText(combo->findData(int(Language::Chinese))), QStringLiteral("中文"));
    combo->setFocus();
    // English is third (Arabic, Chinese, English…): two steps up reach العربية.
    QTest::keyClick(combo, Qt::Key_Up);
    QTest::keyClick(combo, Qt::Key_Up);
    QCoreApplication::sendPostedEvents();
    QCOMPARE(switcher.current(), Language::Arabic);
    QTRY_VERIFY(m_window->isRightToLeft());
    QCOMPARE(settingsHeading(), QStringLiteral("إعدادات الصندوق"));
    QCOMPARE(combo->currentText(), QStringLiteral("العربية"));
    QCOMPARE(Ui::LanguageSwitcher::startLanguage(), Language::Arabic);
}

QTEST_MAIN(TestLanguageSwitcher)
#include "tst_languageswitcher.moc"
