#pragma once

#include "core/db/database.h"
#include "core/services/fundservices.h"
#include "ui/mainwindow/mainwindow.h"

#include <QElapsedTimer>
#include <QList>
#include <QPair>
#include <QString>
#include <QTimer>

#include <memory>

namespace FundDesk::Ui {
class LanguageSwitcher;
} // namespace FundDesk::Ui

namespace FundDesk::Bench {

// What the application does before it builds its window (app/main.cpp and
// CompositionRoot::run): its language (the remembered one, else the system's), the Noto font
// order and the context-menu key. Once per process, after the QApplication exists.
void setUpLikeTheApp(Ui::LanguageSwitcher &languages);

// The window as the composition root builds it (app/gui/compositionroot.cpp): the main window
// shown and FundOpenFlow started (its checks and the audit trail on a worker thread, progress
// in the window), then, when it hands the fund over, its services created, the real pages
// installed, the fund status set, and the pages' background reads (BackgroundReader) waited
// for. The fund is opened read-only: the benchmark's fund is shared and never written.
struct OpenWindow
{
    std::unique_ptr<Core::Database> database;
    std::unique_ptr<Core::FundServices> services;
    std::unique_ptr<Ui::MainWindow> window; // last, so destroyed first: its pages borrow services
    double firstPaintMs = 0;   // from the start until the window has painted (while it checks)
    double usableMs = 0;       // from the start until the pages' reads are in and it has painted
    double longestStallMs = 0; // the window's thread's longest gap, first paint to usable
    double adoptMs = 0;        // on the window's thread: its connection and building the pages
    QList<QPair<QString, double>> pageBuildMs; // each page's construction, in ms
};

enum class OpenUntil {
    FirstPaint, // return once painted, the checks still running (the probe exits then)
    PagesIn,
};

OpenWindow openLikeTheApp(const QString &path, OpenUntil until = OpenUntil::PagesIn);
// An empty QMainWindow shown offscreen, until it has painted.
void showEmptyWindow();
// Processes events until `widget` has been painted (at most two seconds).
void waitForPaint(QWidget *widget);
// Processes events until no BackgroundReader read is running in this process (a synchronous
// read has already delivered: this returns at once).
void waitForReads();
// Shows every page once, and every tab of the tab widgets on it (the dashboard's too), each
// painted and its reads in: the window as it is after the manager has looked everywhere.
void visitEveryPage(Ui::MainWindow &window);

// The window's thread's longest gap between two ticks of a 10 ms timer while it runs: how long
// the window went without answering (events are processed by whoever waits meanwhile).
class StallTicker final
{
public:
    StallTicker();
    void start();
    // Stops, counting the gap since the last tick too.
    void stop();
    double longestMs() const { return m_longestMs; }

private:
    void tick();

    QTimer m_timer;
    QElapsedTimer m_clock;
    qint64 m_lastTickNs = 0;
    double m_longestMs = 0;
};

} // namespace FundDesk::Bench
