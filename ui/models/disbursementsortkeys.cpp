#include "ui/models/disbursementsortkeys.h"

#include "core/domain/regions.h"
#include "ui/models/sortkeys.h"

#include <QCollatorSortKey>

#include <algorithm>
#include <iterator>
#include <numeric>
#include <vector>

namespace FundDesk::Ui {

namespace {

// Sort keys of texts many rows share: each distinct text ranked once (as SortKeys ranks a
// column); a row's key is then its text's rank.
QList<qint64> disbursementTextRanks(const QStringList &texts, const QCollator &collator)
{
    QList<QVariant> values;
    values.reserve(texts.size());
    for (const QString &text : texts) {
        values.append(text);
    }
    return SortKeys::compute(values, collator);
}

// The references are one per row: collated straight from the packed buffer, without the
// QVariant and QHash per row SortKeys::compute would hold (tens of MB at 300 000 rows). Ranks
// as SortKeys ranks text: equal texts get equal keys.
QList<qint64> disbursementReferenceKeys(const DisbursementTableModel::Snapshot &snapshot,
                                        const std::vector<int> &readOrder,
                                        const QCollator &collator)
{
    const qsizetype count = snapshot.rows.size();
    std::vector<QCollatorSortKey> keys;
    keys.reserve(std::size_t(count));
    for (qint32 row = 0; row < count; ++row) {
        keys.push_back(collator.sortKey(snapshot.references.at(readOrder[std::size_t(row)])));
    }
    std::vector<int> order(static_cast<std::size_t>(count));
    std::iota(order.begin(), order.end(), 0);
    const auto less = [&keys](int a, int b) {
        return keys[std::size_t(a)].compare(keys[std::size_t(b)]) < 0;
    };
    std::sort(order.begin(), order.end(), less);
    QList<qint64> ranks(count, 0);
    qint64 rank = 0;
    for (std::size_t i = 0; i < order.size(); ++i) {
        if (i > 0 && less(order[i - 1], order[i])) {
            ++rank;
        }
        ranks[order[i]] = rank;
    }
    return ranks;
}

} // namespace

void DisbursementSortKeys::insert(DisbursementTableModel::Snapshot &snapshot,
                                  const QStringList &itemLabels, const std::vector<int> &readOrder,
                                  const QCollator &collator)
{
    using Model = DisbursementTableModel;
    const QList<qint64> itemRanks = disbursementTextRanks(itemLabels, collator);
    const QList<qint64> recipientRanks = disbursementTextRanks(snapshot.recipients, collator);
    const QList<Core::Region> regionList = Core::allRegions();
    QStringList regionNames;
    for (const Core::Region region : regionList) {
        regionNames.append(Core::regionDisplayName(region));
    }
    const QList<qint64> regionRanks = disbursementTextRanks(regionNames, collator);
    qint64 rankOfRegion[256];
    std::fill(std::begin(rankOfRegion), std::end(rankOfRegion), SortKeys::Empty);
    for (qsizetype at = 0; at < regionRanks.size(); ++at) {
        rankOfRegion[quint8(regionList.at(at))] = regionRanks.at(at);
    }
    QStringList payeeTexts; // payment, refund, payment, refund … per payee
    for (const QString &payee : std::as_const(snapshot.payees)) {
        payeeTexts << Model::payeeText(payee, false) << Model::payeeText(payee, true);
    }
    const QList<qint64> payeeRanks = disbursementTextRanks(payeeTexts, collator);
    QList<qint64> dates, items, recipients, regions, payees;
    for (QList<qint64> *keys : {&dates, &items, &recipients, &regions, &payees}) {
        keys->reserve(snapshot.rows.size());
    }
    for (const Model::Row &row : std::as_const(snapshot.rows)) {
        dates.append(row.julianDay);
        items.append(itemRanks.at(row.item));
        recipients.append(recipientRanks.at(row.recipient));
        regions.append(rankOfRegion[row.region]);
        payees.append(payeeRanks.at(qsizetype(row.payee) * 2 + (row.refund ? 1 : 0)));
    }
    QHash<int, QList<qint64>> &keys = snapshot.index.sortKeys;
    keys.insert(Model::Date, dates);
    keys.insert(Model::Item, items);
    keys.insert(Model::Recipient, recipients);
    keys.insert(Model::Region, regions);
    keys.insert(Model::Payee, payees);
    keys.insert(Model::Reference, disbursementReferenceKeys(snapshot, readOrder, collator));
}

} // namespace FundDesk::Ui
