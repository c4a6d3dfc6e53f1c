#include "core/repositories/sponsorshiprow.h"

#include "core/coretr.h"

#include <QStringList>
#include <QVariant>

namespace FundDesk::Core::SponsorshipRow {

namespace {

// Every column but id, in the order read() expects after id.
QStringList columns()
{
    QStringList list{QStringLiteral("meeting_id"),    QStringLiteral("applicant_name"),
                     QStringLiteral("gender"),        QStringLiteral("state_iso3"),
                     QStringLiteral("ministry"),      QStringLiteral("title"),
                     QStringLiteral("capital_based"), QStringLiteral("contact")};
    for (const EligibilityCriterion criterion : allEligibilityCriteria()) {
        const QString key = eligibilityCriterionKey(criterion);
        list << QStringLiteral("met_") + key << QStringLiteral("evidence_") + key;
    }
    list << QStringLiteral("letter_received") << QStringLiteral("estimated_minor")
         << QStringLiteral("override_minor") << QStringLiteral("override_reason")
         << QStringLiteral("score") << QStringLiteral("status") << QStringLiteral("attended_all")
         << QStringLiteral("report_received") << QStringLiteral("actual_minor")
         << QStringLiteral("notes");
    return list;
}

Error corrupt(qint64 id, const QString &column, const QString &value)
{
    return makeError(ErrorCode::Corrupt,
                     Tr::tr("The list of sponsorships in the fund's database is damaged: "
                            "application %1 has an unknown value in “%2”.")
                         .arg(QString::number(id), column),
                     QStringLiteral("sponsorships.%1 = \"%2\" for id %3")
                         .arg(column, value, QString::number(id)),
                     column);
}

QVariant optionalBool(const std::optional<bool> &value)
{
    return value ? QVariant(*value ? 1 : 0) : QVariant();
}

std::optional<bool> readOptionalBool(const QVariant &value)
{
    return value.isNull() ? std::nullopt : std::optional<bool>(value.toInt() != 0);
}

QString text(const QString &value)
{
    return value.isNull() ? QStringLiteral("") : value;
}

} // namespace

QString selectAll()
{
    return QStringLiteral("SELECT id, ") + columns().join(QStringLiteral(", ")) +
           QStringLiteral(" FROM sponsorships");
}

QString insertColumns()
{
    const QStringList names = columns();
    return QStringLiteral("(") + names.join(QStringLiteral(", ")) + QStringLiteral(") VALUES (:") +
           names.join(QStringLiteral(", :")) + QStringLiteral(")");
}

QString updateAssignments()
{
    QStringList assignments;
    for (const QString &name : columns()) {
        assignments << name + QStringLiteral(" = :") + name;
    }
    return assignments.join(QStringLiteral(", "));
}

Result<SponsorshipApplication> read(const QSqlQuery &query)
{
    SponsorshipApplication application;
    int column = 0;
    const auto next = [&] { return query.value(column++); };
    const qint64 id = next().toLongLong();
    application.id = SponsorshipId(id);
    application.meetingId = MeetingId(next().toLongLong());
    application.applicantName = next().toString();
    const QString genderValue = next().toString();
    const auto gender = genderFromKey(genderValue);
    if (!gender) {
        return corrupt(id, QStringLiteral("gender"), genderValue);
    }
    application.gender = *gender;
    application.stateIso3 = next().toString();
    application.ministry = next().toString();
    application.title = next().toString();
    application.capitalBased = next().toInt() != 0;
    application.contact = next().toString();
    for (CriterionAssessment &assessment : application.criteria) {
        assessment.met = readOptionalBool(next());
        assessment.evidence = next().toString();
    }
    application.nominatingLetterReceived = next().toInt() != 0;
    application.estimatedCost = Money::usd(next().toLongLong());
    const QVariant override = next();
    if (!override.isNull()) {
        application.costOverride = Money::usd(override.toLongLong());
    }
    application.overrideReason = next().toString();
    const QVariant score = next();
    if (!score.isNull()) {
        application.score = score.toInt();
    }
    const QString statusValue = next().toString();
    const auto status = applicationStatusFromKey(statusValue);
    if (!status) {
        return corrupt(id, QStringLiteral("status"), statusValue);
    }
    application.status = *status;
    application.attendedAllFormalMeetings = readOptionalBool(next());
    application.reportReceived = next().toInt() != 0;
    const QVariant actual = next();
    if (!actual.isNull()) {
        application.actualCost = Money::usd(actual.toLongLong());
    }
    application.notes = next().toString();
    return application;
}

void bind(QSqlQuery &query, const SponsorshipApplication &a)
{
    const auto set = [&](const char *name, const QVariant &value) {
        query.bindValue(QLatin1Char(':') + QLatin1String(name), value);
    };
    set("meeting_id", a.meetingId.value());
    set("applicant_name", a.applicantName);
    set("gender", genderKey(a.gender.value_or(Gender::OtherOrUndisclosed)));
    set("state_iso3", a.stateIso3);
    set("ministry", text(a.ministry));
    set("title", text(a.title));
    set("capital_based", a.capitalBased ? 1 : 0);
    set("contact", text(a.contact));
    for (const EligibilityCriterion criterion : allEligibilityCriteria()) {
        const QString key = eligibilityCriterionKey(criterion);
        query.bindValue(QStringLiteral(":met_") + key, optionalBool(a.criterion(criterion).met));
        query.bindValue(QStringLiteral(":evidence_") + key, text(a.criterion(criterion).evidence));
    }
    set("letter_received", a.nominatingLetterReceived ? 1 : 0);
    set("estimated_minor", a.estimatedCost.minor());
    set("override_minor", a.costOverride ? QVariant(a.costOverride->minor()) : QVariant());
    set("override_reason", text(a.overrideReason));
    set("score", a.score ? QVariant(*a.score) : QVariant());
    set("status", applicationStatusKey(a.status));
    set("attended_all", optionalBool(a.attendedAllFormalMeetings));
    set("report_received", a.reportReceived ? 1 : 0);
    set("actual_minor", a.actualCost ? QVariant(a.actualCost->minor()) : QVariant());
    set("notes", text(a.notes));
}

} // namespace FundDesk::Core::SponsorshipRow
