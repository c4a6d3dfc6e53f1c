#include "core/services/referencedatacsv.h"

#include "core/coretr.h"

#include <QHash>
#include <QSet>
#include <QStringDecoder>

#include <algorithm>
#include <utility>

namespace FundDesk::Core {

namespace {

struct Record
{
    int row = 0; // line of the file where the record starts
    QStringList fields;
};

// Column names of the reference CSVs (resources/reference/*.csv).
const QString kIso3 = QStringLiteral("iso3");
const QString kM49 = QStringLiteral("m49");
const QString kRegion = QStringLiteral("region");
const QString kSubregion = QStringLiteral("subregion");
const QString kRegionalGroup = QStringLiteral("un_regional_group");
const QString kLdc = QStringLiteral("ldc");
const QString kLldc = QStringLiteral("lldc");
const QString kSids = QStringLiteral("sids");

QString nameColumn(Language language)
{
    switch (language) {
    case Language::Arabic:
        return QStringLiteral("name_ar");
    case Language::Chinese:
        return QStringLiteral("name_zh");
    case Language::English:
        return QStringLiteral("name_en");
    case Language::French:
        return QStringLiteral("name_fr");
    case Language::Russian:
        return QStringLiteral("name_ru");
    case Language::Spanish:
        return QStringLiteral("name_es");
    }
    return {};
}

QStringList requiredColumns()
{
    QStringList columns{kIso3, kM49};
    for (Language language : allLanguages()) {
        columns.append(nameColumn(language));
    }
    columns << kRegion << kSubregion << kRegionalGroup << kLdc << kLldc << kSids;
    return columns;
}

Error csvError(QString message, int row, const QString &column, const QString &value = {})
{
    return makeError(ErrorCode::InvalidInput, std::move(message),
                     QStringLiteral("reference CSV: row %1, column %2, value \"%3\"")
                         .arg(row)
                         .arg(column, value),
                     column);
}

Error syntaxError(int row, int column)
{
    return csvError(Tr::tr("Reference data, row %1, column %2: a quotation mark is misplaced. "
                           "A field with quotation marks must be enclosed in them entirely.")
                        .arg(row)
                        .arg(column),
                    row, QString::number(column));
}

// Splits RFC 4180 text into records. Blank lines are skipped.
Result<QList<Record>> splitRecords(QStringView text)
{
    QList<Record> records;
    Record record{1, {}};
    QString field;
    bool inQuotes = false;
    bool fieldWasQuoted = false;
    int line = 1;

    const auto endField = [&] {
        record.fields.append(field);
        field.clear();
        fieldWasQuoted = false;
    };
    const auto endRecord = [&] {
        endField();
        if (record.fields.size() > 1 || !record.fields.constFirst().isEmpty()) {
            records.append(record);
        }
        ++line;
        record = Record{line, {}};
    };

    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (inQuotes) {
            if (c == u'"') {
                if (i + 1 < text.size() && text.at(i + 1) == u'"') {
                    field.append(c);
                    ++i;
                } else {
                    inQuotes = false;
                }
                continue;
            }
            if (c == u'\n') {
                ++line;
            }
            field.append(c);
            continue;
        }
        if (c == u',') {
            endField();
        } else if (c == u'\n') {
            endRecord();
        } else if (c == u'\r' && i + 1 < text.size() && text.at(i + 1) == u'\n') {
            continue; // the LF that follows ends the record
        } else if (c == u'"' && field.isEmpty() && !fieldWasQuoted) {
            inQuotes = true;
            fieldWasQuoted = true;
        } else if (c == u'"' || fieldWasQuoted) {
            return syntaxError(line, int(record.fields.size()) + 1);
        } else {
            field.append(c);
        }
    }
    if (inQuotes) {
        return csvError(Tr::tr("Reference data, row %1: a quoted field is not closed before the "
                               "end of the file.")
                            .arg(record.row),
                        record.row, QString::number(record.fields.size() + 1));
    }
    if (!record.fields.isEmpty() || !field.isEmpty() || fieldWasQuoted) {
        endRecord();
    }
    return records;
}

// Finds every required column by name in the header row.
Result<QHash<QString, qsizetype>> mapColumns(const Record &header)
{
    QHash<QString, qsizetype> positions;
    for (qsizetype i = 0; i < header.fields.size(); ++i) {
        const QString name = header.fields.at(i).trimmed();
        if (positions.contains(name)) {
            return csvError(Tr::tr("Reference data: the column “%1” appears twice in the header.")
                                .arg(name),
                            header.row, name);
        }
        positions.insert(name, i);
    }
    for (const QString &column : requiredColumns()) {
        if (!positions.contains(column)) {
            return csvError(Tr::tr("Reference data: the column “%1” is missing from the header.")
                                .arg(column),
                            header.row, column);
        }
    }
    return positions;
}

bool isIso3(const QString &code)
{
    return code.size() == 3 && std::all_of(code.cbegin(), code.cend(), [](QChar c) {
               return c >= u'A' && c <= u'Z';
           });
}

bool isM49(const QString &code)
{
    return code.size() == 3 && std::all_of(code.cbegin(), code.cend(), [](QChar c) {
               return c >= u'0' && c <= u'9';
           });
}

class RowReader final
{
public:
    RowReader(const Record &record, const QHash<QString, qsizetype> &columns)
        : m_record(record), m_columns(columns)
    {
    }

