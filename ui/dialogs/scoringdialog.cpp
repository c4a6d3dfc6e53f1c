#include "ui/dialogs/scoringdialog.h"

#include "core/services/fundservices.h"
#include "ui/dialogs/fielderrors.h"
#include "ui/dialogs/leadingalignment.h"
#include "ui/dialogs/scoringcriteriabox.h"
#include "ui/models/activitytext.h"
#include "ui/uitr.h"

#include <QButtonGroup>
#include <QCompleter>
#include <QDialogButtonBox>
#include <QEvent>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QScrollArea>
#include <QScrollBar>
#include <QStringListModel>
#include <QVBoxLayout>

namespace FundDesk::Ui {

namespace {

QLabel *plainLabel(QWidget *parent, bool wrap = true)
{
    auto *label = new QLabel(parent);
    label->setTextFormat(Qt::PlainText);
    label->setWordWrap(wrap);
    LeadingAlignment::keep(label, Qt::AlignTop);
    return label;
}

} // namespace

ScoringDialog::ScoringDialog(Core::FundServices &services,
                             const Core::ActivityApplication &application, QWidget *parent)
    : QDialog(parent),
      m_services(services),
      m_application(application),
      m_errors(new FieldErrors(this))
{
    setObjectName(QStringLiteral("scoringDialog"));
    buildWidgets();
    buildLayout();
    loadReviews();
    retranslateUi();
    updateEnabled();
    resize(qMax(sizeHint().width(), 680), 720);
}

// Closing a dialog whose reviewer field has the focus (an error puts it there) moves the focus
// away, which would call loadExisting() on a half-destroyed dialog: stop listening first.
ScoringDialog::~ScoringDialog()
{
    disconnect(m_reviewer, nullptr, this, nullptr);
}

void ScoringDialog::buildWidgets()
{
    m_heading = plainLabel(this);
    m_heading->setObjectName(QStringLiteral("applicationHeading"));
    QFont bold = m_heading->font();
    bold.setBold(true);
    m_heading->setFont(bold);
    m_reviewerLabel = plainLabel(this);
    m_reviewer = new QLineEdit(this);
    m_reviewer->setObjectName(QStringLiteral("reviewerEdit"));
    m_reviewer->setCompleter(new QCompleter(new QStringListModel(this), m_reviewer));
    m_reviewer->completer()->setCaseSensitivity(Qt::CaseInsensitive);
    m_reviewerLabel->setBuddy(m_reviewer);

    m_declaration = new QGroupBox(this);
    m_declaration->setObjectName(QStringLiteral("declarationGroup"));
    m_declarationHelp = plainLabel(m_declaration);
    m_noConflict = new QRadioButton(m_declaration);
    m_noConflict->setObjectName(QStringLiteral("noConflictRadio"));
    m_conflict = new QRadioButton(m_declaration);
    m_conflict->setObjectName(QStringLiteral("conflictRadio"));
    m_conflictGroup = new QButtonGroup(this);
    m_conflictGroup->addButton(m_noConflict);
    m_conflictGroup->addButton(m_conflict);
    m_noteLabel = plainLabel(m_declaration);
    m_note = new QLineEdit(m_declaration);
    m_note->setObjectName(QStringLiteral("conflictNoteEdit"));
    m_noteLabel->setBuddy(m_note);

    m_scoring = new QGroupBox(this);
    m_scoring->setObjectName(QStringLiteral("scoringGroup"));
    m_criteria = new ScoringCriteriaBox(m_errors, m_scoring);
    m_justificationLabel = plainLabel(m_scoring);
    m_justification = new QPlainTextEdit(m_scoring);
    m_justification->setObjectName(QStringLiteral("justificationEdit"));
    m_justification->setTabChangesFocus(true);
    m_justification->setMinimumHeight(m_justification->fontMetrics().height() * 4);
    m_justificationLabel->setBuddy(m_justification);

    m_aggregate = plainLabel(this);
    m_aggregate->setObjectName(QStringLiteral("aggregateLabel"));
    m_aggregate->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_status = plainLabel(this);
    m_status->setObjectName(QStringLiteral("savedLabel"));

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    m_save = m_buttons->addButton(QDialogButtonBox::Save);
    m_save->setObjectName(QStringLiteral("saveButton"));
    m_save->setDefault(true);

    connect(m_conflictGroup, &QButtonGroup::buttonToggled, this, &ScoringDialog::updateEnabled);
    connect(m_reviewer, &QLineEdit::editingFinished, this, &ScoringDialog::loadExisting);
    connect(m_reviewer->completer(), qOverload<const QString &>(&QCompleter::activated), this,
            &ScoringDialog::loadExisting);
    connect(m_save, &QPushButton::clicked, this, &ScoringDialog::save);
    // Close accepts once something was stored, so the page knows to reload.
    connect(m_buttons, &QDialogButtonBox::rejected, this,
            [this] { m_saved ? QDialog::accept() : QDialog::reject(); });
}

void ScoringDialog::buildLayout()
{
    auto *declaration = new QVBoxLayout(m_declaration);
    declaration->addWidget(m_declarationHelp);
    declaration->addWidget(m_errors->wrap(QStringLiteral("conflict"), m_noConflict));
    declaration->addWidget(m_conflict);
    declaration->addWidget(m_noteLabel);
    declaration->addWidget(m_errors->wrap(QStringLiteral("conflictNote"), m_note));

    auto *scoring = new QVBoxLayout(m_scoring);
    scoring->addWidget(m_criteria);
    scoring->addWidget(m_justificationLabel);
    scoring->addWidget(m_errors->wrap(QStringLiteral("justification"), m_justification));

    auto *content = new QWidget(this);
    auto *form = new QVBoxLayout(content);
    form->addWidget(m_heading);
    form->addWidget(m_reviewerLabel);
    form->addWidget(m_errors->wrap(QStringLiteral("reviewer"), m_reviewer));
    form->addWidget(m_declaration);
    form->addWidget(m_scoring);
    form->addStretch(1);

    auto *scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    scroll->setWidget(content);
    scroll->setMinimumWidth(content->minimumSizeHint().width()
                            + scroll->verticalScrollBar()->sizeHint().width());

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(scroll, 1);
    layout->addWidget(m_aggregate);
    layout->addWidget(m_status);
    layout->addWidget(m_errors->generalLabel());
    layout->addWidget(m_buttons);
}

void ScoringDialog::updateEnabled()
{
    // The declaration comes first: nothing can be scored before "no conflict" is chosen.
    const bool canScore = m_noConflict->isChecked();
    m_scoring->setEnabled(canScore);
    m_note->setEnabled(m_conflict->isChecked());
    m_noteLabel->setEnabled(m_conflict->isChecked());
}

void ScoringDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslateUi();
    }
    QDialog::changeEvent(event);
}

