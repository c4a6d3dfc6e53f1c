#pragma once

#include <QString>
#include <QStringList>

namespace FundDesk::Bench {

// Figures that belong to a whole process, each measured in a child of its own
// (`funddesk_bench --probe WHAT`): the time from the process's start to the main window's
// first paint, as a user starting FundDesk sees it, and the peak memory.

// The child's side: runs the probe, prints its figures on one line and exits.
//   first-paint  the app's setup, then openLikeTheApp until the first paint: "wall-ms cpu-ms"
//   empty-paint  an empty QMainWindow shown until painted: "wall-ms cpu-ms"
//   fund         the fund opened, its reads in and every page visited: peak memory in MB
//   empty        an empty QMainWindow: peak memory in MB
// The paint probes print "wall-ms cpu-ms main-ms app-ms": also when main() was entered and
// when the QApplication was made, from the same origin.
// Times on CLOCK_MONOTONIC, one clock for every process on the machine.
struct ProbeClock
{
    qint64 startedNs = 0; // when the parent started the child (the origin; 0: unknown)
    qint64 mainNs = 0;    // when main() was entered
    qint64 appNs = 0;     // when the QApplication was made
};
qint64 monotonicNs();
int runProbe(const QString &what, const QString &databasePath, const ProbeClock &clock);

// The parent's side.
struct ProcessTiming
{
    double wallMs = -1; // from just before the child was started to its first paint
    double cpuMs = -1;  // the child's user + system time until then (all its threads)
    double mainMs = -1; // until main() was entered (exec, the dynamic libraries)
    double appMs = -1;  // until the QApplication was made
};
ProcessTiming probeFirstPaint(const QStringList &arguments);
double probeMemory(const QStringList &arguments);

} // namespace FundDesk::Bench
