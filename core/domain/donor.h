#pragma once

#include "core/domain/donorkind.h"
#include "core/domain/duediligence.h"
#include "core/domain/ids.h"

#include <QString>

namespace FundDesk::Core {

// A giver of contributions. A State donor carries its ISO3 code (one record per State) and its
// English name; the UI shows the name in the current language from the reference data.
struct Donor
{
    DonorId id;
    DonorKind kind = DonorKind::MemberState;
    QString name;
    QString stateIso3;   // the donor State; set only for State donors
    QString countryIso3; // the seat of a non-State donor, optional; for filters and regions
    DueDiligence dueDiligence;
    QString contact;
    QString notes;

    // The State the donor is from: itself for a State, its seat otherwise.
    QString countryCode() const { return stateIso3.isEmpty() ? countryIso3 : stateIso3; }

    bool operator==(const Donor &) const = default;
};

} // namespace FundDesk::Core
