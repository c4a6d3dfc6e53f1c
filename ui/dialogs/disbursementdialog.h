#pragma once

#include "core/domain/ids.h"
#include "core/domain/payableitem.h"
#include "core/domain/result.h"

#include <QDialog>
#include <QList>

class QComboBox;
class QDateEdit;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;

namespace FundDesk::Core {
class FundServices;
} // namespace FundDesk::Core

namespace FundDesk::Ui {

class FieldErrors;

// Records a payment against an approved or active item, or a refund of one (which needs a
// reason). The item is chosen from the committed items, each shown with what remains to pay;
// the core's refusal (over-payment, a closed year, a missing field) appears at the field.
class DisbursementDialog final : public QDialog
{
    Q_OBJECT

public:
    enum class Kind { Payment, Refund };

    DisbursementDialog(Core::FundServices &services, Kind kind, QWidget *parent = nullptr);

    QComboBox *itemCombo() const { return m_item; }
    QDateEdit *dateEdit() const { return m_date; }
    QLineEdit *amountEdit() const { return m_amount; }
    QComboBox *currencyCombo() const { return m_currency; }
    QLineEdit *rateEdit() const { return m_rate; }
    QLineEdit *payeeEdit() const { return m_payee; }
    QLineEdit *referenceEdit() const { return m_reference; }
    QPlainTextEdit *reasonEdit() const { return m_reason; }
    QLabel *remainingLabel() const { return m_remaining; }
    FieldErrors *errors() const { return m_errors; }
    QDialogButtonBox *buttons() const { return m_buttons; }
    Core::DisbursementId storedId() const { return m_stored; }

    void accept() override;

private:
    void buildLayout();
    void fillItems();
    void updateRemaining();
    void updateCurrency();
    Core::Result<Core::DisbursementId> store();
    void retranslateUi();

    Core::FundServices &m_services;
    Kind m_kind;
    QList<Core::PayableItem> m_items;
    Core::DisbursementId m_stored;

    QComboBox *m_item = nullptr;
    QLabel *m_remaining = nullptr;
    QDateEdit *m_date = nullptr;
    QLineEdit *m_amount = nullptr;
    QComboBox *m_currency = nullptr;
    QLineEdit *m_rate = nullptr;
    QLineEdit *m_payee = nullptr;
    QLineEdit *m_reference = nullptr;
    QPlainTextEdit *m_reason = nullptr;
    QList<QLabel *> m_labels; // item, date, amount, currency, rate, payee, reference, reason
    FieldErrors *m_errors = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
};

} // namespace FundDesk::Ui
