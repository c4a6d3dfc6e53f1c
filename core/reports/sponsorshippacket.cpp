#include "core/reports/sponsorshippacket.h"

#include "core/coretr.h"
#include "core/services/workflowservice.h"

namespace FundDesk::Core {

Result<QList<ReportSection>> SponsorshipPacket::sections(const SponsorshipApplication &application,
                                                         const Meeting &meeting) const
{
    const WorkflowItem item = WorkflowItem::sponsorship(application.id.value());
    const auto history = WorkflowService(m_parts.db()).history(item);
    if (!history) {
        return history.error();
    }
    const auto balance = m_parts.balance(item, application.cost());
    if (!balance) {
        return balance.error();
    }
    ReportSection consultation;
    consultation.title = Tr::tr("Governance consultation");
    consultation.paragraph(
        Tr::tr("Sponsorships are selected by the fund manager against the criteria announced "
               "with the call (¶18, ¶22); no consultation of the governance structure is "
               "recorded for them."));
    return QList<ReportSection>{summary(application, meeting),
                                checklist(application),
                                cost(application, meeting),
                                *balance,
                                m_parts.recommendation(*history),
                                consultation,
                                m_parts.history(*history),
                                m_parts.signature()};
}

Result<QString> SponsorshipPacket::canonical(const SponsorshipApplication &application,
                                             const Meeting &meeting) const
{
    const auto history =
        WorkflowService(m_parts.db()).history(WorkflowItem::sponsorship(application.id.value()));
    if (!history) {
        return history.error();
    }
    QString text = QStringLiteral("sponsorship=%1\nmeeting=%2\napplicant=%3\ngender=%4\n"
                                  "state=%5\nministry=%6\ntitle=%7\ncost=%8\nstatus=%9\n")
                       .arg(application.id.value())
                       .arg(meeting.reference, application.applicantName,
                            application.gender ? genderKey(*application.gender) : QString(),
                            application.stateIso3, application.ministry, application.title,
                            application.cost().toPlainString(),
                            applicationStatusKey(application.status));
    for (const EligibilityCriterion criterion : allEligibilityCriteria()) {
        const CriterionAssessment &assessment = application.criterion(criterion);
        text += QStringLiteral("criterion_%1=%2|%3\n")
                    .arg(eligibilityCriterionKey(criterion),
                         !assessment.met ? QStringLiteral("unknown")
                                         : (*assessment.met ? QStringLiteral("met")
                                                            : QStringLiteral("not_met")),
                         assessment.evidence);
    }
    return QString(text + PacketParts::canonical(*history));
}

ReportSection SponsorshipPacket::summary(const SponsorshipApplication &application,
                                         const Meeting &meeting) const
{
    ReportSection section;
    section.title = Tr::tr("Application summary");
    section.lines({
        {Tr::tr("Applicant"), ReportCell::ofText(application.applicantName)},
        {Tr::tr("Gender"), ReportCell::ofText(application.gender
                                                  ? genderDisplayName(*application.gender)
                                                  : Tr::tr("Not given"))},
        {Tr::tr("State"), ReportCell::ofText(m_parts.stateName(application.stateIso3))},
        {Tr::tr("Ministry or agency"), ReportCell::ofText(application.ministry)},
        {Tr::tr("Title"), ReportCell::ofText(application.title)},
        //: %1 meeting reference, %2 its name, %3 its city
        {Tr::tr("Meeting"), ReportCell::ofText(Tr::tr("%1 — %2, %3")
                                                   .arg(meeting.reference, meeting.name,
                                                        meeting.city))},
        {Tr::tr("First day"), ReportCell::ofDate(meeting.start)},
        {Tr::tr("Last day"), ReportCell::ofDate(meeting.end)},
        {Tr::tr("Status"), ReportCell::ofText(applicationStatusDisplayName(application.status))},
        {Tr::tr("Reviewer's score (0–100)"),
         application.score ? ReportCell::ofInteger(*application.score)
                           //: no reviewer score yet
                           : ReportCell::ofText(Tr::tr("none"))},
    });
    return section;
}

ReportSection SponsorshipPacket::checklist(const SponsorshipApplication &application) const
{
    ReportSection section;
    section.title = Tr::tr("Eligibility checklist (¶21)");
    DocumentTable table;
    table.key = QStringLiteral("checklist");
    table.header = {Tr::tr("¶"), Tr::tr("Condition"), Tr::tr("Assessment"), Tr::tr("Evidence")};
    for (const EligibilityCriterion criterion : allEligibilityCriteria()) {
        const CriterionAssessment &assessment = application.criterion(criterion);
        table.rows << QList<ReportCell>{
            ReportCell::ofText(eligibilityCriterionReference(criterion)),
            ReportCell::ofText(eligibilityCriterionDescription(criterion)),
            ReportCell::ofText(m_parts.yesNo(assessment.met)),
            ReportCell::ofText(assessment.evidence)};
    }
    section.table(table);
    section.lines({
        {Tr::tr("Capital-based official"),
         ReportCell::ofText(application.capitalBased ? Tr::tr("Yes") : Tr::tr("No"))},
        {Tr::tr("Nominating letter received"),
         ReportCell::ofText(application.nominatingLetterReceived ? Tr::tr("Yes") : Tr::tr("No"))},
    });
    return section;
}

ReportSection SponsorshipPacket::cost(const SponsorshipApplication &application,
                                      const Meeting &meeting) const
{
    ReportSection section;
    section.title = Tr::tr("Cost");
    DocumentTable table;
    table.key = QStringLiteral("cost");
    table.header = {Tr::tr("Year"), Tr::tr("Item"), Tr::tr("Amount")};
    const int year = meeting.start.isValid() ? meeting.start.year() : 0;
    table.rows << QList<ReportCell>{ReportCell::ofYear(year),
                                    //: airfare, subsistence allowance and terminal expenses
                                    ReportCell::ofText(Tr::tr("Estimated from the meeting's norms")),
                                    ReportCell::ofMoney(application.estimatedCost)};
    if (application.costOverride) {
        table.rows << QList<ReportCell>{
            ReportCell::ofYear(year),
            ReportCell::ofText(Tr::tr("Fund manager's figure: %1").arg(application.overrideReason)),
            ReportCell::ofMoney(*application.costOverride)};
    }
    table.rows << QList<ReportCell>{ReportCell::ofYear(year),
                                    ReportCell::ofText(Tr::tr("Cost counted")),
                                    ReportCell::ofMoney(application.cost())};
    table.lastRowIsTotal = true;
    section.table(table);
    return section;
}

} // namespace FundDesk::Core
