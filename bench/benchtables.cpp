#include "bench/benchtables.h"

#include "bench/benchbare.h"
#include "bench/benchwindow.h"
#include "ui/models/filterproxymodel.h"
#include "ui/pages/tablepanel.h"

#include <QCoreApplication>
#include <QLineEdit>
#include <QTableView>

#include <algorithm>

namespace FundDesk::Bench {

namespace {

void settle()
{
    QCoreApplication::processEvents();
}

} // namespace

QList<Figure> measureTable(const TableCase &table, const QString &databasePath, int runs)
{
    QList<Figure> figures;
    const int rows = table.table->proxy()->sourceModel()->rowCount();
    const QString label = QStringLiteral("%1 (%2 rows)").arg(table.name).arg(rows);

    // The page reads on a pool thread (BackgroundReader): a load lasts until its rows are in,
    // and meanwhile the window's thread must keep answering.
    Figure load;
    load.what = QStringLiteral("%1: load").arg(label);
    StallTicker ticker;
    double longestStall = 0;
    load.fundDesk = medianMs(runs, [&] {
        ticker.start();
        table.reload();
        waitForReads();
        ticker.stop();
        longestStall = std::max(longestStall, ticker.longestMs());
    });
    BareTable bare;
    load.bare = medianMs(runs, [&] { bare = BareTable::read(databasePath, table.bareSql); });
    load.note = QStringLiteral("bare: %1 rows; the window's thread stalled at most %2 ms")
                    .arg(bare.size())
                    .arg(longestStall, 0, 'f', 1);
    figures.append(load);

    QTableView *view = table.table->view();
    Figure sort;
    sort.what = QStringLiteral("%1: sort").arg(label);
    int order = 0;
    sort.fundDesk = medianMs(runs, [&] {
        view->sortByColumn(table.sortColumn,
                           order++ % 2 ? Qt::DescendingOrder : Qt::AscendingOrder);
        settle();
    });
    sort.bare = medianMs(
        runs, [&] { bare.sortByText(); }, [&] { bare.sortByDate(); });
    // A sort runs on the window's thread: the window does not answer meanwhile.
    const QString sortBudget = QStringLiteral("≤ 200 ms on the window's thread (issue point 5)");
    sort.budget = sortBudget;
    sort.withinBudget = sort.fundDesk <= 200.0;
    figures.append(sort);

    // The first sort by a column after a load reads and collates that column once.
    Figure firstSort;
    firstSort.what = QStringLiteral("%1: first sort by a column after a load").arg(label);
    const int otherColumn = table.sortColumn == 0 ? 1 : 0;
    firstSort.fundDesk = medianMs(
        runs,
        [&] {
            view->sortByColumn(table.sortColumn, Qt::AscendingOrder);
            settle();
        },
        [&] {
            view->sortByColumn(otherColumn, Qt::AscendingOrder);
            table.reload();
            waitForReads();
        });
    firstSort.bare = sort.bare;
    firstSort.budget = sortBudget;
    firstSort.withinBudget = firstSort.fundDesk <= 200.0;
    figures.append(firstSort);

    Figure filter;
    filter.what = QStringLiteral("%1: filter, per keystroke (“%2”)").arg(label, table.typed);
    QLineEdit *edit = table.table->filterEdit();
    const int keys = int(table.typed.size());
    filter.fundDesk = medianMs(
                          runs,
                          [&] {
                              for (int k = 1; k <= keys; ++k) {
                                  edit->setText(table.typed.left(k));
                                  settle();
                              }
                          },
                          [&] {
                              edit->clear();
                              settle();
                          }) /
                      keys;
    edit->clear();
    settle();
    const std::string typed = table.typed.toStdString();
    filter.bare = medianMs(runs,
                           [&] {
                               for (int k = 1; k <= keys; ++k) {
                                   bare.filter(typed.substr(0, std::size_t(k)));
                               }
                           }) /
                  keys;
    // The budget is per 100 000 rows: the figure is scaled to that many before it is judged.
    // Smaller tables are not judged (scaled up, their fixed costs would dominate).
    if (rows >= 50'000) {
        const double per100k = filter.fundDesk * 100'000.0 / rows;
        filter.budget = QStringLiteral("≤ 30 ms per 100 000 rows");
        filter.withinBudget = per100k <= 30.0;
        filter.note = QStringLiteral("judged per 100 000 rows: %1 ms × 100 000 / %2 rows = %3 ms")
                          .arg(filter.fundDesk, 0, 'f', 1)
                          .arg(rows)
                          .arg(per100k, 0, 'f', 1);
    }
    figures.append(filter);
    return figures;
}

} // namespace FundDesk::Bench