    QString value(const QString &column) const
    {
        return m_record.fields.at(m_columns.value(column));
    }

    Result<QString> required(const QString &column) const
    {
        QString text = value(column);
        if (text.trimmed().isEmpty()) {
            return csvError(Tr::tr("Reference data, row %1, column “%2”: the value is empty.")
                                .arg(m_record.row)
                                .arg(column),
                            m_record.row, column);
        }
        return text;
    }

    Result<bool> flag(const QString &column) const
    {
        const QString text = value(column);
        if (text == u"0" || text == u"1") {
            return text == u"1";
        }
        return csvError(Tr::tr("Reference data, row %1, column “%2”: “%3” is not 0 or 1.")
                            .arg(m_record.row)
                            .arg(column, text),
                        m_record.row, column, text);
    }

    Error invalid(const QString &column, const QString &text) const
    {
        return csvError(Tr::tr("Reference data, row %1, column “%2”: “%3” is not a valid value.")
                            .arg(m_record.row)
                            .arg(column, text),
                        m_record.row, column, text);
    }

    int row() const { return m_record.row; }

private:
    const Record &m_record;
    const QHash<QString, qsizetype> &m_columns;
};

Result<State> readState(const RowReader &row, bool member)
{
    State state;
    state.member = member;

    state.iso3 = row.value(kIso3);
    if (!isIso3(state.iso3)) {
        return row.invalid(kIso3, state.iso3);
    }
    state.m49 = row.value(kM49);
    if (!isM49(state.m49)) {
        return row.invalid(kM49, state.m49);
    }
    for (Language language : allLanguages()) {
        auto name = row.required(nameColumn(language));
        if (!name) {
            return name.error();
        }
        state.setName(language, std::move(name).value());
    }

    const QString regionName = row.value(kRegion);
    const auto region = regionFromName(regionName);
    if (!region) {
        return row.invalid(kRegion, regionName);
    }
    state.region = *region;

    auto subregion = row.required(kSubregion);
    if (!subregion) {
        return subregion.error();
    }
    state.subregion = std::move(subregion).value();

    const QString groupName = row.value(kRegionalGroup);
    const auto group = regionalGroupFromName(groupName);
    if (!group) {
        return row.invalid(kRegionalGroup, groupName);
    }
    state.regionalGroup = *group;

    const std::pair<const QString &, PriorityGroup> flags[] = {
        {kLdc, PriorityGroup::Ldc}, {kLldc, PriorityGroup::Lldc}, {kSids, PriorityGroup::Sids}};
    for (const auto &[column, priorityGroup] : flags) {
        const auto set = row.flag(column);
        if (!set) {
            return set.error();
        }
        state.priority.setFlag(priorityGroup, *set);
    }
    return state;
}

} // namespace

Result<QList<State>> ReferenceDataCsv::parse(const QByteArray &csv, bool member)
{
    QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    QString text = decoder.decode(csv);
    if (decoder.hasError()) {
        return makeError(ErrorCode::InvalidInput,
                         Tr::tr("Reference data: the file is not valid UTF-8 text."));
    }
    if (text.startsWith(QChar::ByteOrderMark)) {
        text.remove(0, 1);
    }

    auto records = splitRecords(text);
    if (!records) {
        return records.error();
    }
    if (records->isEmpty()) {
        return makeError(ErrorCode::InvalidInput,
                         Tr::tr("Reference data: the file is empty; a header row is expected."));
    }
    const Record &header = records->constFirst();
    const auto columns = mapColumns(header);
    if (!columns) {
        return columns.error();
    }

    QList<State> states;
    QSet<QString> iso3Seen;
    QSet<QString> m49Seen;
    for (qsizetype i = 1; i < records->size(); ++i) {
        const Record &record = records->at(i);
        if (record.fields.size() != header.fields.size()) {
            return csvError(Tr::tr("Reference data, row %1: %2 fields where the header has %3.")
                                .arg(record.row)
                                .arg(record.fields.size())
                                .arg(header.fields.size()),
                            record.row, {});
        }
        const RowReader row(record, *columns);
        auto state = readState(row, member);
        if (!state) {
            return state.error();
        }
        if (iso3Seen.contains(state->iso3)) {
            return csvError(Tr::tr("Reference data, row %1, column “%2”: “%3” appears twice.")
                                .arg(record.row)
                                .arg(kIso3, state->iso3),
                            record.row, kIso3, state->iso3);
        }
        if (m49Seen.contains(state->m49)) {
            return csvError(Tr::tr("Reference data, row %1, column “%2”: “%3” appears twice.")
                                .arg(record.row)
                                .arg(kM49, state->m49),
                            record.row, kM49, state->m49);
        }
        iso3Seen.insert(state->iso3);
        m49Seen.insert(state->m49);
        states.append(std::move(state).value());
    }
    return states;
}

} // namespace FundDesk::Core
