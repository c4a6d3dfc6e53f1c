#include "core/io/donorimporter.h"

#include "core/coretr.h"
#include "core/io/importkind.h"
#include "core/io/importrow.h"

#include <utility>

namespace FundDesk::Core {

namespace {

enum Column { Name, Kind, Country, Clearance, ClearanceDate, ClearanceNote, Contact, Notes };

QStringList donorKindKeys()
{
    QStringList keys;
    for (const DonorKind kind : allDonorKinds()) {
        keys.append(donorKindKey(kind));
    }
    return keys;
}

QStringList clearanceKeys()
{
    QStringList keys;
    for (const DueDiligenceStatus status : allDueDiligenceStatuses()) {
        keys.append(dueDiligenceKey(status));
    }
    return keys;
}

} // namespace

DonorImporter::DonorImporter(QSqlDatabase db, ReferenceDataService reference)
    : m_db(std::move(db)), m_reference(reference), m_donors(std::move(reference))
{}

Result<void> DonorImporter::load()
{
    return m_donors.load(m_db);
}

bool DonorImporter::analyse(const CsvDocument &document, const QList<int> &indexes,
                            ImportIssues &issues, const ImportProgress &progress)
{
    return forEachRow(ImportKind::Donors, document, indexes, issues, progress,
                      [this](ImportRow &row) { readRow(row); });
}

void DonorImporter::readRow(ImportRow &row)
{
    Donor donor;
    const auto kind = row.key(Kind, donorKindKeys());
    if (!kind) {
        return;
    }
    donor.kind = *donorKindFromKey(*kind);
    const bool state = isStateDonor(donor.kind);
    const auto country = row.country(Country, m_reference, !state);
    if (country && state) {
        donor.stateIso3 = *country;
        const bool member = m_reference.state(*country)->member;
        if (member != (donor.kind == DonorKind::MemberState)) {
            //: %1 is a country code such as FRA, %2 the right donor_kind value
            row.fail(Kind, Tr::tr("%1 is not a State of this kind. Write %2 in donor_kind.")
                               .arg(*country, donorKindKey(member ? DonorKind::MemberState
                                                                  : DonorKind::ObserverState)));
        }
    } else if (country) {
        donor.countryIso3 = *country;
        donor.name = row.required(Name);
        row.limited(Name, 200);
    }
    readDueDiligence(row, donor);
    donor.contact = row.limited(Contact, 1000);
    donor.notes = row.limited(Notes, 4000);
    if (row.failed()) {
        return;
    }
    const QString key = ImportDonorBook::keyOf(donor);
    const QString shown = state ? donor.stateIso3 : donor.name;
    if (const int line = m_fileKeys.value(key); line > 0) {
        //: %1 is a line number, %2 a donor's name or a country code
        row.fail(state ? Country : Name,
                 Tr::tr("This row repeats the donor of line %1 (%2). Remove one of the rows.")
                     .arg(QString::number(line), shown));
        return;
    }
    if (m_donors.existing(key)) {
        //: %1 is a donor's name or a country code
        row.fail(state ? Country : Name,
                 Tr::tr("The fund already has the donor %1. Remove the row; edit the donor in "
                        "FundDesk to change it.")
                     .arg(shown));
        return;
    }
    m_fileKeys.insert(key, row.line());
    m_donors.plan(donor);
}

bool DonorImporter::readDueDiligence(ImportRow &row, Donor &donor)
{
    const bool needed = needsDueDiligence(donor.kind);
    if (row.text(Clearance).isEmpty()) {
        donor.dueDiligence.status =
            needed ? DueDiligenceStatus::Pending : DueDiligenceStatus::NotRequired;
    } else if (const auto key = row.key(Clearance, clearanceKeys())) {
        donor.dueDiligence.status = *dueDiligenceFromKey(*key);
    } else {
        return false;
    }
    const DueDiligenceStatus status = donor.dueDiligence.status;
    if (!needed && status != DueDiligenceStatus::NotRequired) {
        //: %1 is a donor_kind value such as member_state
        row.fail(Clearance, Tr::tr("A donor of the kind %1 needs no due-diligence clearance. "
                                   "Write not_required, or leave the column empty.")
                                .arg(donorKindKey(donor.kind)));
        return false;
    }
    if (needed && status == DueDiligenceStatus::NotRequired) {
        //: ¶14 is a paragraph of the report that set up the fund
        row.fail(Clearance, Tr::tr("A non-governmental donor needs the UN's due-diligence "
                                   "clearance (¶14). Write pending, cleared or declined."));
        return false;
    }
    const auto date = row.date(ClearanceDate, true);
    if (!date) {
        return false;
    }
    donor.dueDiligence.date = *date;
    if ((status == DueDiligenceStatus::Cleared || status == DueDiligenceStatus::Declined) &&
        !date->isValid()) {
        row.fail(ClearanceDate, Tr::tr("Write the date of the due-diligence decision as "
                                       "YYYY-MM-DD."));
        return false;
    }
    donor.dueDiligence.note = row.limited(ClearanceNote, 1000);
    return true;
}

Result<int> DonorImporter::write(const ImportProgress &)
{
    const auto ids = m_donors.write(m_db);
    if (!ids) {
        return ids.error();
    }
    return int(ids->size());
}

} // namespace FundDesk::Core
