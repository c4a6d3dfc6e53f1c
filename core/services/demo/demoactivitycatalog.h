#pragma once

#include "core/domain/activitypartner.h"
#include "core/domain/focusarea.h"

#include <QList>
#include <QString>
#include <QStringList>

// The raw material of the demo activities: titles worded as governments word them, the States
// that apply, reviewers and their sentences. Data, not translated: a demo fund is a record of
// (invented) applications, like a real one.
namespace FundDesk::Core::Demo {

// A national activity; "%1" in the title is the applicant's English name.
struct DemoActivityTemplate
{
    QString title;
    QList<FocusArea> areas;
    QString partner; // empty when the government implements alone
    PartnerKind partnerKind = PartnerKind::NonGovernmental;
};

// A regional activity with its co-applicants.
struct DemoRegionalActivity
{
    QString title;
    QString applicant;
    QStringList coApplicants;
    QList<FocusArea> areas;
    QString partner;
    PartnerKind partnerKind = PartnerKind::InternationalOrRegionalOrganization;
};

QList<DemoActivityTemplate> demoActivityTemplates();
QList<DemoRegionalActivity> demoRegionalActivities();
// Member States that apply for national activities, spread over the five regions.
QStringList demoActivityApplicants();
QStringList demoReviewers();
// Indexed by a score band: weak (0), adequate (1), strong (2).
QStringList demoJustifications();
QStringList demoResults();
QStringList demoConsultationParticipants();

} // namespace FundDesk::Core::Demo
