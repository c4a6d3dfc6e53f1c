#include "core/io/importrow.h"

#include "core/coretr.h"
#include "core/domain/currency.h"
#include "core/services/inputchecks.h"
#include "core/services/referencedataservice.h"

namespace FundDesk::Core {

ImportRow::ImportRow(const QStringList &fields, const QStringList &columns,
                     const QList<int> &indexes, int line, ImportIssues &issues)
    : m_fields(fields), m_columns(columns), m_indexes(indexes), m_line(line), m_issues(issues)
{}

bool ImportRow::checkFieldCount()
{
    if (m_fields.size() == m_columns.size()) {
        return true;
    }
    m_failed = true;
    //: %1 and %2 are counts of fields; "header" is the first line of a CSV file
    m_issues.append({m_line,
                     {},
                     Tr::tr("This row has %1 fields but the header has %2. Check the separators "
                            "and quotes of the row.")
                         .arg(m_fields.size())
                         .arg(m_columns.size())});
    return false;
}

void ImportRow::fail(int column, const QString &message)
{
    m_failed = true;
    m_issues.append({m_line, column >= 0 ? m_columns.at(column) : QString(), message});
}

QString ImportRow::text(int column) const
{
    const int index = m_indexes.value(column, -1);
    return index >= 0 && index < m_fields.size() ? m_fields.at(index).trimmed() : QString();
}

QString ImportRow::required(int column)
{
    QString value = text(column);
    if (InputChecks::isBlank(value)) {
        //: %1 is a column name of a CSV file
        fail(column, Tr::tr("The “%1” column is empty. Fill it in.").arg(m_columns.at(column)));
    }
    return value;
}

QString ImportRow::limited(int column, qsizetype maxLength)
{
    QString value = text(column);
    if (value.size() > maxLength) {
        //: %1 is a column name, %2 and %3 counts of characters
        fail(column, Tr::tr("The “%1” column is %2 characters long. Shorten it to at most %3.")
                         .arg(m_columns.at(column))
                         .arg(value.size())
                         .arg(maxLength));
    }
    return value;
}

std::optional<QDate> ImportRow::date(int column, bool optional)
{
    const QString value = text(column);
    if (value.isEmpty() && optional) {
        return QDate();
    }
    const QDate date = value.size() == 10 ? QDate::fromString(value, Qt::ISODate) : QDate();
    if (!date.isValid()) {
        //: %1 is what the file holds instead of a date
        fail(column, Tr::tr("“%1” is not a date. Write dates as YYYY-MM-DD, such as 2026-03-31.")
                         .arg(value));
        return std::nullopt;
    }
    if (auto error = InputChecks::implausibleDate(date, m_columns.at(column))) {
        fail(column, error->message);
        return std::nullopt;
    }
    return date;
}

std::optional<QString> ImportRow::key(int column, const QStringList &keys)
{
    const QString value = text(column).toLower();
    if (keys.contains(value)) {
        return value;
    }
    //: %1 is what the file holds, %2 the column name, %3 the list of allowed words
    fail(column, Tr::tr("“%1” is not a value of the “%2” column. Write one of: %3.")
                     .arg(text(column), m_columns.at(column), keys.join(QStringLiteral(", "))));
    return std::nullopt;
}

std::optional<bool> ImportRow::yesNo(int column)
{
    const auto value = key(column, {QStringLiteral("yes"), QStringLiteral("no")});
    if (!value) {
        return std::nullopt;
    }
    return *value == u"yes";
}

bool ImportRow::yesNoOrEmpty(int column, std::optional<bool> &value)
{
    value.reset();
    if (text(column).isEmpty()) {
        return true;
    }
    const auto answer = yesNo(column);
    value = answer;
    return answer.has_value();
}

std::optional<QString> ImportRow::currency(int column)
{
    const QString code = text(column).toUpper();
    if (Currency::isKnown(code)) {
        return code;
    }
    //: %1 is what the file holds instead of a currency code
    fail(column, Tr::tr("“%1” is not an ISO 4217 currency code. Write a code such as USD, EUR "
                        "or JPY.")
                     .arg(text(column)));
    return std::nullopt;
}

std::optional<Money> ImportRow::amount(int column, const QString &currency, bool allowZero)
{
    const QString value = text(column);
    const auto money = Money::parse(value, currency);
    if (money && allowZero && money->isZero()) {
        return *money;
    }
    if (allowZero && !(money && !money->isNegative())) {
        //: %1 is what the file holds, %2 a currency code
        fail(column, Tr::tr("“%1” is not an amount of zero or more in %2. Write a number with a "
                            "dot and no thousands separator, such as 1850.00.")
                         .arg(value, currency));
        return std::nullopt;
    }
    if (!money || money->isNegative() || money->isZero()) {
        //: %1 is what the file holds, %2 a currency code
        fail(column, Tr::tr("“%1” is not an amount above zero in %2. Write a number with a dot "
                            "and no thousands separator, such as 250000.00.")
                         .arg(value, currency));
        return std::nullopt;
    }
    return *money;
}

std::optional<QString> ImportRow::country(int column, const ReferenceDataService &reference,
                                          bool optional)
{
    const QString code = text(column).toUpper();
    if (code.isEmpty() && optional) {
        return code;
    }
    if (code.isEmpty()) {
        //: %1 is a column name of a CSV file
        fail(column, Tr::tr("The “%1” column is empty. Write the ISO 3166 alpha-3 code of the "
                            "State, such as FRA.")
                         .arg(m_columns.at(column)));
        return std::nullopt;
    }
    if (!reference.contains(code)) {
        //: %1 is what the file holds instead of a country code
        fail(column, Tr::tr("“%1” is not the code of a State of the reference list. Write the "
                            "ISO 3166 alpha-3 code, such as FRA or KEN.")
                         .arg(text(column)));
        return std::nullopt;
    }
    return code;
}

} // namespace FundDesk::Core
