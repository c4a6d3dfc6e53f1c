// Grabs the manual's screenshots from the real window, pages and dialogs on a demo fund:
//   funddesk_screenshots OUTPUT_DIR
// English for every page and main dialog, plus the window in Arabic and in Chinese. Run through
// docs/screenshots/make-screenshots.sh, which builds it and sets the offscreen platform.

#include "core/db/auditactor.h"
#include "core/services/demo/demofundgenerator.h"
#include "core/services/fundopener.h"
#include "core/services/fundservices.h"
#include "ui/dialogs/activitydialog.h"
#include "ui/dialogs/contributiondialog.h"
#include "ui/dialogs/donordialog.h"
#include "ui/dialogs/scoringdialog.h"
#include "ui/dialogs/welcomedialog.h"
#include "ui/dialogs/workflowdialog.h"
#include "ui/mainwindow/languageswitcher.h"
#include "ui/mainwindow/mainwindow.h"
#include "ui/pages/activitiespage.h"
#include "ui/pages/contributionspage.h"
#include "ui/pages/dashboardpage.h"
#include "ui/pages/disbursementspage.h"
#include "ui/pages/reportspage.h"
#include "ui/pages/settingspage.h"
#include "ui/pages/slatepanel.h"
#include "ui/pages/sponsorshipspage.h"

#include <QApplication>
#include <QDir>
#include <QEventLoop>
#include <QSpinBox>
#include <QTabWidget>
#include <QSettings>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTextStream>
#include <QTimer>

#include <algorithm>
#include <cstdio>
#include <functional>

using namespace FundDesk;

