#pragma once

#include "ui/models/disbursementtablemodel.h"

#include <QCollator>
#include <QStringList>

#include <vector>

namespace FundDesk::Ui {

// The Disbursements table's sort keys (TableIndex::sortKeys) for the date and the text
// columns, ranked once per read on the loader thread instead of on the window's thread at the
// first sort. Shared texts (items, States, regions, payees) are collated once each; the
// references, one per row, straight from their packed buffer.
namespace DisbursementSortKeys {

// itemLabels: Snapshot::items as strings, by item number. The references are still in read
// order: row r's is references.at(readOrder[r]).
void insert(DisbursementTableModel::Snapshot &snapshot, const QStringList &itemLabels,
            const std::vector<int> &readOrder, const QCollator &collator);

} // namespace DisbursementSortKeys

} // namespace FundDesk::Ui
