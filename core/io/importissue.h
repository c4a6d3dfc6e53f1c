#pragma once

#include <QList>
#include <QString>

namespace FundDesk::Core {

// One reason a CSV file cannot be imported as it is: the line of the file (1 is the header),
// the column concerned (empty when the whole row or file is), and a translated message that
// names the fix.
struct ImportIssue
{
    int line = 0;
    QString column;
    QString message;

    bool operator==(const ImportIssue &) const = default;
};

using ImportIssues = QList<ImportIssue>;

} // namespace FundDesk::Core
