#pragma once

#include "core/domain/activityapplication.h"
#include "core/domain/result.h"
#include "core/domain/review.h"

#include <QDialog>

#include <optional>

class QButtonGroup;
class QDialogButtonBox;
class QGroupBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QRadioButton;

namespace FundDesk::Core {
class FundServices;
} // namespace FundDesk::Core

namespace FundDesk::Ui {

class FieldErrors;
class ScoringCriteriaBox;

// One reviewer's review of one activity application (¶25). The conflict-of-interest
// declaration comes first: until "no conflict" is chosen the scores stay disabled, and with a
// conflict saving records the recusal only. Otherwise the six criteria are scored 0–5 with a
// written justification. Save stores through ReviewService (declare, then score) and shows the
// aggregate and spread of the application's reviews; a refusal is shown beside its field and
// nothing half-done is kept. A reviewer who has already declared gets their review back.
class ScoringDialog final : public QDialog
{
    Q_OBJECT

public:
    ScoringDialog(Core::FundServices &services, const Core::ActivityApplication &application,
                  QWidget *parent = nullptr);
    ~ScoringDialog() override;

    void setReviewer(const QString &name);

    // Stores the declaration and, without a conflict, the scores. True when stored.
    bool save();
    // Whether anything was stored since the dialog opened.
    bool hasSaved() const { return m_saved; }

    FieldErrors *fieldErrors() const { return m_errors; }
    ScoringCriteriaBox *criteria() const { return m_criteria; }
    QLabel *aggregateLabel() const { return m_aggregate; }

protected:
    void changeEvent(QEvent *event) override;

private:
    void buildWidgets();
    void buildLayout();
    void loadReviews();
    void loadExisting();
    void updateEnabled();
    void updateAggregate();
    void retranslateUi();
    std::optional<Core::Review> existingReview(const QString &name) const;
    Core::Result<void> store(const QString &name, bool conflict, const QString &note);
    Core::Result<void> scoreExisting(const Core::Review &review, bool conflict,
                                     const QString &note);

    Core::FundServices &m_services;
    Core::ActivityApplication m_application;
    QList<Core::Review> m_reviews;
    bool m_saved = false;
    FieldErrors *m_errors = nullptr;

    QLabel *m_heading = nullptr;
    QLabel *m_reviewerLabel = nullptr;
    QLineEdit *m_reviewer = nullptr;
    QGroupBox *m_declaration = nullptr;
    QLabel *m_declarationHelp = nullptr;
    QButtonGroup *m_conflictGroup = nullptr;
    QRadioButton *m_noConflict = nullptr;
    QRadioButton *m_conflict = nullptr;
    QLabel *m_noteLabel = nullptr;
    QLineEdit *m_note = nullptr;
    QGroupBox *m_scoring = nullptr;
    ScoringCriteriaBox *m_criteria = nullptr;
    QLabel *m_justificationLabel = nullptr;
    QPlainTextEdit *m_justification = nullptr;
    QLabel *m_aggregate = nullptr;
    QLabel *m_status = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
    QPushButton *m_save = nullptr;
};

} // namespace FundDesk::Ui
