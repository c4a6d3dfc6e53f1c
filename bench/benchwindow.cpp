#include "bench/benchwindow.h"

#include "core/services/fundopener.h"
#include "core/services/fundstatustext.h"
#include "ui/mainwindow/fundopenflow.h"
#include "ui/pages/activitiespage.h"
#include "ui/pages/contributionspage.h"
#include "ui/pages/dashboardpage.h"
#include "ui/pages/disbursementspage.h"
#include "ui/pages/reportspage.h"
#include "ui/pages/settingspage.h"
#include "ui/pages/sponsorshipspage.h"

#include <QCoreApplication>
#include <QDate>
#include <QElapsedTimer>
#include <QEvent>
#include <QMainWindow>
#include <QTimer>

#include <algorithm>

namespace FundDesk::Bench {

namespace {

class PaintWatcher final : public QObject
{
public:
    bool painted = false;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::Paint) {
            painted = true;
        }
        return QObject::eventFilter(watched, event);
    }
};

} // namespace

void waitForPaint(QWidget *widget)
{
    PaintWatcher watcher;
    widget->installEventFilter(&watcher);
    widget->update();
    QElapsedTimer timer;
    timer.start();
    while (!watcher.painted && timer.elapsed() < 2000) {
        QCoreApplication::processEvents(QEventLoop::AllEvents, 5);
    }
    widget->removeEventFilter(&watcher);
}

OpenWindow openLikeTheApp(const QString &path)
{
    OpenWindow open;
    QElapsedTimer clock;
    clock.start();
    open.window = std::make_unique<Ui::MainWindow>();
    open.window->show();
    auto *flow = new Ui::FundOpenFlow(open.window.get());
    bool done = false;
    bool opened = false;
    QObject::connect(flow, &Ui::FundOpenFlow::finished, flow, [&](bool ok) {
        done = true;
        opened = ok;
    });
    flow->start(path);
    waitForPaint(open.window.get());
    open.firstPaintMs = double(clock.nsecsElapsed()) / 1e6;

    // The window's thread must keep answering while the worker checks: measure its longest gap.
    qint64 lastTick = clock.elapsed();
    QTimer ticker;
    ticker.setInterval(10);
    QObject::connect(&ticker, &QTimer::timeout, [&] {
        const qint64 now = clock.elapsed();
        open.longestStallMs = std::max(open.longestStallMs, double(now - lastTick));
        lastTick = now;
    });
    ticker.start();
    while (!done) {
        QCoreApplication::processEvents(QEventLoop::AllEvents | QEventLoop::WaitForMoreEvents, 50);
    }
    ticker.stop();
    if (!opened) {
        qFatal("cannot open %s", qPrintable(path));
    }
    // From the last tick the window's thread answered: the flow then opened its connection on
    // this thread, before finished(), and the pages follow.
    const double adoptStart = double(lastTick);
    open.database = flow->takeDatabase();
    auto services = Core::FundServices::create(*open.database);
    if (!services) {
        qFatal("no services: %s", qPrintable(services.error().message));
    }
    open.services = std::move(services).value();
    Core::FundServices &fund = *open.services;
    open.window->setPage(Ui::Page::Contributions, new Ui::ContributionsPage(fund));
    open.window->setPage(Ui::Page::Sponsorships, new Ui::SponsorshipsPage(fund));
    open.window->setPage(Ui::Page::Activities, new Ui::ActivitiesPage(fund));
    open.window->setPage(Ui::Page::Disbursements, new Ui::DisbursementsPage(fund));
    open.window->setPage(Ui::Page::Reports, new Ui::ReportsPage(fund));
    open.window->setPage(Ui::Page::Dashboard, new Ui::DashboardPage(fund));
    open.window->setPage(Ui::Page::Settings, new Ui::SettingsPage(fund));
    open.window->setDatabasePath(path);
    const auto balance = fund.balance().balance(QDate::currentDate().year());
    if (balance) {
        open.window->setFundStatus(Core::FundStatusText::describe(*balance, QLocale()),
                                   balance->operational);
    }
    waitForPaint(open.window.get());
    open.usableMs = double(clock.nsecsElapsed()) / 1e6;
    open.adoptMs = open.usableMs - adoptStart;
    return open;
}

void showEmptyWindow()
{
    QMainWindow window;
    window.resize(1024, 700);
    window.show();
    waitForPaint(&window);
}

} // namespace FundDesk::Bench
