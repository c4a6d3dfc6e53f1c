// ActivityDialog: moving values between the application and the fields, the live budget and
// accept(). The widgets and their layout are in activitydialog.cpp.

#include "ui/dialogs/activitydialog.h"

#include "core/domain/activityfloor.h"
#include "core/domain/moneyformat.h"
#include "core/services/fundservices.h"
#include "ui/dialogs/activityamountseditor.h"
#include "ui/dialogs/activitycoapplicantlist.h"
#include "ui/dialogs/activityfocusareasbox.h"
#include "ui/dialogs/activitypartnerseditor.h"
#include "ui/dialogs/fielderrors.h"
#include "ui/logging.h"
#include "ui/uitr.h"

#include <QComboBox>
#include <QDateEdit>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPlainTextEdit>
#include <QTabWidget>

namespace FundDesk::Ui {

void ActivityDialog::setApplication(const Core::ActivityApplication &application)
{
    m_original = application;
    const QLocale locale;
    m_reference->setText(application.reference);
    m_applicant->setCurrentIndex(m_applicant->findData(application.applicantIso3));
    m_status->setCurrentIndex(m_status->findData(int(application.status)));
    // A stored application's status moves only through the workflow (Workflow… on the page).
    m_status->setEnabled(!application.id.isValid());
    m_coApplicants->setSelected(application.coApplicantIso3);
    m_partners->setPartners(application.partners);
    m_title->setText(application.title);
    m_summary->setPlainText(application.summary);
    m_objectives->setPlainText(application.objectives);
    m_outputs->setPlainText(application.expectedOutputs);
    m_outcomes->setPlainText(application.outcomes);
    m_start->setDate(application.start);
    m_end->setDate(application.end);
    m_amounts->setAmounts(application.requested);
    m_coFunding->setText(application.coFunding.isZero()
                             ? QString()
                             : Core::MoneyFormat::formatNumber(application.coFunding, locale));
    m_coFundingSource->setText(application.coFundingSource);
    m_needs->setPlainText(application.needsAssessment);
    m_needsDocument->setText(application.needsDocument);
    m_focusAreas->setAreas(application.focusAreas);
    retranslateUi();
}

Core::Result<Core::Money> ActivityDialog::coFunding() const
{
    const QString text = m_coFunding->text().trimmed();
    if (text.isEmpty()) {
        return Core::Money::usd(0);
    }
    auto money = Core::MoneyFormat::parse(text, QStringLiteral("USD"), QLocale());
    if (!money) {
        //: %1 is why the amount was refused
        return Core::makeError(Core::ErrorCode::InvalidInput,
                               Tr::tr("Co-funding: %1").arg(money.error().message),
                               money.error().detail, QStringLiteral("coFunding"));
    }
    return money;
}

Core::Result<Core::ActivityApplication> ActivityDialog::application() const
{
    Core::ActivityApplication a = m_original;
    a.reference = m_reference->text().trimmed();
    // A name typed without picking from the list still finds its State.
    const int index = m_applicant->findText(m_applicant->currentText().trimmed(),
                                            Qt::MatchFixedString);
    a.applicantIso3 = index >= 0 ? m_applicant->itemData(index).toString() : QString();
    a.status = Core::ApplicationStatus(m_status->currentData().toInt());
    a.coApplicantIso3 = m_coApplicants->selected();
    a.partners = m_partners->partners();
    a.title = m_title->text().trimmed();
    a.summary = m_summary->toPlainText().trimmed();
    a.objectives = m_objectives->toPlainText().trimmed();
    a.expectedOutputs = m_outputs->toPlainText().trimmed();
    a.outcomes = m_outcomes->toPlainText().trimmed();
    a.start = m_start->date();
    a.end = m_end->date();
    auto amounts = m_amounts->amounts();
    if (!amounts) {
        return amounts.error();
    }
    a.requested = *amounts;
    auto funding = coFunding();
    if (!funding) {
        return funding.error();
    }
    a.coFunding = *funding;
    a.coFundingSource = m_coFundingSource->text().trimmed();
    a.needsAssessment = m_needs->toPlainText().trimmed();
    a.needsDocument = m_needsDocument->text().trimmed();
    a.focusAreas = m_focusAreas->areas();
    return a;
}

void ActivityDialog::updateBudget()
{
    if (!m_total) {
        return;
    }
    const QLocale locale;
    const auto total = m_amounts->total();
    m_total->setText(total ? Core::MoneyFormat::format(*total, locale) : QString());
    // Only the total counts for the floor; nothing typed yet is no warning.
    Core::ActivityApplication draft;
    if (total) {
        draft.requested = {{m_start->date().year(), *total}};
    }
    const bool below = total && !total->isZero() && Core::isBelowFloor(draft, m_settings);
    m_floorIcon->setVisible(below);
    m_floorText->setText(below ? Core::belowFloorExplanation(draft, m_settings)
                               //: Shown live under the requested total
                               : Tr::tr("At or above the minimum funding floor (¶23)."));
}

void ActivityDialog::showError(const Core::Error &error)
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

void ActivityDialog::accept()
{
    m_errors->clear();
    auto application = this->application();
    if (!application) {
        showError(application.error());
        return;
    }
    if (auto valid = m_services.activities().validate(*application); !valid) {
        showError(valid.error());
        return;
    }
    if (m_original.id.isValid()) {
        if (auto updated = m_services.activities().update(*application); !updated) {
            qCWarning(lcUi) << "activity not updated:" << updated.error().detail;
            showError(updated.error());
            return;
        }
        m_stored = m_original.id;
    } else {
        auto added = m_services.activities().add(*application);
        if (!added) {
            qCWarning(lcUi) << "activity not added:" << added.error().detail;
            showError(added.error());
            return;
        }
        m_stored = *added;
    }
    QDialog::accept();
}

} // namespace FundDesk::Ui
