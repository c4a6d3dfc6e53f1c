#include "core/domain/workflowitem.h"

namespace FundDesk::Core {

QString workflowItemKindKey(WorkflowItemKind kind)
{
    return kind == WorkflowItemKind::Sponsorship ? QStringLiteral("sponsorship")
                                                 : QStringLiteral("activity");
}

std::optional<WorkflowItemKind> workflowItemKindFromKey(QStringView key)
{
    if (key == QLatin1String("sponsorship")) {
        return WorkflowItemKind::Sponsorship;
    }
    if (key == QLatin1String("activity")) {
        return WorkflowItemKind::Activity;
    }
    return std::nullopt;
}

} // namespace FundDesk::Core
