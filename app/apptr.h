#pragma once

#include <QCoreApplication>

namespace FundDesk::App {

// Translation context of the application layer: command line and start-up messages.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(FundDesk::App)
};

} // namespace FundDesk::App
