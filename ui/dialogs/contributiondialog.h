#pragma once

#include "core/domain/contribution.h"
#include "core/domain/result.h"

#include <QDialog>
#include <QHash>

class QComboBox;
class QDateEdit;
class QDialogButtonBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QScrollArea;

namespace FundDesk::Core {
class FundServices;
} // namespace FundDesk::Core

namespace FundDesk::Ui {

class ConditionsBox;
class FieldErrors;
class PublicationConsentBox;
class ScheduleEditor;

// Records or edits a pledge or a receipt. OK parses the fields in the current locale,
// validates through ContributionService and stores; a refusal is shown beside its field and the
// dialog stays open, so nothing invalid is ever stored. Editing a receipt asks for a reason,
// which is kept in the contribution's history.
class ContributionDialog final : public QDialog
{
    Q_OBJECT

public:
    explicit ContributionDialog(Core::FundServices &services, QWidget *parent = nullptr);

    // Edits this contribution instead of recording a new one.
    void setContribution(const Core::Contribution &contribution);
    // Preselects the donor of a new contribution.
    void setDonor(Core::DonorId donor);

    // The contribution as the fields describe it, or the first field that does not parse.
    Core::Result<Core::Contribution> contribution() const;
    // The id stored by the last successful accept().
    Core::ContributionId storedId() const { return m_stored; }
    FieldErrors *fieldErrors() const { return m_errors; }

    void accept() override;

protected:
    void changeEvent(QEvent *event) override;

private:
    void buildWidgets();
    void buildLayout();
    void fillDonors();
    void fillPledges();
    void updateType();
    void updateCurrency();
    void updateUsdValue();
    void retranslateUi();
    void updateMinimumWidth();
    Core::DonorId chosenDonor() const;
    QString chosenCurrency() const;
    Core::Result<Core::ExchangeRate> chosenRate() const;

    Core::FundServices &m_services;
    Core::Contribution m_original;
    Core::ContributionId m_stored;
    QList<Core::Contribution> m_allPledges;
    FieldErrors *m_errors = nullptr;

    QFormLayout *m_form = nullptr;
    QHash<QString, QLabel *> m_labels; // by field name
    QHash<QString, QWidget *> m_rows;  // the wrapped field widgets, by field name
    QComboBox *m_donor = nullptr;
    QComboBox *m_type = nullptr;
    QDateEdit *m_date = nullptr;
    QLineEdit *m_amount = nullptr;
    QComboBox *m_currency = nullptr;
    QLineEdit *m_rate = nullptr;
    QLabel *m_usdValue = nullptr;
    QComboBox *m_pledge = nullptr;
    PublicationConsentBox *m_consent = nullptr;
    ConditionsBox *m_conditions = nullptr;
    QLineEdit *m_reference = nullptr;
    QPlainTextEdit *m_notes = nullptr;
    ScheduleEditor *m_schedule = nullptr;
    QLineEdit *m_reason = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
    QScrollArea *m_scroll = nullptr;
};

} // namespace FundDesk::Ui
