#include "bench/benchwindow.h"

#include "core/db/auditchain.h"
#include "core/services/fundopener.h"
#include "core/services/fundstatustext.h"
#include "ui/pages/activitiespage.h"
#include "ui/pages/contributionspage.h"
#include "ui/pages/settingspage.h"
#include "ui/pages/sponsorshipspage.h"

#include <QCoreApplication>
#include <QDate>
#include <QElapsedTimer>
#include <QEvent>
#include <QMainWindow>

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
    open.window = std::make_unique<Ui::MainWindow>();
    open.window->show();
    auto database = Core::FundOpener::open(path);
    if (!database) {
        qFatal("cannot open %s: %s", qPrintable(path), qPrintable(database.error().message));
    }
    open.database = std::move(database).value();
    auto services = Core::FundServices::create(*open.database);
    if (!services) {
        qFatal("no services: %s", qPrintable(services.error().message));
    }
    open.services = std::move(services).value();
    Core::FundServices &fund = *open.services;
    open.window->setPage(Ui::Page::Contributions, new Ui::ContributionsPage(fund));
    open.window->setPage(Ui::Page::Sponsorships, new Ui::SponsorshipsPage(fund));
    open.window->setPage(Ui::Page::Activities, new Ui::ActivitiesPage(fund));
    open.window->setPage(Ui::Page::Settings, new Ui::SettingsPage(fund));
    const auto verified = Core::AuditChain::verify(open.database->connection());
    if (!verified || !verified->intact) {
        qWarning("the audit trail does not verify");
    }
    open.window->setDatabasePath(path);
    const auto balance = fund.balance().balance(QDate::currentDate().year());
    if (balance) {
        open.window->setFundStatus(Core::FundStatusText::describe(*balance, QLocale()),
                                   balance->operational);
    }
    waitForPaint(open.window.get());
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
