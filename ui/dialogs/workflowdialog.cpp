#include "ui/dialogs/workflowdialog.h"

#include "core/domain/moneyformat.h"
#include "core/domain/workflowtransitions.h"
#include "core/services/fundservices.h"
#include "ui/dialogs/fielderrors.h"
#include "ui/dialogs/leadingalignment.h"
#include "ui/uitr.h"
#include "ui/widgets/actingprofile.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QEvent>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace FundDesk::Ui {

namespace {

using Core::ApplicationStatus;

QLabel *textLabel(QWidget *parent, const QString &name)
{
    auto *label = new QLabel(parent);
    label->setObjectName(name);
    label->setWordWrap(true);
    label->setTextFormat(Qt::PlainText);
    LeadingAlignment::keep(label);
    return label;
}

bool needsJustification(int step)
{
    return step == int(ApplicationStatus::Recommended) ||
           step == int(ApplicationStatus::NotRecommended) ||
           step == WorkflowDialog::ProposeAmendment;
}

} // namespace

WorkflowDialog::WorkflowDialog(Core::FundServices &services, const Core::WorkflowItem &item,
                               const QString &itemLabel, QWidget *parent)
    : QDialog(parent),
      m_services(services),
      m_item(item),
      m_itemLabel(itemLabel),
      m_errors(new FieldErrors(this))
{
    setObjectName(QStringLiteral("workflowDialog"));
    m_heading = textLabel(this, QStringLiteral("workflowHeading"));
    QFont bold = m_heading->font();
    bold.setBold(true);
    m_heading->setFont(bold);
    m_status = textLabel(this, QStringLiteral("currentStatusLabel"));
    m_committed = textLabel(this, QStringLiteral("committedLabel"));
    m_actorLabel = textLabel(this, QStringLiteral("actingProfileLabel"));
    m_step = new QComboBox(this);
    m_step->setObjectName(QStringLiteral("nextStepCombo"));
    m_note = new QPlainTextEdit(this);
    m_note->setObjectName(QStringLiteral("workflowNoteEdit"));
    m_note->setTabChangesFocus(true);
    m_note->setMinimumHeight(fontMetrics().height() * 4);
    m_amount = new QLineEdit(this);
    m_amount->setObjectName(QStringLiteral("approvedAmountEdit"));
    m_stepLabel = textLabel(this, QStringLiteral("nextStepLabel"));
    m_stepLabel->setTextFormat(Qt::AutoText);
    m_stepLabel->setBuddy(m_step);
    m_noteLabel = textLabel(this, QStringLiteral("noteLabel"));
    m_noteLabel->setTextFormat(Qt::AutoText);
    m_noteLabel->setBuddy(m_note);
    m_amountLabel = textLabel(this, QStringLiteral("amountLabel"));
    m_amountLabel->setTextFormat(Qt::AutoText);
    m_amountLabel->setBuddy(m_amount);
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &WorkflowDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &WorkflowDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_heading);
    layout->addWidget(m_status);
    layout->addWidget(m_committed);
    layout->addWidget(m_errors->wrap(QStringLiteral("profile"), m_actorLabel));
    layout->addWidget(m_stepLabel);
    layout->addWidget(m_errors->wrap(QStringLiteral("status"), m_step));
    layout->addWidget(m_noteLabel);
    layout->addWidget(m_errors->wrap(QStringLiteral("note"), m_note), 1);
    m_amountField = new QWidget(this);
    auto *amountLayout = new QVBoxLayout(m_amountField);
    amountLayout->setContentsMargins(0, 0, 0, 0);
    amountLayout->addWidget(m_amountLabel);
    amountLayout->addWidget(m_errors->wrap(QStringLiteral("amount"), m_amount));
    layout->addWidget(m_amountField);
    layout->addWidget(m_errors->generalLabel());
    layout->addWidget(m_buttons);

    connect(m_step, &QComboBox::currentIndexChanged, this, &WorkflowDialog::onStepChanged);
    load();
    retranslateUi();
    resize(qMax(sizeHint().width(), 560), sizeHint().height());
}

void WorkflowDialog::load()
{
    auto &workflow = m_services.workflow();
    const auto status = workflow.workflow().status(m_item);
    m_current = status ? *status : ApplicationStatus::Draft;
    m_actor = actingProfile(m_services);
    const auto commitment = workflow.commitments().commitment(m_item);
    m_commitment = commitment ? *commitment : std::nullopt;
    m_pending.reset();
    if (const auto amendments = workflow.commitments().amendments(m_item); amendments) {
        for (const Core::Amendment &amendment : *amendments) {
            if (amendment.status == Core::AmendmentStatus::Proposed) {
                m_pending = amendment;
            }
        }
    }
    if (!status) {
        m_errors->show(status.error());
    }
    fillSteps();
}

void WorkflowDialog::fillSteps()
{
    const int previous = m_step->currentData().isValid() ? m_step->currentData().toInt() : -1;
    const QSignalBlocker blocker(m_step);
    m_step->clear();
    for (const ApplicationStatus next : Core::allowedNextStatuses(m_current)) {
        m_step->addItem(Core::applicationStatusDisplayName(next), int(next));
    }
    const bool amendable = m_commitment && (m_current == ApplicationStatus::Approved ||
                                            m_current == ApplicationStatus::Active);
    if (amendable && !m_pending) {
        m_step->addItem(Tr::tr("Propose an amended amount"), int(ProposeAmendment));
    } else if (amendable) {
        m_step->addItem(Tr::tr("Approve the amended amount"), int(ApproveAmendment));
        m_step->addItem(Tr::tr("Reject the amended amount"), int(RejectAmendment));
    }
    m_step->setCurrentIndex(qMax(0, m_step->findData(previous)));
    m_step->setEnabled(m_step->count() > 0);
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(m_step->count() > 0);
    onStepChanged();
}

