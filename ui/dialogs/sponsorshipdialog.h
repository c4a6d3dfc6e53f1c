#pragma once

#include "core/domain/result.h"
#include "core/domain/sponsorshipapplication.h"

#include <QDialog>
#include <QHash>

class QCheckBox;
class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QSpinBox;
class QTabWidget;

namespace FundDesk::Core {
class FundServices;
} // namespace FundDesk::Core

namespace FundDesk::Ui {

class FieldErrors;
class SponsorshipCriteriaBox;

// The application form for sponsoring a representative or expert at a meeting (¶9a, ¶21–¶22),
// in four sections: the applicant, the ¶21 criteria with the screening in words, the cost
// (estimated live from the meeting's norms; a figure set by hand needs its reason) and what
// happened after the meeting (¶21d, ¶21e). OK validates through SponsorshipService and
// stores; a refusal is shown beside its field (on its tab) and the dialog stays open.
class SponsorshipDialog final : public QDialog
{
    Q_OBJECT

public:
    enum Section { ApplicantSection, CriteriaSection, CostSection, AfterSection, SectionCount };

    // meeting: the meeting a new application is for.
    SponsorshipDialog(Core::FundServices &services, Core::MeetingId meeting,
                      QWidget *parent = nullptr);

    // Edits this application instead of recording a new one.
    void setApplication(const Core::SponsorshipApplication &application);
    // The application as the fields describe it, or the first field that does not parse.
    Core::Result<Core::SponsorshipApplication> application() const;
    Core::SponsorshipId storedId() const { return m_stored; }

    FieldErrors *fieldErrors() const { return m_errors; }
    QTabWidget *tabs() const { return m_tabs; }
    SponsorshipCriteriaBox *criteriaBox() const { return m_criteria; }
    QLabel *screeningLabel() const { return m_screening; }
    QLabel *estimateLabel() const { return m_estimate; }

    void accept() override;

protected:
    void changeEvent(QEvent *event) override;

private:
    void buildWidgets();
    void buildTabs();
    QWidget *formPage(Section section, const QList<std::pair<QString, QWidget *>> &rows,
                      QWidget *below = nullptr);
    void fillChoices();
    void updateScreening();
    void updateEstimate();
    void updateOverride();
    void showError(const Core::Error &error);
    void retranslateUi();
    Core::SponsorshipApplication draft() const;

    Core::FundServices &m_services;
    Core::SponsorshipApplication m_original;
    Core::SponsorshipId m_stored;
    FieldErrors *m_errors = nullptr;

    QTabWidget *m_tabs = nullptr;
    QHash<QString, QLabel *> m_labels; // by field name
    QComboBox *m_meeting = nullptr;
    QLineEdit *m_name = nullptr;
    QComboBox *m_gender = nullptr;
    QComboBox *m_state = nullptr;
    QLineEdit *m_ministry = nullptr;
    QLineEdit *m_title = nullptr;
    QCheckBox *m_capitalBased = nullptr;
    QLineEdit *m_contact = nullptr;
    QCheckBox *m_letter = nullptr;
    QCheckBox *m_draft = nullptr;
    QSpinBox *m_score = nullptr;
    QPlainTextEdit *m_notes = nullptr;
    SponsorshipCriteriaBox *m_criteria = nullptr;
    QLabel *m_screening = nullptr;
    QLabel *m_estimate = nullptr;
    QCheckBox *m_override = nullptr;
    QLineEdit *m_overrideAmount = nullptr;
    QLineEdit *m_overrideReason = nullptr;
    QComboBox *m_attended = nullptr;
    QCheckBox *m_report = nullptr;
    QLineEdit *m_actualCost = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
};

} // namespace FundDesk::Ui
