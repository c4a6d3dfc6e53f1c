#pragma once

#include "core/reports/reporttable.h"

#include <QLocale>
#include <QString>
#include <QVariant>

namespace FundDesk::Ui {

// A dashboard table's cell as the screen shows it, localized: "USD 1,234.56", "42.5 %", "7".
class ReportCellText final
{
public:
    ReportCellText() = delete;
    static QString display(const QVariant &cell, Core::ReportCellKind kind, const QLocale &locale);
};

} // namespace FundDesk::Ui
