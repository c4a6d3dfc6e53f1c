#include "core/io/csvexporter.h"

#include "core/repositories/contributionrepository.h"
#include "core/repositories/donorrepository.h"

#include <QHash>

#include <utility>

namespace FundDesk::Core {

CsvExporter::CsvExporter(QSqlDatabase db, ReferenceDataService reference)
    : m_db(std::move(db)), m_reference(std::move(reference))
{}

Result<CsvTable> CsvExporter::table(ImportKind kind) const
{
    switch (kind) {
    case ImportKind::Donors:
        return donors();
    case ImportKind::Contributions:
        return contributions();
    case ImportKind::Sponsorships:
        return sponsorships();
    case ImportKind::Activities:
        return activities();
    }
    return CsvTable{};
}

Result<void> CsvExporter::write(ImportKind kind, const QString &path) const
{
    const auto exported = table(kind);
    if (!exported) {
        return exported.error();
    }
    return CsvWriter::write(*exported, path);
}

Result<CsvTable> CsvExporter::donors() const
{
    const auto all = DonorRepository(m_db).all();
    if (!all) {
        return all.error();
    }
    CsvTable table{importColumns(ImportKind::Donors), {}};
    table.rows.reserve(all->size());
    for (const Donor &donor : *all) {
        table.rows.append({isStateDonor(donor.kind) ? QString() : donor.name,
                           donorKindKey(donor.kind), donor.countryCode(),
                           dueDiligenceKey(donor.dueDiligence.status),
                           donor.dueDiligence.date.toString(Qt::ISODate), donor.dueDiligence.note,
                           donor.contact, donor.notes});
    }
    return table;
}

Result<CsvTable> CsvExporter::contributions() const
{
    const auto donors = DonorRepository(m_db).all();
    if (!donors) {
        return donors.error();
    }
    QHash<qint64, Donor> byId;
    byId.reserve(donors->size());
    for (const Donor &donor : *donors) {
        byId.insert(donor.id.value(), donor);
    }
    const auto all = ContributionRepository(m_db).all();
    if (!all) {
        return all.error();
    }
    CsvTable table{importColumns(ImportKind::Contributions), {}};
    table.rows.reserve(all->size());
    for (const Contribution &contribution : *all) {
        const Donor donor = byId.value(contribution.donorId.value());
        const bool usd = contribution.amount.currency() == u"USD";
        table.rows.append({contribution.date.toString(Qt::ISODate), donor.name,
                           donorKindKey(donor.kind), donor.countryCode(),
                           contributionTypeKey(contribution.type),
                           contribution.amount.toPlainString(), contribution.amount.currency(),
                           usd ? QString() : contribution.usdRate.toString(),
                           publicationConsentKey(contribution.publication), contribution.conditions,
                           contribution.reference});
    }
    return table;
}

} // namespace FundDesk::Core
