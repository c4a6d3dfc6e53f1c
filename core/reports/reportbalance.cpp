#include "core/reports/reportbalance.h"

#include "core/services/balanceservice.h"

namespace FundDesk::Core {

Result<FundBalance> reportBalance(const ReportInput &input)
{
    if (input.memo && input.memo->balance && input.memo->balance->year == input.year) {
        return *input.memo->balance;
    }
    auto balance = BalanceService(input.db).balance(input.year);
    if (balance && input.memo) {
        input.memo->balance = *balance;
    }
    return balance;
}

} // namespace FundDesk::Core
