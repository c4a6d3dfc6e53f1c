#include "bench/benchprobe.h"

#include "bench/benchmeasure.h"
#include "bench/benchwindow.h"
#include "ui/mainwindow/languageswitcher.h"

#include <QCoreApplication>
#include <QMainWindow>
#include <QProcess>

#include <sys/resource.h>

#include <cstdio>
#include <cstdlib>
#include <ctime>

namespace FundDesk::Bench {

namespace {

double probeCpuMs()
{
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return (double(usage.ru_utime.tv_sec + usage.ru_stime.tv_sec) * 1e3) +
           (double(usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1e3);
}

// Prints the figures and leaves at once: the fund's checks may still be running on the
// worker thread, and waiting for them (or for the window's teardown) is not what is measured.
[[noreturn]] void printAndLeave(const QByteArray &line)
{
    std::fputs(line.constData(), stdout);
    std::fputc('\n', stdout);
    std::fflush(stdout);
    std::_Exit(0);
}

QByteArray paintLine(const ProbeClock &clock)
{
    const qint64 now = monotonicNs();
    const auto since = [&clock](qint64 ns) {
        return QByteArray::number(clock.startedNs > 0 ? double(ns - clock.startedNs) / 1e6 : -1,
                                  'f', 3);
    };
    return since(now) + ' ' + QByteArray::number(probeCpuMs(), 'f', 3) + ' ' + since(clock.mainNs) +
           ' ' + since(clock.appNs);
}

QList<QByteArray> runChild(const QStringList &arguments)
{
    QProcess child;
    child.setProcessChannelMode(QProcess::SeparateChannels);
    child.setProgram(QCoreApplication::applicationFilePath());
    const qint64 started = monotonicNs();
    child.setArguments(arguments +
                       QStringList{QStringLiteral("--started-ns"), QString::number(started)});
    child.start();
    if (!child.waitForFinished(900'000) || child.exitCode() != 0) {
        qWarning("funddesk_bench: probe %s failed: %s", qPrintable(arguments.join(u' ')),
                 child.readAllStandardError().constData());
        return {};
    }
    return child.readAllStandardOutput().trimmed().split(' ');
}

} // namespace

// CLOCK_MONOTONIC is one clock for every process on the machine: the parent's timestamp
// taken before it starts the child is the child's origin too.
qint64 monotonicNs()
{
    timespec now{};
    clock_gettime(CLOCK_MONOTONIC, &now);
    return qint64(now.tv_sec) * 1'000'000'000 + now.tv_nsec;
}

int runProbe(const QString &what, const QString &databasePath, const ProbeClock &clock)
{
    if (what == QLatin1String("empty-paint")) {
        QMainWindow window;
        window.resize(1024, 700);
        window.show();
        waitForPaint(&window);
        printAndLeave(paintLine(clock));
    }
    if (what == QLatin1String("empty")) {
        showEmptyWindow();
        printAndLeave(QByteArray::number(peakMemoryMb(), 'f', 1));
    }
    Ui::LanguageSwitcher languages;
    setUpLikeTheApp(languages);
    if (what == QLatin1String("first-paint")) {
        const OpenWindow open = openLikeTheApp(databasePath, OpenUntil::FirstPaint);
        printAndLeave(paintLine(clock));
    }
    if (what == QLatin1String("fund")) {
        const OpenWindow open = openLikeTheApp(databasePath);
        visitEveryPage(*open.window);
        printAndLeave(QByteArray::number(peakMemoryMb(), 'f', 1));
    }
    std::fprintf(stderr, "funddesk_bench: unknown probe %s\n", qPrintable(what));
    return 2;
}

ProcessTiming probeFirstPaint(const QStringList &arguments)
{
    const QList<QByteArray> figures = runChild(arguments);
    ProcessTiming timing;
    if (figures.size() == 4) {
        timing.wallMs = figures.at(0).toDouble();
        timing.cpuMs = figures.at(1).toDouble();
        timing.mainMs = figures.at(2).toDouble();
        timing.appMs = figures.at(3).toDouble();
    }
    return timing;
}

double probeMemory(const QStringList &arguments)
{
    const QList<QByteArray> figures = runChild(arguments);
    return figures.isEmpty() ? -1 : figures.constFirst().toDouble();
}

} // namespace FundDesk::Bench
