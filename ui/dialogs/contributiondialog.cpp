#include "ui/dialogs/contributiondialog.h"

#include "core/domain/currency.h"
#include "core/domain/language.h"
#include "core/domain/moneyformat.h"
#include "core/services/fundservices.h"
#include "ui/dialogs/conditionsbox.h"
#include "ui/dialogs/fielderrors.h"
#include "ui/dialogs/publicationconsentbox.h"
#include "ui/dialogs/scheduleeditor.h"
#include "ui/models/displaytext.h"
#include "ui/uitr.h"
#include "ui/widgets/formscrollarea.h"

#include <QCollator>
#include <QComboBox>
#include <QCompleter>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QEvent>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPlainTextEdit>
#include <QScrollArea>
#include <QScrollBar>
#include <QVBoxLayout>

#include <algorithm>

namespace FundDesk::Ui {

ContributionDialog::ContributionDialog(Core::FundServices &services, QWidget *parent)
    : QDialog(parent), m_services(services), m_errors(new FieldErrors(this))
{
    setObjectName(QStringLiteral("contributionDialog"));
    if (auto contributions = m_services.contributions().all(); contributions) {
        for (const Core::Contribution &c : *contributions) {
            if (c.type == Core::ContributionType::Pledge) {
                m_allPledges.append(c);
            }
        }
    }
    buildWidgets();
    buildLayout();
    fillDonors();
    retranslateUi();
    updateCurrency();
    updateType();
    resize(sizeHint().width(), 640);
}

void ContributionDialog::updateMinimumWidth()
{
    // Never narrower than the form: check boxes cannot wrap, and translations run longer.
    m_scroll->setMinimumWidth(m_scroll->widget()->minimumSizeHint().width() +
                              m_scroll->verticalScrollBar()->sizeHint().width());
}

void ContributionDialog::buildWidgets()
{
    m_donor = new QComboBox(this);
    m_donor->setObjectName(QStringLiteral("donorCombo"));
    // Typing any part of a name finds the donor among a hundred and more.
    m_donor->setEditable(true);
    m_donor->setInsertPolicy(QComboBox::NoInsert);
    m_donor->completer()->setFilterMode(Qt::MatchContains);
    m_donor->completer()->setCaseSensitivity(Qt::CaseInsensitive);
    m_donor->completer()->setCompletionMode(QCompleter::PopupCompletion);

    m_type = new QComboBox(this);
    m_type->setObjectName(QStringLiteral("typeCombo"));
    m_type->addItem(QString(), int(Core::ContributionType::Receipt));
    m_type->addItem(QString(), int(Core::ContributionType::Pledge));

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

    m_usdValue = new QLabel(this);
    m_usdValue->setObjectName(QStringLiteral("usdValueLabel"));
    m_usdValue->setTextFormat(Qt::PlainText);
    m_usdValue->setTextInteractionFlags(Qt::TextSelectableByMouse);

    m_pledge = new QComboBox(this);
    m_pledge->setObjectName(QStringLiteral("pledgeCombo"));
    m_consent = new PublicationConsentBox(this);
    m_conditions = new ConditionsBox(this);
    m_reference = new QLineEdit(this);
    m_reference->setObjectName(QStringLiteral("referenceEdit"));
    m_notes = new QPlainTextEdit(this);
    m_notes->setObjectName(QStringLiteral("notesEdit"));
    m_notes->setTabChangesFocus(true);
    m_notes->setMaximumHeight(fontMetrics().height() * 4);
    m_schedule = new ScheduleEditor(this);
    m_reason = new QLineEdit(this);
    m_reason->setObjectName(QStringLiteral("reasonEdit"));

    // The donor combo is editable: typing a name changes the donor without changing the index.
    connect(m_donor, &QComboBox::editTextChanged, this, &ContributionDialog::fillPledges);
    connect(m_type, &QComboBox::currentIndexChanged, this, &ContributionDialog::updateType);
    connect(m_currency, &QComboBox::currentTextChanged, this, &ContributionDialog::updateCurrency);
    connect(m_amount, &QLineEdit::textChanged, this, &ContributionDialog::updateUsdValue);
    connect(m_rate, &QLineEdit::textChanged, this, &ContributionDialog::updateUsdValue);
}

void ContributionDialog::buildLayout()
{
    m_form = new QFormLayout;
    m_form->setRowWrapPolicy(QFormLayout::WrapLongRows);
    m_form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    const auto addRow = [this](const QString &field, QWidget *editor, QWidget *focus = nullptr) {
        auto *label = new QLabel(this);
        label->setWordWrap(true);
        label->setBuddy(focus ? focus : editor);
        QWidget *row = field.startsWith(u'_') ? editor : m_errors->wrap(field, editor, focus);
        m_form->addRow(label, row);
        m_labels.insert(field, label);
        m_rows.insert(field, row);
    };
    addRow(QStringLiteral("donor"), m_donor);
    addRow(QStringLiteral("type"), m_type);
    addRow(QStringLiteral("date"), m_date);
    addRow(QStringLiteral("amount"), m_amount);
    addRow(QStringLiteral("currency"), m_currency);
    addRow(QStringLiteral("rate"), m_rate);
    addRow(QStringLiteral("_usd"), m_usdValue);
    addRow(QStringLiteral("pledge"), m_pledge);
    addRow(QStringLiteral("conditions"), m_conditions, m_conditions->textEdit());
    addRow(QStringLiteral("reference"), m_reference);
    addRow(QStringLiteral("notes"), m_notes);
    addRow(QStringLiteral("schedule"), m_schedule);
    addRow(QStringLiteral("reason"), m_reason);
    m_form->addRow(m_consent);

    auto *content = new QWidget(this);
    content->setLayout(m_form);
    // Asks for the form's height at its width, so wrapped labels get their lines.
    m_scroll = new FormScrollArea(content, this);

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &ContributionDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &ContributionDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_scroll, 1);
    layout->addWidget(m_errors->generalLabel());
    layout->addWidget(m_buttons);
}

