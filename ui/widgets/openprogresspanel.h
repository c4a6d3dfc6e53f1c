#pragma once

#include "core/services/fundopener.h"

#include <QFrame>

class QLabel;
class QProgressBar;
class QPushButton;

namespace FundDesk::Ui {

// The banner above the pages while a fund opens: which file, which step, how far through the
// audit trail, and Cancel. The window stays usable meanwhile; FundOpenFlow feeds it.
class OpenProgressPanel final : public QFrame
{
    Q_OBJECT

public:
    explicit OpenProgressPanel(QWidget *parent = nullptr);

    void begin(const QString &path);
    // total 0: the step's length is unknown (a busy bar).
    void setStep(Core::FundOpenStep step, qint64 done, qint64 total);
    // Off while a step that cannot stop halfway (a schema upgrade) runs.
    void setCancelEnabled(bool enabled);

    QPushButton *cancelButton() const { return m_cancel; }

signals:
    void cancelRequested();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();

    QLabel *m_title = nullptr;
    QLabel *m_stepLabel = nullptr;
    QProgressBar *m_bar = nullptr;
    QPushButton *m_cancel = nullptr;
    QString m_fileName;
    Core::FundOpenStep m_step = Core::FundOpenStep::CheckingFile;
};

} // namespace FundDesk::Ui
