#pragma once

#include "core/domain/contributionchange.h"

#include <QDialog>

class QLabel;
class QTableWidget;

namespace FundDesk::Ui {

// The earlier states of a contribution (ContributionService::history), newest last, read-only.
class ContributionHistoryDialog final : public QDialog
{
    Q_OBJECT

public:
    explicit ContributionHistoryDialog(QList<Core::ContributionChange> history,
                                       QWidget *parent = nullptr);

protected:
    void changeEvent(QEvent *event) override;

private:
    void fill();

    QList<Core::ContributionChange> m_history;
    QLabel *m_intro = nullptr;
    QTableWidget *m_table = nullptr;
};

} // namespace FundDesk::Ui
