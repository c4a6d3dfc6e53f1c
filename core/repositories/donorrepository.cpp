#include "core/repositories/donorrepository.h"

#include "core/coretr.h"
#include "core/db/sqlhelpers.h"

#include <QSqlQuery>
#include <QVariant>

#include <utility>

namespace FundDesk::Core {

namespace {

// The column order of kSelect; readDonor() reads by these positions.
enum Column {
    Id,
    Kind,
    Name,
    StateIso3,
    CountryIso3,
    DueDiligenceKey,
    DueDiligenceDate,
    DueDiligenceNote,
    Contact,
    Notes,
};

const QString kSelect = QStringLiteral(
    "SELECT id, kind, name, state_iso3, country_iso3, due_diligence, due_diligence_date, "
    "due_diligence_note, contact, notes FROM donors");

Error corruptRow(qint64 id, const QString &column, const QString &value)
{
    return makeError(
        ErrorCode::Corrupt,
        Tr::tr("The list of donors in the fund's database is damaged: donor %1 has "
               "an unknown value in “%2”.")
            .arg(QString::number(id), column),
        QStringLiteral("donors.%1 = \"%2\" for id %3").arg(column, value, QString::number(id)),
        column);
}

// A null QString binds as NULL; the text columns are NOT NULL with '' for "nothing".
QString text(const QString &value)
{
    return value.isNull() ? QStringLiteral("") : value;
}

// NULL for an empty code, so the foreign keys and the one-per-State index see "no State".
QVariant codeOrNull(const QString &iso3)
{
    return iso3.isEmpty() ? QVariant() : QVariant(iso3);
}

QVariant dateOrNull(const QDate &date)
{
    return date.isValid() ? QVariant(date.toString(Qt::ISODate)) : QVariant();
}

Result<Donor> readDonor(const QSqlQuery &query)
{
    Donor donor;
    donor.id = DonorId(query.value(Id).toLongLong());
    const QString kindValue = query.value(Kind).toString();
    const auto kind = donorKindFromKey(kindValue);
    if (!kind) {
        return corruptRow(donor.id.value(), QStringLiteral("kind"), kindValue);
    }
    donor.kind = *kind;
    donor.name = query.value(Name).toString();
    donor.stateIso3 = query.value(StateIso3).toString();
    donor.countryIso3 = query.value(CountryIso3).toString();
    const QString statusValue = query.value(DueDiligenceKey).toString();
    const auto status = dueDiligenceFromKey(statusValue);
    if (!status) {
        return corruptRow(donor.id.value(), QStringLiteral("due_diligence"), statusValue);
    }
    donor.dueDiligence.status = *status;
    const QVariant dateValue = query.value(DueDiligenceDate);
    if (!dateValue.isNull()) {
        donor.dueDiligence.date = QDate::fromString(dateValue.toString(), Qt::ISODate);
        if (!donor.dueDiligence.date.isValid()) {
            return corruptRow(donor.id.value(), QStringLiteral("due_diligence_date"),
                              dateValue.toString());
        }
    }
    donor.dueDiligence.note = query.value(DueDiligenceNote).toString();
    donor.contact = query.value(Contact).toString();
    donor.notes = query.value(Notes).toString();
    return donor;
}

void bindFields(QSqlQuery &query, const Donor &donor)
{
    query.bindValue(QStringLiteral(":kind"), donorKindKey(donor.kind));
    query.bindValue(QStringLiteral(":name"), text(donor.name));
    query.bindValue(QStringLiteral(":state_iso3"), codeOrNull(donor.stateIso3));
    query.bindValue(QStringLiteral(":country_iso3"), codeOrNull(donor.countryIso3));
    query.bindValue(QStringLiteral(":due_diligence"), dueDiligenceKey(donor.dueDiligence.status));
    query.bindValue(QStringLiteral(":due_diligence_date"), dateOrNull(donor.dueDiligence.date));
    query.bindValue(QStringLiteral(":due_diligence_note"), text(donor.dueDiligence.note));
    query.bindValue(QStringLiteral(":contact"), text(donor.contact));
    query.bindValue(QStringLiteral(":notes"), text(donor.notes));
}

Error donorNotFound(DonorId id)
{
    return makeError(ErrorCode::NotFound,
                     Tr::tr("The donor is no longer in the fund's database. Reload the list of "
                            "donors and try again."),
                     QStringLiteral("no donor with id %1").arg(id.value()));
}

Result<std::optional<Donor>> readOne(QSqlQuery &query, const QString &what)
{
    if (auto done = Sql::execPrepared(query, what); !done) {
        return done.error();
    }
    if (!query.next()) {
        return std::optional<Donor>{};
    }
    auto donor = readDonor(query);
    if (!donor) {
        return donor.error();
    }
    return std::optional<Donor>{std::move(donor).value()};
}

} // namespace

DonorRepository::DonorRepository(QSqlDatabase db) : m_db(std::move(db)) {}

Result<int> DonorRepository::count() const
{
    auto query = Sql::prepare(m_db, QStringLiteral("SELECT count(*) FROM donors"));
    if (!query) {
        return query.error();
    }
    if (auto done = Sql::execPrepared(*query, QStringLiteral("count donors")); !done) {
        return done.error();
    }
    if (!query->next()) {
        return Sql::storageError(*query, QStringLiteral("count donors: no row"));
    }
    return query->value(0).toInt();
}

Result<QList<Donor>> DonorRepository::all() const
{
    auto query = Sql::prepare(m_db, kSelect + QStringLiteral(" ORDER BY name, id"));
    if (!query) {
        return query.error();
    }
    query->setForwardOnly(true);
    if (auto done = Sql::execPrepared(*query, QStringLiteral("all donors")); !done) {
        return done.error();
    }
    QList<Donor> donors;
    while (query->next()) {
        auto donor = readDonor(*query);
        if (!donor) {
            return donor.error();
        }
        donors.append(std::move(donor).value());
    }
    return donors;
}

Result<std::optional<Donor>> DonorRepository::find(DonorId id) const
{
    auto query = Sql::prepare(m_db, kSelect + QStringLiteral(" WHERE id = :id"));
    if (!query) {
        return query.error();
    }
    query->bindValue(QStringLiteral(":id"), id.value());
    return readOne(*query, QStringLiteral("find donor"));
}

Result<std::optional<Donor>> DonorRepository::findByState(QStringView iso3) const
{
    auto query = Sql::prepare(m_db, kSelect + QStringLiteral(" WHERE state_iso3 = :iso3"));
    if (!query) {
        return query.error();
    }
    query->bindValue(QStringLiteral(":iso3"), iso3.toString());
    return readOne(*query, QStringLiteral("find state donor"));
}

Result<DonorId> DonorRepository::insert(const Donor &donor)
{
    auto query = Sql::prepare(
        m_db, QStringLiteral("INSERT INTO donors (kind, name, state_iso3, country_iso3, "
                             "due_diligence, due_diligence_date, due_diligence_note, contact, "
                             "notes) VALUES (:kind, :name, :state_iso3, :country_iso3, "
                             ":due_diligence, :due_diligence_date, :due_diligence_note, "
                             ":contact, :notes)"));
    if (!query) {
        return query.error();
    }
    bindFields(*query, donor);
    if (auto done = Sql::execPrepared(*query, QStringLiteral("insert donor")); !done) {
        return done.error();
    }
    return DonorId(query->lastInsertId().toLongLong());
}

Result<void> DonorRepository::update(const Donor &donor)
{
    auto query = Sql::prepare(
        m_db, QStringLiteral("UPDATE donors SET kind = :kind, name = :name, "
                             "state_iso3 = :state_iso3, country_iso3 = :country_iso3, "
                             "due_diligence = :due_diligence, "
                             "due_diligence_date = :due_diligence_date, "
                             "due_diligence_note = :due_diligence_note, contact = :contact, "
                             "notes = :notes WHERE id = :id"));
    if (!query) {
        return query.error();
    }
    bindFields(*query, donor);
    query->bindValue(QStringLiteral(":id"), donor.id.value());
    if (auto done = Sql::execPrepared(*query, QStringLiteral("update donor")); !done) {
        return done;
    }
    if (query->numRowsAffected() != 1) {
        return donorNotFound(donor.id);
    }
    return {};
}

Result<void> DonorRepository::remove(DonorId id)
{
    auto query = Sql::prepare(m_db, QStringLiteral("DELETE FROM donors WHERE id = :id"));
    if (!query) {
        return query.error();
    }
    query->bindValue(QStringLiteral(":id"), id.value());
    if (auto done = Sql::execPrepared(*query, QStringLiteral("remove donor")); !done) {
        return done;
    }
    if (query->numRowsAffected() != 1) {
        return donorNotFound(id);
    }
    return {};
}

} // namespace FundDesk::Core
