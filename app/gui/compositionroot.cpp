#include "app/gui/compositionroot.h"

#include "app/apptr.h"
#include "core/db/backuprestorer.h"
#include "core/db/backuprotation.h"
#include "core/db/backupwriter.h"
#include "core/db/databaselocation.h"
#include "core/services/demo/demofundgenerator.h"
#include "core/services/fundopener.h"
#include "core/services/fundstatustext.h"
#include "ui/dialogs/importdialog.h"
#include "ui/dialogs/welcomedialog.h"
#include "ui/mainwindow/fundopenflow.h"
#include "ui/mainwindow/mainwindow.h"
#include "ui/mainwindow/stagedbuild.h"
#include "ui/pages/activitiespage.h"
#include "ui/pages/applicationpreferencesbox.h"
#include "ui/pages/contributionspage.h"
#include "ui/pages/dashboardpage.h"
#include "ui/pages/disbursementspage.h"
#include "ui/pages/reportspage.h"
#include "ui/pages/settingspage.h"
#include "ui/pages/sponsorshipspage.h"
#include "ui/widgets/backgroundtask.h"
#include "ui/widgets/profilepicker.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDate>
#include <QDateTime>
#include <QDesktopServices>
#include <QUrl>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QMessageBox>
#include <QPointer>
#include <QSettings>
#include <QStatusBar>

