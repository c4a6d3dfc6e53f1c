// The first-run dialog, driven with QTest key and mouse events: a new fund (name, USD,
// threshold, language) with its refusals beside the field, opening a file, the demo fund,
// and the language switching the dialog at once.

#include "tests/ui/testsupport/testfund.h"
#include "ui/dialogs/fielderrors.h"
#include "ui/dialogs/welcomedialog.h"
#include "ui/mainwindow/languageswitcher.h"
#include "ui/uitr.h"

#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace FundDesk;
using Ui::WelcomeDialog;

class TestWelcomeDialog final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void createsAFundFromTheKeyboard();
    void newFundGoesIntoFundSettings();
    void refusesAnEmptyName();
    void refusesAnUnreadableThreshold();
    void neverReplacesAFile();
    void currencyIsFixedToUsd();
    void opensAnExistingFundByMnemonic();
    void exploresTheDemoFund();
    void languageSwitchesTheDialogAtOnce();

private:
    template<typename T> T *child(const char *name) const
    {
        return m_dialog->findChild<T *>(QString::fromLatin1(name));
    }

    QTemporaryDir m_dir;
    std::unique_ptr<WelcomeDialog> m_dialog;
};

void TestWelcomeDialog::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QSettings().clear();
    QVERIFY(m_dir.isValid());
}

void TestWelcomeDialog::init()
{
    Ui::LanguageSwitcher().apply(Core::Language::English);
    m_dialog = std::make_unique<WelcomeDialog>(m_dir.filePath(QStringLiteral("fund.funddesk")));
    m_dialog->show();
    m_dialog->activateWindow(); // mnemonics and focus need the active window
    QVERIFY(QTest::qWaitForWindowActive(m_dialog.get()));
}

void TestWelcomeDialog::cleanup()
{
    m_dialog.reset();
    Ui::LanguageSwitcher().apply(Core::Language::English);
}

void TestWelcomeDialog::createsAFundFromTheKeyboard()
{
    QLineEdit *name = child<QLineEdit>("newFundNameEdit");
    QTRY_VERIFY(name->hasFocus());
    QTest::keyClicks(name, QStringLiteral("ICT Security Fund"));
    QTest::keyClick(m_dialog.get(), Qt::Key_T, Qt::AltModifier); // Operational &threshold
    QVERIFY(child<QLineEdit>("newFundThresholdEdit")->hasFocus());
    QTest::keyClicks(child<QLineEdit>("newFundThresholdEdit"), QStringLiteral("250,000.50"));
    QTest::keyClick(child<QLineEdit>("newFundThresholdEdit"), Qt::Key_Return);

    QCOMPARE(m_dialog->result(), int(QDialog::Accepted));
    QCOMPARE(m_dialog->choice(), WelcomeDialog::Choice::CreateFund);
    const Core::FundSettings settings = m_dialog->newFundSettings();
    QCOMPARE(settings.name, QStringLiteral("ICT Security Fund"));
    QCOMPARE(settings.operationalThreshold, Core::Money::usd(250'000'50));
    QCOMPARE(settings.language, Core::Language::English);
    QCOMPARE(m_dialog->newFundPath(), m_dir.filePath(QStringLiteral("fund.funddesk")));
}

