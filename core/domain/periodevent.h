#pragma once

#include "core/domain/ids.h"

#include <QDateTime>
#include <QString>

namespace FundDesk::Core {

// A year closed or reopened, by whom, when and (for a reopening) why.
struct PeriodEvent
{
    enum class Action { Close, Reopen };

    qint64 id = 0;
    int year = 0;
    Action action = Action::Close;
    QString reason;
    ProfileId profileId;
    QDateTime at; // UTC

    bool operator==(const PeriodEvent &) const = default;
};

} // namespace FundDesk::Core
