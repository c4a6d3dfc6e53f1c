#pragma once

#include <QChar>
#include <QList>
#include <QStringList>

namespace FundDesk::Core {

// A CSV file as CsvReader read it: the header's names and the records after it, each with the
// line of the file it starts on (line 1 is the header), so errors can point at the line a
// spreadsheet shows. Records may have more or fewer fields than the header: the importers say
// so per row.
struct CsvDocument
{
    QChar separator = u',';
    QStringList header;
    QList<QStringList> rows;
    QList<int> lines; // lines[i] is the line rows[i] starts on

    bool operator==(const CsvDocument &) const = default;
};

} // namespace FundDesk::Core
