#pragma once

#include "core/domain/contribution.h"
#include "core/domain/result.h"

#include <QByteArray>
#include <QJsonObject>

namespace FundDesk::Core {

// A contribution as a JSON object, for the `before_json` column of contribution_history: the
// record's earlier state, complete with its schedule, in the same keys and units as the
// columns (minor units, the rate × 10^9), so it reads back to the same value exactly.
class ContributionJson final
{
public:
    ContributionJson() = delete;

    static QJsonObject toJson(const Contribution &contribution);
    static QByteArray toBytes(const Contribution &contribution);
    // Corrupt when the text is not such an object or a value is out of its domain.
    static Result<Contribution> fromBytes(const QByteArray &json);
    static Result<Contribution> fromJson(const QJsonObject &object);
};

} // namespace FundDesk::Core
