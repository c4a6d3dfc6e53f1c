#pragma once

#include "core/domain/donor.h"
#include "core/domain/result.h"
#include "core/services/referencedataservice.h"

#include <QHash>
#include <QList>
#include <QSqlDatabase>

namespace FundDesk::Core {

// The donors an import matches rows against, held in memory so no row costs a query: the
// fund's donors by key (a State by its ISO3 code, any other donor by kind and name, case
// folded), and the new donors the import will create.
class ImportDonorBook final
{
public:
    explicit ImportDonorBook(ReferenceDataService reference);

    Result<void> load(QSqlDatabase db);

    static QString keyOf(const Donor &donor);
    const Donor *existing(const QString &key) const;
    QString keyOf(DonorId id) const; // of a stored donor; empty when unknown

    // A donor to create; the same key twice gives the first one's index.
    int plan(const Donor &donor);
    int plannedIndex(const QString &key) const { return m_plannedIndex.value(key, -1); }
    const Donor &planned(int index) const { return m_planned.at(index); }

    // Inserts the planned donors (State donors named from the reference list, in English);
    // their ids, in plan order. Runs inside the caller's transaction.
    Result<QList<DonorId>> write(QSqlDatabase db) const;

private:
    ReferenceDataService m_reference;
    QHash<QString, Donor> m_byKey;
    QHash<qint64, QString> m_keyById;
    QList<Donor> m_planned;
    QHash<QString, int> m_plannedIndex;
};

} // namespace FundDesk::Core
