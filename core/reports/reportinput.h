#pragma once

#include "core/domain/fundbalance.h"
#include "core/domain/language.h"

#include <QDate>
#include <QSqlDatabase>

#include <memory>
#include <optional>

namespace FundDesk::Core {

class ReferenceDataService;

// Figures several tables of one refresh need, computed once: the Dashboard's Overview shows
// the key figures and what the money buys, and both start from the year's balance.
struct ReportMemo
{
    std::optional<FundBalance> balance;
};

// What every dashboard table is built from: the fund, the year asked for, the language of
// State names, and "today" (for the months still to come; fixed in tests).
struct ReportInput
{
    QSqlDatabase db;
    const ReferenceDataService *reference = nullptr;
    int year = 0;
    Language language = Language::English;
    QDate today = QDate::currentDate();
    // Shared by the tables built together (one refresh); null: each table computes its own.
    std::shared_ptr<ReportMemo> memo;
};

} // namespace FundDesk::Core
