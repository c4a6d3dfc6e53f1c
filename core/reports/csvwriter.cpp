#include "core/reports/csvwriter.h"

#include "core/coretr.h"

#include <QSaveFile>

namespace FundDesk::Core {

namespace {

QString record(const QVariantList &cells)
{
    QStringList fields;
    fields.reserve(cells.size());
    for (const QVariant &cell : cells) {
        fields.append(CsvWriter::field(cell));
    }
    return fields.join(u',') + QStringLiteral("\r\n");
}

} // namespace

QString CsvWriter::field(const QVariant &value)
{
    QString text;
    switch (value.typeId()) {
    case QMetaType::Int:
    case QMetaType::LongLong:
    case QMetaType::UInt:
    case QMetaType::ULongLong:
        text = QString::number(value.toLongLong());
        break;
    default:
        text = value.toString();
        break;
    }
    if (text.contains(u',') || text.contains(u'"') || text.contains(u'\r')
        || text.contains(u'\n')) {
        text.replace(QStringLiteral("\""), QStringLiteral("\"\""));
        return u'"' + text + u'"';
    }
    return text;
}

QByteArray CsvWriter::toBytes(const CsvTable &table)
{
    QString text;
    if (!table.header.isEmpty()) {
        QVariantList header;
        for (const QString &name : table.header) {
            header.append(name);
        }
        text += record(header);
    }
    for (const QVariantList &row : table.rows) {
        text += record(row);
    }
    return text.toUtf8();
}

Result<void> CsvWriter::write(const CsvTable &table, const QString &path)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        //: %1 is a file path
        return makeError(ErrorCode::Io,
                         Tr::tr("The file “%1” could not be written. Check that the folder "
                                "exists and that you may write to it.")
                             .arg(path),
                         file.errorString());
    }
    const QByteArray bytes = toBytes(table);
    if (file.write(bytes) != bytes.size() || !file.commit()) {
        return makeError(ErrorCode::Io,
                         Tr::tr("The file “%1” could not be written. Check that the disk is not "
                                "full.")
                             .arg(path),
                         file.errorString());
    }
    return {};
}

} // namespace FundDesk::Core
