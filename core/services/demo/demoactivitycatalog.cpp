#include "core/services/demo/demoactivitycatalog.h"

namespace FundDesk::Core::Demo {

namespace {
QString s(const char *text)
{
    return QString::fromUtf8(text);
}
} // namespace

QList<DemoActivityTemplate> demoActivityTemplates()
{
    using A = FocusArea;
    using K = PartnerKind;
    return {
        {s("National CERT maturity assessment and roadmap for %1"),
         {A::IncidentResponse, A::NationalStrategies}, s("FIRST member CSIRT mentoring team"),
         K::NonGovernmental},
        {s("Drafting a national ICT-security strategy for %1"), {A::NationalStrategies},
         s("UNDP country office"), K::UnEntity},
        {s("Critical information infrastructure protection framework for %1"),
         {A::CriticalInfrastructure, A::NationalStrategies}, {}, K::NonGovernmental},
        {s("Review of ICT-security and cybercrime legislation in %1"), {A::NationalStrategies},
         s("UNODC Global Programme on Cybercrime"), K::UnEntity},
        {s("ICT-security awareness campaign for schools and small businesses in %1"),
         {A::AwarenessEducation}, s("National University ICT faculty"), K::Academic},
        {s("Training of trainers for ICT-security professionals in %1"),
         {A::TrainingWorkforce}, s("Global Forum on Cyber Expertise"),
         K::InternationalOrRegionalOrganization},
        {s("Women in cybersecurity fellowship programme in %1"),
         {A::TrainingWorkforce, A::AwarenessEducation}, s("Women in Cyber Network"),
         K::NonGovernmental},
        {s("Developing %1's national position on how international law applies to the use of "
           "ICTs"),
         {A::InternationalLaw}, s("Faculty of Law, regional university"), K::Academic},
        {s("Implementing the norms of responsible State behaviour: national survey and action "
           "plan for %1"),
         {A::Norms, A::NationalStrategies}, {}, K::NonGovernmental},
        {s("Establishing the national Point of Contact of %1 and joining the global directory"),
         {A::PointsOfContact, A::ConfidenceBuildingMeasures}, {}, K::NonGovernmental},
        {s("Incident response exercise for the energy and finance sectors of %1"),
         {A::IncidentResponse, A::CriticalInfrastructure}, s("Regional telecom operators' group"),
         K::PrivateSector},
        {s("National workshop on the global confidence-building measures in %1"),
         {A::ConfidenceBuildingMeasures, A::Norms}, s("OSCE Secretariat"),
         K::InternationalOrRegionalOrganization},
    };
}

QList<DemoRegionalActivity> demoRegionalActivities()
{
    using A = FocusArea;
    using K = PartnerKind;
    return {
        {s("Regional workshop on applying international law to ICT use (ECOWAS)"), s("NGA"),
         {s("GHA"), s("SEN"), s("CIV")}, {A::InternationalLaw, A::Norms},
         s("ECOWAS Commission"), K::InternationalOrRegionalOrganization},
        {s("Pacific Islands CERT cooperation and incident-sharing platform"), s("FJI"),
         {s("WSM"), s("TON"), s("VUT")}, {A::IncidentResponse, A::ConfidenceBuildingMeasures},
         s("Pacific Islands Forum Secretariat"), K::InternationalOrRegionalOrganization},
        {s("Caribbean training on protecting critical infrastructure"), s("JAM"),
         {s("TTO"), s("BRB"), s("BHS")}, {A::CriticalInfrastructure, A::TrainingWorkforce},
         s("CARICOM IMPACS"), K::InternationalOrRegionalOrganization},
        {s("Central Asian Points of Contact tabletop exercise"), s("KAZ"),
         {s("KGZ"), s("TJK"), s("UZB")}, {A::PointsOfContact, A::ConfidenceBuildingMeasures},
         s("UNRCCA"), K::UnEntity},
        {s("Regional workshop on implementing the agreed norms (South-East Asia)"), s("IDN"),
         {s("PHL"), s("VNM"), s("LAO")}, {A::Norms}, s("ASEAN-Singapore Cybersecurity Centre "
                                                         "of Excellence"),
         K::InternationalOrRegionalOrganization},
        {s("Western Balkans cyber-diplomacy course"), s("ALB"), {s("MKD"), s("MNE"), s("SRB")},
         {A::TrainingWorkforce, A::InternationalLaw}, s("DiploFoundation"), K::NonGovernmental},
        {s("Andean ICT-security awareness programme"), s("PER"), {s("BOL"), s("ECU")},
         {A::AwarenessEducation}, s("Organization of American States (CICTE)"),
         K::InternationalOrRegionalOrganization},
    };
}

QStringList demoActivityApplicants()
{
    return {
        s("KEN"), s("ETH"), s("RWA"), s("ZMB"), s("MAR"), s("TUN"), s("MOZ"), s("BWA"),
        s("UGA"), s("NAM"), s("MWI"), s("GTM"), s("PRY"), s("DOM"), s("CRI"), s("HND"),
        s("URY"), s("SUR"), s("BGD"), s("NPL"), s("LKA"), s("MNG"), s("KHM"), s("JOR"),
        s("BTN"), s("PAK"), s("GEO"), s("MDA"), s("UKR"), s("BIH"), s("PNG"), s("SLB"),
        s("KIR"),
    };
}

QStringList demoReviewers()
{
    return {s("Amina Diallo"),   s("Carlos Mendes"),    s("Li Wei"),
            s("Olena Kovalenko"), s("Sarah Thompson"), s("Rahul Mehta"),
            s("Fatima Al-Hassan"), s("Jean-Pierre Martin")};
}

QStringList demoJustifications()
{
    return {
        s("The needs assessment is thin and the application does not show how it builds on "
          "earlier support; ownership after the activity is unclear."),
        s("A sound, demand-driven proposal that answers the national needs assessment; the "
          "gender plan and the follow-up could be more specific."),
        s("An excellent proposal: clear evidence of need, complementarity with other donors' "
          "programmes, strong national ownership and a credible plan for women's "
          "participation."),
    };
}

QStringList demoResults()
{
    return {
        s("Delivered as planned. 46 officials trained (21 women); the national CERT adopted a "
          "two-year roadmap and joined the regional incident-sharing group."),
        s("Completed three months late because of elections. The draft strategy was validated "
          "in a national workshop of 80 participants and submitted to the cabinet."),
        s("All outputs delivered. The awareness campaign reached 120 schools; a follow-up "
          "survey shows the share of small businesses with an incident plan rose from 12% to "
          "31%."),
    };
}

QStringList demoConsultationParticipants()
{
    return {s("Canada"),    s("Germany"),  s("Japan"),     s("Netherlands"),
            s("Kenya"),     s("Fiji"),     s("Dominican Republic"), s("Indonesia"),
            s("Estonia"),   s("Senegal"),  s("UNODA (secretariat)")};
}

} // namespace FundDesk::Core::Demo
