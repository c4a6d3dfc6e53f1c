#include "ui/dialogs/scoringcriteriabox.h"

#include "ui/dialogs/fielderrors.h"
#include "ui/dialogs/leadingalignment.h"
#include "ui/uitr.h"

#include <QEvent>
#include <QGridLayout>
#include <QLabel>
#include <QLocale>
#include <QSpinBox>
#include <QStringList>

namespace FundDesk::Ui {

namespace {

constexpr int kUnset = -1;

QLabel *wrappedLabel(QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setTextFormat(Qt::PlainText);
    label->setWordWrap(true);
    LeadingAlignment::keep(label, Qt::AlignTop);
    return label;
}

QString anchorsText()
{
    const QLocale locale;
    QStringList lines;
    for (int score = Core::rubricMinScore; score <= Core::rubricMaxScore; ++score) {
        //: One point of the 0–5 scale: %1 the score, %2 its name, %3 what it means
        lines << Tr::tr("%1 %2: %3")
                     .arg(locale.toString(score), Core::rubricAnchorName(score),
                          Core::rubricAnchorDescription(score));
    }
    return lines.join(u'\n');
}

} // namespace

ScoringCriteriaBox::ScoringCriteriaBox(FieldErrors *errors, QWidget *parent)
    : QWidget(parent), m_help(wrappedLabel(this))
{
    m_help->setObjectName(QStringLiteral("anchorsHelpLabel"));
    auto *grid = new QGridLayout(this);
    grid->setContentsMargins(0, 0, 0, 0);
    grid->addWidget(m_help, 0, 0, 1, 3);
    grid->setColumnStretch(0, 1);
    const QList<Core::RubricCriterion> criteria = Core::allRubricCriteria();
    for (int i = 0; i < criteria.size(); ++i) {
        const QString key = Core::rubricCriterionKey(criteria.at(i));
        Row row;
        row.name = wrappedLabel(this);
        QFont bold = row.name->font();
        bold.setBold(true);
        row.name->setFont(bold);
        row.description = wrappedLabel(this);
        row.score = new QSpinBox(this);
        row.score->setObjectName(QStringLiteral("scoreSpin_") + key);
        row.score->setRange(kUnset, Core::rubricMaxScore);
        row.score->setValue(kUnset);
        row.anchor = new QLabel(this);
        row.anchor->setObjectName(QStringLiteral("anchorLabel_") + key);
        row.anchor->setTextFormat(Qt::PlainText);
        row.name->setBuddy(row.score);
        const int line = 1 + 2 * i;
        grid->addWidget(row.name, line, 0);
        grid->addWidget(row.description, line + 1, 0);
        grid->addWidget(errors->wrap(QStringLiteral("score.") + key, row.score), line, 1, 2, 1,
                        Qt::AlignTop);
        grid->addWidget(row.anchor, line, 2, 2, 1, Qt::AlignTop);
        connect(row.score, &QSpinBox::valueChanged, this, [this, i] { updateAnchor(i); });
        m_rows.append(row);
    }
    retranslateUi();
}

Core::RubricScores ScoringCriteriaBox::scores() const
{
    Core::RubricScores values{};
    for (int i = 0; i < m_rows.size(); ++i) {
        values[std::size_t(i)] = m_rows.at(i).score->value();
    }
    return values;
}

void ScoringCriteriaBox::setScores(const Core::RubricScores &scores)
{
    for (int i = 0; i < m_rows.size(); ++i) {
        m_rows.at(i).score->setValue(scores[std::size_t(i)]);
    }
}

void ScoringCriteriaBox::clearScores()
{
    for (const Row &row : std::as_const(m_rows)) {
        row.score->setValue(kUnset);
    }
}

QSpinBox *ScoringCriteriaBox::spinBox(Core::RubricCriterion criterion) const
{
    return m_rows.value(int(Core::rubricIndex(criterion))).score;
}

void ScoringCriteriaBox::updateAnchor(int index)
{
    const Row &row = m_rows.at(index);
    const int value = row.score->value();
    //: Beside a score that is not chosen yet
    row.anchor->setText(value == kUnset ? Tr::tr("not scored") : Core::rubricAnchorName(value));
    row.anchor->setToolTip(Core::rubricAnchorDescription(value));
}

void ScoringCriteriaBox::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslateUi();
    }
    QWidget::changeEvent(event);
}

void ScoringCriteriaBox::retranslateUi()
{
    //: Above the scores: the meaning of each point of the scale, one per line
    m_help->setText(Tr::tr("Score each criterion from 0 to 5:\n%1").arg(anchorsText()));
    const QList<Core::RubricCriterion> criteria = Core::allRubricCriteria();
    for (int i = 0; i < m_rows.size(); ++i) {
        const Row &row = m_rows.at(i);
        const Core::RubricCriterion criterion = criteria.at(i);
        //: A criterion of ¶25 with its letter: "(a) Needs assessment"
        row.name->setText(Tr::tr("(%1) %2").arg(Core::rubricCriterionLetter(criterion),
                                                Core::rubricCriterionDisplayName(criterion)));
        row.description->setText(Core::rubricCriterionDescription(criterion));
        //: Shown in a score box before a score is chosen
        row.score->setSpecialValueText(Tr::tr("–"));
        row.score->setToolTip(anchorsText());
        //: Accessible name of a score box; %1 is the criterion
        row.score->setAccessibleName(
            Tr::tr("Score for %1").arg(Core::rubricCriterionDisplayName(criterion)));
        updateAnchor(i);
    }
}

} // namespace FundDesk::Ui
