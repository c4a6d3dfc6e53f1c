#include "core/reports/reportcontent.h"

#include "core/domain/moneyformat.h"

#include <QCryptographicHash>

namespace FundDesk::Core {

ReportCell ReportCell::ofText(QString text)
{
    ReportCell cell;
    cell.text = std::move(text);
    return cell;
}

ReportCell ReportCell::ofInteger(qint64 value)
{
    ReportCell cell;
    cell.kind = Kind::Integer;
    cell.number = value;
    return cell;
}

ReportCell ReportCell::ofYear(int year)
{
    ReportCell cell;
    cell.kind = Kind::Year;
    cell.number = year;
    return cell;
}

ReportCell ReportCell::ofMoney(const Money &money)
{
    ReportCell cell;
    cell.kind = Kind::Amount;
    cell.money = money;
    return cell;
}

ReportCell ReportCell::ofDate(const QDate &date)
{
    ReportCell cell;
    cell.kind = Kind::Date;
    cell.date = date;
    return cell;
}

ReportCell ReportCell::ofShare(qint64 part, qint64 whole)
{
    ReportCell cell;
    cell.kind = Kind::Percent;
    // Tenths of a percent, halves up: exact integers, no floating point.
    cell.number = whole == 0 ? 0 : (part * 2000 + whole) / (2 * whole);
    return cell;
}

QString ReportCell::display(const QLocale &locale) const
{
    switch (kind) {
    case Kind::Text:
        return text;
    case Kind::Integer:
        return locale.toString(number);
    case Kind::Year:
        return QString::number(number); // "2026", never "2,026"
    case Kind::Amount:
        return MoneyFormat::format(money, locale);
    case Kind::Date:
        return date.isValid() ? locale.toString(date, QLocale::ShortFormat) : QString();
    case Kind::Percent:
        return locale.toString(double(number) / 10.0, 'f', 1) + locale.percent();
    }
    return text;
}

QVariant ReportCell::csvValue() const
{
    switch (kind) {
    case Kind::Text:
        return text;
    case Kind::Integer:
    case Kind::Year:
        return number;
    case Kind::Amount:
        return money.toPlainString();
    case Kind::Date:
        return date.toString(Qt::ISODate);
    case Kind::Percent:
        return QStringLiteral("%1.%2").arg(number / 10).arg(number % 10);
    }
    return text;
}

CsvTable DocumentTable::toCsv() const
{
    CsvTable csv;
    csv.header = header;
    for (const auto &row : rows) {
        QVariantList values;
        for (const ReportCell &cell : row) {
            values << cell.csvValue();
        }
        csv.rows << values;
    }
    return csv;
}

ReportSection &ReportSection::paragraph(const QString &text)
{
    ReportBlock block;
    block.text = text;
    blocks << block;
    return *this;
}

ReportSection &ReportSection::lines(const QList<ReportLine> &values)
{
    ReportBlock block;
    block.kind = ReportBlock::Kind::Lines;
    block.lines = values;
    blocks << block;
    return *this;
}

ReportSection &ReportSection::table(const DocumentTable &value)
{
    ReportBlock block;
    block.kind = ReportBlock::Kind::Table;
    block.table = value;
    blocks << block;
    return *this;
}

ReportSection &ReportSection::chart(const ReportChart &value)
{
    ReportBlock block;
    block.kind = ReportBlock::Kind::Chart;
    block.chart = value;
    blocks << block;
    return *this;
}

ReportSection &ReportSection::signature(const QList<ReportLine> &values)
{
    ReportBlock block;
    block.kind = ReportBlock::Kind::Signature;
    block.lines = values;
    blocks << block;
    return *this;
}

QLocale ReportDocument::locale() const
{
    return documentLocale(language);
}

QList<DocumentTable> ReportDocument::tables() const
{
    QList<DocumentTable> all;
    for (const ReportSection &section : sections) {
        for (const ReportBlock &block : section.blocks) {
            if (block.kind == ReportBlock::Kind::Table) {
                all << block.table;
            }
        }
    }
    return all;
}

QLocale documentLocale(Language language)
{
    switch (language) {
    case Language::Arabic:
        // Arabic words with Latin digits, comma groups and a decimal point ("1,366,000.50"),
        // as the UN's Arabic financial documents print figures. The default Arabic locale
        // (Egypt) would write Arabic-Indic digits; the Maghreb ones swap comma and point.
        return QLocale(QLocale::Arabic, QLocale::UnitedArabEmirates);
    case Language::Chinese:
        return QLocale(QLocale::Chinese, QLocale::China);
    case Language::English:
        return QLocale(QLocale::English, QLocale::UnitedStates);
    case Language::French:
        return QLocale(QLocale::French, QLocale::France);
    case Language::Russian:
        return QLocale(QLocale::Russian, QLocale::Russia);
    case Language::Spanish:
        return QLocale(QLocale::Spanish, QLocale::Spain);
    }
    return QLocale(QLocale::English, QLocale::UnitedStates);
}

QString recordChecksum(const QString &canonicalText)
{
    return QString::fromLatin1(
        QCryptographicHash::hash(canonicalText.toUtf8(), QCryptographicHash::Sha256).toHex());
}

} // namespace FundDesk::Core
