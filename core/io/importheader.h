#pragma once

#include "core/io/importissue.h"

#include <QList>
#include <QStringList>

namespace FundDesk::Core {

// Matches a file's header against the columns a kind expects, in any order, names compared
// without case or surrounding spaces. Every missing, unknown or repeated column is an issue on
// line 1 naming it; the indexes are only usable when there are none.
struct ImportHeader
{
    QList<int> indexes; // indexes[k] is the file's field for expected column k, or -1
    ImportIssues issues;

    static ImportHeader match(const QStringList &header, const QStringList &expected);
};

} // namespace FundDesk::Core
