#include "ui/widgets/auditchangetext.h"

#include "ui/uitr.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>

namespace FundDesk::Ui {

namespace {

QJsonObject objectOf(const QString &json)
{
    return json.isEmpty() ? QJsonObject() : QJsonDocument::fromJson(json.toUtf8()).object();
}

QString valueText(const QJsonValue &value)
{
    if (value.isNull() || value.isUndefined()) {
        //: an empty value in the history of a record
        return Tr::tr("(empty)");
    }
    if (value.isString()) {
        return QStringLiteral("“%1”").arg(value.toString());
    }
    if (value.isDouble()) {
        return QString::number(value.toInteger());
    }
    return QString::fromUtf8(QJsonDocument(QJsonObject{{QStringLiteral("v"), value}})
                                 .toJson(QJsonDocument::Compact));
}

} // namespace

QStringList AuditChangeText::lines(const Core::AuditEntry &entry)
{
    const QJsonObject before = objectOf(entry.oldValues);
    const QJsonObject after = objectOf(entry.newValues);
    QStringList lines;
    if (entry.action == QLatin1String("update")) {
        for (auto it = after.constBegin(); it != after.constEnd(); ++it) {
            const QJsonValue old = before.value(it.key());
            if (old != it.value()) {
                //: one changed field in a record's history: %1 the field, %2 old, %3 new value
                lines << Tr::tr("%1: %2 → %3").arg(it.key(), valueText(old), valueText(*it));
            }
        }
        return lines;
    }
    const QJsonObject &values = entry.action == QLatin1String("delete") ? before : after;
    for (auto it = values.constBegin(); it != values.constEnd(); ++it) {
        // Empty texts say nothing about a created or deleted record.
        if (!it.value().isNull() && it.value() != QJsonValue(QString())) {
            //: one field of a created or deleted record: %1 the field, %2 its value
            lines << Tr::tr("%1: %2").arg(it.key(), valueText(*it));
        }
    }
    return lines;
}

QString AuditChangeText::actionName(const QString &action)
{
    if (action == QLatin1String("insert")) {
        //: what happened to a record, in its history
        return Tr::tr("Created");
    }
    if (action == QLatin1String("delete")) {
        //: what happened to a record, in its history
        return Tr::tr("Deleted");
    }
    //: what happened to a record, in its history
    return Tr::tr("Changed");
}

QString AuditChangeText::when(const QString &isoUtc)
{
    QDateTime at = QDateTime::fromString(isoUtc, Qt::ISODateWithMs);
    if (!at.isValid()) {
        return isoUtc;
    }
    return QLocale().toString(at.toLocalTime(), QLocale::ShortFormat);
}

} // namespace FundDesk::Ui