namespace FundDesk::App {

namespace {
constexpr auto LastDatabaseKey = "session/lastDatabase";

// A fund's services and connection kept until its pages are gone (deleted later, in order).
class RetiredFund final : public QObject
{
public:
    RetiredFund(std::unique_ptr<Core::FundServices> services,
                std::unique_ptr<Core::Database> database)
        : m_services(std::move(services)), m_database(std::move(database))
    {}
    ~RetiredFund() override { m_services.reset(); } // before the connection it borrows

private:
    std::unique_ptr<Core::FundServices> m_services;
    std::unique_ptr<Core::Database> m_database;
};

void useNotoFonts()
{
    // One font order everywhere, so Arabic and Chinese never fall back to empty boxes.
    QFont font = QApplication::font();
    font.setFamilies({QStringLiteral("Noto Sans"), QStringLiteral("Noto Sans Arabic"),
                      QStringLiteral("Noto Sans CJK SC")});
    QApplication::setFont(font);
}
} // namespace

CompositionRoot::CompositionRoot() = default;
CompositionRoot::~CompositionRoot() = default;

int CompositionRoot::run(const QStringList &arguments)
{
    m_languages.apply(Ui::LanguageSwitcher::startLanguage());
    useNotoFonts();
    m_window = std::make_unique<Ui::MainWindow>();
    m_openFlow = new Ui::FundOpenFlow(m_window.get());
    m_pageBuild = new Ui::StagedBuild(this);
    connect(m_openFlow, &Ui::FundOpenFlow::finished, this, [this](bool opened) {
        if (opened) {
            adoptOpenedFund(m_openFlow->takeDatabase());
        }
    });
    connect(m_window.get(), &Ui::MainWindow::openRequested, this,
            [this](const QString &path) { openFund(path); });
    connect(m_window.get(), &Ui::MainWindow::activated, this,
            &CompositionRoot::checkFundFileInPlace);
    connect(m_window.get(), &Ui::MainWindow::newFundRequested, this,
            &CompositionRoot::createNewFund);
    connect(m_window.get(), &Ui::MainWindow::backupRequested, this, &CompositionRoot::backUp);
    connect(m_window.get(), &Ui::MainWindow::restoreRequested, this, &CompositionRoot::restore);
    connect(m_window.get(), &Ui::MainWindow::importRequested, this, &CompositionRoot::importCsv);
    connect(m_window.get(), &Ui::MainWindow::manualRequested, this, &CompositionRoot::openManual);
    connect(qApp, &QCoreApplication::aboutToQuit, this, &CompositionRoot::backUpAutomatically);
    m_profilePicker = new Ui::ProfilePicker(m_window.get());
    m_window->statusBar()->addPermanentWidget(m_profilePicker);
    m_window->show();

    const QString path = chooseStartDatabase(arguments);
    if (QFileInfo::exists(path)) {
        openFund(path);
    } else {
        welcomeOnFirstRun(path);
    }
    return QApplication::exec();
}

QString CompositionRoot::chooseStartDatabase(const QStringList &arguments) const
{
    QCommandLineParser parser;
    parser.addOption(QCommandLineOption(QStringLiteral("database"), QString(), QStringLiteral("PATH")));
    parser.parse(QStringList{QStringLiteral("funddesk")} + arguments);
    if (parser.isSet(QStringLiteral("database"))) {
        return parser.value(QStringLiteral("database"));
    }
    const QString last = QSettings().value(QLatin1String(LastDatabaseKey)).toString();
    return !last.isEmpty() && QFileInfo::exists(last) ? last
                                                      : Core::DatabaseLocation::defaultPath();
}

// First run: no fund yet. The welcome dialog creates one, opens a file, or makes a demo fund;
// closing it leaves the window with no fund open (File ▸ New and Open still work).
void CompositionRoot::welcomeOnFirstRun(const QString &path)
{
    Ui::WelcomeDialog dialog(path, m_window.get());
    connect(&dialog, &Ui::WelcomeDialog::languageChosen, &m_languages,
            &Ui::LanguageSwitcher::choose);
    if (dialog.exec() != QDialog::Accepted) {
        return;
    }
    switch (dialog.choice()) {
    case Ui::WelcomeDialog::Choice::CreateFund:
        createFundWith(dialog.newFundPath(), dialog.newFundSettings());
        break;
    case Ui::WelcomeDialog::Choice::OpenExisting:
        if (const QString existing = QFileDialog::getOpenFileName(
                m_window.get(), Tr::tr("Open fund"), QFileInfo(path).absolutePath(),
                Tr::tr("FundDesk funds (*.funddesk)"));
            !existing.isEmpty()) {
            openFund(existing);
        }
        break;
    case Ui::WelcomeDialog::Choice::ExploreDemo:
        // Beside the real fund's place, never in it: the demo is not the manager's records.
        exploreDemoFund(QFileInfo(path).absoluteDir().filePath(QStringLiteral("demo.funddesk")));
        break;
    case Ui::WelcomeDialog::Choice::None:
        break;
    }
}

void CompositionRoot::createFundWith(const QString &path, const Core::FundSettings &chosen)
{
    {
        auto created = Core::FundOpener::open(path);
        if (!created) {
            showError(Tr::tr("New fund"), created.error().message);
            return;
        }
        auto services = Core::FundServices::create(**created);
        if (!services) {
            showError(Tr::tr("New fund"), services.error().message);
            return;
        }
        auto settings = (*services)->settings().load();
        if (!settings) {
            showError(Tr::tr("New fund"), settings.error().message);
            return;
        }
        settings->name = chosen.name;
        settings->operationalThreshold = chosen.operationalThreshold;
        settings->language = chosen.language;
        if (auto saved = (*services)->settings().save(*settings); !saved) {
            showError(Tr::tr("New fund"), saved.error().message);
        }
    }
    openFund(path);
}

void CompositionRoot::exploreDemoFund(const QString &path)
{
    if (!QFileInfo::exists(path)) {
        auto created = Core::FundOpener::open(path);
        if (!created) {
            showError(Tr::tr("Demo fund"), created.error().message);
            return;
        }
        if (auto generated = Core::DemoFundGenerator(1).generate(**created); !generated) {
            showError(Tr::tr("Demo fund"), generated.error().message);
        }
    }
    openFund(path);
}

void CompositionRoot::openFund(const QString &path, Core::Database::Mode mode)
{
    m_openFlow->start(path, mode);
}

void CompositionRoot::adoptOpenedFund(std::unique_ptr<Core::Database> database)
{
    auto services = Core::FundServices::create(*database);
    if (!services) {
        showError(Tr::tr("Open fund"), services.error().message);
        return;
    }
    // The old pages hold references into the old services: they leave the window now (blank
    // until the new ones are built, one per turn) and their deferred deletes run before the old
    // services' and connection's, posted after them.
    if (m_services) {
        for (const Ui::Page page : Ui::kAllPages) {
            m_window->setPage(page, new QWidget);
        }
        (new RetiredFund(std::move(m_services), std::move(m_database)))->deleteLater();
    }
    m_database = std::move(database);
    m_services = std::move(services).value();
    installPages();
    m_profilePicker->setServices(m_services.get()); // the remembered profile acts in this fund
    const QString path = m_database->path();
    QSettings().setValue(QLatin1String(LastDatabaseKey), QFileInfo(path).absoluteFilePath());
    m_window->setDatabasePath(path);
    refreshFundStatus();
}

bool CompositionRoot::reopenCheckedFund()
{
    const auto mode = m_database->isReadOnly() ? Core::Database::Mode::ReadOnly
                                               : Core::Database::Mode::ReadWrite;
    auto reopened = Core::FundOpener::openChecked(m_database->path(), mode);
    if (!reopened) {
        showError(Tr::tr("Open fund"), reopened.error().message);
        return false;
    }
    adoptOpenedFund(std::move(reopened).value());
    return m_database != nullptr;
}

void CompositionRoot::checkFundFileInPlace()
{
    if (!m_database || m_database->writingStopped()) {
        return;
    }
    if (auto inPlace = m_database->checkFileInPlace(); !inPlace) {
        m_database->stopWriting();
        showError(Tr::tr("Open fund"), inPlace.error().message);
    }
}

void CompositionRoot::importCsv()
{
    if (!m_services || m_database->isReadOnly()) {
        return;
    }
    Ui::ImportDialog dialog(m_database->connection(), m_services->reference(), m_window.get());
    if (dialog.exec() != QDialog::Accepted || dialog.importedCount() == 0) {
        return;
    }
    // Reopening rebuilds every page from the fund, the imported records included.
    const Ui::Page page = m_window->currentPage();
    const int count = dialog.importedCount();
    if (reopenCheckedFund()) {
        m_window->showPage(page);
        //: %n is the number of records imported from a CSV file
        m_window->statusBar()->showMessage(Tr::tr("%n record(s) imported.", nullptr, count),
                                           10000);
    }
}

void CompositionRoot::createNewFund()
{
    const QString path = QFileDialog::getSaveFileName(
        m_window.get(), Tr::tr("New fund"),
        QFileInfo(Core::DatabaseLocation::defaultPath()).absolutePath(),
        Tr::tr("FundDesk funds (*.funddesk)"));
    if (path.isEmpty()) {
        return;
    }
    if (QFileInfo::exists(path)) {
        showError(Tr::tr("New fund"),
                  Tr::tr("“%1” already exists; a new fund never replaces a file. Choose another "
                         "name.")
                      .arg(QDir::toNativeSeparators(path)));
        return;
    }
    openFund(path);
}

void CompositionRoot::backUp(const QString &targetPath)
{
    if (!m_database) {
        showError(Tr::tr("Back up"), Tr::tr("Open a fund first: there is nothing to back up."));
        return;
    }
    Core::Result<void> written;
    if (m_database->isInMemory()) {
        written = Core::BackupWriter::write(*m_database, targetPath);
    } else {
        // A large fund takes seconds to copy: a worker copies through its own connection, the
        // dialog shows how much of the file is written, and Cancel stops it.
        const QString fund = m_database->path();
        const qint64 size = QFileInfo(fund).size();
        const QString partial = Core::BackupWriter::partialPath(targetPath);
        written = Ui::BackgroundTask::run(
            m_window.get(),
            Tr::tr("Backing up the fund to “%1”…").arg(QDir::toNativeSeparators(targetPath)),
            [fund, targetPath](const Ui::BackgroundTask::KeepGoing &keepGoing) {
                return Core::BackupWriter::write(fund, targetPath, keepGoing);
            },
            [partial, size] {
                return size > 0 ? int(QFileInfo(partial).size() * 100 / size) : -1;
            });
    }
    if (!written && written.error().code == Core::ErrorCode::Cancelled) {
        m_window->statusBar()->showMessage(written.error().message, 10000);
        return;
    }
    if (!written) {
        showError(Tr::tr("Back up"), written.error().message);
        return;
    }
    QMessageBox::information(m_window.get(), Tr::tr("Back up"),
                             Tr::tr("The fund was backed up to “%1”.")
                                 .arg(QDir::toNativeSeparators(targetPath)));
}

// One page per turn of the event loop (StagedBuild): each takes tens of milliseconds on a
// large fund, their sum half a second. A page connects to those built before it; the
// Dashboard and Settings, which listen to the others, come last.
void CompositionRoot::installPages()
{
    struct Pages
    {
        QPointer<Ui::ContributionsPage> contributions;
        QPointer<Ui::SponsorshipsPage> sponsorships;
        QPointer<Ui::ActivitiesPage> activities;
        QPointer<Ui::DisbursementsPage> disbursements;
        QPointer<Ui::DashboardPage> dashboard;
    };
    auto pages = std::make_shared<Pages>();
    m_pageBuild->clear(); // the steps of a fund replaced meanwhile
    Core::FundServices *services = m_services.get();
    m_pageBuild->add([this, pages, services] {
        pages->contributions = new Ui::ContributionsPage(*services);
        connect(pages->contributions, &Ui::ContributionsPage::fundChanged, this,
                &CompositionRoot::refreshFundStatus);
        m_window->setPage(Ui::Page::Contributions, pages->contributions);
    });
    m_pageBuild->add([this, pages, services] {
        pages->sponsorships = new Ui::SponsorshipsPage(*services);
        connect(pages->sponsorships, &Ui::SponsorshipsPage::fundChanged, this,
                &CompositionRoot::refreshFundStatus);
        m_window->setPage(Ui::Page::Sponsorships, pages->sponsorships);
    });
    m_pageBuild->add([this, pages, services] {
        pages->activities = new Ui::ActivitiesPage(*services);
        connect(pages->activities, &Ui::ActivitiesPage::fundChanged, this,
                &CompositionRoot::refreshFundStatus);
        m_window->setPage(Ui::Page::Activities, pages->activities);
    });
    m_pageBuild->add([this, pages, services] {
        pages->disbursements = new Ui::DisbursementsPage(*services);
        connect(pages->disbursements, &Ui::DisbursementsPage::fundChanged, this,
                &CompositionRoot::refreshFundStatus);
        connect(pages->activities, &Ui::ActivitiesPage::fundChanged, pages->disbursements,
                &Ui::DisbursementsPage::reload);
        m_window->setPage(Ui::Page::Disbursements, pages->disbursements);
    });
    m_pageBuild->add([this, services] {
        m_window->setPage(Ui::Page::Reports, new Ui::ReportsPage(*services));
    });
    // The Dashboard reads what the other pages write: refresh it when they change the fund.
    m_pageBuild->add([this, pages, services] {
        auto *dashboard = new Ui::DashboardPage(*services);
        pages->dashboard = dashboard;
        connect(pages->contributions, &Ui::ContributionsPage::fundChanged, dashboard,
                &Ui::DashboardPage::reload);
        connect(pages->sponsorships, &Ui::SponsorshipsPage::fundChanged, dashboard,
                &Ui::DashboardPage::reload);
        connect(pages->activities, &Ui::ActivitiesPage::fundChanged, dashboard,
                &Ui::DashboardPage::reload);
        connect(pages->disbursements, &Ui::DisbursementsPage::fundChanged, dashboard,
                &Ui::DashboardPage::reload);
        m_window->setPage(Ui::Page::Dashboard, dashboard);
    });
    m_pageBuild->add([this, pages, services] {
        auto *settings = new Ui::SettingsPage(*services);
        connect(settings, &Ui::SettingsPage::settingsSaved, this,
                &CompositionRoot::refreshFundStatus);
        connect(settings, &Ui::SettingsPage::settingsSaved, pages->contributions,
                &Ui::ContributionsPage::reload);
        connect(settings, &Ui::SettingsPage::settingsSaved, pages->activities,
                &Ui::ActivitiesPage::reload);
        connect(settings, &Ui::SettingsPage::settingsSaved, pages->dashboard,
                &Ui::DashboardPage::reload);
        connect(settings, &Ui::SettingsPage::languageChosen, &m_languages,
                &Ui::LanguageSwitcher::choose);
        settings->preferences()->setBackupFolder(automaticBackupFolder());
        m_window->setPage(Ui::Page::Settings, settings);
    });
}

void CompositionRoot::restore(const QString &backupPath)
{
    const QString target = m_database ? m_database->path() : Core::DatabaseLocation::defaultPath();
    const auto answer = QMessageBox::question(
        m_window.get(), Tr::tr("Restore"),
        Tr::tr("Replace the fund “%1” with the backup “%2”? The current file is kept beside it.")
            .arg(QDir::toNativeSeparators(target), QDir::toNativeSeparators(backupPath)));
    if (answer != QMessageBox::Yes) {
        return;
    }
    // Close the fund first: its pages and services hold the connection.
    m_window->setDatabasePath(QString());
    for (const Ui::Page page :
         {Ui::Page::Dashboard, Ui::Page::Contributions, Ui::Page::Sponsorships,
          Ui::Page::Activities, Ui::Page::Disbursements, Ui::Page::Reports,
          Ui::Page::Settings}) {
        m_window->setPage(page, new QWidget);
    }
    m_pageBuild->clear();
    // The old pages go now, not later: their background reads must not deliver into them
    // while the restore's progress dialog runs its own event loop.
    QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
    m_profilePicker->setServices(nullptr);
    m_services.reset();
    m_database.reset();
    // Checking and copying a large backup takes seconds: on a worker, with a busy bar. It cannot
    // stop halfway, so the dialog has no Cancel.
    const auto restored = Ui::BackgroundTask::run(
        m_window.get(),
        Tr::tr("Restoring the fund from “%1”…").arg(QDir::toNativeSeparators(backupPath)),
        [backupPath, target](const Ui::BackgroundTask::KeepGoing &) -> Core::Result<void> {
            auto done =
                Core::BackupRestorer::restore(backupPath, target, Core::FundOpener::schemaVersion());
            if (!done) {
                return done.error();
            }
            return {};
        },
        {}, false);
    if (!restored) {
        showError(Tr::tr("Restore"), restored.error().message);
    }
    openFund(target);
}

void CompositionRoot::openManual()
{
    // The manual ships beside the binary when installed, and in the source tree otherwise.
    const QStringList candidates{
        QCoreApplication::applicationDirPath() + QStringLiteral("/../share/doc/funddesk/manual.md"),
        QStringLiteral(FUNDDESK_SOURCE_DIR "/docs/manual.md")};
    for (const QString &candidate : candidates) {
        if (QFileInfo::exists(candidate)) {
            QDesktopServices::openUrl(QUrl::fromLocalFile(QFileInfo(candidate).absoluteFilePath()));
            return;
        }
    }
    showError(Tr::tr("Manual"), Tr::tr("The user manual was not found next to FundDesk."));
}

void CompositionRoot::backUpAutomatically()
{
    if (!m_database || m_database->isReadOnly()) {
        return;
    }
    const QString folder = automaticBackupFolder();
    const int keep = Ui::ApplicationPreferencesBox::backupsToKeep();
    // Best effort on the way out: a failure is logged, it must not keep the app from quitting.
    // A large fund's copy runs on a worker with a progress dialog whose Cancel skips it.
    if (m_database->isInMemory()) {
        if (auto copy = Core::BackupRotation::backUp(*m_database, folder, keep); !copy) {
            qWarning("automatic backup failed: %s", qPrintable(copy.error().detail));
        }
        return;
    }
    const QString fund = m_database->path();
    const auto written = Ui::BackgroundTask::run(
            nullptr, Tr::tr("Backing up the fund before closing…"),
            [fund, folder, keep](const Ui::BackgroundTask::KeepGoing &keepGoing)
                -> Core::Result<void> {
                auto copy = Core::BackupRotation::backUp(fund, folder, keep,
                                                         QDateTime::currentDateTimeUtc(), keepGoing);
                if (!copy) {
                    return copy.error();
                }
                return {};
            });
    if (!written) {
        qWarning("automatic backup failed: %s", qPrintable(written.error().detail));
    }
}

// Beside the fund's file, so the copies travel with it.
QString CompositionRoot::automaticBackupFolder() const
{
    return m_database ? QFileInfo(m_database->path()).absolutePath() + QStringLiteral("/backups")
                      : QString();
}

void CompositionRoot::refreshFundStatus()
{
    if (!m_services) {
        return;
    }
    const auto balance = m_services->balance().balance(QDate::currentDate().year());
    if (!balance) {
        m_window->setFundStatus(balance.error().message, false);
        return;
    }
    m_window->setFundStatus(Core::FundStatusText::describe(*balance, QLocale()),
                            balance->operational);
}

void CompositionRoot::showError(const QString &title, const QString &message)
{
    QMessageBox::warning(m_window.get(), title, message);
}

} // namespace FundDesk::App
