#include "bench/benchwindow.h"

#include "core/services/fundopener.h"
#include "core/services/fundstatustext.h"
#include "ui/mainwindow/fundopenflow.h"
#include "ui/mainwindow/stagedbuild.h"
#include "ui/mainwindow/languageswitcher.h"
#include "ui/models/backgroundreader.h"
#include "ui/pages/activitiespage.h"
#include "ui/pages/contributionspage.h"
#include "ui/pages/dashboardpage.h"
#include "ui/pages/disbursementspage.h"
#include "ui/pages/reportspage.h"
#include "ui/pages/settingspage.h"
#include "ui/pages/sponsorshipspage.h"
#include "ui/widgets/contextmenukey.h"

#include <QApplication>
#include <QDate>
#include <QElapsedTimer>
#include <QEvent>
#include <QMainWindow>
#include <QTabWidget>

#include <algorithm>

namespace FundDesk::Bench {

namespace {

class BenchPaintWatcher final : public QObject
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

void setUpLikeTheApp(Ui::LanguageSwitcher &languages)
{
    languages.apply(Ui::LanguageSwitcher::startLanguage());
    // As CompositionRoot's useNotoFonts(): Arabic and Chinese never fall back to empty boxes.
    QFont font = QApplication::font();
    font.setFamilies({QStringLiteral("Noto Sans"), QStringLiteral("Noto Sans Arabic"),
                      QStringLiteral("Noto Sans CJK SC")});
    QApplication::setFont(font);
    Ui::ContextMenuKey::install();
}

void waitForPaint(QWidget *widget)
{
    BenchPaintWatcher watcher;
    widget->installEventFilter(&watcher);
    widget->update();
    QElapsedTimer timer;
    timer.start();
    while (!watcher.painted && timer.elapsed() < 2000) {
        QCoreApplication::processEvents(QEventLoop::AllEvents, 5);
    }
    widget->removeEventFilter(&watcher);
}

void waitForReads()
{
    // Ten minutes: a read that never delivers is a bug to see, not a benchmark to hang.
    QElapsedTimer timer;
    timer.start();
    while (Ui::BackgroundReader::runningCount() > 0 && timer.elapsed() < 600'000) {
        QCoreApplication::processEvents(QEventLoop::AllEvents | QEventLoop::WaitForMoreEvents, 50);
    }
    if (Ui::BackgroundReader::runningCount() > 0) {
        qWarning("funddesk_bench: %d background read(s) still running after ten minutes",
                 Ui::BackgroundReader::runningCount());
    }
    QCoreApplication::processEvents(); // what the delivered rows posted (layouts, totals)
}

void visitEveryPage(Ui::MainWindow &window)
{
    for (const Ui::Page page : Ui::kAllPages) {
        window.showPage(page);
        waitForReads();
        waitForPaint(&window);
        QWidget *widget = window.pageWidget(page);
        if (!widget) {
            continue;
        }
        for (QTabWidget *tabs : widget->findChildren<QTabWidget *>()) {
            const int shown = tabs->currentIndex();
            for (int tab = 0; tab < tabs->count(); ++tab) {
                tabs->setCurrentIndex(tab);
                waitForReads();
                waitForPaint(&window);
            }
            tabs->setCurrentIndex(shown);
        }
    }
    window.showPage(Ui::Page::Dashboard);
    waitForPaint(&window);
}

StallTicker::StallTicker()
{
    m_timer.setInterval(10);
    QObject::connect(&m_timer, &QTimer::timeout, [this] { tick(); });
}

void StallTicker::start()
{
    m_longestMs = 0;
    m_clock.start();
    m_lastTickNs = 0;
    m_timer.start();
}

void StallTicker::stop()
{
    tick();
    m_timer.stop();
}

void StallTicker::tick()
{
    const qint64 now = m_clock.nsecsElapsed();
    m_longestMs = std::max(m_longestMs, double(now - m_lastTickNs) / 1e6);
    m_lastTickNs = now;
}

OpenWindow openLikeTheApp(const QString &path, OpenUntil until)
{
    OpenWindow open;
    QElapsedTimer clock;
    clock.start();
    open.window = std::make_unique<Ui::MainWindow>();
    open.window->show();
    auto *flow = new Ui::FundOpenFlow(open.window.get());
    bool done = false;
    bool opened = false;
    double finishedAtMs = 0;
    const auto connection = QObject::connect(flow, &Ui::FundOpenFlow::finished, flow, [&](bool ok) {
        done = true;
        opened = ok;
        finishedAtMs = double(clock.nsecsElapsed()) / 1e6;
    });
    flow->start(path, Core::Database::Mode::ReadOnly);
    waitForPaint(open.window.get());
    open.firstPaintMs = double(clock.nsecsElapsed()) / 1e6;
    if (until == OpenUntil::FirstPaint) {
        QObject::disconnect(connection); // it captures this frame
        return open;
    }

    // The window's thread must keep answering from its first paint until the pages' rows are
    // in: while the worker checks, while it builds the pages, and while the pool reads.
    StallTicker ticker;
    ticker.start();
    while (!done) {
        QCoreApplication::processEvents(QEventLoop::AllEvents | QEventLoop::WaitForMoreEvents, 50);
    }
    if (!opened) {
        qFatal("cannot open %s", qPrintable(path));
    }
    open.database = flow->takeDatabase();
    auto services = Core::FundServices::create(*open.database);
    if (!services) {
        qFatal("no services: %s", qPrintable(services.error().message));
    }
    open.services = std::move(services).value();
    Core::FundServices &fund = *open.services;
    // Each page timed as it is built, one per turn of the event loop as the composition root
    // builds them (Ui::StagedBuild): what it still does on the window's thread.
    Ui::StagedBuild staged;
    bool built = false;
    QObject::connect(&staged, &Ui::StagedBuild::finished, &staged, [&built] { built = true; });
    const auto install = [&open, &clock, &staged](Ui::Page page, const char *name, auto build) {
        staged.add([&open, &clock, page, name, build] {
            const qint64 before = clock.nsecsElapsed();
            open.window->setPage(page, build());
            open.pageBuildMs.append(
                {QLatin1String(name), double(clock.nsecsElapsed() - before) / 1e6});
        });
    };
    install(Ui::Page::Contributions, "Contributions",
            [&fund] { return new Ui::ContributionsPage(fund); });
    install(Ui::Page::Sponsorships, "Sponsorships",
            [&fund] { return new Ui::SponsorshipsPage(fund); });
    install(Ui::Page::Activities, "Activities", [&fund] { return new Ui::ActivitiesPage(fund); });
    install(Ui::Page::Disbursements, "Disbursements",
            [&fund] { return new Ui::DisbursementsPage(fund); });
    install(Ui::Page::Reports, "Reports", [&fund] { return new Ui::ReportsPage(fund); });
    install(Ui::Page::Dashboard, "Dashboard", [&fund] { return new Ui::DashboardPage(fund); });
    install(Ui::Page::Settings, "Settings", [&fund] { return new Ui::SettingsPage(fund); });
    open.window->setDatabasePath(path);
    const auto balance = fund.balance().balance(QDate::currentDate().year());
    if (balance) {
        open.window->setFundStatus(Core::FundStatusText::describe(*balance, QLocale()),
                                   balance->operational);
    }
    while (!built) {
        QCoreApplication::processEvents(QEventLoop::AllEvents | QEventLoop::WaitForMoreEvents, 50);
    }
    open.adoptMs = double(clock.nsecsElapsed()) / 1e6 - finishedAtMs;
    waitForReads();
    waitForPaint(open.window.get());
    ticker.stop();
    open.usableMs = double(clock.nsecsElapsed()) / 1e6;
    open.longestStallMs = ticker.longestMs();
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
