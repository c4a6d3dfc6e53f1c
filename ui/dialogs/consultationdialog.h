#pragma once

#include "core/domain/activityapplication.h"
#include "core/domain/consultation.h"
#include "core/domain/result.h"

#include <QDialog>
#include <QList>

#include <optional>

class QDateEdit;
class QDialogButtonBox;
class QLabel;
class QPlainTextEdit;
class QTableWidget;

namespace FundDesk::Core {
class FundServices;
} // namespace FundDesk::Core

namespace FundDesk::Ui {

class FieldErrors;

// Records one consultation of the governance structure of donor and beneficiary States (¶18):
// its date, who took part (one per line) and its advice per application: a stance and a text,
// or "not discussed". OK validates and stores through ConsultationService; a refusal is shown
// beside its field and the dialog stays open.
class ConsultationDialog final : public QDialog
{
    Q_OBJECT

public:
    enum AdviceColumn { ReferenceColumn, TitleColumn, StanceColumn, AdviceTextColumn };

    explicit ConsultationDialog(Core::FundServices &services, QWidget *parent = nullptr);

    // Edits this consultation instead of recording a new one.
    void setConsultation(const Core::Consultation &consultation);
    Core::Consultation consultation() const;
    Core::ConsultationId storedId() const { return m_stored; }

    FieldErrors *fieldErrors() const { return m_errors; }
    QTableWidget *adviceTable() const { return m_advice; }
    // The advice table's row of an application, or -1.
    int rowOf(Core::ActivityId id) const;
    void setAdvice(Core::ActivityId id, std::optional<Core::ConsultationStance> stance,
                   const QString &text);

    void accept() override;

protected:
    void changeEvent(QEvent *event) override;

private:
    void buildLayout();
    void fillApplications();
    void retranslateUi();

    Core::FundServices &m_services;
    Core::Consultation m_original;
    Core::ConsultationId m_stored;
    QList<Core::ActivityApplication> m_applications;
    FieldErrors *m_errors = nullptr;

    QLabel *m_dateLabel = nullptr;
    QDateEdit *m_date = nullptr;
    QLabel *m_participantsLabel = nullptr;
    QPlainTextEdit *m_participants = nullptr;
    QLabel *m_adviceLabel = nullptr;
    QTableWidget *m_advice = nullptr;
    QLabel *m_notesLabel = nullptr;
    QPlainTextEdit *m_notes = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
};

} // namespace FundDesk::Ui
