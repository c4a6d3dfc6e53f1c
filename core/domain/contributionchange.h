#pragma once

#include "core/domain/contribution.h"
#include "core/domain/ids.h"

#include <QDateTime>
#include <QString>

namespace FundDesk::Core {

// An earlier state of a contribution, kept when a received contribution is changed or deleted
// (its record is never silently overwritten).
struct ContributionChange
{
    ContributionId contributionId;
    QDateTime changedAt; // UTC
    QString reason;
    Contribution before;

    bool operator==(const ContributionChange &) const = default;
};

} // namespace FundDesk::Core
