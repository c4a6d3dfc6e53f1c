#include "tools/crashharness/workload.h"

#include <QDate>
#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QSqlRecord>

namespace FundDesk::CrashHarness {

namespace {

// The demo fund's staff (core/services/demo/demostaff.cpp).
const QString fundManager = QStringLiteral("Amina Diallo");
const QString highRepresentative = QStringLiteral("Office of the High Representative");
constexpr int periodYear = 2015;

// The number of "<prefix> N" in the output, or nullopt.
std::optional<qint64> acknowledgedId(const QString &output, const QString &prefix)
{
    const auto match =
        QRegularExpression(QStringLiteral("^%1 (\\d+)$").arg(QRegularExpression::escape(prefix)),
                           QRegularExpression::MultilineOption)
            .match(output);
    if (!match.hasMatch()) {
        return std::nullopt;
    }
    return match.captured(1).toLongLong();
}

} // namespace

Workload::Workload(QString fundPath, QString importFolder, quint32 seed)
    : m_fund(std::move(fundPath)), m_importFolder(std::move(importFolder)), m_random(seed)
{}

QStringList Workload::kinds() const
{
    return {QStringLiteral("donor"),      QStringLiteral("contribution"), QStringLiteral("profile"),
            QStringLiteral("transition"), QStringLiteral("disburse"),     QStringLiteral("period")};
}

PlannedWrite Workload::next()
{
    ++m_serial;
    // Contributions are the fund's daily bread: weigh them more.
    switch (m_random.bounded(10)) {
    case 9:
        return import();
    case 0:
        return donor();
    case 1:
        return profile();
    case 2:
    case 3:
        return transition();
    case 4:
    case 5:
        return disbursement();
    case 6:
        return period();
    default:
        return contribution();
    }
}

QList<QStringList> Workload::query(const QString &sql) const
{
    QList<QStringList> rows;
    const QString name = QStringLiteral("workload-%1").arg(m_serial);
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(m_fund);
        db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY;QSQLITE_BUSY_TIMEOUT=5000"));
        if (db.open()) {
            QSqlQuery query(db);
            if (query.exec(sql)) {
                while (query.next()) {
                    QStringList row;
                    for (int i = 0; i < query.record().count(); ++i) {
                        row << query.value(i).toString();
                    }
                    rows << row;
                }
            }
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return rows;
}

PlannedWrite Workload::donor()
{
    const QString name = QStringLiteral("Crash Donor %1").arg(m_serial);
    PlannedWrite write{
        QStringLiteral("donor"),
        {QStringLiteral("donor"), QStringLiteral("add"), QStringLiteral("--name"), name,
         QStringLiteral("--kind"), QStringLiteral("foundation"), QStringLiteral("--country"),
         QStringLiteral("CHE"), QStringLiteral("--cleared")},
        {}};
    write.acknowledged = [name](const QString &output) -> std::optional<AcknowledgedWrite> {
        const auto id = acknowledgedId(output, QStringLiteral("added donor"));
        if (!id) {
            return std::nullopt;
        }
        return AcknowledgedWrite{
            QStringLiteral("added donor %1").arg(*id),
            QStringLiteral("SELECT count(*) FROM donors WHERE id = ? AND name = ?"),
            {*id, name}};
    };
    return write;
}

PlannedWrite Workload::contribution()
{
    const QString reference = QStringLiteral("CRASH-%1").arg(m_serial);
    const qint64 cents = 100 + m_random.bounded(10'000'000);
    const bool pledge = m_random.bounded(2) == 0;
    const QString amount =
        QStringLiteral("%1.%2").arg(cents / 100).arg(cents % 100, 2, 10, QLatin1Char('0'));
    PlannedWrite write{
        QStringLiteral("contribution"),
        {QStringLiteral("contribution"), QStringLiteral("add"), QStringLiteral("--donor"),
         QStringLiteral("NOR"), QStringLiteral("--type"),
         pledge ? QStringLiteral("pledge") : QStringLiteral("receipt"), QStringLiteral("--amount"),
         amount, QStringLiteral("--currency"), QStringLiteral("USD"), QStringLiteral("--date"),
         QDate::currentDate().addDays(-m_random.bounded(300)).toString(Qt::ISODate),
         QStringLiteral("--reference"), reference},
        {}};
    write.acknowledged = [reference,
                          cents](const QString &output) -> std::optional<AcknowledgedWrite> {
        const auto id = acknowledgedId(output, QStringLiteral("recorded contribution"));
        if (!id) {
            return std::nullopt;
        }
        return AcknowledgedWrite{
            QStringLiteral("recorded contribution %1").arg(*id),
            QStringLiteral("SELECT count(*) FROM contributions WHERE id = ? AND reference = ? AND "
                           "amount_minor = ?"),
            {*id, reference, cents}};
    };
    return write;
}

PlannedWrite Workload::profile()
{
    const QString name = QStringLiteral("Crash Tester %1").arg(m_serial);
    PlannedWrite write{QStringLiteral("profile"),
                       {QStringLiteral("profile"), QStringLiteral("add"), QStringLiteral("--name"),
                        name, QStringLiteral("--role"), QStringLiteral("finance-assistant")},
                       {}};
    write.acknowledged = [name](const QString &output) -> std::optional<AcknowledgedWrite> {
        const auto id = acknowledgedId(output, QStringLiteral("added profile"));
        if (!id) {
            return std::nullopt;
        }
        return AcknowledgedWrite{
            QStringLiteral("added profile %1").arg(*id),
            QStringLiteral("SELECT count(*) FROM profiles WHERE id = ? AND name = ?"),
            {*id, name}};
    };
    return write;
}

PlannedWrite Workload::transition()
{
    // The next step of ¶18 for an activity that can still move forward, and who takes it.
    struct Step
    {
        const char *from;
        const char *to;
        const QString *actor;
    };
    static const Step steps[] = {
        {"draft", "submitted", &fundManager},
        {"submitted", "eligible", &fundManager},
        {"eligible", "under_review", &fundManager},
        {"under_review", "recommended", &fundManager},
        {"recommended", "approved", &highRepresentative},
        {"approved", "active", &fundManager},
    };
    const auto rows = query(QStringLiteral(
        "SELECT reference, status FROM activities WHERE status IN ('draft', 'submitted', "
        "'eligible', 'under_review', 'recommended', 'approved') ORDER BY reference"));
    if (rows.isEmpty()) {
        return contribution();
    }
    const QStringList row = rows.at(m_random.bounded(int(rows.size())));
    const QString reference = row.at(0);
    QString to;
    QString actor;
    for (const Step &step : steps) {
        if (row.at(1) == QLatin1String(step.from)) {
            to = QLatin1String(step.to);
            actor = *step.actor;
        }
    }
    PlannedWrite write{
        QStringLiteral("transition"),
        {QStringLiteral("transition"), QStringLiteral("--item"), reference, QStringLiteral("--to"),
         to, QStringLiteral("--note"), QStringLiteral("Crash harness step %1").arg(m_serial),
         QStringLiteral("--as"), actor},
        {}};
    write.acknowledged = [reference,
                          to](const QString &output) -> std::optional<AcknowledgedWrite> {
        const QString line = QStringLiteral("moved %1 to %2").arg(reference, to);
        if (!output.contains(line + QLatin1Char('\n'))) {
            return std::nullopt;
        }
        return AcknowledgedWrite{
            line,
            QStringLiteral("SELECT count(*) FROM status_transitions AS t JOIN activities AS a ON "
                           "a.id = t.item_id WHERE t.item_kind = 'activity' AND a.reference = ? "
                           "AND t.to_status = ?"),
            {reference, to}};
    };
    return write;
}

PlannedWrite Workload::disbursement()
{
    const auto rows =
        query(QStringLiteral("SELECT reference FROM activities WHERE status IN ('approved', "
                             "'active') ORDER BY reference"));
    if (rows.isEmpty()) {
        return contribution();
    }
    const QString item = rows.at(m_random.bounded(int(rows.size()))).at(0);
    const QString reference = QStringLiteral("PAY-%1").arg(m_serial);
    PlannedWrite write{
        QStringLiteral("disburse"),
        {QStringLiteral("disburse"), QStringLiteral("--item"), item, QStringLiteral("--amount"),
         QStringLiteral("1.00"), QStringLiteral("--currency"), QStringLiteral("USD"),
         QStringLiteral("--payee"), QStringLiteral("Crash payee"), QStringLiteral("--reference"),
         reference, QStringLiteral("--date"), QDate::currentDate().toString(Qt::ISODate),
         QStringLiteral("--as"), fundManager},
        {}};
    write.acknowledged = [reference](const QString &output) -> std::optional<AcknowledgedWrite> {
        const auto id = acknowledgedId(output, QStringLiteral("recorded disbursement"));
        if (!id) {
            return std::nullopt;
        }
        return AcknowledgedWrite{
            QStringLiteral("recorded disbursement %1").arg(*id),
            QStringLiteral("SELECT count(*) FROM disbursements WHERE id = ? AND reference = ?"),
            {*id, reference}};
    };
    return write;
}

PlannedWrite Workload::period()
{
    const auto rows = query(
        QStringLiteral("SELECT action FROM period_events WHERE year = %1 ORDER BY id DESC LIMIT 1")
            .arg(periodYear));
    const bool closed = !rows.isEmpty() && rows.first().first() == QLatin1String("close");
    const QString action = closed ? QStringLiteral("reopen") : QStringLiteral("close");
    QStringList arguments{QStringLiteral("period"), action,
                          QStringLiteral("--year"), QString::number(periodYear),
                          QStringLiteral("--as"),   fundManager};
    if (closed) {
        arguments << QStringLiteral("--reason") << QStringLiteral("Crash harness %1").arg(m_serial);
    }
    PlannedWrite write{QStringLiteral("period"), arguments, {}};
    write.acknowledged = [this, action](const QString &output) -> std::optional<AcknowledgedWrite> {
        const QString line = (action == QLatin1String("close") ? QStringLiteral("closed %1")
                                                               : QStringLiteral("reopened %1"))
                                 .arg(periodYear);
        if (!output.contains(line + QLatin1Char('\n'))) {
            return std::nullopt;
        }
        const qint64 count = ++m_periodAcks[action];
        return AcknowledgedWrite{
            line,
            QStringLiteral("SELECT count(*) FROM period_events WHERE year = ? AND action = ?"),
            {periodYear, action},
            count};
    };
    return write;
}

PlannedWrite Workload::import()
{
    // A CSV of contributions, all or nothing: after any kill the fund holds none or all rows.
    const int rows = 5 + int(m_random.bounded(40));
    const QString prefix = QStringLiteral("IMP-%1-").arg(m_serial);
    QByteArray csv =
        "date,donor,donor_kind,country,type,amount,currency,usd_rate,publication,"
        "conditions,reference\n";
    const QString date = QDate::currentDate().addDays(-1).toString(Qt::ISODate);
    for (int i = 0; i < rows; ++i) {
        csv += QStringLiteral("%1,Norway,member_state,NOR,pledge,%2.00,USD,,publish,,%3%4\n")
                   .arg(date)
                   .arg(100 + i)
                   .arg(prefix)
                   .arg(i)
                   .toUtf8();
    }
    const QString file =
        QDir(m_importFolder).filePath(QStringLiteral("import-%1.csv").arg(m_serial));
    QFile out(file);
    if (!out.open(QIODevice::WriteOnly) || out.write(csv) != csv.size()) {
        return contribution();
    }
    out.close();
    const QString sql =
        QStringLiteral("SELECT count(*) FROM contributions WHERE reference LIKE ? || '%'");
    PlannedWrite write{
        QStringLiteral("import"),
        {QStringLiteral("import"), QStringLiteral("contributions"), file},
        {},
        AcknowledgedWrite{QStringLiteral("import of %1 rows (%2…)").arg(rows).arg(prefix),
                          sql,
                          {prefix},
                          0,
                          {0, rows}}};
    write.acknowledged = [prefix, rows,
                          sql](const QString &output) -> std::optional<AcknowledgedWrite> {
        if (!output.contains(QStringLiteral("%1 record(s) imported").arg(rows)) &&
            !output.contains(QStringLiteral("%1 records imported").arg(rows))) {
            return std::nullopt;
        }
        return AcknowledgedWrite{QStringLiteral("imported %1 rows (%2…)").arg(rows).arg(prefix),
                                 sql,
                                 {prefix},
                                 rows,
                                 {rows}};
    };
    return write;
}

} // namespace FundDesk::CrashHarness
