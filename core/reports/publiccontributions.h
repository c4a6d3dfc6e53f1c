#pragma once

#include "core/domain/contribution.h"
#include "core/domain/donor.h"
#include "core/domain/language.h"
#include "core/domain/result.h"
#include "core/reports/publicdonorlines.h"
#include "core/reports/reportcontent.h"

#include <QList>
#include <QString>

namespace FundDesk::Core {

class ReferenceDataService;

// What a public output leaves out and why, for the preview (internal: it names donors).
struct Withholding
{
    QString donor;
    QDate date;
    Money usd = Money::usd(0);
    PublicationConsent consent = PublicationConsent::Withhold;
    QString reason; // translated
};

// The receipts of a year as the public may see them (¶17): published donors by name, anonymous
// ones as such, and the rest only inside one aggregate line. Applicants' personal data is never
// part of it (¶11): only donors and amounts. The annual report adds up its receipts with the same
// PublicDonorLines, so every public output honours the consents the same way.
struct PublicContributions
{
    int year = 0;
    QList<PublicContributionLine> lines; // published by name (A–Z), then the anonymous ones
    int withheldCount = 0;
    Money withheldUsd = Money::usd(0);
    Money totalUsd = Money::usd(0);
    QList<Withholding> withholdings;

    static Result<PublicContributions> compute(int year, const QList<Contribution> &contributions,
                                               const QList<Donor> &donors,
                                               const ReferenceDataService &reference,
                                               Language language);

    // Donor, contributions, USD; the aggregate line; the total.
    DocumentTable table() const;
    // The CSV published beside the page: locale-free, English headers.
    CsvTable csv() const;
};

} // namespace FundDesk::Core
