#include "core/repositories/contributionjson.h"

#include "core/coretr.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonParseError>
#include <QJsonValue>

namespace FundDesk::Core {

namespace {

// Integers go into the JSON as integers (QJsonValue keeps all 64 bits in Qt 6), never as
// doubles, so amounts read back to the minor unit.
QJsonValue integer(qint64 value)
{
    return QJsonValue(value);
}

QString isoDate(const QDate &date)
{
    return date.isValid() ? date.toString(Qt::ISODate) : QString();
}

Error corrupt(const QString &detail)
{
    return makeError(ErrorCode::Corrupt,
                     Tr::tr("A saved earlier state of a contribution in the fund's database is "
                            "damaged and cannot be shown."),
                     QStringLiteral("contribution_history.before_json: %1").arg(detail));
}

Result<qint64> readInteger(const QJsonObject &object, const QString &key)
{
    const QJsonValue value = object.value(key);
    if (!value.isDouble()) {
        return corrupt(QStringLiteral("%1 is not a number").arg(key));
    }
    // toInteger() refuses a fractional or out-of-range number instead of truncating it.
    const qint64 missing = -1;
    const qint64 result = value.toInteger(missing);
    if (result == missing && value.toDouble() != -1.0) {
        return corrupt(QStringLiteral("%1 is not an integer").arg(key));
    }
    return result;
}

Result<QDate> readDate(const QJsonObject &object, const QString &key)
{
    const QString text = object.value(key).toString();
    const QDate date = QDate::fromString(text, Qt::ISODate);
    if (!date.isValid()) {
        return corrupt(QStringLiteral("%1 = \"%2\" is not a date").arg(key, text));
    }
    return date;
}

} // namespace

QJsonObject ContributionJson::toJson(const Contribution &contribution)
{
    QJsonArray schedule;
    for (const ScheduledPayment &payment : contribution.schedule) {
        schedule.append(QJsonObject{
            {QStringLiteral("due_date"), isoDate(payment.due)},
            {QStringLiteral("amount_minor"), integer(payment.amount.minor())},
        });
    }
    return QJsonObject{
        {QStringLiteral("id"), integer(contribution.id.value())},
        {QStringLiteral("donor_id"), integer(contribution.donorId.value())},
        {QStringLiteral("type"), contributionTypeKey(contribution.type)},
        {QStringLiteral("date"), isoDate(contribution.date)},
        {QStringLiteral("amount_minor"), integer(contribution.amount.minor())},
        {QStringLiteral("currency"), contribution.amount.currency()},
        {QStringLiteral("usd_rate_e9"), integer(contribution.usdRate.scaled())},
        {QStringLiteral("usd_minor"), integer(contribution.usdValue.minor())},
        {QStringLiteral("pledge_id"), integer(contribution.pledgeId.value())},
        {QStringLiteral("publication"), publicationConsentKey(contribution.publication)},
        {QStringLiteral("conditions"), contribution.conditions},
        {QStringLiteral("earmarked"), contribution.earmarked},
        {QStringLiteral("conditions_not_earmark"), contribution.conditionsNotEarmarkConfirmed},
        {QStringLiteral("reference"), contribution.reference},
        {QStringLiteral("notes"), contribution.notes},
        {QStringLiteral("schedule"), schedule},
    };
}

QByteArray ContributionJson::toBytes(const Contribution &contribution)
{
    return QJsonDocument(toJson(contribution)).toJson(QJsonDocument::Compact);
}

Result<Contribution> ContributionJson::fromBytes(const QByteArray &json)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError || !document.isObject()) {
        return corrupt(parseError.errorString());
    }
    return fromJson(document.object());
}

Result<Contribution> ContributionJson::fromJson(const QJsonObject &object)
{
    Contribution contribution;
    const auto id = readInteger(object, QStringLiteral("id"));
    const auto donorId = readInteger(object, QStringLiteral("donor_id"));
    const auto amountMinor = readInteger(object, QStringLiteral("amount_minor"));
    const auto rateScaled = readInteger(object, QStringLiteral("usd_rate_e9"));
    const auto usdMinor = readInteger(object, QStringLiteral("usd_minor"));
    const auto pledgeId = readInteger(object, QStringLiteral("pledge_id"));
    for (const auto *number : {&id, &donorId, &amountMinor, &rateScaled, &usdMinor, &pledgeId}) {
        if (!number->ok()) {
            return number->error();
        }
    }
    contribution.id = ContributionId(*id);
    contribution.donorId = DonorId(*donorId);
    contribution.pledgeId = ContributionId(*pledgeId);

    const QString typeKey = object.value(QStringLiteral("type")).toString();
    const auto type = contributionTypeFromKey(typeKey);
    if (!type) {
        return corrupt(QStringLiteral("type = \"%1\"").arg(typeKey));
    }
    contribution.type = *type;
    const auto date = readDate(object, QStringLiteral("date"));
    if (!date) {
        return date.error();
    }
    contribution.date = *date;

    const QString currency = object.value(QStringLiteral("currency")).toString();
    const auto amount = Money::fromMinor(*amountMinor, currency);
    if (!amount) {
        return corrupt(QStringLiteral("currency = \"%1\"").arg(currency));
    }
    contribution.amount = *amount;
    const auto rate = ExchangeRate::fromScaled(*rateScaled);
    if (!rate) {
        return corrupt(QStringLiteral("usd_rate_e9 = %1").arg(*rateScaled));
    }
    contribution.usdRate = *rate;
    contribution.usdValue = Money::usd(*usdMinor);

    const QString publicationKey = object.value(QStringLiteral("publication")).toString();
    const auto publication = publicationConsentFromKey(publicationKey);
    if (!publication) {
        return corrupt(QStringLiteral("publication = \"%1\"").arg(publicationKey));
    }
    contribution.publication = *publication;
    contribution.conditions = object.value(QStringLiteral("conditions")).toString();
    contribution.earmarked = object.value(QStringLiteral("earmarked")).toBool();
    contribution.conditionsNotEarmarkConfirmed =
        object.value(QStringLiteral("conditions_not_earmark")).toBool();
    contribution.reference = object.value(QStringLiteral("reference")).toString();
    contribution.notes = object.value(QStringLiteral("notes")).toString();

    const QJsonArray schedule = object.value(QStringLiteral("schedule")).toArray();
    for (const QJsonValue &entry : schedule) {
        const QJsonObject paymentObject = entry.toObject();
        const auto due = readDate(paymentObject, QStringLiteral("due_date"));
        if (!due) {
            return due.error();
        }
        const auto minor = readInteger(paymentObject, QStringLiteral("amount_minor"));
        if (!minor) {
            return minor.error();
        }
        // The currency is known: the amount above was built from it.
        contribution.schedule.append({*due, Money::fromMinor(*minor, currency).value()});
    }
    return contribution;
}

} // namespace FundDesk::Core
