#pragma once

#include <QCollator>
#include <QList>
#include <QVariant>

#include <limits>

namespace FundDesk::Ui {

// One integer per row that orders a column as FilterProxyModel sorts it: numbers as numbers,
// dates as dates, text by the collator (equal texts get equal keys), empty values first.
// Computed once per column, so sorting 100 000 rows compares integers, never QVariants or
// strings.
class SortKeys final
{
public:
    SortKeys() = delete;

    static constexpr qint64 Empty = std::numeric_limits<qint64>::min();

    static QList<qint64> compute(const QList<QVariant> &values, const QCollator &collator);
};

} // namespace FundDesk::Ui
