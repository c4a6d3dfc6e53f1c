#pragma once

#include "core/domain/result.h"

#include <QObject>
#include <QPointer>

#include <atomic>
#include <functional>
#include <memory>

namespace FundDesk::Core {
class FundServices;
} // namespace FundDesk::Core

namespace FundDesk::Ui {

// Reads a table's rows on a worker thread, through a read-only connection of its own to the
// fund's file, and hands them back on the window's thread, so a page of 300 000 payments never
// freezes the window (issue 11). A fund whose file is small (synchronousLimit()) or in memory
// is read at once on the calling thread: its reads take milliseconds, and its pages behave as
// they always did (rows in the model when reload returns).
class BackgroundReader final : public QObject
{
    Q_OBJECT

public:
    // Polled by a read between chunks of rows: false means stop (the result is dropped).
    using KeepGoing = std::function<bool()>;
    template<typename Snapshot>
    using Read = std::function<Core::Result<Snapshot>(Core::FundServices &, const KeepGoing &)>;
    template<typename Snapshot>
    using Done = std::function<void(Core::Result<Snapshot>)>;

    explicit BackgroundReader(Core::FundServices &services, QObject *parent = nullptr);
    ~BackgroundReader() override;

    // Runs `read` and gives its result to `done` on this object's thread: before start()
    // returns when the fund is read synchronously, later otherwise. A read still running is
    // superseded: its result is dropped and its `done` never called.
    template<typename Snapshot>
    void start(Read<Snapshot> read, Done<Snapshot> done);

    // Stops the background read, if any: its `done` is not called; cancelled() is emitted.
    void cancel();
    bool isReading() const { return m_reading; }
    // Whether start() would read on a worker thread.
    bool readsInBackground() const;

    // Funds whose file is at most this many bytes are read synchronously (default 32 MiB, about
    // five demo funds). Tests set -1 to read every file-backed fund in the background.
    static qint64 synchronousLimit();
    static void setSynchronousLimit(qint64 bytes);
    // Background reads not yet delivered in this process (the benchmark waits for 0).
    static int runningCount();

signals:
    void started(); // a background read began (never for a synchronous read)
    void finished(); // a background read delivered its result
    void cancelled();

private:
    using Job = std::function<std::function<void()>(Core::FundServices &, const KeepGoing &)>;
    using Failed = std::function<void(Core::Error)>;
    // On a pool thread: opens the fund read-only, runs job, and runs what it returns on this
    // object's thread unless superseded, cancelled or this object is gone.
    void runInBackground(Job job, Failed failed);
    void delivered(quint64 generation);

    Core::FundServices &m_services;
    quint64 m_generation = 0;
    std::shared_ptr<std::atomic<bool>> m_keepGoing;
    bool m_reading = false;
};

template<typename Snapshot>
void BackgroundReader::start(Read<Snapshot> read, Done<Snapshot> done)
{
    if (!readsInBackground()) {
        cancel();
        done(read(m_services, [] { return true; }));
        return;
    }
    // The worker returns what to run on this thread: done with the snapshot it read. done is
    // copied along but only ever called here.
    runInBackground(
        [read, done](Core::FundServices &services,
                     const KeepGoing &keepGoing) -> std::function<void()> {
            auto result = std::make_shared<Core::Result<Snapshot>>(read(services, keepGoing));
            return [done, result] { done(std::move(*result)); };
        },
        [done](Core::Error error) { done(Core::Result<Snapshot>(std::move(error))); });
}

} // namespace FundDesk::Ui
