#include "core/repositories/activityrow.h"

#include "core/coretr.h"
#include "core/db/sqlhelpers.h"

#include <QHash>
#include <QVariant>

namespace FundDesk::Core::ActivityRow {

namespace {

// The column order of kSelect; read() reads by these positions.
enum Column {
    Id,
    Reference,
    Applicant,
    Title,
    Summary,
    Objectives,
    ExpectedOutputs,
    Outcomes,
    StartDate,
    EndDate,
    CoFundingMinor,
    CoFundingSource,
    NeedsText,
    NeedsDocument,
    Status,
    Results,
};

const QString kSelect = QStringLiteral(
    "SELECT id, reference, applicant_iso3, title, summary, objectives, expected_outputs, "
    "outcomes, start_date, end_date, co_funding_minor, co_funding_source, needs_text, "
    "needs_document, status, results FROM activities");

// Runs "SELECT activity_id, … FROM table [WHERE activity_id = :id] ORDER BY …" and hands each
// row with its application to `read`.
template<typename Read>
Result<void> eachChild(const QSqlDatabase &db, const QString &columns, const QString &table,
                       const QString &order, std::optional<ActivityId> only,
                       QHash<qint64, ActivityApplication *> &byId, Read read)
{
    QString sql = QStringLiteral("SELECT activity_id, %1 FROM %2").arg(columns, table);
    if (only) {
        sql += QStringLiteral(" WHERE activity_id = :id");
    }
    sql += QStringLiteral(" ORDER BY activity_id, ") + order;
    auto query = Sql::prepare(db, sql);
    if (!query) {
        return query.error();
    }
    query->setForwardOnly(true);
    if (only) {
        query->bindValue(QStringLiteral(":id"), only->value());
    }
    if (auto done = Sql::execPrepared(*query, QStringLiteral("read ") + table); !done) {
        return done;
    }
    while (query->next()) {
        const qint64 id = query->value(0).toLongLong();
        ActivityApplication *application = byId.value(id);
        if (application == nullptr) {
            continue; // not among the applications asked for
        }
        if (auto done = read(*query, *application); !done) {
            return done;
        }
    }
    return {};
}

template<typename Bind>
Result<void> insertEach(const QSqlDatabase &db, const QString &sql, qsizetype count,
                        const QString &what, Bind bindRow)
{
    if (count == 0) {
        return {};
    }
    auto query = Sql::prepare(db, sql);
    if (!query) {
        return query.error();
    }
    for (qsizetype i = 0; i < count; ++i) {
        bindRow(*query, i);
        if (auto done = Sql::execPrepared(*query, what); !done) {
            return done;
        }
    }
    return {};
}

} // namespace

QString selectAll()
{
    return kSelect;
}

QString text(const QString &value)
{
    return value.isNull() ? QStringLiteral("") : value;
}

Error corrupt(qint64 id, const QString &column, const QString &value)
{
    return makeError(ErrorCode::Corrupt,
                     Tr::tr("The list of activities in the fund's database is damaged: "
                            "activity %1 has an unknown value in “%2”.")
                         .arg(QString::number(id), column),
                     QStringLiteral("activities.%1 = \"%2\" for id %3")
                         .arg(column, value, QString::number(id)),
                     column);
}

Result<ActivityApplication> read(const QSqlQuery &query)
{
    ActivityApplication application;
    const qint64 id = query.value(Id).toLongLong();
    application.id = ActivityId(id);
    application.reference = query.value(Reference).toString();
    application.applicantIso3 = query.value(Applicant).toString();
    application.title = query.value(Title).toString();
    application.summary = query.value(Summary).toString();
    application.objectives = query.value(Objectives).toString();
    application.expectedOutputs = query.value(ExpectedOutputs).toString();
    application.outcomes = query.value(Outcomes).toString();
    application.start = QDate::fromString(query.value(StartDate).toString(), Qt::ISODate);
    if (!application.start.isValid()) {
        return corrupt(id, QStringLiteral("start_date"), query.value(StartDate).toString());
    }
    application.end = QDate::fromString(query.value(EndDate).toString(), Qt::ISODate);
    if (!application.end.isValid()) {
        return corrupt(id, QStringLiteral("end_date"), query.value(EndDate).toString());
    }
    application.coFunding = Money::usd(query.value(CoFundingMinor).toLongLong());
    application.coFundingSource = query.value(CoFundingSource).toString();
    application.needsAssessment = query.value(NeedsText).toString();
    application.needsDocument = query.value(NeedsDocument).toString();
    const QString statusValue = query.value(Status).toString();
    const auto status = applicationStatusFromKey(statusValue);
    if (!status) {
        return corrupt(id, QStringLiteral("status"), statusValue);
    }
    application.status = *status;
    application.results = query.value(Results).toString();
    return application;
}

void bind(QSqlQuery &query, const ActivityApplication &application)
{
    query.bindValue(QStringLiteral(":reference"), text(application.reference));
    query.bindValue(QStringLiteral(":applicant_iso3"), text(application.applicantIso3));
    query.bindValue(QStringLiteral(":title"), text(application.title));
    query.bindValue(QStringLiteral(":summary"), text(application.summary));
    query.bindValue(QStringLiteral(":objectives"), text(application.objectives));
    query.bindValue(QStringLiteral(":expected_outputs"), text(application.expectedOutputs));
    query.bindValue(QStringLiteral(":outcomes"), text(application.outcomes));
    query.bindValue(QStringLiteral(":start_date"), application.start.toString(Qt::ISODate));
    query.bindValue(QStringLiteral(":end_date"), application.end.toString(Qt::ISODate));
    query.bindValue(QStringLiteral(":co_funding_minor"), application.coFunding.minor());
    query.bindValue(QStringLiteral(":co_funding_source"), text(application.coFundingSource));
    query.bindValue(QStringLiteral(":needs_text"), text(application.needsAssessment));
    query.bindValue(QStringLiteral(":needs_document"), text(application.needsDocument));
    query.bindValue(QStringLiteral(":status"), applicationStatusKey(application.status));
    query.bindValue(QStringLiteral(":results"), text(application.results));
}

Result<void> readChildren(const QSqlDatabase &db, QList<ActivityApplication> &applications,
                          std::optional<ActivityId> only)
{
    QHash<qint64, ActivityApplication *> byId;
    for (ActivityApplication &application : applications) {
        byId.insert(application.id.value(), &application);
    }
    if (byId.isEmpty()) {
        return {};
    }
    auto coApplicants = eachChild(
        db, QStringLiteral("iso3"), QStringLiteral("activity_co_applicants"),
        QStringLiteral("position"), only, byId,
        [](const QSqlQuery &row, ActivityApplication &application) -> Result<void> {
            application.coApplicantIso3.append(row.value(1).toString());
            return {};
        });
    if (!coApplicants) {
        return coApplicants;
    }
    auto partners = eachChild(
        db, QStringLiteral("name, kind"), QStringLiteral("activity_partners"),
        QStringLiteral("id"), only, byId,
        [](const QSqlQuery &row, ActivityApplication &application) -> Result<void> {
            const QString kindValue = row.value(2).toString();
            const auto kind = partnerKindFromKey(kindValue);
            if (!kind) {
                return corrupt(application.id.value(), QStringLiteral("partner kind"),
                               kindValue);
            }
            application.partners.append({row.value(1).toString(), *kind});
            return {};
        });
    if (!partners) {
        return partners;
    }
    auto amounts = eachChild(
        db, QStringLiteral("year, amount_minor"), QStringLiteral("activity_amounts"),
        QStringLiteral("year"), only, byId,
        [](const QSqlQuery &row, ActivityApplication &application) -> Result<void> {
            application.requested.append(
                {row.value(1).toInt(), Money::usd(row.value(2).toLongLong())});
            return {};
        });
    if (!amounts) {
        return amounts;
    }
    return eachChild(
        db, QStringLiteral("area"), QStringLiteral("activity_focus_areas"), QStringLiteral("area"),
        only, byId, [](const QSqlQuery &row, ActivityApplication &application) -> Result<void> {
            const QString key = row.value(1).toString();
            const auto area = focusAreaFromKey(key);
            if (!area) {
                return corrupt(application.id.value(), QStringLiteral("focus area"), key);
            }
            application.focusAreas = normalizedFocusAreas(application.focusAreas << *area);
            return {};
        });
}

Result<void> writeChildren(const QSqlDatabase &db, const ActivityApplication &application)
{
    const qint64 id = application.id.value();
    for (const char *table : {"activity_co_applicants", "activity_partners", "activity_amounts",
                              "activity_focus_areas"}) {
        auto query = Sql::prepare(db, QStringLiteral("DELETE FROM %1 WHERE activity_id = :id")
                                          .arg(QLatin1String(table)));
        if (!query) {
            return query.error();
        }
        query->bindValue(QStringLiteral(":id"), id);
        if (auto done = Sql::execPrepared(*query, QStringLiteral("clear activity children"));
            !done) {
            return done;
        }
    }
    auto co = insertEach(
        db,
        QStringLiteral("INSERT INTO activity_co_applicants (activity_id, iso3, position) "
                       "VALUES (:id, :iso3, :position)"),
        application.coApplicantIso3.size(), QStringLiteral("insert co-applicant"),
        [&](QSqlQuery &query, qsizetype i) {
            query.bindValue(QStringLiteral(":id"), id);
            query.bindValue(QStringLiteral(":iso3"), application.coApplicantIso3[i]);
            query.bindValue(QStringLiteral(":position"), qint64(i));
        });
    if (!co) {
        return co;
    }
    auto partners = insertEach(
        db,
        QStringLiteral("INSERT INTO activity_partners (activity_id, name, kind) "
                       "VALUES (:id, :name, :kind)"),
        application.partners.size(), QStringLiteral("insert partner"),
        [&](QSqlQuery &query, qsizetype i) {
            query.bindValue(QStringLiteral(":id"), id);
            query.bindValue(QStringLiteral(":name"), text(application.partners[i].name));
            query.bindValue(QStringLiteral(":kind"), partnerKindKey(application.partners[i].kind));
        });
    if (!partners) {
        return partners;
    }
    auto amounts = insertEach(
        db,
        QStringLiteral("INSERT INTO activity_amounts (activity_id, year, amount_minor) "
                       "VALUES (:id, :year, :amount_minor)"),
        application.requested.size(), QStringLiteral("insert yearly amount"),
        [&](QSqlQuery &query, qsizetype i) {
            query.bindValue(QStringLiteral(":id"), id);
            query.bindValue(QStringLiteral(":year"), application.requested[i].year);
            query.bindValue(QStringLiteral(":amount_minor"),
                            application.requested[i].amount.minor());
        });
    if (!amounts) {
        return amounts;
    }
    return insertEach(db,
                      QStringLiteral("INSERT INTO activity_focus_areas (activity_id, area) "
                                     "VALUES (:id, :area)"),
                      application.focusAreas.size(), QStringLiteral("insert focus area"),
                      [&](QSqlQuery &query, qsizetype i) {
                          query.bindValue(QStringLiteral(":id"), id);
                          query.bindValue(QStringLiteral(":area"),
                                          focusAreaKey(application.focusAreas[i]));
                      });
}

} // namespace FundDesk::Core::ActivityRow