void ContributionDialog::fillDonors()
{
    const Core::DonorId chosen = chosenDonor();
    const auto donors = m_services.donors().all();
    if (!donors) {
        m_errors->show(donors.error());
        return;
    }
    const Core::Language language = Core::languageForLocale(QLocale());
    QList<std::pair<QString, qint64>> items;
    for (const Core::Donor &donor : *donors) {
        items.append(
            {DisplayText::donorName(donor, m_services.reference(), language), donor.id.value()});
    }
    QCollator collator{QLocale()};
    collator.setCaseSensitivity(Qt::CaseInsensitive);
    std::sort(items.begin(), items.end(), [&collator](const auto &a, const auto &b) {
        return collator.compare(a.first, b.first) < 0;
    });
    const QSignalBlocker blocker(m_donor);
    m_donor->clear();
    for (const auto &[name, id] : items) {
        m_donor->addItem(name, id);
    }
    m_donor->setCurrentIndex(m_donor->findData(chosen.value()));
    fillPledges();
}

void ContributionDialog::fillPledges()
{
    const Core::DonorId donor = chosenDonor();
    const qint64 chosen = m_pledge->currentData().toLongLong();
    const QLocale locale;
    m_pledge->clear();
    //: Receipt paid against a pledge: none
    m_pledge->addItem(Tr::tr("(No pledge)"), qint64(0));
    for (const Core::Contribution &pledge : std::as_const(m_allPledges)) {
        if (pledge.donorId != donor || pledge.id == m_original.id) {
            continue;
        }
        //: A pledge in a list: %1 its date, %2 its amount, %3 its reference (may be empty)
        const QString text =
            Tr::tr("%1 · %2 %3")
                .arg(DisplayText::date(pledge.date, locale),
                     Core::MoneyFormat::format(pledge.amount, locale), pledge.reference)
                .trimmed();
        m_pledge->addItem(text, pledge.id.value());
    }
    m_pledge->setCurrentIndex(std::max(0, m_pledge->findData(chosen)));
}

void ContributionDialog::updateType()
{
    const bool pledge =
        Core::ContributionType(m_type->currentData().toInt()) == Core::ContributionType::Pledge;
    m_form->setRowVisible(m_rows.value(QStringLiteral("pledge")), !pledge);
    m_form->setRowVisible(m_rows.value(QStringLiteral("schedule")), pledge);
    const bool editingReceipt =
        m_original.id.isValid() && m_original.type == Core::ContributionType::Receipt;
    m_form->setRowVisible(m_rows.value(QStringLiteral("reason")), editingReceipt);
}

