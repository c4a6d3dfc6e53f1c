#pragma once

#include "core/domain/fundbalance.h"

#include <QLocale>
#include <QString>

namespace FundDesk::Core {

// One sentence on whether the fund may operate (¶16), shared by the status bar, the
// contributions page and `funddesk status`.
class FundStatusText final
{
public:
    static QString describe(const FundBalance &balance, const QLocale &locale);
};

} // namespace FundDesk::Core
