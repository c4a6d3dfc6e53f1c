#pragma once

#include "core/domain/exchangerate.h"
#include "core/domain/money.h"
#include "core/io/importissue.h"

#include <QDate>
#include <QList>
#include <QStringList>

#include <optional>

namespace FundDesk::Core {

class ReferenceDataService;

// One record of a CSV file seen through its kind's columns: typed readers that record an
// issue (line, column, the fix) for each field they refuse, so a row reports every bad field
// at once. Columns are the indexes of importColumns(kind).
class ImportRow final
{
public:
    ImportRow(const QStringList &fields, const QStringList &columns, const QList<int> &indexes,
              int line, ImportIssues &issues);

    int line() const { return m_line; }
    bool failed() const { return m_failed; }
    // Adds an issue for the row (wrong field count); false then.
    bool checkFieldCount();

    void fail(int column, const QString &message);
    QString text(int column) const; // trimmed
    // Empty text is refused (with "enter …") unless optional; the message names the column.
    QString required(int column);
    QString limited(int column, qsizetype maxLength);
    std::optional<QDate> date(int column, bool optional = false);
    // One of the keys; the message lists them. Empty is refused.
    std::optional<QString> key(int column, const QStringList &keys);
    std::optional<bool> yesNo(int column);
    // yes, no, or empty (not known yet: unset). False when the text is none of these.
    bool yesNoOrEmpty(int column, std::optional<bool> &value);
    // An ISO 4217 code, upper-cased.
    std::optional<QString> currency(int column);
    // Above zero, or zero too when allowZero.
    std::optional<Money> amount(int column, const QString &currency, bool allowZero = false);
    // A State or territory of the reference list, upper-cased; empty allowed when optional.
    std::optional<QString> country(int column, const ReferenceDataService &reference,
                                   bool optional);

private:
    const QStringList &m_fields;
    const QStringList &m_columns;
    const QList<int> &m_indexes;
    int m_line;
    ImportIssues &m_issues;
    bool m_failed = false;
};

} // namespace FundDesk::Core
