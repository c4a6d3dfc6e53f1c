// Grabs the manual's screenshots from the real window, pages and dialogs on a demo fund:
//   funddesk_screenshots OUTPUT_DIR
// English for every page and main dialog, plus the window in Arabic and in Chinese. Run through
// docs/screenshots/make-screenshots.sh, which builds it and sets the offscreen platform.

#include "core/services/demo/demofundgenerator.h"
#include "core/services/fundopener.h"
#include "core/services/fundservices.h"
#include "ui/dialogs/activitydialog.h"
#include "ui/dialogs/contributiondialog.h"
#include "ui/dialogs/donordialog.h"
#include "ui/dialogs/scoringdialog.h"
#include "ui/dialogs/welcomedialog.h"
#include "ui/mainwindow/languageswitcher.h"
#include "ui/mainwindow/mainwindow.h"
#include "ui/pages/activitiespage.h"
#include "ui/pages/contributionspage.h"
#include "ui/pages/settingspage.h"

#include <QApplication>
#include <QDir>
#include <QSettings>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTextStream>

#include <cstdio>

using namespace FundDesk;

namespace {

constexpr QSize kWindowSize(1200, 760); // within the manual's 1280×800

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

void installPages(Ui::MainWindow &window, Core::FundServices &services)
{
    window.setPage(Ui::Page::Contributions, new Ui::ContributionsPage(services));
    window.setPage(Ui::Page::Activities, new Ui::ActivitiesPage(services));
    window.setPage(Ui::Page::Settings, new Ui::SettingsPage(services));
}

void widenTables(QWidget *page)
{
    for (QTableView *table : page->findChildren<QTableView *>()) {
        table->resizeColumnsToContents();
        table->selectRow(0);
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
    if (auto demo = Core::DemoFundGenerator(1, QDate(2026, 11, 25)).generate(**database); !demo) {
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
    installPages(window, **services);
    window.resize(kWindowSize);
    window.show();
    const std::pair<Ui::Page, const char *> pages[] = {
        {Ui::Page::Contributions, "page-contributions"},
        {Ui::Page::Activities, "page-activities"},
        {Ui::Page::Settings, "page-settings"},
    };
    for (const auto &[page, name] : pages) {
        window.showPage(page);
        widenTables(window.pageWidget(page));
        ok = save(&window, out, QString::fromLatin1(name)) && ok;
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
