#include "ui/mainwindow/stagedbuild.h"

#include <QTimer>

namespace FundDesk::Ui {

StagedBuild::StagedBuild(QObject *parent) : QObject(parent) {}

void StagedBuild::add(std::function<void()> step)
{
    m_steps.append(std::move(step));
    schedule();
}

void StagedBuild::clear()
{
    m_steps.clear();
}

void StagedBuild::schedule()
{
    if (m_scheduled || m_steps.isEmpty()) {
        return;
    }
    m_scheduled = true;
    // A 1 ms timer, not a zero one (a posted call): posted calls chained from one another run
    // in one pass of the event loop, before its timers and paints get their turn.
    QTimer::singleShot(1, this, &StagedBuild::runNext);
}

void StagedBuild::runNext()
{
    m_scheduled = false;
    if (m_steps.isEmpty()) {
        return;
    }
    const std::function<void()> step = m_steps.takeFirst();
    step();
    if (m_steps.isEmpty()) {
        emit finished();
    } else {
        schedule();
    }
}

} // namespace FundDesk::Ui
