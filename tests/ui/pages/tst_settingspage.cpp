#include "tests/ui/testsupport/testfund.h"
#include "ui/dialogs/fielderrors.h"
#include "ui/pages/settingspage.h"
#include "ui/pages/statusbanner.h"

#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QRadioButton>
#include <QSignalSpy>
#include <QTest>

using namespace FundDesk;
using FundDesk::Ui::SettingsPage;
using Qt::StringLiterals::operator""_s;

class TestSettingsPage final : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void loadsTheStoredSettings();
    void negativeThresholdIsRefusedBesideTheField();
    void unreadableAmountIsRefusedBesideTheField();
    void goodThresholdIsSavedAndTheStatusChanges();
    void statusIsPreviewedAsYouType();
    void staffCostsAreEditableOnlyWhenChargedToContributions();

private:
    QLineEdit *edit(const QString &name) const { return m_page->findChild<QLineEdit *>(name); }
    void type(const QString &name, const QString &text)
    {
        edit(name)->clear();
        QTest::keyClicks(edit(name), text);
    }
    void clickSave()
    {
        QTest::mouseClick(m_page->findChild<QPushButton *>(u"saveSettingsButton"_s),
                          Qt::LeftButton);
    }
    Core::FundSettings stored()
    {
        auto settings = m_fund->services().settings().load();
        return settings ? *settings : Core::FundSettings{};
    }

    std::unique_ptr<Tests::TestFund> m_fund;
    std::unique_ptr<SettingsPage> m_page;
};

void TestSettingsPage::init()
{
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    m_fund = Tests::TestFund::create();
    QVERIFY(m_fund);
    const auto donor = m_fund->foundation(u"Fondation Aurore"_s);
    QVERIFY(m_fund->receipt(donor, QDate(2024, 3, 3), u"4000"_s).isValid());
    m_page = std::make_unique<SettingsPage>(m_fund->services());
    m_page->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_page.get()));
    m_page->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_page.get()));
}

void TestSettingsPage::cleanup()
{
    m_page.reset();
    m_fund.reset();
}

void TestSettingsPage::loadsTheStoredSettings()
{
    Core::FundSettings settings;
    settings.name = u"UN Voluntary Fund"_s;
    settings.operationalThreshold = Core::Money::usd(250000000);
    settings.staffCharging = Core::StaffCostCharging::Contributions;
    settings.professionalPostAnnualCost = Core::Money::usd(18000000);
    QVERIFY(m_fund->services().settings().save(settings).ok());
    m_page->reload();
    QCOMPARE(edit(u"fundNameEdit"_s)->text(), u"UN Voluntary Fund"_s);
    QCOMPARE(edit(u"thresholdEdit"_s)->text(), u"2,500,000.00"_s);
    QCOMPARE(edit(u"professionalCostEdit"_s)->text(), u"180,000.00"_s);
    QVERIFY(m_page->findChild<QRadioButton *>(u"chargedToContributionsRadio"_s)->isChecked());
}

void TestSettingsPage::negativeThresholdIsRefusedBesideTheField()
{
    QSignalSpy saved(m_page.get(), &SettingsPage::settingsSaved);
    type(u"thresholdEdit"_s, u"-5"_s);
    clickSave();
    auto *label = m_page->findChild<QLabel *>(u"error_threshold"_s);
    QVERIFY(label);
    QVERIFY(label->isVisible());
    QVERIFY2(label->text().contains(u"negative"_s), qPrintable(label->text()));
    QVERIFY(edit(u"thresholdEdit"_s)->hasFocus());
    QCOMPARE(saved.count(), 0);
    QCOMPARE(stored().operationalThreshold, Core::Money::usd(0));
}

void TestSettingsPage::unreadableAmountIsRefusedBesideTheField()
{
    type(u"floorEdit"_s, u"ten thousand"_s);
    clickSave();
    QVERIFY(m_page->findChild<QLabel *>(u"error_floor"_s)->isVisible());
    QVERIFY(!m_page->findChild<QLabel *>(u"error_threshold"_s)->isVisible());
}

void TestSettingsPage::goodThresholdIsSavedAndTheStatusChanges()
{
    const auto *banner = m_page->statusBanner();
    QVERIFY2(banner->statusText().contains(u"set the minimum threshold"_s),
             qPrintable(banner->statusText()));
    QSignalSpy saved(m_page.get(), &SettingsPage::settingsSaved);

    type(u"thresholdEdit"_s, u"-5"_s);
    clickSave();
    QCOMPARE(saved.count(), 0);

    type(u"thresholdEdit"_s, u"10,000"_s);
    type(u"fundNameEdit"_s, u"Capacity Fund"_s);
    clickSave();
    QCOMPARE(saved.count(), 1);
    QVERIFY(!m_page->findChild<QLabel *>(u"error_threshold"_s)->isVisible());
    QCOMPARE(stored().operationalThreshold, Core::Money::usd(1000000));
    QCOMPARE(stored().name, u"Capacity Fund"_s);
    QVERIFY2(banner->statusText().contains(u"USD 6,000.00 still missing"_s),
             qPrintable(banner->statusText()));
    QVERIFY(!banner->isOperational());
    QCOMPARE(m_page->findChild<QLabel *>(u"settingsSavedLabel"_s)->text(), u"Settings saved."_s);
}

void TestSettingsPage::statusIsPreviewedAsYouType()
{
    const auto *banner = m_page->statusBanner();
    type(u"thresholdEdit"_s, u"3000"_s);
    QVERIFY(banner->isOperational());
    type(u"thresholdEdit"_s, u"5000"_s);
    QVERIFY(!banner->isOperational());
    QVERIFY(banner->statusText().contains(u"USD 1,000.00 still missing"_s));
    // Nothing is stored by typing.
    QCOMPARE(stored().operationalThreshold, Core::Money::usd(0));
}

void TestSettingsPage::staffCostsAreEditableOnlyWhenChargedToContributions()
{
    auto *regular = m_page->findChild<QRadioButton *>(u"regularBudgetRadio"_s);
    auto *charged = m_page->findChild<QRadioButton *>(u"chargedToContributionsRadio"_s);
    QVERIFY(regular->isChecked());
    QVERIFY(!edit(u"professionalCostEdit"_s)->isEnabled());
    QVERIFY(!edit(u"generalServiceCostEdit"_s)->isEnabled());
    QTest::mouseClick(charged, Qt::LeftButton);
    QVERIFY(edit(u"professionalCostEdit"_s)->isEnabled());
    type(u"professionalCostEdit"_s, u"180000"_s);
    type(u"generalServiceCostEdit"_s, u"90000"_s);
    clickSave();
    QCOMPARE(stored().staffCharging, Core::StaffCostCharging::Contributions);
    QCOMPARE(stored().generalServicePostAnnualCost, Core::Money::usd(9000000));
}

QTEST_MAIN(TestSettingsPage)
#include "tst_settingspage.moc"
