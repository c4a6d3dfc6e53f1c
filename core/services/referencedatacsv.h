#pragma once

#include "core/domain/result.h"
#include "core/domain/state.h"

#include <QByteArray>
#include <QList>

namespace FundDesk::Core {

// Reads the reference CSVs (resources/reference/*.csv): RFC 4180 fields (quoted fields may hold
// commas, line breaks and doubled quotes), UTF-8 with or without a BOM, LF or CRLF. Columns are
// found by their header names, so their order may change; extra columns are ignored.
// An error names the row (the line of the file where the record starts; the header is row 1)
// and the column, and carries the column name in Error::field.
class ReferenceDataCsv final
{
public:
    ReferenceDataCsv() = delete;

    // `member` is stored in every State read: true for un-member-states.csv, false for
    // observer-states.csv. iso3 and m49 must be unique within the file.
    static Result<QList<State>> parse(const QByteArray &csv, bool member);
};

} // namespace FundDesk::Core
