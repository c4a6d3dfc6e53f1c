#include "ui/dialogs/disbursementdialog.h"

#include "core/domain/currency.h"
#include "core/domain/moneyformat.h"
#include "core/services/fundservices.h"
#include "ui/dialogs/fielderrors.h"
#include "ui/dialogs/leadingalignment.h"
#include "ui/models/displaytext.h"
#include "ui/uitr.h"
#include "ui/widgets/actingprofile.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace FundDesk::Ui {

namespace {

Core::Error fieldError(const QString &message, const QString &field)
{
    return Core::makeError(Core::ErrorCode::InvalidInput, message, {}, field);
}

} // namespace

DisbursementDialog::DisbursementDialog(Core::FundServices &services, Kind kind, QWidget *parent)
    : QDialog(parent), m_services(services), m_kind(kind), m_errors(new FieldErrors(this))
{
    setObjectName(kind == Kind::Refund ? QStringLiteral("refundDialog")
                                       : QStringLiteral("paymentDialog"));
    m_item = new QComboBox(this);
    m_item->setObjectName(QStringLiteral("itemCombo"));
    m_remaining = new QLabel(this);
    m_remaining->setObjectName(QStringLiteral("remainingLabel"));
    m_remaining->setWordWrap(true);
    LeadingAlignment::keep(m_remaining);
    m_date = new QDateEdit(QDate::currentDate(), this);
    m_date->setObjectName(QStringLiteral("dateEdit"));
    m_date->setCalendarPopup(true);
    m_amount = new QLineEdit(this);
    m_amount->setObjectName(QStringLiteral("amountEdit"));
    m_amount->setAlignment(Qt::AlignTrailing | Qt::AlignVCenter);
    m_currency = new QComboBox(this);
    m_currency->setObjectName(QStringLiteral("currencyCombo"));
    m_currency->setEditable(true);
    m_currency->setInsertPolicy(QComboBox::NoInsert);
    m_currency->addItems(Core::Currency::allCodes());
    m_currency->setCurrentText(QStringLiteral("USD"));
    m_rate = new QLineEdit(this);
    m_rate->setObjectName(QStringLiteral("rateEdit"));
    m_rate->setAlignment(Qt::AlignTrailing | Qt::AlignVCenter);
    m_payee = new QLineEdit(this);
    m_payee->setObjectName(QStringLiteral("payeeEdit"));
    m_reference = new QLineEdit(this);
    m_reference->setObjectName(QStringLiteral("referenceEdit"));
    m_reason = new QPlainTextEdit(this);
    m_reason->setObjectName(QStringLiteral("reasonEdit"));
    m_reason->setTabChangesFocus(true);
    m_reason->setMaximumHeight(fontMetrics().height() * 4);
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &DisbursementDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &DisbursementDialog::reject);
    connect(m_item, &QComboBox::currentIndexChanged, this, &DisbursementDialog::updateRemaining);
    connect(m_currency, &QComboBox::currentTextChanged, this,
            &DisbursementDialog::updateCurrency);
    buildLayout();
    fillItems();
    updateCurrency();
    retranslateUi();
    resize(qMax(sizeHint().width(), 560), sizeHint().height());
}

void DisbursementDialog::buildLayout()
{
    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    QWidget *lastField = nullptr;
    const auto addRow = [&](const QString &field, QWidget *editor) {
        auto *label = new QLabel(this);
        label->setBuddy(editor);
        label->setWordWrap(true);
        m_labels.append(label);
        lastField = m_errors->wrap(field, editor);
        form->addRow(label, lastField);
        return label;
    };
    addRow(QStringLiteral("item"), m_item);
    form->addRow(QString(), m_remaining);
    addRow(QStringLiteral("date"), m_date);
    addRow(QStringLiteral("amount"), m_amount);
    addRow(QStringLiteral("currency"), m_currency);
    addRow(QStringLiteral("rate"), m_rate);
    addRow(QStringLiteral("payee"), m_payee);
    addRow(QStringLiteral("reference"), m_reference);
    QLabel *reasonLabel = addRow(QStringLiteral("reason"), m_reason);
    reasonLabel->setVisible(m_kind == Kind::Refund);
    lastField->setVisible(m_kind == Kind::Refund);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_errors->generalLabel());
    layout->addStretch(1);
    layout->addWidget(m_buttons);
}

void DisbursementDialog::fillItems()
{
    const auto items = m_services.workflow().disbursements().payableItems();
    if (!items) {
        m_errors->show(items.error());
        return;
    }
    m_items.clear();
    const QLocale locale;
    for (const Core::PayableItem &p : *items) {
        // A refund can come back on any paid item; a payment only on an open one.
        const bool offered = m_kind == Kind::Refund ? p.paid.minor() > 0 : p.isOpen();
        if (!offered) {
            continue;
        }
        m_items.append(p);
        //: an item in the payment dialog: %1 reference, %2 title, %3 what remains to pay
        m_item->addItem(Tr::tr("%1 · %2 — remaining %3")
                            .arg(p.reference, p.title,
                                 Core::MoneyFormat::format(p.remaining(), locale)));
    }
    m_item->setCurrentIndex(m_items.isEmpty() ? -1 : 0);
    updateRemaining();
}

