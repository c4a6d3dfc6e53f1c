#pragma once

#include "core/domain/eligibilitycriterion.h"

#include <QList>
#include <QWidget>

#include <array>

class QComboBox;
class QLabel;
class QLineEdit;

namespace FundDesk::Ui {

// The five criteria of ¶21, one row each: the condition in words, whether it is met (not
// assessed / met / not met) and the evidence seen.
class SponsorshipCriteriaBox final : public QWidget
{
    Q_OBJECT

public:
    explicit SponsorshipCriteriaBox(QWidget *parent = nullptr);

    std::array<Core::CriterionAssessment, 5> criteria() const;
    void setCriteria(const std::array<Core::CriterionAssessment, 5> &criteria);

    QComboBox *metCombo(Core::EligibilityCriterion criterion) const;
    QLineEdit *evidenceEdit(Core::EligibilityCriterion criterion) const;

signals:
    void changed();

protected:
    void changeEvent(QEvent *event) override;

private:
    struct Row
    {
        QLabel *label = nullptr;
        QComboBox *met = nullptr;
        QLineEdit *evidence = nullptr;
    };

    void retranslateUi();

    QList<Row> m_rows; // in the order of allEligibilityCriteria()
};

} // namespace FundDesk::Ui
