#pragma once

#include "core/domain/result.h"

#include <QString>

#include <functional>

class QWidget;

namespace FundDesk::Ui {

// Long work of the window (a backup of a large fund, a restore) on a thread of its own while a
// window-modal progress dialog shows what runs, how far, and Cancel: the window keeps painting
// and answering (issue 11 point 5). Work that ends within ~0.4 s shows no dialog at all.
class BackgroundTask final
{
public:
    BackgroundTask() = delete;

    using KeepGoing = std::function<bool()>;
    using Work = std::function<Core::Result<void>(const KeepGoing &keepGoing)>;
    // 0–100, or -1 while unknown (a busy bar). Asked on the window's thread every 100 ms.
    using Progress = std::function<int()>;

    // Runs work and returns its result; the dialog's Cancel makes keepGoing false (the work then
    // returns ErrorCode::Cancelled). With cancellable false the dialog has no Cancel button:
    // for work that must not stop halfway.
    static Core::Result<void> run(QWidget *parent, const QString &label, Work work,
                                  Progress progress = {}, bool cancellable = true);
};

} // namespace FundDesk::Ui
