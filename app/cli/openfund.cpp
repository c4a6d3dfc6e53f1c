#include "app/cli/openfund.h"

#include "core/services/fundopener.h"

namespace FundDesk::App {

Core::Database::FileCheck fileCheckFor(FundUse use)
{
    switch (use) {
    case FundUse::Read:
        return Core::Database::FileCheck::Header;
    case FundUse::Backup:
    case FundUse::Write:
        return Core::Database::FileCheck::Quick;
    case FundUse::Check:
        return Core::Database::FileCheck::Integrity;
    }
    return Core::Database::FileCheck::Integrity;
}

Core::Result<std::unique_ptr<Core::Database>> openFund(const QString &path, FundUse use)
{
    const auto mode = use == FundUse::Write ? Core::Database::Mode::ReadWrite
                                            : Core::Database::Mode::ReadOnly;
    return Core::FundOpener::open(path, mode, fileCheckFor(use));
}

} // namespace FundDesk::App
