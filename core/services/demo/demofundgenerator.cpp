#include "core/services/demo/demofundgenerator.h"

#include "core/coretr.h"
#include "core/db/database.h"
#include "core/db/transactionguard.h"
#include "core/repositories/settingsrepository.h"
#include "core/repositories/staterepository.h"
#include "core/services/fundsettingskeys.h"

namespace FundDesk::Core {

QString DemoFundSummary::describe() const
{
    return Tr::tr("Fund “%1” with %n reference State(s).", nullptr, states).arg(fundName);
}

Result<DemoFundSummary> DemoFundGenerator::generate(Database &database) const
{
    TransactionGuard transaction(database.connection());
    if (!transaction.isActive()) {
        return transaction.beginError();
    }
    DemoFundSummary summary;
    summary.fundName = Tr::tr("UN Voluntary Fund for ICT-security capacity building (demo)");
    SettingsRepository settings(database.connection());
    const QList<std::pair<QString, QString>> values{
        {QString::fromLatin1(FundSettingsKeys::FundName), summary.fundName},
        {QString::fromLatin1(FundSettingsKeys::BaseCurrency), QStringLiteral("USD")},
        {QString::fromLatin1(FundSettingsKeys::DemoSeed), QString::number(m_seed)},
    };
    for (const auto &[key, value] : values) {
        if (auto written = settings.setValue(key, value); !written) {
            return written.error();
        }
    }
    const auto states = StateRepository(database.connection()).count();
    if (!states) {
        return states.error();
    }
    summary.states = *states;
    if (auto committed = transaction.commit(); !committed) {
        return committed.error();
    }
    return summary;
}

} // namespace FundDesk::Core
