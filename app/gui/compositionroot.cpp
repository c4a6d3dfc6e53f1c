#include "app/gui/compositionroot.h"

#include "app/apptr.h"
#include "core/db/auditchain.h"
#include "core/db/backuprestorer.h"
#include "core/db/backuprotation.h"
#include "core/db/backupwriter.h"
#include "core/db/databaselocation.h"
#include "core/services/demo/demofundgenerator.h"
#include "core/services/fundopener.h"
#include "core/services/fundstatustext.h"
#include "ui/mainwindow/mainwindow.h"
#include "ui/pages/activitiespage.h"
#include "ui/pages/contributionspage.h"
#include "ui/pages/settingspage.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDate>
#include <QDesktopServices>
#include <QUrl>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>

namespace FundDesk::App {

namespace {
constexpr auto LastDatabaseKey = "session/lastDatabase";

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
    m_translations.apply(QLocale::system());
    useNotoFonts();
    m_window = std::make_unique<Ui::MainWindow>();
    connect(m_window.get(), &Ui::MainWindow::openRequested, this, &CompositionRoot::openFund);
    connect(m_window.get(), &Ui::MainWindow::newFundRequested, this,
            &CompositionRoot::createNewFund);
    connect(m_window.get(), &Ui::MainWindow::backupRequested, this, &CompositionRoot::backUp);
    connect(m_window.get(), &Ui::MainWindow::restoreRequested, this, &CompositionRoot::restore);
    connect(m_window.get(), &Ui::MainWindow::manualRequested, this, &CompositionRoot::openManual);
    connect(qApp, &QCoreApplication::aboutToQuit, this, &CompositionRoot::backUpAutomatically);
    m_window->show();

    const QString path = chooseStartDatabase(arguments);
    if (!QFileInfo::exists(path) && !offerDemoOnFirstRun(path)) {
        openFund(path);
    } else if (QFileInfo::exists(path)) {
        openFund(path);
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

// First run: no fund yet. The manager may explore a demo fund before entering real records.
bool CompositionRoot::offerDemoOnFirstRun(const QString &path)
{
    QMessageBox box(m_window.get());
    box.setIcon(QMessageBox::Question);
    box.setWindowTitle(Tr::tr("Welcome to FundDesk"));
    box.setText(Tr::tr("There is no fund at “%1” yet.").arg(QDir::toNativeSeparators(path)));
    box.setInformativeText(Tr::tr("Start an empty fund for your own records, or explore a demo "
                                  "fund with realistic records first."));
    QPushButton *demo = box.addButton(Tr::tr("Explore the &demo fund"), QMessageBox::AcceptRole);
    box.addButton(Tr::tr("Start an &empty fund"), QMessageBox::RejectRole);
    box.setDefaultButton(demo);
    box.exec();
    if (box.clickedButton() != demo) {
        return false;
    }
    {
        auto created = Core::FundOpener::open(path);
        if (!created) {
            showError(Tr::tr("Demo fund"), created.error().message);
            return true;
        }
        if (auto generated = Core::DemoFundGenerator(1).generate(**created); !generated) {
            showError(Tr::tr("Demo fund"), generated.error().message);
        }
    }
    openFund(path);
    return true;
}

bool CompositionRoot::openFund(const QString &path)
{
    auto opened = Core::FundOpener::open(path);
    if (!opened) {
        showError(Tr::tr("Open fund"), opened.error().message);
        return false;
    }
    auto services = Core::FundServices::create(**opened);
    if (!services) {
        showError(Tr::tr("Open fund"), services.error().message);
        return false;
    }
    // The old pages hold references into the old services: replace them before releasing.
    std::unique_ptr<Core::FundServices> oldServices = std::move(m_services);
    std::unique_ptr<Core::Database> oldDatabase = std::move(m_database);
    m_database = std::move(opened).value();
    m_services = std::move(services).value();
    installPages();
    oldServices.reset();
    oldDatabase.reset();
    warnIfAuditTrailBroken();
    QSettings().setValue(QLatin1String(LastDatabaseKey), QFileInfo(path).absoluteFilePath());
    m_window->setDatabasePath(path);
    refreshFundStatus();
    return true;
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
    if (auto written = Core::BackupWriter::write(*m_database, targetPath); !written) {
        showError(Tr::tr("Back up"), written.error().message);
        return;
    }
    QMessageBox::information(m_window.get(), Tr::tr("Back up"),
                             Tr::tr("The fund was backed up to “%1”.")
                                 .arg(QDir::toNativeSeparators(targetPath)));
}

void CompositionRoot::installPages()
{
    auto *contributions = new Ui::ContributionsPage(*m_services);
    connect(contributions, &Ui::ContributionsPage::fundChanged, this,
            &CompositionRoot::refreshFundStatus);
    m_window->setPage(Ui::Page::Contributions, contributions);

    auto *activities = new Ui::ActivitiesPage(*m_services);
    connect(activities, &Ui::ActivitiesPage::fundChanged, this,
            &CompositionRoot::refreshFundStatus);
    m_window->setPage(Ui::Page::Activities, activities);

    auto *settings = new Ui::SettingsPage(*m_services);
    connect(settings, &Ui::SettingsPage::settingsSaved, this, &CompositionRoot::refreshFundStatus);
    connect(settings, &Ui::SettingsPage::settingsSaved, contributions,
            &Ui::ContributionsPage::reload);
    connect(settings, &Ui::SettingsPage::settingsSaved, activities, &Ui::ActivitiesPage::reload);
    m_window->setPage(Ui::Page::Settings, settings);
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
         {Ui::Page::Contributions, Ui::Page::Activities, Ui::Page::Settings}) {
        m_window->setPage(page, new QWidget);
    }
    m_services.reset();
    m_database.reset();
    const auto restored =
        Core::BackupRestorer::restore(backupPath, target, Core::FundOpener::schemaVersion());
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
    const QString folder = QFileInfo(m_database->path()).absolutePath() + QStringLiteral("/backups");
    const int keep = QSettings().value(QStringLiteral("backup/keep"), 10).toInt();
    // Best effort on the way out: a failure is logged, it must not keep the app from quitting.
    if (auto written = Core::BackupRotation::backUp(*m_database, folder, keep); !written) {
        qWarning("automatic backup failed: %s", qPrintable(written.error().detail));
    }
}

void CompositionRoot::warnIfAuditTrailBroken()
{
    const auto verified = Core::AuditChain::verify(m_database->connection());
    if (!verified) {
        showError(Tr::tr("Audit trail"), verified.error().message);
    } else if (!verified->intact) {
        showError(Tr::tr("Audit trail"),
                  Tr::tr("The fund's audit trail has been altered: %1 Keep this file for "
                         "investigation and work from a backup.")
                      .arg(verified->message));
    }
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
