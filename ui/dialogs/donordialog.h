#pragma once

#include "core/domain/donor.h"

#include <QDialog>

class QComboBox;
class QDateEdit;
class QDialogButtonBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QPlainTextEdit;

namespace FundDesk::Core {
class FundServices;
} // namespace FundDesk::Core

namespace FundDesk::Ui {

class FieldErrors;

// Adds or edits a donor. OK validates through DonorService and stores; a refusal is shown
// beside its field and the dialog stays open, so nothing invalid is ever stored.
class DonorDialog final : public QDialog
{
    Q_OBJECT

public:
    explicit DonorDialog(Core::FundServices &services, QWidget *parent = nullptr);

    // Edits this donor instead of adding a new one.
    void setDonor(const Core::Donor &donor);
    // The donor as the fields describe it now.
    Core::Donor donor() const;
    // The id of the donor stored by the last successful accept().
    Core::DonorId storedId() const { return m_stored; }

    FieldErrors *fieldErrors() const { return m_errors; }

    void accept() override;

protected:
    void changeEvent(QEvent *event) override;

private:
    void buildForm();
    void fillStates();
    void updateKindRows();
    void updateDueDiligenceDate();
    void retranslateUi();

    Core::FundServices &m_services;
    Core::Donor m_original;
    Core::DonorId m_stored;
    FieldErrors *m_errors = nullptr;

    QFormLayout *m_form = nullptr;
    QComboBox *m_kind = nullptr;
    QComboBox *m_state = nullptr;
    QLineEdit *m_name = nullptr;
    QComboBox *m_country = nullptr;
    QComboBox *m_ddStatus = nullptr;
    QDateEdit *m_ddDate = nullptr;
    QLineEdit *m_ddNote = nullptr;
    QLineEdit *m_contact = nullptr;
    QPlainTextEdit *m_notes = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
    QWidget *m_stateRow = nullptr;
    QWidget *m_nameRow = nullptr;
    QWidget *m_countryRow = nullptr;

    QLabel *m_kindLabel = nullptr;
    QLabel *m_stateLabel = nullptr;
    QLabel *m_nameLabel = nullptr;
    QLabel *m_countryLabel = nullptr;
    QLabel *m_ddStatusLabel = nullptr;
    QLabel *m_ddDateLabel = nullptr;
    QLabel *m_ddNoteLabel = nullptr;
    QLabel *m_contactLabel = nullptr;
    QLabel *m_notesLabel = nullptr;
};

} // namespace FundDesk::Ui
