#pragma once

#include "core/domain/result.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>
#include <QVariant>

namespace FundDesk::Core {

// A plain report table: a header and rows of cells, each a QString or an integer (a QVariant
// holding either). Models show it, CsvWriter writes it.
struct CsvTable
{
    QStringList header;
    QList<QVariantList> rows;

    bool operator==(const CsvTable &) const = default;
};

// Writes RFC 4180 CSV: UTF-8 without a byte-order mark, CRLF after every record, fields
// quoted only when they hold a comma, a double quote, CR or LF (quotes doubled inside).
// Integers are written locale-free ("-1234"), so spreadsheets in any locale read them back.
class CsvWriter final
{
public:
    CsvWriter() = delete;

    static QString field(const QVariant &value);
    static QByteArray toBytes(const CsvTable &table);
    // Writes atomically (QSaveFile): the file is complete or untouched. Errors are Io.
    static Result<void> write(const CsvTable &table, const QString &path);
};

} // namespace FundDesk::Core