void DisbursementDialog::updateRemaining()
{
    const int index = m_item->currentIndex();
    if (index < 0 || index >= m_items.size()) {
        m_remaining->setText(m_kind == Kind::Refund
                                 ? Tr::tr("No item has been paid yet: there is nothing to refund.")
                                 : Tr::tr("No approved or active item: a payment needs one."));
        return;
    }
    const Core::PayableItem &p = m_items.at(index);
    const QLocale locale;
    //: %1 committed, %2 paid so far, %3 what remains, all with currency
    m_remaining->setText(Tr::tr("Committed %1 · paid %2 · remaining %3")
                             .arg(Core::MoneyFormat::format(p.committed, locale),
                                  Core::MoneyFormat::format(p.paid, locale),
                                  Core::MoneyFormat::format(p.remaining(), locale)));
}

void DisbursementDialog::updateCurrency()
{
    const bool usd = m_currency->currentText().trimmed().toUpper() == QLatin1String("USD");
    if (usd) {
        m_rate->setText(DisplayText::rate(Core::ExchangeRate::identity(), QLocale()));
    } else if (!m_rate->isEnabled()) {
        m_rate->clear(); // the rate of the day must be typed, never assumed
    }
    m_rate->setEnabled(!usd);
}

Core::Result<Core::DisbursementId> DisbursementDialog::store()
{
    const int index = m_item->currentIndex();
    if (index < 0 || index >= m_items.size()) {
        return fieldError(Tr::tr("Choose the approved item the payment is for."),
                          QStringLiteral("item"));
    }
    const QString currency = m_currency->currentText().trimmed().toUpper();
    if (!Core::Currency::isKnown(currency)) {
        //: %1 is what was typed as a currency code
        return fieldError(Tr::tr("“%1” is not a known ISO 4217 currency code. Choose the "
                                 "currency from the list.")
                              .arg(currency),
                          QStringLiteral("currency"));
    }
    const QString amountText = m_amount->text().trimmed();
    auto amount = Core::MoneyFormat::parse(amountText, currency, QLocale());
    if (amountText.isEmpty() || !amount) {
        return fieldError(amountText.isEmpty()
                              ? Tr::tr("Enter the amount paid.")
                              //: %1 is what the user typed
                              : Tr::tr("“%1” is not an amount. Type digits, with the "
                                       "decimals after the decimal sign.")
                                    .arg(amountText),
                          QStringLiteral("amount"));
    }
    auto rate = Core::ExchangeRate::parse(DisplayText::plainDecimal(m_rate->text(), QLocale()));
    if (!rate) {
        Core::Error error = rate.error();
        error.field = QStringLiteral("rate");
        return error;
    }
    Core::Disbursement d;
    d.item = m_items.at(index).item;
    d.date = m_date->date();
    d.amount = *amount;
    d.usdRate = *rate;
    d.payee = m_payee->text();
    d.reference = m_reference->text();
    d.refund = m_kind == Kind::Refund;
    d.refundReason = m_reason->toPlainText();
    return m_services.workflow().disbursements().record(d, actingProfile(m_services));
}

void DisbursementDialog::accept()
{
    m_errors->clear();
    const auto stored = store();
    if (!stored) {
        m_errors->show(stored.error());
        resize(width(), qMax(height(), sizeHint().height())); // room for the message
        return;
    }
    m_stored = *stored;
    QDialog::accept();
}

void DisbursementDialog::retranslateUi()
{
    setWindowTitle(m_kind == Kind::Refund ? Tr::tr("Record a Refund")
                                          : Tr::tr("Record a Payment"));
    const QStringList texts{
        //: the approved sponsorship or activity a payment is made against
        Tr::tr("&Item:"),     Tr::tr("&Date:"),      Tr::tr("&Amount:"),
        Tr::tr("C&urrency:"), Tr::tr("USD &rate:"),  Tr::tr("&Payee:"),
        Tr::tr("Re&ference:"), Tr::tr("Reas&on for the refund:")};
    for (int i = 0; i < m_labels.size() && i < texts.size(); ++i) {
        m_labels[i]->setText(texts.at(i));
    }
    const QStringList names{Tr::tr("Item"),     Tr::tr("Date"),  Tr::tr("Amount"),
                            Tr::tr("Currency"), Tr::tr("USD rate"), Tr::tr("Payee"),
                            Tr::tr("Reference"), Tr::tr("Reason for the refund")};
    const QList<QWidget *> editors{m_item, m_date, m_amount, m_currency,
                                   m_rate, m_payee, m_reference, m_reason};
    for (int i = 0; i < editors.size(); ++i) {
        editors[i]->setAccessibleName(names.at(i));
    }
    m_item->setAccessibleDescription(
        Tr::tr("The approved or active items, each with what remains to pay."));
    m_rate->setAccessibleDescription(Tr::tr("How many US dollars one unit of the currency was "
                                            "worth on the day."));
    m_buttons->button(QDialogButtonBox::Ok)
        ->setText(m_kind == Kind::Refund ? Tr::tr("&Record refund") : Tr::tr("&Record payment"));
}

} // namespace FundDesk::Ui
