#include "core/io/csvreader.h"

#include "core/coretr.h"
#include "core/io/utf8check.h"

#include <QFile>

#include <utility>

namespace FundDesk::Core {

namespace {

Error refused(const QString &message, const QString &detail = {})
{
    return makeError(ErrorCode::InvalidInput, message, detail);
}

int lineOf(QByteArrayView bytes, qsizetype offset)
{
    return int(bytes.first(offset).count('\n')) + 1;
}

bool isJunk(char16_t c)
{
    return (c < 0x20 && c != u'\t' && c != u'\r' && c != u'\n') || c == 0x7F;
}

// The header decides: whichever of ',' and ';' it holds more of, outside quotes.
QChar detectSeparator(QStringView text)
{
    qsizetype commas = 0;
    qsizetype semicolons = 0;
    bool quoted = false;
    for (const QChar c : text) {
        if (c == u'"') {
            quoted = !quoted;
        } else if (!quoted && (c == u'\n' || c == u'\r')) {
            break;
        } else if (!quoted && c == u',') {
            ++commas;
        } else if (!quoted && c == u';') {
            ++semicolons;
        }
    }
    return semicolons > commas ? QChar(u';') : QChar(u',');
}

// RFC 4180 over decoded text; the caller has refused junk and bad UTF-8. Unquoted fields are
// sliced out whole, quoted ones copied between their quotes: no per-character appends.
class Parser
{
public:
    Parser(QStringView text, QChar separator) : m_text(text), m_separator(separator) {}

    Result<CsvDocument> run()
    {
        CsvDocument document;
        document.separator = m_separator;
        while (m_at < m_text.size()) {
            const int line = m_line;
            auto record = readRecord();
            if (!record) {
                return record.error();
            }
            if (record->size() == 1 && record->first().isEmpty() && !m_lastQuoted) {
                continue; // a blank line
            }
            if (document.header.isEmpty()) {
                document.header = std::move(record).value();
                continue;
            }
            document.rows.append(std::move(record).value());
            document.lines.append(line);
        }
        if (document.header.isEmpty()) {
            return refused(
                Tr::tr("The file is empty. Choose a CSV file with a header line "
                       "and at least one row, or write a template first."));
        }
        return document;
    }

private:
    bool atEnd() const { return m_at >= m_text.size(); }

    static Error tooLong(int line)
    {
        //: %1 is a line number, %2 a number of characters
        return refused(Tr::tr("Line %1: a field is longer than %2 characters. Check that the "
                              "quotes of the field are closed.")
                           .arg(line)
                           .arg(CsvReader::maxFieldLength));
    }
    char16_t current() const { return m_text[m_at].unicode(); }

    // One record from m_at, leaving m_at after its line break.
    Result<QStringList> readRecord()
    {
        QStringList fields;
        m_lastQuoted = false;
        const int startLine = m_line;
        while (true) {
            if (fields.size() >= CsvReader::maxFields) {
                //: %1 is a line number, %2 a number of fields
                return refused(Tr::tr("Line %1 has more than %2 fields. Check that the file is "
                                      "a CSV export of a table.")
                                   .arg(startLine)
                                   .arg(CsvReader::maxFields));
            }
            const bool quoted = !atEnd() && current() == u'"';
            auto field = quoted ? readQuoted(startLine) : readUnquoted();
            if (!field) {
                return field.error();
            }
            if (field->size() > CsvReader::maxFieldLength) {
                return tooLong(startLine);
            }
            fields.append(std::move(field).value());
            m_lastQuoted = quoted;
            if (atEnd()) {
                return fields;
            }
            const char16_t c = current();
            ++m_at;
            if (c == m_separator.unicode()) {
                continue;
            }
            if (c == u'\r' && !atEnd() && current() == u'\n') {
                ++m_at;
            }
            ++m_line; // c is a line break: the readers stop only there or at a separator
            return fields;
        }
    }

    Result<QString> readUnquoted()
    {
        const qsizetype start = m_at;
        while (!atEnd()) {
            const char16_t c = current();
            if (c == m_separator.unicode() || c == u'\n' || c == u'\r') {
                break;
            }
            if (c == u'"') {
                //: %1 is a line number of the file
                return refused(Tr::tr("Line %1: a field holds a double quote but does not "
                                      "start with one. Put the field in quotes and double "
                                      "the quote inside it (\"\").")
                                   .arg(m_line));
            }
            ++m_at;
        }
        return m_text.sliced(start, m_at - start).toString();
    }

