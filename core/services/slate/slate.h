#pragma once

#include "core/domain/ids.h"
#include "core/services/slate/slatefigures.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace FundDesk::Core {

// Why one applicant is in or out of the slate, in words for the manager.
struct SlateDecision
{
    SponsorshipId id;
    bool selected = false;
    bool pinned = false;
    bool excluded = false;
    // Complete, translated phrases: for an applicant in, why; for one left out, what would
    // have to change. The first is the main one.
    QStringList reasons;
};

// A proposed slate: who is in, the figures, and a decision for every applicant.
struct Slate
{
    QList<SponsorshipId> selected;  // ascending
    QList<SlateDecision> decisions; // one per candidate, in the candidates' order
    SlateFigures figures;
    QStringList warnings; // pins beyond the seats or the budget

    bool isSelected(SponsorshipId id) const { return selected.contains(id); }
    const SlateDecision *decision(SponsorshipId id) const
    {
        for (const SlateDecision &decision : decisions) {
            if (decision.id == id) {
                return &decision;
            }
        }
        return nullptr;
    }
};

} // namespace FundDesk::Core