namespace {

constexpr QSize kWindowSize(1200, 760); // within the manual's 1280×800
const QDate kToday(2026, 11, 25);        // the demo fund's fixed "today"

void settle()
{
    for (int i = 0; i < 5; ++i) {
        QCoreApplication::sendPostedEvents();
        QCoreApplication::processEvents();
    }
}

bool save(QWidget *widget, const QDir &out, const QString &name)
{
    settle();
    const QString path = out.filePath(name + QStringLiteral(".png"));
    if (!widget->grab().save(path)) {
        QTextStream(stderr) << "cannot write " << path << Qt::endl;
        return false;
    }
    QTextStream(stdout) << path << Qt::endl;
    return true;
}

// The pages that need a step before their picture (a tab, a proposal, the demo year).
struct Pages
{
    Ui::SponsorshipsPage *sponsorships = nullptr;
    Ui::DashboardPage *dashboard = nullptr;
};

Pages installPages(Ui::MainWindow &window, Core::FundServices &services)
{
    Pages pages{new Ui::SponsorshipsPage(services), new Ui::DashboardPage(services)};
    window.setPage(Ui::Page::Dashboard, pages.dashboard);
    window.setPage(Ui::Page::Contributions, new Ui::ContributionsPage(services));
    window.setPage(Ui::Page::Sponsorships, pages.sponsorships);
    window.setPage(Ui::Page::Activities, new Ui::ActivitiesPage(services));
    window.setPage(Ui::Page::Disbursements, new Ui::DisbursementsPage(services));
    window.setPage(Ui::Page::Reports, new Ui::ReportsPage(services));
    window.setPage(Ui::Page::Settings, new Ui::SettingsPage(services));
    pages.dashboard->yearBox()->setValue(kToday.year());
    return pages;
}

// Proposes a slate and waits for the worker thread (at most a minute) so the picture shows it.
void proposeSlate(Ui::SlatePanel *slate)
{
    QEventLoop loop;
    QObject::connect(slate, &Ui::SlatePanel::proposed, &loop, &QEventLoop::quit);
    QTimer::singleShot(60000, &loop, &QEventLoop::quit);
    slate->propose();
    if (slate->isRunning()) {
        loop.exec();
    }
}

void widenTables(QWidget *page)
{
    for (QTableView *table : page->findChildren<QTableView *>()) {
        table->resizeColumnsToContents();
        // A chosen row, as in use; a table of figures (cells selectable) stays plain.
        if (table->selectionBehavior() == QAbstractItemView::SelectRows) {
            table->selectRow(0);
        }
    }
}

bool showDialog(QDialog &dialog, const QDir &out, const QString &name)
{
    dialog.adjustSize();
    dialog.resize(dialog.size().boundedTo(kWindowSize));
    dialog.show();
    const bool saved = save(&dialog, out, name);
    dialog.hide();
    return saved;
}

// The Workflow dialog as the fund manager sees it for an application she can move on (the
// first one under review), so the picture shows a step to take.
bool showWorkflow(Core::FundServices &services, const QList<Core::ActivityApplication> &all,
                  const QDir &out)
{
    const auto profiles = services.workflow().profiles().list();
    const QList<Core::Profile> people = profiles ? *profiles : QList<Core::Profile>();
    const auto manager = std::find_if(people.cbegin(), people.cend(), [](const auto &p) {
        return p.role == Core::ProfileRole::FundManager;
    });
    const auto item = std::find_if(all.cbegin(), all.cend(), [](const auto &a) {
        return a.status == Core::ApplicationStatus::UnderReview;
    });
    if (manager == people.cend() || item == all.cend()
        || !Core::AuditActor::setCurrent(services.database().connection(), *manager)) {
        QTextStream(stderr) << "workflow dialog: no fund manager profile or no application under review" << Qt::endl;
        return false;
    }
    Ui::WorkflowDialog workflow(services, Core::WorkflowItem::activity(item->id.value()),
                                QStringLiteral("%1 · %2").arg(item->reference, item->title));
    workflow.setMinimumWidth(520); // its wrapped explanations read better in fewer lines
    return showDialog(workflow, out, QStringLiteral("dialog-workflow"));
}

} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("FundDesk-screenshots"));
    QStandardPaths::setTestModeEnabled(true); // never touch the person's own settings
    QSettings().clear();
    if (app.arguments().size() != 2) {
        QTextStream(stderr) << "usage: funddesk_screenshots OUTPUT_DIR" << Qt::endl;
        return 2;
    }
    const QDir out(app.arguments().at(1));
    if (!QDir().mkpath(out.path())) {
        return 1;
    }
    QFont font = QApplication::font();
    font.setFamilies({QStringLiteral("Noto Sans"), QStringLiteral("Noto Sans Arabic"),
                      QStringLiteral("Noto Sans CJK SC")});
    font.setPointSize(9);
    QApplication::setFont(font);

    Ui::LanguageSwitcher languages;
    languages.apply(Core::Language::English);

    QTemporaryDir temp;
    const QString path = temp.filePath(QStringLiteral("demo.funddesk"));
    auto database = Core::FundOpener::open(path);
    if (!database) {
        QTextStream(stderr) << database.error().message << Qt::endl;
        return 1;
    }
    // A fixed "today", so the pictures do not change from one run to the next.
    if (auto demo = Core::DemoFundGenerator(1, kToday).generate(**database); !demo) {
        QTextStream(stderr) << demo.error().message << Qt::endl;
        return 1;
    }
    auto services = Core::FundServices::create(**database);
    if (!services) {
        return 1;
    }

    bool ok = true;
    Ui::MainWindow window;
    window.setDatabasePath(path);
    const Pages installed = installPages(window, **services);
    window.resize(kWindowSize);
    window.show();
    const auto showTab = [](QTabWidget *tabs, int index) {
        return [tabs, index] { tabs->setCurrentIndex(index); };
    };
    struct Shot
    {
        Ui::Page page;
        const char *name;
        std::function<void()> prepare; // after the page is shown, before the grab
        QSize size = kWindowSize;       // smaller for a page whose content ends high
    };
    const Shot shots[] = {
        {Ui::Page::Dashboard, "page-dashboard", {}, QSize(1200, 500)},
        {Ui::Page::Dashboard, "page-dashboard-fund-size", showTab(installed.dashboard->tabs(), 1)},
        {Ui::Page::Contributions, "page-contributions", {}},
        {Ui::Page::Sponsorships, "page-sponsorships", {}},
        {Ui::Page::Sponsorships, "page-sponsorships-slate",
         [&installed] {
             installed.sponsorships->tabs()->setCurrentIndex(Ui::SponsorshipsPage::SlateTab);
             proposeSlate(installed.sponsorships->slatePanel());
         }},
        {Ui::Page::Activities, "page-activities", {}},
        {Ui::Page::Disbursements, "page-disbursements", {}},
        {Ui::Page::Reports, "page-reports", {}, QSize(1000, 470)},
        {Ui::Page::Settings, "page-settings", {}},
    };
    for (const Shot &shot : shots) {
        window.resize(shot.size);
        window.showPage(shot.page);
        if (shot.prepare) {
            shot.prepare();
        }
        widenTables(window.pageWidget(shot.page));
        ok = save(&window, out, QString::fromLatin1(shot.name)) && ok;
    }

    const auto applications = (*services)->activities().all();
    {
        Ui::WelcomeDialog welcome(QDir::home().filePath(QStringLiteral("FundDesk/fund.funddesk")));
        ok = showDialog(welcome, out, QStringLiteral("dialog-welcome")) && ok;
        Ui::DonorDialog donor(**services);
        ok = showDialog(donor, out, QStringLiteral("dialog-donor")) && ok;
        Ui::ContributionDialog contribution(**services);
        ok = showDialog(contribution, out, QStringLiteral("dialog-contribution")) && ok;
        if (applications && !applications->isEmpty()) {
            Ui::ActivityDialog activity(**services);
            activity.setApplication(applications->first());
            ok = showDialog(activity, out, QStringLiteral("dialog-activity")) && ok;
            Ui::ScoringDialog scoring(**services, applications->first());
            ok = showDialog(scoring, out, QStringLiteral("dialog-scoring")) && ok;
            ok = showWorkflow(**services, *applications, out) && ok;
        }
    }

    // The same window in Arabic (right to left) and in Chinese, switched live.
    window.showPage(Ui::Page::Contributions);
    for (const auto &[language, name] :
         {std::pair{Core::Language::Arabic, "page-contributions-ar"},
          std::pair{Core::Language::Chinese, "page-contributions-zh"}}) {
        languages.apply(language);
        settle();
        widenTables(window.pageWidget(Ui::Page::Contributions));
        ok = save(&window, out, QString::fromLatin1(name)) && ok;
    }
    languages.apply(Core::Language::English);
    return ok ? 0 : 1;
}
