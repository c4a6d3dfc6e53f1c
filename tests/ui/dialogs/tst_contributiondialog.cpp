#include "tests/ui/testsupport/testfund.h"
#include "ui/dialogs/contributiondialog.h"
#include "ui/dialogs/fielderrors.h"

#include <QAbstractItemView>
#include <QCheckBox>
#include <QComboBox>
#include <QCompleter>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTest>

using namespace FundDesk;
using FundDesk::Ui::ContributionDialog;
using Qt::StringLiterals::operator""_s;

class TestContributionDialog final : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void badAmountIsRefusedBesideTheField_data();
    void badAmountIsRefusedBesideTheField();
    void goodAmountIsStored();
    void foreignCurrencyNeedsARate();
    void usdValueIsShownAsTheUserTypes();
    void conditionsOnAReceiptNeedConfirmation();
    void earmarkIsRefusedCitingTheRule();
    void editingAReceiptAsksForAReason();

private:
    void open();
    void chooseDonor(const QString &name);
    void typeInto(const char *objectName, const QString &text);
    void clickOk();
    QLabel *errorLabel(const QString &field) const;
    qsizetype storedCount();

    std::unique_ptr<Tests::TestFund> m_fund;
    std::unique_ptr<ContributionDialog> m_dialog;
    Core::DonorId m_donor;
};

void TestContributionDialog::init()
{
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    m_fund = Tests::TestFund::create();
    QVERIFY(m_fund);
    m_donor = m_fund->foundation(u"Fondation Aurore"_s, u"FRA"_s);
    QVERIFY(m_donor.isValid());
    open();
}

void TestContributionDialog::cleanup()
{
    m_dialog.reset();
    m_fund.reset();
}

void TestContributionDialog::open()
{
    m_dialog = std::make_unique<ContributionDialog>(m_fund->services());
    m_dialog->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_dialog.get()));
    m_dialog->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_dialog.get()));
}

void TestContributionDialog::chooseDonor(const QString &name)
{
    auto *combo = m_dialog->findChild<QComboBox *>(u"donorCombo"_s);
    QVERIFY(combo);
    combo->lineEdit()->clear();
    QTest::keyClicks(combo->lineEdit(), name);
    // The completer's popup would swallow the next click.
    combo->completer()->popup()->hide();
    QCOMPARE(combo->currentText(), name);
}

void TestContributionDialog::typeInto(const char *objectName, const QString &text)
{
    auto *edit = m_dialog->findChild<QLineEdit *>(QString::fromLatin1(objectName));
    QVERIFY(edit);
    edit->clear();
    QTest::keyClicks(edit, text);
}

void TestContributionDialog::clickOk()
{
    auto *buttons = m_dialog->findChild<QDialogButtonBox *>();
    QVERIFY(buttons);
    QTest::mouseClick(buttons->button(QDialogButtonBox::Ok), Qt::LeftButton);
}

QLabel *TestContributionDialog::errorLabel(const QString &field) const
{
    return m_dialog->findChild<QLabel *>(u"error_"_s + field);
}

qsizetype TestContributionDialog::storedCount()
{
    const auto all = m_fund->services().contributions().all();
    return all ? all->size() : -1;
}

void TestContributionDialog::badAmountIsRefusedBesideTheField_data()
{
    QTest::addColumn<QString>("amount");
    QTest::addColumn<QString>("messagePart");
    QTest::newRow("letters") << u"abc"_s << u"abc"_s;
    QTest::newRow("zero") << u"0"_s << u"above zero"_s;
    QTest::newRow("negative") << u"-5"_s << u"above zero"_s;
    QTest::newRow("empty") << QString() << u"Enter the amount"_s;
    QTest::newRow("too many decimals") << u"1.234"_s << u"1.234"_s;
}

