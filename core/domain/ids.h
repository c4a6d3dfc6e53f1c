#pragma once

#include <QHashFunctions>
#include <QtGlobal>

namespace FundDesk::Core {

// A row id that cannot be mixed up with another table's id: DonorId and ContributionId are
// different types although both wrap an INTEGER PRIMARY KEY.
template<typename Tag>
class Id
{
public:
    constexpr Id() = default;
    constexpr explicit Id(qint64 value) : m_value(value) {}

    constexpr qint64 value() const { return m_value; }
    constexpr bool isValid() const { return m_value > 0; }

    friend constexpr bool operator==(Id, Id) = default;
    friend constexpr auto operator<=>(Id, Id) = default;
    friend size_t qHash(Id id, size_t seed = 0) { return ::qHash(id.m_value, seed); }

private:
    qint64 m_value = 0;
};

using DonorId = Id<struct DonorTag>;
using ContributionId = Id<struct ContributionTag>;
using PledgeId = Id<struct PledgeTag>;
using MeetingId = Id<struct MeetingTag>;
using SponsorshipId = Id<struct SponsorshipTag>;
using ActivityId = Id<struct ActivityTag>;
using DisbursementId = Id<struct DisbursementTag>;
using ProfileId = Id<struct ProfileTag>;

} // namespace FundDesk::Core
