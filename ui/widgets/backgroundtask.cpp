#include "ui/widgets/backgroundtask.h"

#include "ui/uitr.h"

#include <QEventLoop>
#include <algorithm>
#include <QProgressDialog>
#include <QThread>
#include <QTimer>

#include <atomic>
#include <memory>

namespace FundDesk::Ui {

Core::Result<void> BackgroundTask::run(QWidget *parent, const QString &label, Work work,
                                       Progress progress, bool cancellable)
{
    auto keepGoing = std::make_shared<std::atomic<bool>>(true);
    auto result = std::make_shared<Core::Result<void>>();
    QThread *thread = QThread::create([work = std::move(work), keepGoing, result] {
        *result = work([keepGoing] { return keepGoing->load(); });
    });

    QProgressDialog dialog(label, cancellable ? Tr::tr("Cancel") : QString(), 0, 0, parent);
    dialog.setObjectName(QStringLiteral("backgroundTaskDialog"));
    dialog.setWindowModality(Qt::WindowModal);
    dialog.setMinimumDuration(400);
    dialog.setAutoClose(false);
    dialog.setAutoReset(false);
    if (!cancellable) {
        dialog.setCancelButton(nullptr);
    }
    QObject::connect(&dialog, &QProgressDialog::canceled, &dialog, [keepGoing, &dialog] {
        keepGoing->store(false);
        //: Shown in a progress dialog after Cancel, until the work has stopped
        dialog.setLabelText(Tr::tr("Stopping…"));
    });
    QEventLoop loop;
    QObject::connect(thread, &QThread::finished, &loop, &QEventLoop::quit);
    QTimer poll;
    poll.setInterval(100);
    QObject::connect(&poll, &QTimer::timeout, &dialog, [&dialog, &progress] {
        const int percent = progress ? progress() : -1;
        if (percent >= 0) {
            dialog.setMaximum(100);
            dialog.setValue(std::min(percent, 99));
        } else {
            dialog.setMaximum(0);
            dialog.setValue(0); // also starts the minimum-duration clock
        }
    });
    dialog.setValue(0);
    poll.start();
    thread->start();
    loop.exec(); // the window's events go on; the dialog is window-modal
    poll.stop();
    thread->wait();
    delete thread;
    return *result;
}

} // namespace FundDesk::Ui
