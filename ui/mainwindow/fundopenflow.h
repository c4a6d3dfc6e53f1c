#pragma once

#include "core/db/database.h"
#include "core/services/fundopener.h"

#include <QObject>
#include <QString>

#include <atomic>
#include <memory>

class QThread;

namespace FundDesk::Core {
class WriterLock;
}

namespace FundDesk::Ui {

class MainWindow;

// Opens a fund for the window without freezing it. On the window's thread it first takes what
// is cheap (the writer lock, the write permission: a locked or write-protected file is offered
// read-only at once); the long checks (quick_check, the audit chain, a schema upgrade) run on a
// worker thread on connections of its own, with the window's OpenProgressPanel showing the
// step and Cancel; a broken audit chain is reported naming its first broken entry, with
// read-only offered. Only then does the window's thread open its own connection, skipping the
// checks already made, and finished(true) hands the fund over. Cancel leaves the file
// untouched and finished(false) follows.
class FundOpenFlow final : public QObject
{
    Q_OBJECT

public:
    explicit FundOpenFlow(MainWindow *window);
    ~FundOpenFlow() override; // cancels and waits for the worker

    // Returns at once; finished() follows. A flow already running is cancelled first.
    void start(const QString &path, Core::Database::Mode mode = Core::Database::Mode::ReadWrite);
    void cancel();
    bool isRunning() const { return m_running; }
    QString path() const { return m_path; }

    // The opened fund, once, after finished(true).
    std::unique_ptr<Core::Database> takeDatabase();

signals:
    // opened is false when the open was cancelled or refused (the message was already shown).
    void finished(bool opened);

private:
    enum class Phase { Inspect, Prepare };

    bool reserveForWriting();
    void runInWorker(Phase phase);
    void workerDone(Phase phase);
    void afterInspection(const Core::Result<Core::FundFileInspection> &inspected);
    void afterPreparation(const Core::Result<void> &prepared);
    void openOnWindowThread();
    void stopWorker();
    void finish(bool opened);
    void fail(const QString &message);
    // Asks whether to open the fund read-only instead, after message; true when accepted.
    bool offerReadOnly(const QString &title, const QString &message);

    MainWindow *m_window;
    QString m_path;
    Core::Database::Mode m_mode = Core::Database::Mode::ReadWrite;
    bool m_running = false;
    std::shared_ptr<Core::WriterLock> m_lock; // held from start() to the window's own open
    std::shared_ptr<std::atomic_bool> m_cancelled;
    QThread *m_thread = nullptr;
    struct WorkerResults;
    std::shared_ptr<WorkerResults> m_results;
    std::unique_ptr<Core::Database> m_database;
};

} // namespace FundDesk::Ui
