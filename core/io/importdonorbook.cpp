#include "core/io/importdonorbook.h"

#include "core/domain/language.h"
#include "core/repositories/donorrepository.h"

#include <utility>

namespace FundDesk::Core {

ImportDonorBook::ImportDonorBook(ReferenceDataService reference) : m_reference(std::move(reference))
{}

Result<void> ImportDonorBook::load(QSqlDatabase db)
{
    const auto donors = DonorRepository(std::move(db)).all();
    if (!donors) {
        return donors.error();
    }
    m_byKey.clear();
    m_keyById.clear();
    m_byKey.reserve(donors->size());
    for (const Donor &donor : *donors) {
        const QString key = keyOf(donor);
        m_byKey.insert(key, donor);
        m_keyById.insert(donor.id.value(), key);
    }
    return {};
}

QString ImportDonorBook::keyOf(const Donor &donor)
{
    if (isStateDonor(donor.kind)) {
        return QStringLiteral("state|") + donor.stateIso3.toUpper();
    }
    return donorKindKey(donor.kind) + u'|' + donor.name.trimmed().toCaseFolded();
}

const Donor *ImportDonorBook::existing(const QString &key) const
{
    const auto found = m_byKey.constFind(key);
    return found == m_byKey.cend() ? nullptr : &*found;
}

QString ImportDonorBook::keyOf(DonorId id) const
{
    return m_keyById.value(id.value());
}

int ImportDonorBook::plan(const Donor &donor)
{
    const QString key = keyOf(donor);
    if (const int index = plannedIndex(key); index >= 0) {
        return index;
    }
    m_planned.append(donor);
    m_plannedIndex.insert(key, int(m_planned.size() - 1));
    return int(m_planned.size() - 1);
}

Result<QList<DonorId>> ImportDonorBook::write(QSqlDatabase db) const
{
    DonorRepository repository(std::move(db));
    QList<DonorId> ids;
    ids.reserve(m_planned.size());
    for (Donor donor : m_planned) {
        if (isStateDonor(donor.kind)) {
            donor.name = m_reference.name(donor.stateIso3, Language::English);
        }
        auto id = repository.insert(donor);
        if (!id) {
            return id.error();
        }
        ids.append(*id);
    }
    return ids;
}

} // namespace FundDesk::Core
