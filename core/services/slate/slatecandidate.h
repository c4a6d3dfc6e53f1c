#pragma once

#include "core/domain/eligibilitycriterion.h"
#include "core/domain/gender.h"
#include "core/domain/ids.h"
#include "core/domain/money.h"
#include "core/domain/regions.h"

#include <QList>
#include <QString>

#include <optional>

namespace FundDesk::Core {

// One application as the slate builder weighs it: who, from where, at what cost (USD), and
// whether the ¶21 screening lets it be chosen at all. Names are in the reader's language so
// the explanations can use them.
struct SlateCandidate
{
    SponsorshipId id;
    QString applicantName;
    QString stateIso3;
    QString stateName;
    Gender gender = Gender::OtherOrUndisclosed;
    RegionalGroup group = RegionalGroup::None;
    PriorityGroups priority;
    std::optional<int> score;
    Money cost;                             // USD
    QList<EligibilityCriterion> failing;    // ¶21 criteria not met
    QList<EligibilityCriterion> unassessed; // ¶21 criteria not yet assessed

    bool selectable() const { return failing.isEmpty() && unassessed.isEmpty(); }
};

} // namespace FundDesk::Core
