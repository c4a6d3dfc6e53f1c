#pragma once

#include "core/domain/result.h"
#include "core/io/csvdocument.h"

#include <QByteArray>

namespace FundDesk::Core {

// A strict reader of the CSV files people save from spreadsheets: UTF-8 with or without a
// byte-order mark, comma or semicolon (the one the header line uses), CRLF or LF, RFC 4180
// quotes. Invalid UTF-8, NUL bytes and other control characters (binary files) are refused
// with a message naming the line; so are unterminated or stray quotes. Blank lines are
// skipped. Memory is bounded: files over maxBytes, records over maxFields fields or fields
// over maxFieldLength characters are refused before they are built.
//
// parse() is a pure function of its input (no I/O, no database): the fuzzing entry point.
class CsvReader final
{
public:
    static constexpr qsizetype maxBytes = 64 * 1024 * 1024;
    static constexpr qsizetype maxFields = 256;
    static constexpr qsizetype maxFieldLength = 32 * 1024;

    CsvReader() = delete;

    // InvalidInput with a translated message on any refusal; an empty file or one with only
    // blank lines is refused too (it has no header).
    static Result<CsvDocument> parse(const QByteArray &bytes);
    // Reads the file, then parse(); Io when it cannot be read or is over maxBytes.
    static Result<CsvDocument> read(const QString &path);
};

} // namespace FundDesk::Core