void TestContributionDialog::badAmountIsRefusedBesideTheField()
{
    QFETCH(QString, amount);
    QFETCH(QString, messagePart);
    chooseDonor(u"Fondation Aurore"_s);
    typeInto("amountEdit", amount);
    clickOk();

    QVERIFY(m_dialog->isVisible());
    QCOMPARE(m_dialog->result(), int(QDialog::Rejected));
    QLabel *label = errorLabel(u"amount"_s);
    QVERIFY(label);
    QVERIFY(label->isVisible());
    QVERIFY2(label->text().contains(messagePart), qPrintable(label->text()));
    QVERIFY(m_dialog->findChild<QLineEdit *>(u"amountEdit"_s)->hasFocus());
    QVERIFY(!errorLabel(u"rate"_s)->isVisible());
    QCOMPARE(storedCount(), 0);
}

void TestContributionDialog::goodAmountIsStored()
{
    chooseDonor(u"Fondation Aurore"_s);
    typeInto("amountEdit", u"abc"_s);
    clickOk();
    QVERIFY(errorLabel(u"amount"_s)->isVisible());

    typeInto("amountEdit", u"1,234.56"_s);
    typeInto("referenceEdit", u"TRF-2024-01"_s);
    clickOk();
    QCOMPARE(m_dialog->result(), int(QDialog::Accepted));
    QVERIFY(!m_dialog->isVisible());
    QVERIFY(m_dialog->storedId().isValid());
    const auto stored = m_fund->services().contributions().find(m_dialog->storedId());
    QVERIFY(stored.ok());
    QCOMPARE(stored->amount, Core::Money::usd(123456));
    QCOMPARE(stored->usdValue, Core::Money::usd(123456));
    QCOMPARE(stored->donorId, m_donor);
    QCOMPARE(stored->type, Core::ContributionType::Receipt);
    QCOMPARE(stored->date, QDate::currentDate());
    QCOMPARE(stored->publication, Core::PublicationConsent::Publish);
    QCOMPARE(stored->reference, u"TRF-2024-01"_s);
}

void TestContributionDialog::foreignCurrencyNeedsARate()
{
    chooseDonor(u"Fondation Aurore"_s);
    auto *currency = m_dialog->findChild<QComboBox *>(u"currencyCombo"_s);
    currency->lineEdit()->clear();
    QTest::keyClicks(currency->lineEdit(), u"EUR"_s);
    auto *rate = m_dialog->findChild<QLineEdit *>(u"rateEdit"_s);
    QVERIFY(rate->isEnabled());
    QVERIFY(rate->text().isEmpty());
    typeInto("amountEdit", u"100"_s);
    clickOk();
    QVERIFY(m_dialog->isVisible());
    QVERIFY(errorLabel(u"rate"_s)->isVisible());
    QVERIFY2(errorLabel(u"rate"_s)->text().contains(u"Enter the rate"_s),
             qPrintable(errorLabel(u"rate"_s)->text()));
    QVERIFY(!errorLabel(u"amount"_s)->isVisible());
    QCOMPARE(storedCount(), 0);

    typeInto("rateEdit", u"1.1"_s);
    clickOk();
    QCOMPARE(m_dialog->result(), int(QDialog::Accepted));
    const auto stored = m_fund->services().contributions().find(m_dialog->storedId());
    QVERIFY(stored.ok());
    QCOMPARE(stored->amount.currency(), u"EUR"_s);
    QCOMPARE(stored->usdValue, Core::Money::usd(11000));

    // Back to USD: the rate is 1 and cannot be edited.
    open();
    currency = m_dialog->findChild<QComboBox *>(u"currencyCombo"_s);
    QCOMPARE(currency->currentText(), u"USD"_s);
    QVERIFY(!m_dialog->findChild<QLineEdit *>(u"rateEdit"_s)->isEnabled());
    QCOMPARE(m_dialog->findChild<QLineEdit *>(u"rateEdit"_s)->text(), u"1"_s);
}

