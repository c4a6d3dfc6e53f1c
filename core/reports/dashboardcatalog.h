#pragma once

#include "core/domain/result.h"
#include "core/reports/reportinput.h"
#include "core/reports/reporttable.h"

#include <QList>
#include <QString>

#include <functional>

namespace FundDesk::Core {

// One chart of the dashboard: the name the command line and the CSV files use, a translated
// description, and the builder of its table.
struct DashboardChart
{
    QString name;
    std::function<QString()> description;
    std::function<Result<ReportTable>(const ReportInput &)> build;
};

// Every table behind the dashboard, in the order the dashboard shows them.
class DashboardCatalog final
{
public:
    DashboardCatalog() = delete;

    static QList<DashboardChart> charts();
    // nullopt for an unknown name.
    static std::optional<DashboardChart> find(const QString &name);
};

} // namespace FundDesk::Core
