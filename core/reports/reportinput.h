#pragma once

#include "core/domain/language.h"

#include <QDate>
#include <QSqlDatabase>

namespace FundDesk::Core {

class ReferenceDataService;

// What every dashboard table is built from: the fund, the year asked for, the language of
// State names, and "today" (for the months still to come; fixed in tests).
struct ReportInput
{
    QSqlDatabase db;
    const ReferenceDataService *reference = nullptr;
    int year = 0;
    Language language = Language::English;
    QDate today = QDate::currentDate();
};

} // namespace FundDesk::Core
