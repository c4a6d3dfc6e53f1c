#pragma once

#include "core/domain/donor.h"
#include "core/domain/result.h"

#include <QList>
#include <QSqlDatabase>

namespace FundDesk::Core {

class ReferenceDataService;

// Donors and their rules (¶3, ¶14): one record per State, a due-diligence clearance for
// non-governmental donors, a donor with contributions is never deleted.
class DonorService final
{
public:
    DonorService(QSqlDatabase db, const ReferenceDataService &reference);

    Result<QList<Donor>> all() const;
    Result<Donor> find(DonorId id) const;

    // The first rule the donor breaks, with Error::field naming the form field
    // ("kind", "name", "state", "country", "dueDiligence", "dueDiligenceNote", "contact",
    // "notes"); ok when it may be stored.
    Result<void> validate(const Donor &donor) const;

    // Validates, then stores; State donors get the reference name in English.
    Result<DonorId> add(Donor donor);
    Result<void> update(Donor donor);
    // Refused (RuleViolation) while contributions refer to the donor.
    Result<void> remove(DonorId id);

    // The donor record of a State, created on first use (imports, demo).
    Result<Donor> stateDonor(const QString &iso3);

private:
    QSqlDatabase m_db;
    const ReferenceDataService &m_reference;
};

} // namespace FundDesk::Core
