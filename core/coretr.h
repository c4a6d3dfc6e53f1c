#pragma once

#include <QCoreApplication>

namespace FundDesk::Core {

// One translation context for the whole core layer (Qt Creator's rule): translators see
// "FundDesk::Core" and the strings stay valid when a class is renamed or split.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(FundDesk::Core)
};

} // namespace FundDesk::Core
