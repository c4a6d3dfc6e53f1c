#pragma once

#include "ui/pages/page.h"

#include <QByteArray>

#include <optional>

namespace FundDesk::Ui {

// The main window's remembered layout. The only code that reads or writes window settings, so
// the keys live in one place. Uses a default QSettings: the application sets its names.
struct WindowSettings
{
    QByteArray geometry;
    QByteArray state;
    QByteArray splitter;
    std::optional<Page> lastPage;

    static WindowSettings load();
    void save() const;
};

} // namespace FundDesk::Ui
