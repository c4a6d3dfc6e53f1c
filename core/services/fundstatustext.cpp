#include "core/services/fundstatustext.h"

#include "core/coretr.h"
#include "core/domain/moneyformat.h"

namespace FundDesk::Core {

QString FundStatusText::describe(const FundBalance &balance, const QLocale &locale)
{
    if (!balance.thresholdSet) {
        return Tr::tr("Not yet operational: set the minimum threshold of contributions in "
                      "Settings (¶16).");
    }
    const QString threshold = MoneyFormat::format(balance.threshold, locale);
    if (balance.operational) {
        return Tr::tr("Operational: contributions received have reached the threshold of %1.")
            .arg(threshold);
    }
    return Tr::tr("Not yet operational: %1 still missing to reach the threshold of %2 (¶16).")
        .arg(MoneyFormat::format(balance.missingToThreshold, locale), threshold);
}

} // namespace FundDesk::Core
