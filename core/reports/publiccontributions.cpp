#include "core/reports/publiccontributions.h"

#include "core/coretr.h"

#include <QHash>

#include <numeric>

namespace FundDesk::Core {

Result<PublicContributions> PublicContributions::compute(int year,
                                                         const QList<Contribution> &contributions,
                                                         const QList<Donor> &donors,
                                                         const ReferenceDataService &reference,
                                                         Language language)
{
    QHash<qint64, const Donor *> byId;
    for (const Donor &donor : donors) {
        byId.insert(donor.id.value(), &donor);
    }
    PublicContributions result;
    result.year = year;
    PublicDonorLines donorLines;
    for (const Contribution &contribution : contributions) {
        if (contribution.type != ContributionType::Receipt || contribution.year() != year) {
            continue;
        }
        const Donor *donor = byId.value(contribution.donorId.value());
        const QString name =
            donor ? publicDonorName(donor->name, donor->stateIso3, reference, language) : QString();
        if (auto added = donorLines.add(contribution.donorId.value(), name,
                                        contribution.publication, 1, contribution.usdValue);
            !added) {
            return added.error();
        }
        if (const QString reason = publicShowingReason(contribution.publication);
            !reason.isEmpty()) {
            result.withholdings << Withholding{name, contribution.date, contribution.usdValue,
                                               contribution.publication, reason};
        }
    }
    result.lines = donorLines.lines(language);
    result.withheldCount = donorLines.withheldCount();
    result.withheldUsd = donorLines.withheldUsd();
    result.totalUsd = donorLines.totalUsd();
    return result;
}

DocumentTable PublicContributions::table() const
{
    DocumentTable table;
    table.key = QStringLiteral("contributions");
    table.header = {Tr::tr("Donor"), Tr::tr("Contributions"), Tr::tr("Amount (USD)")};
    for (const PublicContributionLine &line : lines) {
        table.rows << QList<ReportCell>{ReportCell::ofText(line.donor),
                                        ReportCell::ofInteger(line.contributions),
                                        ReportCell::ofMoney(line.usd)};
    }
    if (withheldCount > 0) {
        table.rows << QList<ReportCell>{
            //: one line adding up the contributions whose donors asked not to be published
            ReportCell::ofText(Tr::tr("Other donors, not published at their request")),
            ReportCell::ofInteger(withheldCount), ReportCell::ofMoney(withheldUsd)};
    }
    table.rows << QList<ReportCell>{ReportCell::ofText(Tr::tr("Total")),
                                    ReportCell::ofInteger(std::accumulate(
                                        lines.cbegin(), lines.cend(), qint64(withheldCount),
                                        [](qint64 n, const auto &line) {
                                            return n + line.contributions;
                                        })),
                                    ReportCell::ofMoney(totalUsd)};
    table.lastRowIsTotal = true;
    return table;
}

CsvTable PublicContributions::csv() const
{
    CsvTable csv;
    csv.header = {QStringLiteral("year"), QStringLiteral("donor"), QStringLiteral("contributions"),
                  QStringLiteral("amount_usd")};
    for (const PublicContributionLine &line : lines) {
        csv.rows << QVariantList{year, line.anonymous ? QStringLiteral("Anonymous donor") : line.donor,
                                 line.contributions, line.usd.toPlainString()};
    }
    if (withheldCount > 0) {
        csv.rows << QVariantList{year, QStringLiteral("Other donors, not published at their request"),
                                 withheldCount, withheldUsd.toPlainString()};
    }
    return csv;
}

} // namespace FundDesk::Core
