#pragma once

#include "core/domain/donor.h"
#include "core/domain/result.h"

#include <QList>
#include <QSqlDatabase>
#include <QStringView>

#include <optional>

namespace FundDesk::Core {

// The `donors` table; the only place with SQL for it. Writes do not open a transaction: the
// caller (DonorService) holds a TransactionGuard. No rules here beyond what the schema
// enforces; a refusal by the schema comes back as a Storage error.
class DonorRepository final
{
public:
    explicit DonorRepository(QSqlDatabase db);

    Result<int> count() const;
    // Ordered by name, then id.
    Result<QList<Donor>> all() const;
    // Nullopt when no donor has that id.
    Result<std::optional<Donor>> find(DonorId id) const;
    // The donor record of the State with that ISO3 code, if there is one.
    Result<std::optional<Donor>> findByState(QStringView iso3) const;

    // Stores every field but the id, and returns the new id.
    Result<DonorId> insert(const Donor &donor);
    // NotFound when no row has donor.id.
    Result<void> update(const Donor &donor);
    // NotFound when no row has that id.
    Result<void> remove(DonorId id);

private:
    QSqlDatabase m_db;
};

} // namespace FundDesk::Core
