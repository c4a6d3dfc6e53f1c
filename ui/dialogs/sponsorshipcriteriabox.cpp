#include "ui/dialogs/sponsorshipcriteriabox.h"

#include "ui/dialogs/leadingalignment.h"
#include "ui/uitr.h"

#include <QComboBox>
#include <QEvent>
#include <QGridLayout>
#include <QLabel>
#include <QLineEdit>

namespace FundDesk::Ui {

namespace {

// The combo's data: not assessed, met, not met.
constexpr int kUnassessed = -1;
constexpr int kNotMet = 0;
constexpr int kMet = 1;

} // namespace

SponsorshipCriteriaBox::SponsorshipCriteriaBox(QWidget *parent) : QWidget(parent)
{
    auto *layout = new QGridLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    // The condition takes a line of its own, the choice and the evidence share the next one:
    // room for long translations of ¶21.
    int line = 0;
    for (const Core::EligibilityCriterion criterion : Core::allEligibilityCriteria()) {
        const QString key = Core::eligibilityCriterionKey(criterion);
        Row row;
        row.label = new QLabel(this);
        row.label->setWordWrap(true);
        row.label->setTextFormat(Qt::PlainText);
        LeadingAlignment::keep(row.label);
        row.met = new QComboBox(this);
        row.met->setObjectName(QStringLiteral("criterionCombo_") + key);
        row.met->addItem(QString(), kUnassessed);
        row.met->addItem(QString(), kMet);
        row.met->addItem(QString(), kNotMet);
        row.evidence = new QLineEdit(this);
        row.evidence->setObjectName(QStringLiteral("evidenceEdit_") + key);
        row.label->setBuddy(row.met);
        layout->addWidget(row.label, line++, 0, 1, 2);
        layout->addWidget(row.met, line, 0);
        layout->addWidget(row.evidence, line++, 1);
        connect(row.met, &QComboBox::currentIndexChanged, this, &SponsorshipCriteriaBox::changed);
        connect(row.evidence, &QLineEdit::textChanged, this, &SponsorshipCriteriaBox::changed);
        m_rows.append(row);
    }
    layout->setColumnStretch(1, 1);
    retranslateUi();
}

std::array<Core::CriterionAssessment, 5> SponsorshipCriteriaBox::criteria() const
{
    std::array<Core::CriterionAssessment, 5> criteria;
    for (int i = 0; i < m_rows.size() && i < int(criteria.size()); ++i) {
        const int met = m_rows.at(i).met->currentData().toInt();
        criteria[std::size_t(i)].met =
            met == kUnassessed ? std::nullopt : std::optional<bool>(met == kMet);
        criteria[std::size_t(i)].evidence = m_rows.at(i).evidence->text().trimmed();
    }
    return criteria;
}

void SponsorshipCriteriaBox::setCriteria(const std::array<Core::CriterionAssessment, 5> &criteria)
{
    for (int i = 0; i < m_rows.size() && i < int(criteria.size()); ++i) {
        const Core::CriterionAssessment &assessment = criteria[std::size_t(i)];
        const int met = assessment.met ? (*assessment.met ? kMet : kNotMet) : kUnassessed;
        m_rows.at(i).met->setCurrentIndex(m_rows.at(i).met->findData(met));
        m_rows.at(i).evidence->setText(assessment.evidence);
    }
}

QComboBox *SponsorshipCriteriaBox::metCombo(Core::EligibilityCriterion criterion) const
{
    return m_rows.value(Core::allEligibilityCriteria().indexOf(criterion)).met;
}

QLineEdit *SponsorshipCriteriaBox::evidenceEdit(Core::EligibilityCriterion criterion) const
{
    return m_rows.value(Core::allEligibilityCriteria().indexOf(criterion)).evidence;
}

void SponsorshipCriteriaBox::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslateUi();
    }
    QWidget::changeEvent(event);
}

void SponsorshipCriteriaBox::retranslateUi()
{
    const QList<Core::EligibilityCriterion> all = Core::allEligibilityCriteria();
    for (int i = 0; i < m_rows.size(); ++i) {
        const Row &row = m_rows.at(i);
        const QString reference = Core::eligibilityCriterionReference(all.at(i));
        const QString description = Core::eligibilityCriterionDescription(all.at(i));
        //: A criterion of the sponsorship form: %1 is "¶21(a)", %2 the condition in words
        row.label->setText(Tr::tr("%1 %2").arg(reference, description));
        //: Choice for a ¶21 criterion: nobody has assessed it yet
        row.met->setItemText(0, Tr::tr("Not assessed"));
        //: Choice for a ¶21 criterion
        row.met->setItemText(1, Tr::tr("Met"));
        //: Choice for a ¶21 criterion
        row.met->setItemText(2, Tr::tr("Not met"));
        //: Accessible name of a criterion's choice; %1 is "¶21(a)"
        row.met->setAccessibleName(Tr::tr("Criterion %1").arg(reference));
        row.met->setAccessibleDescription(description);
        //: Accessible name of a criterion's evidence box; %1 is "¶21(a)"
        row.evidence->setAccessibleName(Tr::tr("Evidence for %1").arg(reference));
        row.evidence->setPlaceholderText(Tr::tr("Evidence seen, such as the nominating letter"));
    }
}

} // namespace FundDesk::Ui
