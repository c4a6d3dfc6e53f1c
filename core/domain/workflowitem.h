#pragma once

#include <QString>
#include <QStringView>

#include <optional>

namespace FundDesk::Core {

// The two kinds of application that share one workflow (¶18): a delegate sponsorship (¶9a)
// and a capacity-building activity (¶9b).
enum class WorkflowItemKind { Sponsorship, Activity };

// sponsorship, activity
QString workflowItemKindKey(WorkflowItemKind kind);
std::optional<WorkflowItemKind> workflowItemKindFromKey(QStringView key);

// One sponsorship or activity, by its row id in its own table.
struct WorkflowItem
{
    WorkflowItemKind kind = WorkflowItemKind::Activity;
    qint64 id = 0;

    static WorkflowItem sponsorship(qint64 id) { return {WorkflowItemKind::Sponsorship, id}; }
    static WorkflowItem activity(qint64 id) { return {WorkflowItemKind::Activity, id}; }
    bool isValid() const { return id > 0; }
    bool operator==(const WorkflowItem &) const = default;
};

} // namespace FundDesk::Core