void TestContributionDialog::usdValueIsShownAsTheUserTypes()
{
    auto *usd = m_dialog->findChild<QLabel *>(u"usdValueLabel"_s);
    QVERIFY(usd);
    typeInto("amountEdit", u"2,500"_s);
    QCOMPARE(usd->text(), u"USD 2,500.00"_s);
    auto *currency = m_dialog->findChild<QComboBox *>(u"currencyCombo"_s);
    currency->setCurrentText(u"JPY"_s);
    QCOMPARE(usd->text(), u"—"_s);
    typeInto("rateEdit", u"0.0067"_s);
    QCOMPARE(usd->text(), u"USD 16.75"_s);
}

void TestContributionDialog::conditionsOnAReceiptNeedConfirmation()
{
    chooseDonor(u"Fondation Aurore"_s);
    typeInto("amountEdit", u"500"_s);
    auto *conditions = m_dialog->findChild<QPlainTextEdit *>(u"conditionsEdit"_s);
    auto *confirm = m_dialog->findChild<QCheckBox *>(u"notEarmarkCheck"_s);
    QVERIFY(!confirm->isVisible());
    QTest::keyClicks(conditions, u"An annual narrative report"_s);
    QVERIFY(confirm->isVisible());
    clickOk();
    QVERIFY(m_dialog->isVisible());
    QVERIFY(errorLabel(u"conditions"_s)->isVisible());
    QVERIFY2(errorLabel(u"conditions"_s)->text().contains(u"¶19"_s),
             qPrintable(errorLabel(u"conditions"_s)->text()));
    QCOMPARE(storedCount(), 0);

    QTest::mouseClick(confirm, Qt::LeftButton);
    QVERIFY(confirm->isChecked());
    clickOk();
    QCOMPARE(m_dialog->result(), int(QDialog::Accepted));
    const auto stored = m_fund->services().contributions().find(m_dialog->storedId());
    QVERIFY(stored.ok());
    QVERIFY(stored->conditionsNotEarmarkConfirmed);
    QCOMPARE(stored->conditions, u"An annual narrative report"_s);
}

void TestContributionDialog::earmarkIsRefusedCitingTheRule()
{
    chooseDonor(u"Fondation Aurore"_s);
    typeInto("amountEdit", u"500"_s);
    QTest::keyClicks(m_dialog->findChild<QPlainTextEdit *>(u"conditionsEdit"_s),
                     u"Only for the workshop in Dakar"_s);
    QTest::mouseClick(m_dialog->findChild<QCheckBox *>(u"earmarkCheck"_s), Qt::LeftButton);
    clickOk();
    QVERIFY(m_dialog->isVisible());
    QVERIFY(errorLabel(u"conditions"_s)->text().contains(u"earmarked"_s));
    QCOMPARE(storedCount(), 0);
}

void TestContributionDialog::editingAReceiptAsksForAReason()
{
    const auto id = m_fund->receipt(m_donor, QDate(2024, 5, 1), u"100"_s);
    QVERIFY(id.isValid());
    const auto original = m_fund->services().contributions().find(id);
    QVERIFY(original.ok());
    m_dialog->setContribution(*original);
    auto *reason = m_dialog->findChild<QLineEdit *>(u"reasonEdit"_s);
    QVERIFY(reason->isVisible());
    QCOMPARE(m_dialog->findChild<QLineEdit *>(u"amountEdit"_s)->text(), u"100.00"_s);

    typeInto("amountEdit", u"150"_s);
    clickOk();
    QVERIFY(m_dialog->isVisible());
    QVERIFY(errorLabel(u"reason"_s)->isVisible());
    QCOMPARE(m_fund->services().contributions().find(id)->amount, Core::Money::usd(10000));

    typeInto("reasonEdit", u"Bank statement corrected"_s);
    clickOk();
    QCOMPARE(m_dialog->result(), int(QDialog::Accepted));
    QCOMPARE(m_fund->services().contributions().find(id)->amount, Core::Money::usd(15000));
    const auto history = m_fund->services().contributions().history(id);
    QVERIFY(history.ok());
    QCOMPARE(history->size(), 1);
    QCOMPARE(history->first().reason, u"Bank statement corrected"_s);
}

QTEST_MAIN(TestContributionDialog)
#include "tst_contributiondialog.moc"
