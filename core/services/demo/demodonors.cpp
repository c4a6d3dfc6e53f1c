#include "core/services/demo/demodonors.h"

namespace FundDesk::Core::Demo {

namespace {

DemoDonor state(const char *iso3, const char *currency, qint64 annual, bool multiYear = false)
{
    Donor donor;
    donor.kind = DonorKind::MemberState;
    donor.stateIso3 = QString::fromLatin1(iso3);
    return {donor, QString::fromLatin1(currency), annual, multiYear, 0};
}

DemoDonor organization(DonorKind kind, const char *name, const char *seat, const char *currency,
                       qint64 annual, DueDiligenceStatus diligence, int anonymousPercent = 0)
{
    Donor donor;
    donor.kind = kind;
    donor.name = QString::fromUtf8(name);
    donor.countryIso3 = QString::fromLatin1(seat);
    donor.dueDiligence.status = diligence;
    if (diligence == DueDiligenceStatus::Cleared || diligence == DueDiligenceStatus::Declined) {
        donor.dueDiligence.note = QStringLiteral("Reviewed by the UNODA due-diligence desk.");
    }
    return {donor, QString::fromLatin1(currency), annual, false, anonymousPercent};
}

} // namespace

QList<DemoDonor> demoDonors()
{
    using K = DonorKind;
    using D = DueDiligenceStatus;
    QList<DemoDonor> donors{
        state("DEU", "EUR", 600000, true), state("JPN", "JPY", 90000000, true),
        state("GBR", "GBP", 350000), state("NLD", "EUR", 400000, true),
        state("CAN", "CAD", 450000), state("AUS", "AUD", 500000, true),
        state("FRA", "EUR", 300000), state("CHE", "CHF", 250000),
        state("NOR", "NOK", 3000000, true), state("KOR", "KRW", 350000000),
        state("SGP", "SGD", 150000), state("EST", "EUR", 60000),
        state("QAT", "USD", 250000), state("SAU", "USD", 200000),
        state("MEX", "USD", 50000), state("CHL", "USD", 40000),
        state("KEN", "USD", 20000), state("MAR", "USD", 30000),
        state("IND", "USD", 100000), state("SWE", "SEK", 2500000),
        state("DNK", "DKK", 1500000), state("NZL", "USD", 80000),
        state("ISR", "USD", 60000), state("MYS", "USD", 45000),
    };
    Donor observer;
    observer.kind = DonorKind::ObserverState;
    observer.stateIso3 = QStringLiteral("VAT");
    donors.append({observer, QStringLiteral("EUR"), 10000, false, 0});
    donors += {
        organization(K::IntergovernmentalOrganization, "European Union", "BEL", "EUR", 800000,
                     D::NotRequired),
        organization(K::IntergovernmentalOrganization,
                     "Organization for Security and Co-operation in Europe", "AUT", "EUR", 90000,
                     D::NotRequired),
        organization(K::IntergovernmentalOrganization, "Organization of American States", "USA",
                     "USD", 60000, D::NotRequired),
        organization(K::IntergovernmentalOrganization, "African Union Commission", "ETH", "USD",
                     25000, D::NotRequired),
        organization(K::PhilanthropicFoundation, "Meridian Cyber Peace Foundation", "USA", "USD",
                     250000, D::Cleared, 20),
        organization(K::PhilanthropicFoundation, "Open Networks Trust", "GBR", "GBP", 120000,
                     D::Cleared),
        organization(K::PhilanthropicFoundation, "Fondation pour la confiance numérique", "CHE",
                     "CHF", 90000, D::Cleared, 50),
        organization(K::PhilanthropicFoundation, "Asia Digital Resilience Fund", "SGP", "SGD",
                     80000, D::Pending),
        organization(K::PrivateSector, "Northwind Secure Systems", "USA", "USD", 150000,
                     D::Cleared, 30),
        organization(K::PrivateSector, "Kestrel Cloud Ltd", "IRL", "EUR", 100000, D::Cleared, 60),
        organization(K::PrivateSector, "Tessellate Telecom", "FIN", "EUR", 70000, D::Cleared),
        organization(K::PrivateSector, "Orbis Analytics", "ARE", "USD", 90000, D::Declined),
        organization(K::OtherNonGovernmental, "Cyber Capacity Coalition", "NLD", "EUR", 40000,
                     D::Cleared),
        organization(K::OtherNonGovernmental, "Global Forum of Incident Responders", "CHE", "USD",
                     30000, D::Cleared),
        organization(K::OtherNonGovernmental, "Digital Inclusion Network", "KEN", "USD", 15000,
                     D::Cleared, 40),
    };
    return donors;
}

} // namespace FundDesk::Core::Demo
