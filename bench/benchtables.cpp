#include "bench/benchtables.h"

#include "bench/benchbare.h"
#include "ui/models/filterproxymodel.h"
#include "ui/pages/tablepanel.h"

#include <QCoreApplication>
#include <QLineEdit>
#include <QTableView>

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

    Figure load;
    load.what = QStringLiteral("%1: load").arg(label);
    load.fundDesk = medianMs(runs, [&] {
        table.reload();
        settle();
    });
    BareTable bare;
    load.bare = medianMs(runs, [&] { bare = BareTable::read(databasePath, table.bareSql); });
    load.note = QStringLiteral("bare: %1 rows").arg(bare.size());
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
            settle();
        });
    firstSort.bare = sort.bare;
    if (rows >= 50'000) {
        firstSort.budget = QStringLiteral("≤ 30 ms (at 100 000 rows)");
        firstSort.withinBudget = firstSort.fundDesk <= 30.0;
    }
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
    if (rows >= 50'000) {
        filter.budget = QStringLiteral("≤ 30 ms (at 100 000 rows)");
        filter.withinBudget = filter.fundDesk <= 30.0;
    }
    figures.append(filter);
    return figures;
}

} // namespace FundDesk::Bench
