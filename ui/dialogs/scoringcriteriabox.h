#pragma once

#include "core/domain/rubric.h"

#include <QList>
#include <QWidget>

class QLabel;
class QSpinBox;

namespace FundDesk::Ui {

class FieldErrors;

// The six criteria of ¶25(a)–(f), each with its description, a 0–5 score and the name of the
// anchor the score stands for; the anchors' meanings above them and in every score's tooltip.
// A score starts unset ("–"), so a forgotten criterion is refused rather than stored as 0.
class ScoringCriteriaBox final : public QWidget
{
    Q_OBJECT

public:
    // Registers each score with `errors` as field "score.<criterion key>".
    ScoringCriteriaBox(FieldErrors *errors, QWidget *parent = nullptr);

    // Unset scores read as -1, which the review rules refuse.
    Core::RubricScores scores() const;
    void setScores(const Core::RubricScores &scores);
    void clearScores();
    QSpinBox *spinBox(Core::RubricCriterion criterion) const;
    QLabel *helpLabel() const { return m_help; }

protected:
    void changeEvent(QEvent *event) override;

private:
    struct Row
    {
        QLabel *name = nullptr;
        QLabel *description = nullptr;
        QSpinBox *score = nullptr;
        QLabel *anchor = nullptr;
    };

    void updateAnchor(int index);
    void retranslateUi();

    QLabel *m_help = nullptr;
    QList<Row> m_rows; // indexed by rubricIndex()
};

} // namespace FundDesk::Ui
