#pragma once

#include "core/domain/activityapplication.h"
#include "core/domain/fundsettings.h"
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
class QTabWidget;

namespace FundDesk::Core {
class FundServices;
} // namespace FundDesk::Core

namespace FundDesk::Ui {

class ActivityAmountsEditor;
class ActivityCoApplicantList;
class ActivityFocusAreasBox;
class ActivityPartnersEditor;
class FieldErrors;

// The application form for a capacity-building activity (¶23–¶26), in six sections: applicant,
// partners, description, dates and budget, needs, focus areas. The requested total and the ¶23
// floor warning follow the amounts as they are typed. OK validates through ActivityService and
// stores; a refusal is shown beside its field (on its tab) and the dialog stays open.
class ActivityDialog final : public QDialog
{
    Q_OBJECT

public:
    enum Section { ApplicantSection, PartnersSection, DescriptionSection, BudgetSection,
                   NeedsSection, FocusSection, SectionCount };

    explicit ActivityDialog(Core::FundServices &services, QWidget *parent = nullptr);

    // Edits this application instead of recording a new one.
    void setApplication(const Core::ActivityApplication &application);
    // The application as the fields describe it, or the first field that does not parse.
    Core::Result<Core::ActivityApplication> application() const;
    // The id stored by the last successful accept().
    Core::ActivityId storedId() const { return m_stored; }

    FieldErrors *fieldErrors() const { return m_errors; }
    QTabWidget *tabs() const { return m_tabs; }
    QLabel *totalLabel() const { return m_total; }
    QLabel *floorWarning() const { return m_floorText; }

    void accept() override;

protected:
    void changeEvent(QEvent *event) override;

private:
    void buildWidgets();
    void buildTabs();
    QWidget *formPage(Section section, const QList<std::pair<QString, QWidget *>> &rows);
    void fillStates();
    void updateBudget();
    void showError(const Core::Error &error);
    void retranslateUi();
    Core::Result<Core::Money> coFunding() const;

    Core::FundServices &m_services;
    Core::ActivityApplication m_original;
    Core::ActivityId m_stored;
    Core::FundSettings m_settings;
    FieldErrors *m_errors = nullptr;

    QTabWidget *m_tabs = nullptr;
    QHash<QString, QLabel *> m_labels; // by field name
    QLineEdit *m_reference = nullptr;
    QComboBox *m_applicant = nullptr;
    QComboBox *m_status = nullptr;
    ActivityCoApplicantList *m_coApplicants = nullptr;
    ActivityPartnersEditor *m_partners = nullptr;
    QLineEdit *m_title = nullptr;
    QPlainTextEdit *m_summary = nullptr;
    QPlainTextEdit *m_objectives = nullptr;
    QPlainTextEdit *m_outputs = nullptr;
    QPlainTextEdit *m_outcomes = nullptr;
    QDateEdit *m_start = nullptr;
    QDateEdit *m_end = nullptr;
    ActivityAmountsEditor *m_amounts = nullptr;
    QLabel *m_total = nullptr;
    QLabel *m_floorIcon = nullptr;
    QLabel *m_floorText = nullptr;
    QLineEdit *m_coFunding = nullptr;
    QLineEdit *m_coFundingSource = nullptr;
    QPlainTextEdit *m_needs = nullptr;
    QLineEdit *m_needsDocument = nullptr;
    ActivityFocusAreasBox *m_focusAreas = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
};

} // namespace FundDesk::Ui
