#include "ui/mainwindow/fundopenflow.h"

#include "core/db/writerlock.h"
#include "ui/mainwindow/mainwindow.h"
#include "ui/uitr.h"
#include "ui/widgets/openprogresspanel.h"

#include <QFileInfo>
#include <QMessageBox>
#include <QPushButton>
#include <QStatusBar>
#include <QThread>

#include <optional>

namespace FundDesk::Ui {

// What a worker phase produced, read on the window's thread once the worker has finished.
struct FundOpenFlow::WorkerResults
{
    std::optional<Core::Result<Core::FundFileInspection>> inspected;
    std::optional<Core::Result<void>> prepared;
};

FundOpenFlow::FundOpenFlow(MainWindow *window) : QObject(window), m_window(window)
{
    connect(m_window->openProgress(), &OpenProgressPanel::cancelRequested, this,
            &FundOpenFlow::cancel);
}

FundOpenFlow::~FundOpenFlow()
{
    if (m_cancelled) {
        m_cancelled->store(true);
    }
    stopWorker();
}

void FundOpenFlow::start(const QString &path, Core::Database::Mode mode)
{
    if (m_running) {
        cancel();
    }
    m_path = path;
    m_mode = mode;
    m_database.reset();
    m_running = true;
    m_cancelled = std::make_shared<std::atomic_bool>(false);
    if (mode == Core::Database::Mode::ReadWrite && !reserveForWriting()) {
        return;
    }
    OpenProgressPanel *panel = m_window->openProgress();
    panel->begin(path);
    panel->show();
    runInWorker(Phase::Inspect);
}

void FundOpenFlow::cancel()
{
    if (!m_running) {
        return;
    }
    m_cancelled->store(true);
    // Quick: the checks look at the flag every few thousand steps.
    stopWorker();
    //: Status bar message; %1 is the file name of the fund
    m_window->statusBar()->showMessage(
        Tr::tr("Opening “%1” was cancelled; the file was not changed.")
            .arg(QFileInfo(m_path).fileName()),
        10000);
    finish(false);
}

std::unique_ptr<Core::Database> FundOpenFlow::takeDatabase()
{
    return std::move(m_database);
}

// Cheap, so asked before the long checks: a locked or write-protected file is offered
// read-only at once rather than after minutes of checking.
bool FundOpenFlow::reserveForWriting()
{
    auto reserved = Core::Database::reserveForWriting(m_path);
    if (reserved) {
        m_lock = *reserved;
        return true;
    }
    const auto code = reserved.error().code;
    const bool readable = (code == Core::ErrorCode::Conflict || code == Core::ErrorCode::Io)
                          && QFileInfo::exists(m_path);
    if (!readable) {
        fail(reserved.error().message);
        return false;
    }
    if (offerReadOnly(Tr::tr("Open fund"), reserved.error().message)) {
        m_mode = Core::Database::Mode::ReadOnly;
        return true;
    }
    finish(false);
    return false;
}

void FundOpenFlow::runInWorker(Phase phase)
{
    auto results = std::make_shared<WorkerResults>();
    m_results = results;
    const std::shared_ptr<std::atomic_bool> cancelled = m_cancelled;
    // Called on the worker thread; tells the panel only when the step or the per-mille changes.
    Core::FundOpener::Progress progress = [this, cancelled, lastStep = -1,
                                           lastPermille = qint64(-1)](Core::FundOpenStep step,
                                                                      qint64 done,
                                                                      qint64 total) mutable {
        if (cancelled->load()) {
            return false;
        }
        const qint64 permille = total > 0 ? done * 1000 / total : -1;
        if (int(step) != lastStep || permille != lastPermille) {
            lastStep = int(step);
            lastPermille = permille;
            QMetaObject::invokeMethod(
                this,
                [this, cancelled, step, done, total] {
                    if (!cancelled->load()) {
                        m_window->openProgress()->setStep(step, done, total);
                    }
                },
                Qt::QueuedConnection);
        }
        return true;
    };
    const QString path = m_path;
    m_thread = QThread::create([phase, path, results, progress] {
        if (phase == Phase::Inspect) {
            results->inspected = Core::FundOpener::inspect(path, progress);
        } else {
            results->prepared = Core::FundOpener::prepareForWriting(path, progress);
        }
    });
    m_thread->setObjectName(QStringLiteral("fundOpenWorker"));
    connect(m_thread, &QThread::finished, this, [this, phase, results] {
        if (results == m_results) { // not a worker that was cancelled and waited for
            workerDone(phase);
        }
    });
    m_thread->start();
}

void FundOpenFlow::workerDone(Phase phase)
{
    const std::shared_ptr<WorkerResults> results = m_results;
    stopWorker();
    if (phase == Phase::Inspect) {
        afterInspection(*results->inspected);
    } else {
        afterPreparation(*results->prepared);
    }
}

void FundOpenFlow::stopWorker()
{
    m_results.reset();
    if (m_thread == nullptr) {
        return;
    }
    m_thread->wait();
    delete m_thread;
    m_thread = nullptr;
}

void FundOpenFlow::afterInspection(const Core::Result<Core::FundFileInspection> &inspected)
{
    if (!inspected) {
        fail(inspected.error().message);
        return;
    }
    if (const Core::AuditVerification &audit = inspected->audit; !audit.intact) {
        //: %1 is the number of the first broken entry, %2 what is wrong with it
        const QString message = Tr::tr("The fund's audit trail has been altered, first at entry "
                                       "%1: %2 Keep this file for investigation and work from a "
                                       "backup.")
                                    .arg(audit.firstBrokenSeq)
                                    .arg(audit.message);
        if (m_mode == Core::Database::Mode::ReadOnly) {
            QMessageBox::warning(m_window, Tr::tr("Audit trail"), message);
        } else if (offerReadOnly(Tr::tr("Audit trail"), message)) {
            // Read-only keeps the evidence exactly as it was found.
            m_mode = Core::Database::Mode::ReadOnly;
            m_lock.reset();
        }
    }
    if (m_mode == Core::Database::Mode::ReadOnly) {
        openOnWindowThread();
        return;
    }
    OpenProgressPanel *panel = m_window->openProgress();
    panel->setStep(Core::FundOpenStep::Upgrading, 0, 0);
    panel->setCancelEnabled(false); // an upgrade step is one transaction: it runs to its end
    runInWorker(Phase::Prepare);
}

void FundOpenFlow::afterPreparation(const Core::Result<void> &prepared)
{
    if (!prepared) {
        fail(prepared.error().message);
        return;
    }
    openOnWindowThread();
}

void FundOpenFlow::openOnWindowThread()
{
    auto opened = Core::FundOpener::openChecked(m_path, m_mode);
    if (!opened) {
        fail(opened.error().message);
        return;
    }
    m_database = std::move(opened).value();
    finish(true);
}

void FundOpenFlow::finish(bool opened)
{
    m_window->openProgress()->hide();
    m_running = false;
    m_lock.reset(); // an opened Database holds its own share
    emit finished(opened);
}

void FundOpenFlow::fail(const QString &message)
{
    m_window->openProgress()->hide();
    if (m_cancelled && m_cancelled->load()) {
        finish(false); // the user stopped it: no message needed
        return;
    }
    QMessageBox::warning(m_window, Tr::tr("Open fund"), message);
    finish(false);
}

bool FundOpenFlow::offerReadOnly(const QString &title, const QString &message)
{
    QMessageBox box(QMessageBox::Warning, title, message, QMessageBox::NoButton, m_window);
    box.setObjectName(QStringLiteral("offerReadOnlyBox"));
    box.setInformativeText(Tr::tr("You can open the fund read-only: everything can be seen and "
                                  "printed, nothing can be changed."));
    QPushButton *readOnly = box.addButton(Tr::tr("Open &read-only"), QMessageBox::AcceptRole);
    readOnly->setObjectName(QStringLiteral("openReadOnlyButton"));
    box.addButton(QMessageBox::Cancel);
    box.setDefaultButton(readOnly);
    readOnly->setAccessibleName(Tr::tr("Open the fund read-only"));
    box.exec();
    return box.clickedButton() == readOnly;
}

} // namespace FundDesk::Ui
