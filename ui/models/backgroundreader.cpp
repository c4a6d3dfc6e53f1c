#include "ui/models/backgroundreader.h"

#include "core/db/database.h"
#include "core/services/fundservices.h"
#include "ui/logging.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QRunnable>
#include <QThreadPool>

#ifdef __GLIBC__
#include <malloc.h>
#endif

namespace FundDesk::Ui {

namespace {

std::atomic<qint64> g_synchronousLimit{qint64(32) * 1024 * 1024};
std::atomic<int> g_running{0};

// Two threads: the pages' reads overlap with each other and with the window, on two cores.
// A child of the application, so it waits for its last read before the application is gone.
QThreadPool &pool()
{
    static QPointer<QThreadPool> instance;
    if (!instance) {
        instance = new QThreadPool(QCoreApplication::instance());
        instance->setMaxThreadCount(2);
    }
    return *instance;
}

// Its own connection, opened and closed on this thread (destroyed before the memory is
// trimmed); the file was checked when the window opened it.
void readOnOwnConnection(const QString &path,
                         const std::function<std::function<void()>(
                             Core::FundServices &, const BackgroundReader::KeepGoing &)> &job,
                         const std::function<void(Core::Error)> &failed,
                         const BackgroundReader::KeepGoing &keepGoing,
                         std::function<void()> &deliver)
{
    auto database = Core::Database::open(path, Core::Database::Mode::ReadOnly, -1,
                                         Core::Database::FileCheck::None);
    auto services = database ? Core::FundServices::create(**database)
                             : Core::Result<std::unique_ptr<Core::FundServices>>(database.error());
    if (services) {
        deliver = job(**services, keepGoing);
        return;
    }
    qCWarning(lcUi) << "background read could not open" << path << services.error().detail;
    deliver = [failed, error = services.error()] { failed(error); };
}

} // namespace

BackgroundReader::BackgroundReader(Core::FundServices &services, QObject *parent)
    : QObject(parent), m_services(services)
{}

BackgroundReader::~BackgroundReader()
{
    if (m_keepGoing) {
        m_keepGoing->store(false);
    }
}

qint64 BackgroundReader::synchronousLimit()
{
    return g_synchronousLimit.load();
}

void BackgroundReader::setSynchronousLimit(qint64 bytes)
{
    g_synchronousLimit.store(bytes);
}

int BackgroundReader::runningCount()
{
    return g_running.load();
}

bool BackgroundReader::readsInBackground() const
{
    const Core::Database &database = m_services.database();
    if (database.isInMemory() || !QCoreApplication::instance()) {
        return false;
    }
    return QFileInfo(database.path()).size() > synchronousLimit();
}

void BackgroundReader::cancel()
{
    if (!m_reading) {
        return;
    }
    m_keepGoing->store(false);
    m_keepGoing.reset();
    m_reading = false;
    ++m_generation; // what the worker still sends is dropped
    emit cancelled();
}

void BackgroundReader::runInBackground(Job job, Failed failed)
{
    if (m_reading) {
        m_keepGoing->store(false); // superseded: its result is dropped
    }
    const quint64 generation = ++m_generation;
    m_keepGoing = std::make_shared<std::atomic<bool>>(true);
    m_reading = true;
    ++g_running;
    emit started();

    const QString path = m_services.database().path();
    const QPointer<BackgroundReader> self(this);
    std::shared_ptr<std::atomic<bool>> flag = m_keepGoing;
    QThreadPool &threads = pool();
    threads.start([path, self, flag, generation, job = std::move(job),
                   failed = std::move(failed), &threads]() mutable {
        const KeepGoing keepGoing = [flag] { return flag->load(); };
        std::function<void()> deliver;
        if (flag->load()) {
            readOnOwnConnection(path, job, failed, keepGoing, deliver);
        }
#ifdef __GLIBC__
        // The read's temporaries were freed in this thread's heap; glibc keeps such memory
        // for the thread unless asked: give it back, or every page read stays resident.
        malloc_trim(0);
#endif
        // Back on the window's thread (the pool lives there); self is only read there.
        QMetaObject::invokeMethod(
            &threads,
            [self, generation, deliver = std::move(deliver)] {
                --g_running;
                if (!self || self->m_generation != generation || !deliver) {
                    return;
                }
                self->delivered(generation);
                deliver();
                if (self) {
                    emit self->finished();
                }
            },
            Qt::QueuedConnection);
    });
}

void BackgroundReader::delivered(quint64 generation)
{
    Q_UNUSED(generation)
    m_reading = false;
    m_keepGoing.reset();
}

} // namespace FundDesk::Ui