// What the composition root does with the answer: FundSettingsService stores it whole.
void TestWelcomeDialog::newFundGoesIntoFundSettings()
{
    child<QComboBox>("welcomeLanguageCombo")
        ->setCurrentIndex(child<QComboBox>("welcomeLanguageCombo")
                              ->findData(int(Core::Language::French)));
    child<QLineEdit>("newFundNameEdit")->setText(QStringLiteral("Fonds TIC"));
    child<QLineEdit>("newFundThresholdEdit")->setText(QStringLiteral("1000"));
    QTest::mouseClick(child<QPushButton>("createFundButton"), Qt::LeftButton);
    QCOMPARE(m_dialog->choice(), WelcomeDialog::Choice::CreateFund);

    auto fund = Tests::TestFund::create();
    QVERIFY(fund);
    auto stored = fund->services().settings().load();
    QVERIFY(stored.ok());
    stored->name = m_dialog->newFundSettings().name;
    stored->operationalThreshold = m_dialog->newFundSettings().operationalThreshold;
    stored->language = m_dialog->newFundSettings().language;
    QVERIFY(fund->services().settings().save(*stored).ok());
    const auto reloaded = fund->services().settings().load();
    QVERIFY(reloaded.ok());
    QCOMPARE(reloaded->name, QStringLiteral("Fonds TIC"));
    QCOMPARE(reloaded->operationalThreshold, Core::Money::usd(1000'00));
    QCOMPARE(reloaded->language, Core::Language::French);
}

void TestWelcomeDialog::refusesAnEmptyName()
{
    QTest::keyClick(child<QLineEdit>("newFundNameEdit"), Qt::Key_Return);
    QVERIFY(m_dialog->isVisible());
    QCOMPARE(m_dialog->choice(), WelcomeDialog::Choice::None);
    QLabel *error = m_dialog->fieldErrors()->errorLabel(QStringLiteral("name"));
    QVERIFY(error->isVisible());
    QVERIFY(error->text().contains(u"name"));
}

void TestWelcomeDialog::refusesAnUnreadableThreshold()
{
    child<QLineEdit>("newFundNameEdit")->setText(QStringLiteral("Fund"));
    QTest::keyClicks(child<QLineEdit>("newFundThresholdEdit"), QStringLiteral("lots"));
    QTest::keyClick(child<QLineEdit>("newFundThresholdEdit"), Qt::Key_Return);
    QVERIFY(m_dialog->isVisible());
    QVERIFY(m_dialog->fieldErrors()->errorLabel(QStringLiteral("threshold"))->isVisible());
    QVERIFY(child<QLineEdit>("newFundThresholdEdit")->hasFocus());

    child<QLineEdit>("newFundThresholdEdit")->setText(QStringLiteral("-5"));
    QTest::mouseClick(child<QPushButton>("createFundButton"), Qt::LeftButton);
    QVERIFY(m_dialog->isVisible());
    QVERIFY(m_dialog->fieldErrors()->errorLabel(QStringLiteral("threshold"))->isVisible());
}

void TestWelcomeDialog::neverReplacesAFile()
{
    QFile existing(m_dir.filePath(QStringLiteral("taken.funddesk")));
    QVERIFY(existing.open(QIODevice::WriteOnly));
    existing.close();
    child<QLineEdit>("newFundNameEdit")->setText(QStringLiteral("Fund"));
    child<QLineEdit>("newFundFileEdit")->setText(existing.fileName());
    QTest::mouseClick(child<QPushButton>("createFundButton"), Qt::LeftButton);
    QVERIFY(m_dialog->isVisible());
    QVERIFY(m_dialog->fieldErrors()->errorLabel(QStringLiteral("file"))->isVisible());
}

void TestWelcomeDialog::currencyIsFixedToUsd()
{
    QLineEdit *currency = child<QLineEdit>("newFundCurrencyEdit");
    QCOMPARE(currency->text(), QStringLiteral("USD"));
    QVERIFY(currency->isReadOnly());
    QTest::keyClicks(currency, QStringLiteral("EUR"));
    QCOMPARE(currency->text(), QStringLiteral("USD"));
}

void TestWelcomeDialog::opensAnExistingFundByMnemonic()
{
    QTest::keyClick(m_dialog.get(), Qt::Key_O, Qt::AltModifier); // &Open an existing fund…
    QTRY_COMPARE(m_dialog->result(), int(QDialog::Accepted)); // a mnemonic animates the click
    QCOMPARE(m_dialog->choice(), WelcomeDialog::Choice::OpenExisting);
}

void TestWelcomeDialog::exploresTheDemoFund()
{
    QPushButton *demo = child<QPushButton>("exploreDemoButton");
    demo->setFocus();
    QTest::keyClick(demo, Qt::Key_Space);
    QCOMPARE(m_dialog->result(), int(QDialog::Accepted));
    QCOMPARE(m_dialog->choice(), WelcomeDialog::Choice::ExploreDemo);
}

void TestWelcomeDialog::languageSwitchesTheDialogAtOnce()
{
    Ui::LanguageSwitcher switcher;
    connect(m_dialog.get(), &WelcomeDialog::languageChosen, &switcher,
            &Ui::LanguageSwitcher::apply);
    QSignalSpy chosen(m_dialog.get(), &WelcomeDialog::languageChosen);
    QPushButton *close = nullptr;
    for (QPushButton *button : m_dialog->findChildren<QPushButton *>()) {
        if (button->objectName().isEmpty()) {
            close = button; // the standard Close button: Qt's own catalogue translates it
        }
    }
    QVERIFY(close);
    const QString englishClose = close->text();
    QComboBox *language = child<QComboBox>("welcomeLanguageCombo");
    language->setFocus();
    QTest::keyClick(language, Qt::Key_Home); // العربية, first of the six
    QCOMPARE(chosen.count(), 1);
    QCOMPARE(chosen.first().first().value<Core::Language>(), Core::Language::Arabic);
    QCoreApplication::sendPostedEvents();
    QTRY_VERIFY(m_dialog->isRightToLeft());
    // Every text was set again from the catalogue (new strings may not be translated yet).
    QCOMPARE(m_dialog->windowTitle(), Ui::Tr::tr("Welcome to FundDesk"));
    QVERIFY2(close->text() != englishClose, qPrintable(close->text()));
    QCOMPARE(language->currentText(), QStringLiteral("العربية"));

    QTest::keyClick(language, Qt::Key_End); // Español
    QCoreApplication::sendPostedEvents();
    QTRY_VERIFY(!m_dialog->isRightToLeft());
    QCOMPARE(QLocale().language(), QLocale::Spanish);
}

QTEST_MAIN(TestWelcomeDialog)
#include "tst_welcomedialog.moc"
