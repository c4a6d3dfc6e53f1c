#pragma once

#include "core/domain/money.h"
#include "core/domain/result.h"

#include <QDate>
#include <QString>
#include <QStringView>

#include <optional>

// The limits every form and import shares (issue 12): what counts as empty, how long a text may
// be, which dates and amounts are plausible. One place so that the forms, the importer and the
// command line refuse the same values with the same words.
namespace FundDesk::Core::InputChecks {

// Names, titles, references, cities, payees.
inline constexpr qsizetype kMaxShortText = 200;
// Notes, conditions, advice, needs assessments, reasons.
inline constexpr qsizetype kMaxLongText = 10000;
// The fund's books do not go back further, and nothing is planned beyond this.
inline const QDate kEarliestDate{2000, 1, 1};
inline const QDate kLatestDate{2099, 12, 31};
// No single contribution, cost or payment of the fund comes near USD 10 billion; beyond it an
// amount is a typing mistake (and stays far from the 64-bit limit when amounts are summed).
inline constexpr qint64 kMaxUsdMinor = Q_INT64_C(1'000'000'000'000);

// True when the text has nothing visible: only white space, control characters or format
// characters (zero-width spaces and joiners, direction marks, the byte-order mark). Such a name
// would look empty in every list, so it is refused as empty. Valid text is stored as typed.
bool isBlank(QStringView text);

// InvalidInput naming the field when the text is longer than max characters.
std::optional<Error> tooLong(const QString &text, qsizetype max, const QString &field);

// InvalidInput naming the field when a valid date is outside kEarliestDate … kLatestDate.
std::optional<Error> implausibleDate(const QDate &date, const QString &field);

// InvalidInput naming the field when a USD amount is beyond kMaxUsdMinor.
std::optional<Error> implausibleUsd(const Money &usd, const QString &field);

} // namespace FundDesk::Core::InputChecks
