#include "core/reports/activitypacket.h"

#include "core/coretr.h"
#include "core/domain/rubricaggregate.h"
#include "core/services/consultationservice.h"
#include "core/services/reviewservice.h"
#include "core/services/workflowservice.h"

namespace FundDesk::Core {

Result<QList<ReportSection>> ActivityPacket::sections(const ActivityApplication &application) const
{
    const WorkflowItem item = WorkflowItem::activity(application.id.value());
    const auto history = WorkflowService(m_parts.db()).history(item);
    const auto total = application.requestedTotal();
    if (!history || !total) {
        return !history ? history.error() : total.error();
    }
    const auto scoreSection = scores(application);
    const auto balance = m_parts.balance(item, *total);
    const auto consulted = consultation(application);
    if (!scoreSection || !balance || !consulted) {
        return !scoreSection ? scoreSection.error()
                             : (!balance ? balance.error() : consulted.error());
    }
    return QList<ReportSection>{summary(application),
                                focusAndPartners(application),
                                *scoreSection,
                                budget(application, *total),
                                *balance,
                                m_parts.recommendation(*history),
                                *consulted,
                                m_parts.history(*history),
                                m_parts.signature()};
}

Result<QString> ActivityPacket::canonical(const ActivityApplication &application) const
{
    const auto history =
        WorkflowService(m_parts.db()).history(WorkflowItem::activity(application.id.value()));
    const auto reviews = ReviewService(m_parts.db()).reviewsFor(application.id);
    if (!history || !reviews) {
        return !history ? history.error() : reviews.error();
    }
    QString text = QStringLiteral("activity=%1\ntitle=%2\napplicant=%3\nco_applicants=%4\n"
                                  "start=%5\nend=%6\nstatus=%7\nsummary=%8\n")
                       .arg(application.reference, application.title, application.applicantIso3,
                            application.coApplicantIso3.join(u','),
                            application.start.toString(Qt::ISODate),
                            application.end.toString(Qt::ISODate),
                            applicationStatusKey(application.status), application.summary);
    for (const YearlyAmount &amount : application.requested) {
        text += QStringLiteral("amount=%1|%2\n").arg(amount.year).arg(amount.amount.toPlainString());
    }
    for (const FocusArea area : application.focusAreas) {
        text += QStringLiteral("focus=%1\n").arg(focusAreaKey(area));
    }
    for (const ImplementingPartner &partner : application.partners) {
        text += QStringLiteral("partner=%1|%2\n").arg(partner.name, partnerKindKey(partner.kind));
    }
    for (const Review &review : *reviews) {
        QStringList values;
        for (const int score : review.scores) {
            values << QString::number(score);
        }
        text += QStringLiteral("review=%1|%2|%3|%4\n")
                    .arg(review.reviewer, review.conflictDeclared ? QStringLiteral("recused")
                                                                  : QStringLiteral("scored"),
                         review.scored ? values.join(u',') : QString(), review.justification);
    }
    return QString(text + PacketParts::canonical(*history));
}

ReportSection ActivityPacket::summary(const ActivityApplication &application) const
{
    QStringList coApplicants;
    for (const QString &iso3 : application.coApplicantIso3) {
        coApplicants << m_parts.stateName(iso3);
    }
    ReportSection section;
    section.title = Tr::tr("Application summary");
    section.lines({
        {Tr::tr("Reference"), ReportCell::ofText(application.reference)},
        {Tr::tr("Title"), ReportCell::ofText(application.title)},
        {Tr::tr("Applicant State"), ReportCell::ofText(m_parts.stateName(application.applicantIso3))},
        {Tr::tr("Co-applicants"), ReportCell::ofText(coApplicants.join(QStringLiteral(", ")))},
        {Tr::tr("Start"), ReportCell::ofDate(application.start)},
        {Tr::tr("End"), ReportCell::ofDate(application.end)},
        {Tr::tr("Status"), ReportCell::ofText(applicationStatusDisplayName(application.status))},
        {Tr::tr("Co-funding"), ReportCell::ofMoney(application.coFunding)},
    });
    const QList<std::pair<QString, QString>> texts = {
        {Tr::tr("Summary"), application.summary},
        {Tr::tr("Objectives"), application.objectives},
        {Tr::tr("Expected outputs"), application.expectedOutputs},
        {Tr::tr("Needs assessment (¶25a)"), application.needsAssessment},
    };
    for (const auto &[label, text] : texts) {
        if (!text.isEmpty()) {
            //: %1 a heading such as "Objectives", %2 the applicant's text
            section.paragraph(Tr::tr("%1: %2").arg(label, text));
        }
    }
    return section;
}

ReportSection ActivityPacket::focusAndPartners(const ActivityApplication &application) const
{
    ReportSection section;
    section.title = Tr::tr("Focus areas and partners");
    DocumentTable areas;
    areas.key = QStringLiteral("focus_areas");
    areas.header = {Tr::tr("¶26"), Tr::tr("Focus area")};
    for (const FocusArea area : application.focusAreas) {
        areas.rows << QList<ReportCell>{ReportCell::ofText(focusAreaLetter(area)),
                                        ReportCell::ofText(focusAreaDisplayName(area))};
    }
    section.table(areas);
    if (application.partners.isEmpty()) {
        section.paragraph(Tr::tr("No implementing partner is named (¶24)."));
        return section;
    }
    DocumentTable partners;
    partners.key = QStringLiteral("partners");
    partners.header = {Tr::tr("Implementing partner"), Tr::tr("Kind")};
    for (const ImplementingPartner &partner : application.partners) {
        partners.rows << QList<ReportCell>{ReportCell::ofText(partner.name),
                                           ReportCell::ofText(partnerKindDisplayName(partner.kind))};
    }
    section.table(partners);
    return section;
}

Result<ReportSection> ActivityPacket::scores(const ActivityApplication &application) const
{
    const ReviewService service(m_parts.db());
    const auto reviews = service.reviewsFor(application.id);
    const auto weights = service.weights();
    if (!reviews || !weights) {
        return !reviews ? reviews.error() : weights.error();
    }
    ReportSection section;
    section.title = Tr::tr("Review scores (¶25)");
    DocumentTable table;
    table.key = QStringLiteral("scores");
    table.header << Tr::tr("Reviewer");
    for (const RubricCriterion criterion : allRubricCriteria()) {
        table.header << QStringLiteral("(%1)").arg(rubricCriterionLetter(criterion));
    }
    table.header << Tr::tr("Weighted") << Tr::tr("Declaration");
    table.columnPercent = {20, 6, 6, 6, 6, 6, 6, 10, 34};
    for (const Review &review : *reviews) {
        QList<ReportCell> row{ReportCell::ofText(review.reviewer)};
        for (const RubricCriterion criterion : allRubricCriteria()) {
            row << (review.scored && !review.isRecused()
                        ? ReportCell::ofInteger(review.score(criterion))
                        : ReportCell::ofText(QStringLiteral("—")));
        }
        row << ReportCell::ofText(review.scored && !review.isRecused()
                                      ? RubricAggregate::weightedScore(review, *weights)
                                            .toPlainString()
                                      : QStringLiteral("—"));
        row << ReportCell::ofText(review.isRecused()
                                      //: %1 the reviewer's note on the conflict of interest
                                      ? Tr::tr("Recused: conflict of interest (%1)")
                                            .arg(review.conflictNote)
                                      : (review.scored ? Tr::tr("No conflict")
                                                       : Tr::tr("Not scored yet")));
        table.rows << row;
    }
    section.table(table);
    QList<ReportLine> justifications;
    for (const Review &review : *reviews) {
        if (review.scored && !review.isRecused()) {
            justifications << ReportLine{review.reviewer, ReportCell::ofText(review.justification)};
        }
    }
    section.lines(justifications);
    QStringList legend;
    for (const RubricCriterion criterion : allRubricCriteria()) {
        legend << QStringLiteral("(%1) %2").arg(rubricCriterionLetter(criterion),
                                                rubricCriterionDisplayName(criterion));
    }
    section.paragraph(legend.join(QStringLiteral("; ")));
    const RubricAggregate aggregate = RubricAggregate::compute(*reviews, *weights);
    section.lines({
        {Tr::tr("Aggregate score (0–5)"),
         ReportCell::ofText(aggregate.score ? aggregate.score->toPlainString()
                                            : Tr::tr("none"))},
        {Tr::tr("Reviewers who scored"), ReportCell::ofInteger(aggregate.scoredReviewers)},
        {Tr::tr("Reviewers recused"), ReportCell::ofInteger(aggregate.recusedReviewers)},
    });
    return section;
}

ReportSection ActivityPacket::budget(const ActivityApplication &application,
                                     const Money &total) const
{
    ReportSection section;
    section.title = Tr::tr("Budget by year");
    DocumentTable table;
    table.key = QStringLiteral("budget");
    table.header = {Tr::tr("Year"), Tr::tr("Amount requested")};
    for (const YearlyAmount &amount : application.requested) {
        table.rows << QList<ReportCell>{ReportCell::ofYear(amount.year),
                                        ReportCell::ofMoney(amount.amount)};
    }
    table.rows << QList<ReportCell>{ReportCell::ofText(Tr::tr("Total")), ReportCell::ofMoney(total)};
    table.lastRowIsTotal = true;
    section.table(table);
    return section;
}

Result<ReportSection> ActivityPacket::consultation(const ActivityApplication &application) const
{
    const ConsultationService service(m_parts.db());
    const auto advice = service.adviceFor(application.id);
    if (!advice) {
        return advice.error();
    }
    ReportSection section;
    section.title = Tr::tr("Governance consultation (¶18)");
    if (advice->isEmpty()) {
        section.paragraph(Tr::tr("The governance structure has not been consulted on this "
                                 "application yet."));
        return section;
    }
    DocumentTable table;
    table.key = QStringLiteral("consultation");
    table.header = {Tr::tr("Date"), Tr::tr("Participants"), Tr::tr("Position"), Tr::tr("Advice")};
    for (const ConsultationAdviceRecord &record : *advice) {
        const auto consultation = service.find(record.consultationId);
        table.rows << QList<ReportCell>{
            ReportCell::ofDate(record.date),
            ReportCell::ofText(consultation ? consultation->participants.join(QStringLiteral(", "))
                                            : QString()),
            ReportCell::ofText(consultationStanceDisplayName(record.advice.stance)),
            ReportCell::ofText(record.advice.advice)};
    }
    section.table(table);
    return section;
}

} // namespace FundDesk::Core