void WorkflowDialog::onStepChanged()
{
    const int step = m_step->currentData().isValid() ? m_step->currentData().toInt() : -1;
    m_amountField->setVisible(step == int(ApplicationStatus::Approved) ||
                              step == ProposeAmendment);
    m_note->setEnabled(step >= 0);
    m_errors->clear();
    retranslateUi();
}

Core::Result<std::optional<Core::Money>> WorkflowDialog::typedAmount() const
{
    const QString text = m_amount->text().trimmed();
    if (text.isEmpty()) {
        return std::optional<Core::Money>();
    }
    auto money = Core::MoneyFormat::parse(text, QStringLiteral("USD"), QLocale());
    if (!money) {
        //: %1 is what the user typed
        return Core::makeError(Core::ErrorCode::InvalidInput,
                               Tr::tr("“%1” is not an amount in USD. Type it like %2.")
                                   .arg(text, Core::MoneyFormat::formatNumber(
                                                  Core::Money::usd(1'250'000'00), QLocale())),
                               {}, QStringLiteral("amount"));
    }
    return std::optional<Core::Money>(*money);
}

Core::Result<void> WorkflowDialog::takeStep()
{
    const int step = m_step->currentData().toInt();
    const QString note = m_note->toPlainText().trimmed();
    auto &workflow = m_services.workflow();
    if (step == ApproveAmendment || step == RejectAmendment) {
        return workflow.commitments().decideAmendment(m_pending ? m_pending->id : 0,
                                                      step == ApproveAmendment, m_actor);
    }
    const auto amount = typedAmount();
    if (!amount) {
        return amount.error();
    }
    if (step == ProposeAmendment) {
        if (!*amount) {
            return Core::makeError(Core::ErrorCode::InvalidInput,
                                   Tr::tr("Enter the new amount in USD."), {},
                                   QStringLiteral("amount"));
        }
        const auto proposed =
            workflow.commitments().proposeAmendment(m_item, **amount, note, m_actor);
        if (!proposed) {
            return proposed.error();
        }
        return {};
    }
    return workflow.workflow().transition(m_item, ApplicationStatus(step), note, m_actor, *amount);
}

void WorkflowDialog::accept()
{
    m_errors->clear();
    if (m_step->count() == 0) {
        return;
    }
    auto done = takeStep();
    if (!done) {
        Core::Error error = done.error();
        if (error.field == QLatin1String("justification")) {
            error.field = QStringLiteral("note");
        }
        m_errors->show(error);
        resize(width(), qMax(height(), sizeHint().height())); // room for the message
        return;
    }
    QDialog::accept();
}

void WorkflowDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        fillSteps();
    }
    QDialog::changeEvent(event);
}

void WorkflowDialog::retranslateUi()
{
    setWindowTitle(Tr::tr("Workflow"));
    m_heading->setText(m_itemLabel);
    //: %1 is a status such as "Under review"
    m_status->setText(Tr::tr("Current status: %1")
                          .arg(Core::applicationStatusDisplayName(m_current)));
    const QLocale locale;
    if (m_commitment) {
        //: %1 the amount committed now, %2 the amount approved at first
        m_committed->setText(Tr::tr("Committed: %1 (approved: %2)")
                                 .arg(Core::MoneyFormat::format(m_commitment->amount, locale),
                                      Core::MoneyFormat::format(m_commitment->original, locale)));
        if (m_pending) {
            //: %1 the amount proposed in an amendment awaiting a decision
            m_committed->setText(
                m_committed->text() + QLatin1Char('\n') +
                Tr::tr("Amendment awaiting a decision: %1, “%2”")
                    .arg(Core::MoneyFormat::format(m_pending->newAmount, locale),
                         m_pending->justification));
        }
    }
    m_committed->setVisible(m_commitment.has_value());
    if (m_actor.id.isValid()) {
        //: %1 a person's name, %2 their role
        m_actorLabel->setText(Tr::tr("Acting as: %1 (%2)")
                                  .arg(m_actor.name, Core::profileRoleDisplayName(m_actor.role)));
    } else {
        m_actorLabel->setText(Tr::tr("No profile is chosen: choose yours with Profile in the "
                                     "status bar before changing a status."));
    }
    m_stepLabel->setText(m_step->count() > 0 ? Tr::tr("&Next step:")
                                             : Tr::tr("This is a final status: no step is "
                                                      "allowed from here."));
    const int step = m_step->currentData().isValid() ? m_step->currentData().toInt() : -1;
    m_noteLabel->setText(needsJustification(step)
                             ? Tr::tr("Written &justification (required):")
                             : Tr::tr("&Note (optional):"));
    m_amountLabel->setText(step == ProposeAmendment
                               ? Tr::tr("New &amount in USD (required):")
                               : Tr::tr("Approved &amount in USD (empty: the amount requested):"));
    m_step->setAccessibleName(Tr::tr("Next step"));
    m_step->setAccessibleDescription(
        Tr::tr("Only the steps allowed from the current status are listed."));
    m_note->setAccessibleName(needsJustification(step) ? Tr::tr("Written justification")
                                                       : Tr::tr("Note"));
    m_amount->setAccessibleName(Tr::tr("Amount in USD"));
    m_buttons->button(QDialogButtonBox::Ok)->setText(Tr::tr("&Record step"));
}

} // namespace FundDesk::Ui