void ContributionDialog::updateCurrency()
{
    const bool usd = chosenCurrency() == u"USD";
    if (usd) {
        m_rate->setText(DisplayText::rate(Core::ExchangeRate::identity(), QLocale()));
    } else if (!m_rate->isEnabled()) {
        m_rate->clear(); // the rate of the day must be typed, never assumed
    }
    m_rate->setEnabled(!usd);
    updateUsdValue();
}

void ContributionDialog::updateUsdValue()
{
    const QLocale locale;
    const auto amount = Core::MoneyFormat::parse(m_amount->text(), chosenCurrency(), locale);
    const auto rate = chosenRate();
    Core::Result<Core::Money> usd =
        amount && rate ? rate->toUsd(*amount) : Core::Result<Core::Money>(Core::Error{});
    //: Shown instead of the USD value while the amount or rate is not complete
    m_usdValue->setText(usd ? Core::MoneyFormat::format(*usd, locale) : Tr::tr("—"));
    //: Accessible name; %1 is an amount such as USD 1,000.00
    m_usdValue->setAccessibleName(Tr::tr("USD value: %1").arg(m_usdValue->text()));
}

void ContributionDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslateUi();
        fillDonors();
        updateCurrency();
    }
    QDialog::changeEvent(event);
}

void ContributionDialog::retranslateUi()
{
    if (!m_original.id.isValid()) {
        setWindowTitle(Tr::tr("Add Contribution"));
    } else if (m_original.type == Core::ContributionType::Receipt) {
        setWindowTitle(Tr::tr("Edit Receipt"));
    } else {
        setWindowTitle(Tr::tr("Edit Pledge"));
    }
    for (int i = 0; i < m_type->count(); ++i) {
        m_type->setItemText(i, Core::contributionTypeDisplayName(
                                   Core::ContributionType(m_type->itemData(i).toInt())));
    }
    const std::pair<const char16_t *, QString> labels[] = {
        //: Form label: who gives the contribution
        {u"donor", Tr::tr("&Donor:")},
        //: Form label: pledge or receipt
        {u"type", Tr::tr("&Type:")},
        //: Form label: the date of the pledge, or the day the money was received
        {u"date", Tr::tr("D&ate:")},
        //: Form label: the amount in the donor's currency
        {u"amount", Tr::tr("A&mount:")},
        //: Form label: the ISO currency code of the amount
        {u"currency", Tr::tr("&Currency:")},
        //: Form label: US dollars per unit of the currency, as used on the day
        {u"rate", Tr::tr("&Rate to USD:")},
        //: Form label: the amount converted to US dollars
        {u"_usd", Tr::tr("USD value:")},
        //: Form label: the pledge a receipt pays (optional)
        {u"pledge", Tr::tr("Against &pledge:")},
        //: Form label: the donor's conditions on the contribution (¶19)
        {u"conditions", Tr::tr("C&onditions:")},
        //: Form label: a reference such as a bank transfer number
        {u"reference", Tr::tr("R&eference:")},
        //: Form label: free notes
        {u"notes", Tr::tr("&Notes:")},
        //: Form label: the expected payments of a multi-year pledge (¶20b)
        {u"schedule", Tr::tr("&Schedule (optional):")},
        //: Form label: why a received contribution is being changed
        {u"reason", Tr::tr("Reason for the c&hange:")},
    };
    for (const auto &[field, text] : labels) {
        QLabel *label = m_labels.value(QString::fromUtf16(field));
        label->setText(text);
        QString plain = text;
        plain.remove(u'&');
        plain.remove(u':');
        label->buddy()->setAccessibleName(plain.trimmed());
    }
    //: Placeholder of the amount field; %1 is an example amount in the user's locale
    m_amount->setPlaceholderText(Tr::tr("e.g. %1").arg(
        Core::MoneyFormat::formatNumber(Core::Money::usd(2500000), QLocale())));
    //: Placeholder of the reason field when a received contribution is edited
    m_reason->setPlaceholderText(Tr::tr("Required: why the received record changes"));
    updateUsdValue();
    updateMinimumWidth();
}

} // namespace FundDesk::Ui
