#pragma once

#include "core/db/database.h"
#include "core/services/fundservices.h"
#include "ui/mainwindow/mainwindow.h"

#include <QString>

#include <memory>

namespace FundDesk::Bench {

// The window as the composition root builds it (app/gui/compositionroot.cpp): the main window
// shown, then the fund opened, its services created, the real pages installed, the audit trail
// verified, the fund status set; ready once it has painted.
struct OpenWindow
{
    std::unique_ptr<Core::Database> database;
    std::unique_ptr<Core::FundServices> services;
    std::unique_ptr<Ui::MainWindow> window;
};

OpenWindow openLikeTheApp(const QString &path);
// An empty QMainWindow shown offscreen, until it has painted.
void showEmptyWindow();
// Processes events until `widget` has been painted (at most two seconds).
void waitForPaint(QWidget *widget);

} // namespace FundDesk::Bench
