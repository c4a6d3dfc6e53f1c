#pragma once

#include <QCoreApplication>

namespace FundDesk::Ui {

// One translation context for the whole UI layer.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(FundDesk::Ui)
};

} // namespace FundDesk::Ui
