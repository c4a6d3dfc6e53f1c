// ContributionDialog, continued: between the fields and a Contribution, and storing it.

#include "ui/dialogs/contributiondialog.h"

#include "core/domain/currency.h"
#include "core/domain/moneyformat.h"
#include "core/services/fundservices.h"
#include "ui/dialogs/conditionsbox.h"
#include "ui/dialogs/fielderrors.h"
#include "ui/dialogs/publicationconsentbox.h"
#include "ui/dialogs/scheduleeditor.h"
#include "ui/models/displaytext.h"
#include "ui/uitr.h"

#include <QComboBox>
#include <QDateEdit>
#include <QLineEdit>
#include <QLocale>
#include <QPlainTextEdit>

namespace FundDesk::Ui {

namespace {

Core::Error fieldError(const QString &message, const QString &field)
{
    return Core::makeError(Core::ErrorCode::InvalidInput, message, {}, field);
}

} // namespace

void ContributionDialog::setContribution(const Core::Contribution &c)
{
    m_original = c;
    setDonor(c.donorId);
    m_type->setCurrentIndex(m_type->findData(int(c.type)));
    m_date->setDate(c.date);
    m_currency->setCurrentText(c.amount.currency());
    const QLocale locale;
    m_amount->setText(Core::MoneyFormat::formatNumber(c.amount, locale));
    m_rate->setText(DisplayText::rate(c.usdRate, locale));
    fillPledges();
    m_pledge->setCurrentIndex(std::max(0, m_pledge->findData(c.pledgeId.value())));
    m_consent->setConsent(c.publication);
    m_conditions->setValues(c.conditions, c.earmarked, c.conditionsNotEarmarkConfirmed);
    m_reference->setText(c.reference);
    m_notes->setPlainText(c.notes);
    m_schedule->setSchedule(c.schedule);
    updateType();
    retranslateUi();
}

void ContributionDialog::setDonor(Core::DonorId donor)
{
    m_donor->setCurrentIndex(m_donor->findData(donor.value()));
    fillPledges();
}

Core::DonorId ContributionDialog::chosenDonor() const
{
    // The combo is editable: trust the text the user sees, not a stale current index.
    const QString text = m_donor->currentText().trimmed();
    if (text.isEmpty()) {
        return {};
    }
    const int index = m_donor->findText(text, Qt::MatchFixedString);
    return index < 0 ? Core::DonorId() : Core::DonorId(m_donor->itemData(index).toLongLong());
}

QString ContributionDialog::chosenCurrency() const
{
    return m_currency->currentText().trimmed().toUpper();
}

Core::Result<Core::ExchangeRate> ContributionDialog::chosenRate() const
{
    if (chosenCurrency() == u"USD") {
        return Core::ExchangeRate::identity();
    }
    const QString text = m_rate->text().trimmed();
    if (text.isEmpty()) {
        //: %1 is a currency code such as EUR
        return fieldError(Tr::tr("Enter the rate to US dollars used on the day: how many USD "
                                 "one %1 was worth, for example 1.08.")
                              .arg(chosenCurrency()),
                          QStringLiteral("rate"));
    }
    auto rate = Core::ExchangeRate::parse(DisplayText::plainDecimal(text, QLocale()));
    if (!rate) {
        Core::Error error = rate.error();
        error.field = QStringLiteral("rate");
        return error;
    }
    return rate;
}

Core::Result<Core::Contribution> ContributionDialog::contribution() const
{
    Core::Contribution c = m_original;
    c.donorId = chosenDonor();
    if (!c.donorId.isValid() && !m_donor->currentText().trimmed().isEmpty()) {
        //: %1 is the text typed in the donor field
        return fieldError(Tr::tr("No donor is called “%1”. Choose the donor from the list, or "
                                 "add the donor first.")
                              .arg(m_donor->currentText().trimmed()),
                          QStringLiteral("donor"));
    }
    c.type = Core::ContributionType(m_type->currentData().toInt());
    c.date = m_date->date();

    const QString currency = chosenCurrency();
    if (!Core::Currency::isKnown(currency)) {
        //: %1 is what was typed as a currency code
        return fieldError(Tr::tr("“%1” is not a known ISO 4217 currency code. Choose the "
                                 "currency from the list.")
                              .arg(currency),
                          QStringLiteral("currency"));
    }
    const QString amountText = m_amount->text().trimmed();
    if (amountText.isEmpty()) {
        return fieldError(Tr::tr("Enter the amount the donor gives, in %1.").arg(currency),
                          QStringLiteral("amount"));
    }
    auto amount = Core::MoneyFormat::parse(amountText, currency, QLocale());
    if (!amount) {
        Core::Error error = amount.error();
        error.field = QStringLiteral("amount");
        return error;
    }
    c.amount = *amount;
    auto rate = chosenRate();
    if (!rate) {
        return rate.error();
    }
    c.usdRate = *rate;

    const bool receipt = c.type == Core::ContributionType::Receipt;
    c.pledgeId = receipt ? Core::ContributionId(m_pledge->currentData().toLongLong())
                         : Core::ContributionId();
    c.publication = m_consent->consent();
    c.conditions = m_conditions->conditions();
    c.earmarked = m_conditions->earmarked();
    c.conditionsNotEarmarkConfirmed = m_conditions->notEarmarkConfirmed();
    c.reference = m_reference->text().trimmed();
    c.notes = m_notes->toPlainText().trimmed();
    c.schedule.clear();
    if (!receipt) {
        auto schedule = m_schedule->schedule(currency);
        if (!schedule) {
            return schedule.error();
        }
        c.schedule = *schedule;
    }
    return c;
}

void ContributionDialog::accept()
{
    m_errors->clear();
    const auto edited = contribution();
    if (!edited) {
        m_errors->show(edited.error());
        return;
    }
    Core::ContributionService &service = m_services.contributions();
    if (auto valid = service.validate(*edited); !valid) {
        m_errors->show(valid.error());
        return;
    }
    if (edited->id.isValid()) {
        if (auto updated = service.update(*edited, m_reason->text()); !updated) {
            m_errors->show(updated.error());
            return;
        }
        m_stored = edited->id;
    } else {
        auto recorded = service.record(*edited);
        if (!recorded) {
            m_errors->show(recorded.error());
            return;
        }
        m_stored = *recorded;
    }
    QDialog::accept();
}

} // namespace FundDesk::Ui
