#pragma once

#include "core/domain/language.h"
#include "core/domain/money.h"
#include "core/reports/csvwriter.h"

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QLocale>
#include <QString>
#include <QStringList>

namespace FundDesk::Core {

// One value of a document, typed so the same content shows in a locale (PDF, text) and
// writes locale-free (golden CSV): money stays Money, a date stays a QDate.
struct ReportCell
{
    enum class Kind { Text, Integer, Year, Amount, Date, Percent };

    Kind kind = Kind::Text;
    QString text;
    qint64 number = 0; // Integer; Percent in tenths of a percent (125 = 12.5 %)
    Money money = Money::usd(0);
    QDate date;

    static ReportCell ofText(QString text);
    static ReportCell ofInteger(qint64 value);
    static ReportCell ofYear(int year);
    static ReportCell ofMoney(const Money &money);
    static ReportCell ofDate(const QDate &date);
    // part / whole as a percentage to one decimal, halves up; 0 when whole is 0.
    static ReportCell ofShare(qint64 part, qint64 whole);

    bool isNumeric() const { return kind != Kind::Text && kind != Kind::Date; }
    QString display(const QLocale &locale) const;
    QVariant csvValue() const; // "1234.56", ISO dates, integers as integers
    bool operator==(const ReportCell &) const = default;
};

// "Label: value" lines, such as the cover's or an application's summary.
struct ReportLine
{
    QString label;
    ReportCell value;
    bool operator==(const ReportLine &) const = default;
};

// NOTE for the documents helper (from the lead): renamed from ReportTable, which is the
// dashboard's chart table in core/reports/reporttable.h — two classes of one name broke the link.
struct DocumentTable
{
    QString key; // names the golden CSV: "contributions", "use_of_funds" …
    QStringList header;
    QList<QList<ReportCell>> rows;
    bool lastRowIsTotal = false;
    QList<int> columnPercent; // widths on paper; empty lets the renderer decide

    CsvTable toCsv() const;
    bool operator==(const DocumentTable &) const = default;
};

// A bar chart, drawn as vectors by the renderer.
struct ReportChart
{
    QString title;
    QList<ReportLine> bars; // label and a Money value
    bool operator==(const ReportChart &) const = default;
};

struct ReportBlock
{
    enum class Kind { Paragraph, Lines, Table, Chart, Signature };
    Kind kind = Kind::Paragraph;
    QString text;            // Paragraph
    QList<ReportLine> lines; // Lines, Signature
    DocumentTable table;
    ReportChart chart;
    bool operator==(const ReportBlock &) const = default;
};

struct ReportSection
{
    QString title;
    QList<ReportBlock> blocks;
    bool startsPage = false;
    int level = 1; // 1 section, 2 subsection

    ReportSection &paragraph(const QString &text);
    ReportSection &lines(const QList<ReportLine> &lines);
    ReportSection &table(const DocumentTable &table);
    ReportSection &chart(const ReportChart &chart);
    ReportSection &signature(const QList<ReportLine> &lines);
    bool operator==(const ReportSection &) const = default;
};

// What a document says, in its language, with nothing about how it looks. Built by the
// report builders in core (strings translated while the document's language is installed),
// drawn by ui/documents, and readable as plain text for tests.
struct ReportDocument
{
    Language language = Language::English;
    QString title;
    QString subtitle;
    QList<ReportLine> cover;
    QList<ReportSection> sections;
    QString notice;       // on every page, e.g. "Internal — contains personal data" (¶11)
    QString pageTemplate; // "Page %1 of %2", translated
    QString footer;       // when made and the checksum
    QString checksum;     // SHA-256 of the canonical record text, hex
    QDateTime madeAt;     // UTC

    bool rightToLeft() const { return language == Language::Arabic; }
    QLocale locale() const;
    QList<DocumentTable> tables() const; // every table, in order
    bool operator==(const ReportDocument &) const = default;
};

// The locale documents format numbers and dates in: the language's own, with Latin digits
// in every language (Arabic included), so figures read the same in all six editions.
QLocale documentLocale(Language language);

// SHA-256 of the UTF-8 text, lower-case hex.
QString recordChecksum(const QString &canonicalText);

} // namespace FundDesk::Core
