#pragma once

#include "core/db/database.h"
#include "core/services/fundservices.h"
#include "ui/mainwindow/mainwindow.h"

#include <QString>

#include <memory>

namespace FundDesk::Bench {

// The window as the composition root builds it (app/gui/compositionroot.cpp): the main window
// shown and FundOpenFlow started (its checks and the audit trail on a worker thread, progress
// in the window), then, when it hands the fund over, its services created, the real pages
// installed, the fund status set; ready once it has painted.
struct OpenWindow
{
    std::unique_ptr<Core::Database> database;
    std::unique_ptr<Core::FundServices> services;
    std::unique_ptr<Ui::MainWindow> window; // last, so destroyed first: its pages borrow services
    double firstPaintMs = 0; // from the start until the window has painted (while it checks)
    double usableMs = 0;     // from the start until the pages are in and painted
    double longestStallMs = 0; // the longest the window's thread went without events
    double adoptMs = 0; // the last step, on the window's thread: its connection and the pages
};

OpenWindow openLikeTheApp(const QString &path);
// An empty QMainWindow shown offscreen, until it has painted.
void showEmptyWindow();
// Processes events until `widget` has been painted (at most two seconds).
void waitForPaint(QWidget *widget);

} // namespace FundDesk::Bench
