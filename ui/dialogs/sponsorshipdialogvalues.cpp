// SponsorshipDialog: moving values between the application and the fields, the live screening
// and estimate, and accept(). The widgets and their layout are in sponsorshipdialog.cpp.

#include "ui/dialogs/sponsorshipdialog.h"

#include "core/domain/moneyformat.h"
#include "core/services/eligibilityscreening.h"
#include "core/services/fundservices.h"
#include "ui/dialogs/fielderrors.h"
#include "ui/dialogs/sponsorshipcriteriabox.h"
#include "ui/dialogs/sponsorshipmoneyfield.h"
#include "ui/logging.h"
#include "ui/uitr.h"

#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPlainTextEdit>
#include <QSpinBox>
#include <QTabWidget>

namespace FundDesk::Ui {

namespace {

// Draft, and the statuses screening sets: the form may move between them. Later statuses
// belong to the workflow.
bool isBeforeReview(Core::ApplicationStatus status)
{
    using S = Core::ApplicationStatus;
    return status == S::Draft || status == S::Submitted || status == S::Eligible ||
           status == S::Ineligible;
}

} // namespace

void SponsorshipDialog::setApplication(const Core::SponsorshipApplication &application)
{
    m_original = application;
    m_meeting->setCurrentIndex(m_meeting->findData(application.meetingId.value()));
    m_name->setText(application.applicantName);
    m_gender->setCurrentIndex(
        m_gender->findData(application.gender ? int(*application.gender) : -1));
    m_state->setCurrentIndex(m_state->findData(application.stateIso3));
    m_ministry->setText(application.ministry);
    m_title->setText(application.title);
    m_capitalBased->setChecked(application.capitalBased);
    m_contact->setText(application.contact);
    m_letter->setChecked(application.nominatingLetterReceived);
    m_draft->setChecked(application.status == Core::ApplicationStatus::Draft);
    m_draft->setEnabled(isBeforeReview(application.status));
    m_score->setValue(application.score.value_or(-1));
    m_notes->setPlainText(application.notes);
    m_criteria->setCriteria(application.criteria);
    m_override->setChecked(application.costOverride.has_value());
    SponsorshipMoneyField::show(m_overrideAmount, application.costOverride);
    m_overrideReason->setText(application.overrideReason);
    m_attended->setCurrentIndex(m_attended->findData(
        application.attendedAllFormalMeetings ? int(*application.attendedAllFormalMeetings) : -1));
    m_report->setChecked(application.reportReceived);
    SponsorshipMoneyField::show(m_actualCost, application.actualCost);
    retranslateUi();
    updateOverride();
}

// The fields that parse without error; amounts are left out.
Core::SponsorshipApplication SponsorshipDialog::draft() const
{
    Core::SponsorshipApplication a = m_original;
    a.meetingId = Core::MeetingId(m_meeting->currentData().toLongLong());
    a.applicantName = m_name->text().trimmed();
    const int gender = m_gender->currentData().toInt();
    a.gender = gender < 0 ? std::nullopt : std::optional<Core::Gender>(Core::Gender(gender));
    // A name typed without picking from the list still finds its State.
    const int state = m_state->findText(m_state->currentText().trimmed(), Qt::MatchFixedString);
    a.stateIso3 = state >= 0 ? m_state->itemData(state).toString() : QString();
    a.ministry = m_ministry->text().trimmed();
    a.title = m_title->text().trimmed();
    a.capitalBased = m_capitalBased->isChecked();
    a.contact = m_contact->text().trimmed();
    a.nominatingLetterReceived = m_letter->isChecked();
    if (m_draft->isEnabled()) {
        if (m_draft->isChecked()) {
            a.status = Core::ApplicationStatus::Draft;
        } else if (a.status == Core::ApplicationStatus::Draft) {
            a.status = Core::ApplicationStatus::Submitted;
        }
    }
    a.score = m_score->value() < 0 ? std::nullopt : std::optional<int>(m_score->value());
    a.notes = m_notes->toPlainText().trimmed();
    a.criteria = m_criteria->criteria();
    a.overrideReason = m_override->isChecked() ? m_overrideReason->text().trimmed() : QString();
    const int attended = m_attended->currentData().toInt();
    a.attendedAllFormalMeetings = attended < 0 ? std::nullopt : std::optional<bool>(attended == 1);
    a.reportReceived = m_report->isChecked();
    return a;
}

Core::Result<Core::SponsorshipApplication> SponsorshipDialog::application() const
{
    Core::SponsorshipApplication a = draft();
    a.costOverride.reset();
    if (m_override->isChecked()) {
        auto amount =
            SponsorshipMoneyField::read(m_overrideAmount, QStringLiteral("costOverride"),
                                        m_labels.value(QStringLiteral("costOverride"))->text());
        if (!amount) {
            return amount.error();
        }
        if (!*amount) {
            return Core::makeError(Core::ErrorCode::InvalidInput,
                                   Tr::tr("Enter the cost in USD, or clear “Use my own figure”."),
                                   {}, QStringLiteral("costOverride"));
        }
        a.costOverride = **amount;
    }
    auto actual = SponsorshipMoneyField::read(m_actualCost, QStringLiteral("actualCost"),
                                              m_labels.value(QStringLiteral("actualCost"))->text());
    if (!actual) {
        return actual.error();
    }
    a.actualCost = *actual;
    return a;
}

void SponsorshipDialog::updateScreening()
{
    if (!m_screening) {
        return;
    }
    const Core::EligibilityResult result = Core::EligibilityScreening::screen(draft());
    QStringList lines;
    if (result.isEligible()) {
        lines << Tr::tr("Eligible: the application meets all five criteria of ¶21.");
    }
    if (!result.failures.isEmpty()) {
        //: Heading of the screening lines when a ¶21 criterion fails
        lines << Tr::tr("Ineligible — it cannot be recommended:");
        for (const Core::EligibilityFailure &failure : result.failures) {
            //: One line of the screening: a failing criterion in words
            lines << Tr::tr("• %1").arg(failure.message);
        }
    }
    if (!result.unassessed.isEmpty()) {
        QStringList refs;
        for (const Core::EligibilityCriterion criterion : result.unassessed) {
            refs << Core::eligibilityCriterionReference(criterion);
        }
        //: %1 lists criteria such as "¶21(d) and ¶21(e)"
        lines << Tr::tr("Still to assess: %1.").arg(QLocale().createSeparatedList(refs));
    }
    m_screening->setText(lines.join(u'\n'));
}

void SponsorshipDialog::updateEstimate()
{
    if (!m_estimate) {
        return;
    }
    const auto estimate = m_services.sponsorships().estimateCost(draft());
    m_estimate->setText(estimate
                            //: The live estimate; %1 is an amount such as USD 5,656.00
                            ? Tr::tr("%1, from the meeting's norms for the State's region")
                                  .arg(Core::MoneyFormat::format(*estimate, QLocale()))
                            : estimate.error().message);
}

void SponsorshipDialog::updateOverride()
{
    const bool on = m_override->isChecked();
    m_overrideAmount->setEnabled(on);
    m_overrideReason->setEnabled(on);
}

void SponsorshipDialog::showError(const Core::Error &error)
{
    // The field may be on another tab: show that tab first so the focus can go there.
    if (QWidget *field = findChild<QWidget *>(QStringLiteral("field_") + error.field)) {
        for (int i = 0; i < m_tabs->count(); ++i) {
            if (m_tabs->widget(i)->isAncestorOf(field)) {
                m_tabs->setCurrentIndex(i);
                break;
            }
        }
    }
    m_errors->show(error);
}

void SponsorshipDialog::accept()
{
    m_errors->clear();
    auto application = this->application();
    if (!application) {
        showError(application.error());
        return;
    }
    if (auto valid = m_services.sponsorships().validate(*application); !valid) {
        showError(valid.error());
        return;
    }
    if (m_original.id.isValid()) {
        if (auto updated = m_services.sponsorships().update(*application); !updated) {
            qCWarning(lcUi) << "sponsorship not updated:" << updated.error().detail;
            showError(updated.error());
            return;
        }
        m_stored = m_original.id;
    } else {
        auto added = m_services.sponsorships().add(*application);
        if (!added) {
            qCWarning(lcUi) << "sponsorship not added:" << added.error().detail;
            showError(added.error());
            return;
        }
        m_stored = *added;
    }
    QDialog::accept();
}

} // namespace FundDesk::Ui
