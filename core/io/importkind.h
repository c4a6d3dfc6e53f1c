#pragma once

#include <QList>
#include <QString>
#include <QStringList>
#include <QStringView>

#include <optional>

namespace FundDesk::Core {

// What a CSV file holds: the four kinds of record FundDesk imports and exports.
enum class ImportKind { Donors, Contributions, Sponsorships, Activities };

QList<ImportKind> allImportKinds();
// donors, contributions, sponsorships, activities: the command line's KIND.
QString importKindKey(ImportKind kind);
std::optional<ImportKind> importKindFromKey(QStringView key);
QString importKindDisplayName(ImportKind kind);
// The header of the kind's files, in the order templates and exports write it.
QStringList importColumns(ImportKind kind);

} // namespace FundDesk::Core
