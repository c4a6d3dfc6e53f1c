#pragma once

#include <QList>
#include <QObject>

#include <functional>

namespace FundDesk::Ui {

// Runs steps one per turn of the event loop: building the seven pages of a large fund takes
// tens of milliseconds each, and in one go held the window's thread for their sum (~0.5 s at
// scale 100, issue 11 point 5); between steps the window paints and answers. clear() drops the
// steps not yet run (another fund replaces the one being installed).
class StagedBuild final : public QObject
{
    Q_OBJECT

public:
    explicit StagedBuild(QObject *parent = nullptr);

    void add(std::function<void()> step);
    void clear();
    bool isRunning() const { return !m_steps.isEmpty(); }

signals:
    void finished(); // the last step ran

private:
    void schedule();
    void runNext();

    QList<std::function<void()>> m_steps;
    bool m_scheduled = false;
};

} // namespace FundDesk::Ui
