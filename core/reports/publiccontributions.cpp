#include "core/reports/publiccontributions.h"

#include "core/coretr.h"
#include "core/services/referencedataservice.h"

#include <QCollator>
#include <QHash>

#include <algorithm>
#include <numeric>

namespace FundDesk::Core {

namespace {

QString donorDisplayName(const Donor &donor, const ReferenceDataService &reference,
                         Language language)
{
    if (!donor.stateIso3.isEmpty()) {
        const QString name = reference.name(donor.stateIso3, language);
        if (!name.isEmpty()) {
            return name;
        }
    }
    return donor.name;
}

} // namespace

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
    // One line per published donor and per anonymous donor, keyed by donor id.
    QHash<qint64, PublicContributionLine> published;
    QHash<qint64, PublicContributionLine> anonymous;
    const auto add = [](Money &sum, const Money &value) -> Result<void> {
        const auto total = sum.add(value);
        if (!total) {
            return total.error();
        }
        sum = *total;
        return {};
    };
    for (const Contribution &contribution : contributions) {
        if (contribution.type != ContributionType::Receipt || contribution.year() != year) {
            continue;
        }
        const Donor *donor = byId.value(contribution.donorId.value());
        const QString name = donor ? donorDisplayName(*donor, reference, language) : QString();
        if (auto summed = add(result.totalUsd, contribution.usdValue); !summed) {
            return summed.error();
        }
        if (contribution.publication == PublicationConsent::Withhold) {
            ++result.withheldCount;
            if (auto summed = add(result.withheldUsd, contribution.usdValue); !summed) {
                return summed.error();
            }
            result.withholdings << Withholding{
                name, contribution.date, contribution.usdValue, contribution.publication,
                Tr::tr("The donor asked not to be published (¶17): counted only in the "
                       "aggregate line.")};
            continue;
        }
        const bool isAnonymous = contribution.publication == PublicationConsent::Anonymous;
        auto &lines = isAnonymous ? anonymous : published;
        PublicContributionLine &line = lines[contribution.donorId.value()];
        //: how a donor who asked for anonymity appears in public outputs
        line.donor = isAnonymous ? Tr::tr("Anonymous donor") : name;
        line.anonymous = isAnonymous;
        ++line.contributions;
        if (auto summed = add(line.usd, contribution.usdValue); !summed) {
            return summed.error();
        }
        if (isAnonymous) {
            result.withholdings << Withholding{
                name, contribution.date, contribution.usdValue, contribution.publication,
                Tr::tr("The donor asked for anonymity (¶17): the amount is shown, the name "
                       "is not.")};
        }
    }
    QCollator collator(documentLocale(language));
    auto named = published.values();
    std::sort(named.begin(), named.end(), [&](const auto &a, const auto &b) {
        return collator.compare(a.donor, b.donor) < 0;
    });
    auto unnamed = anonymous.values();
    std::sort(unnamed.begin(), unnamed.end(), [](const auto &a, const auto &b) {
        return a.usd.minor() > b.usd.minor();
    });
    result.lines = named + unnamed;
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
