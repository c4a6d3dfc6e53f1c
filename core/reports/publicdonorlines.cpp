#include "core/reports/publicdonorlines.h"

#include "core/coretr.h"
#include "core/reports/reportcontent.h"
#include "core/services/referencedataservice.h"

#include <QCollator>

#include <algorithm>
#include <utility>
#include <vector>

namespace FundDesk::Core {

namespace {

Result<void> addToPublicSum(Money &sum, const Money &value)
{
    const auto total = sum.add(value);
    if (!total) {
        return total.error();
    }
    sum = *total;
    return {};
}

} // namespace

// The one table of ¶17 cases; a new consent fails to compile here (-Wswitch) until it is given
// a showing.
PublicShowing publicShowing(PublicationConsent consent)
{
    switch (consent) {
    case PublicationConsent::Publish:
        return PublicShowing::ByName;
    case PublicationConsent::Anonymous:
        return PublicShowing::Anonymous;
    case PublicationConsent::Withhold:
        return PublicShowing::InAggregate;
    }
    return PublicShowing::InAggregate; // an unknown value publishes nothing
}

QString publicShowingReason(PublicationConsent consent)
{
    switch (publicShowing(consent)) {
    case PublicShowing::ByName:
        return {};
    case PublicShowing::Anonymous:
        return Tr::tr("The donor asked for anonymity (¶17): the amount is shown, the name "
                      "is not.");
    case PublicShowing::InAggregate:
        return Tr::tr("The donor asked not to be published (¶17): counted only in the "
                      "aggregate line.");
    }
    return {};
}

QString publicDonorName(const QString &name, QStringView stateIso3,
                        const ReferenceDataService &reference, Language language)
{
    if (!stateIso3.isEmpty()) {
        const QString stateName = reference.name(stateIso3, language);
        if (!stateName.isEmpty()) {
            return stateName;
        }
    }
    return name;
}

Result<void> PublicDonorLines::add(qint64 donorId, const QString &name, PublicationConsent consent,
                                   int contributions, const Money &usd)
{
    if (auto summed = addToPublicSum(m_totalUsd, usd); !summed) {
        return summed;
    }
    const PublicShowing showing = publicShowing(consent);
    if (showing == PublicShowing::InAggregate) {
        m_withheldCount += contributions;
        return addToPublicSum(m_withheldUsd, usd);
    }
    const bool isAnonymous = showing == PublicShowing::Anonymous;
    auto &at = isAnonymous ? m_anonymousAt : m_namedAt;
    auto &lines = isAnonymous ? m_anonymous : m_named;
    auto found = at.constFind(donorId);
    if (found == at.cend()) {
        found = at.insert(donorId, lines.size());
        //: how a donor who asked for anonymity appears in public outputs
        lines << DonorLine{donorId, {isAnonymous ? Tr::tr("Anonymous donor") : name, isAnonymous,
                                     0, Money::usd(0)}};
    }
    PublicContributionLine &line = lines[*found].line;
    line.contributions += contributions;
    return addToPublicSum(line.usd, usd);
}

QList<PublicContributionLine> PublicDonorLines::lines(Language language) const
{
    // Sort keys once per name: a collator comparison per pair was the slow part with thousands
    // of donors a year.
    const QCollator collator(documentLocale(language));
    std::vector<std::pair<QCollatorSortKey, const DonorLine *>> named;
    named.reserve(size_t(m_named.size()));
    for (const DonorLine &donor : m_named) {
        named.emplace_back(collator.sortKey(donor.line.donor), &donor);
    }
    std::sort(named.begin(), named.end(), [](const auto &a, const auto &b) {
        const int order = a.first.compare(b.first);
        return order != 0 ? order < 0 : a.second->donorId < b.second->donorId;
    });
    QList<const DonorLine *> unnamed;
    unnamed.reserve(m_anonymous.size());
    for (const DonorLine &donor : m_anonymous) {
        unnamed << &donor;
    }
    std::sort(unnamed.begin(), unnamed.end(), [](const DonorLine *a, const DonorLine *b) {
        return a->line.usd.minor() != b->line.usd.minor()
                   ? a->line.usd.minor() > b->line.usd.minor()
                   : a->donorId < b->donorId;
    });
    QList<PublicContributionLine> result;
    result.reserve(m_named.size() + m_anonymous.size());
    for (const auto &[key, donor] : named) {
        result << donor->line;
    }
    for (const DonorLine *donor : unnamed) {
        result << donor->line;
    }
    return result;
}

} // namespace FundDesk::Core