void ScoringDialog::retranslateUi()
{
    //: Title of the scoring dialog; %1 is the application's reference
    setWindowTitle(Tr::tr("Score Application %1").arg(m_application.reference));
    //: %1 reference, %2 title, %3 applicant State (and co-applicants)
    m_heading->setText(Tr::tr("%1 — %2 (%3)")
                           .arg(m_application.reference, m_application.title,
                                ActivityText::applicant(m_application, m_services.reference())));
    m_reviewerLabel->setText(Tr::tr("&Reviewer:"));
    m_reviewer->setAccessibleName(Tr::tr("Reviewer"));
    m_reviewer->setPlaceholderText(Tr::tr("Name of the reviewer"));
    //: Group title: the first step of a review
    m_declaration->setTitle(Tr::tr("Step 1: conflict of interest"));
    m_declarationHelp->setText(
        Tr::tr("Before scoring, declare whether you have a conflict of interest with this "
               "application. A reviewer with a conflict does not score it and is left out of "
               "its aggregate score."));
    m_noConflict->setText(Tr::tr("I have &no conflict of interest with this application"));
    m_conflict->setText(Tr::tr("I have a conflict of &interest and recuse myself"));
    //: Label of the note explaining a declared conflict of interest
    m_noteLabel->setText(Tr::tr("Nature of the &conflict (required with a conflict):"));
    m_note->setAccessibleName(Tr::tr("Nature of the conflict"));
    //: Group title: the second step of a review
    m_scoring->setTitle(Tr::tr("Step 2: scores (¶25)"));
    m_justificationLabel->setText(Tr::tr("&Justification (required):"));
    m_justification->setAccessibleName(Tr::tr("Justification"));
    m_save->setText(Tr::tr("&Save"));
    m_save->setToolTip(Tr::tr("Record the declaration and, without a conflict, the scores"));
    updateAggregate();
}

} // namespace FundDesk::Ui