    Result<QString> readQuoted(int startLine)
    {
        QString field;
        ++m_at; // the opening quote
        while (true) {
            const qsizetype quote = m_text.indexOf(u'"', m_at);
            if (quote < 0 && m_text.size() - m_at <= CsvReader::maxFieldLength) {
                //: %1 is a line number of the file
                return refused(Tr::tr("Line %1: a quoted field is never closed. Add the closing "
                                      "double quote.")
                                   .arg(startLine));
            }
            if (quote < 0 || field.size() + quote - m_at > CsvReader::maxFieldLength) {
                return tooLong(startLine);
            }
            const QStringView chunk = m_text.sliced(m_at, quote - m_at);
            m_line += int(chunk.count(u'\n'));
            field.append(chunk);
            m_at = quote + 1;
            if (!atEnd() && current() == u'"') {
                field.append(u'"'); // a doubled quote
                ++m_at;
                continue;
            }
            break;
        }
        if (!atEnd()) {
            const char16_t c = current();
            if (c != m_separator.unicode() && c != u'\n' && c != u'\r') {
                //: %1 is a line number of the file
                return refused(Tr::tr("Line %1: a quoted field is followed by other text "
                                      "before the next separator. Put the whole field in "
                                      "quotes, or remove the text after the closing quote.")
                                   .arg(m_line));
            }
        }
        return field;
    }

    QStringView m_text;
    QChar m_separator;
    qsizetype m_at = 0;
    int m_line = 1;
    bool m_lastQuoted = false;
};

} // namespace

Result<CsvDocument> CsvReader::parse(const QByteArray &input)
{
    if (input.size() > maxBytes) {
        //: %1 is a size in megabytes
        return refused(Tr::tr("The file is larger than %1 MB. Split it into smaller files.")
                           .arg(maxBytes / (1024 * 1024)));
    }
    QByteArrayView bytes(input);
    if (bytes.startsWith("\xEF\xBB\xBF")) {
        bytes = bytes.sliced(3);
    }
    if (const qsizetype nul = bytes.indexOf('\0'); nul >= 0) {
        //: %1 is a line number of the file
        return refused(Tr::tr("The file holds binary data (a NUL byte on line %1), so it is "
                              "not a CSV text file. Save the table as “CSV UTF-8” and choose "
                              "that file.")
                           .arg(lineOf(bytes, nul)),
                       QStringLiteral("NUL at byte %1").arg(nul));
    }
    if (const qsizetype bad = Utf8Check::firstInvalid(bytes); bad >= 0) {
        //: %1 is a line number of the file
        return refused(Tr::tr("Line %1 is not valid UTF-8 text. Save the table as “CSV "
                              "UTF-8” and choose that file.")
                           .arg(lineOf(bytes, bad)),
                       QStringLiteral("invalid UTF-8 at byte %1").arg(bad));
    }
    const QString text = QString::fromUtf8(bytes);
    int line = 1;
    for (const QChar c : text) {
        if (c == u'\n') {
            ++line;
        } else if (isJunk(c.unicode())) {
            //: %1 is a line number, %2 a character code such as U+0007
            return refused(Tr::tr("Line %1 holds a control character (%2), so the file is not "
                                  "a CSV text file. Save the table as “CSV UTF-8” and choose "
                                  "that file.")
                               .arg(line)
                               .arg(QStringLiteral("U+%1")
                                        .arg(c.unicode(), 4, 16, QLatin1Char('0'))
                                        .toUpper()));
        }
    }
    return Parser(text, detectSeparator(text)).run();
}

Result<CsvDocument> CsvReader::read(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        //: %1 is a file path
        return makeError(ErrorCode::Io,
                         Tr::tr("The file “%1” could not be opened. Check its name and that you "
                                "may read it.")
                             .arg(path),
                         file.errorString());
    }
    if (file.size() > maxBytes) {
        //: %1 is a size in megabytes
        return makeError(ErrorCode::Io,
                         Tr::tr("The file is larger than %1 MB. Split it into smaller files.")
                             .arg(maxBytes / (1024 * 1024)));
    }
    return parse(file.readAll());
}

} // namespace FundDesk::Core
