#pragma once

#include "bench/benchmeasure.h"

#include <QList>
#include <QString>

#include <functional>

namespace FundDesk::Ui {
class TablePanel;
} // namespace FundDesk::Ui

namespace FundDesk::Bench {

// One page's table: how the page reloads it, the column sorted, what is typed in the filter
// box, and the bare SQL that reads the same rows (id, amount, date, then the searched text).
struct TableCase
{
    QString name;
    std::function<void()> reload;
    Ui::TablePanel *table = nullptr;
    int sortColumn = 0;
    QString typed;
    QString bareSql;
};

// Load, sort and filter (mean per keystroke), each the median of `runs`, beside the bare rows.
QList<Figure> measureTable(const TableCase &table, const QString &databasePath, int runs);

} // namespace FundDesk::Bench
