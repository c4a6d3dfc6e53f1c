#pragma once

#include "bench/benchmeasure.h"

#include <QList>
#include <QString>

namespace FundDesk::Bench {

// The results as a markdown page: the machine (nproc, CPU model, RAM), the date, the fund,
// and one table row per figure with FundDesk / bare and the budget.
QString resultsMarkdown(const QList<Figure> &figures, int scale, int runs, const QString &fund);
void writeResults(const QString &path, const QString &markdown);

} // namespace FundDesk::Bench
