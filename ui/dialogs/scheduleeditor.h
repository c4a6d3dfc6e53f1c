#pragma once

#include "core/domain/contribution.h"
#include "core/domain/result.h"

#include <QWidget>

class QPushButton;
class QTableWidget;

namespace FundDesk::Ui {

// The expected payments of a multi-year pledge (¶20b): a small table of due date and amount
// (in the pledge's currency, typed in the current locale) with rows to add and remove.
class ScheduleEditor final : public QWidget
{
    Q_OBJECT

public:
    explicit ScheduleEditor(QWidget *parent = nullptr);

    void setSchedule(const QList<Core::ScheduledPayment> &schedule);
    // Parses every row in `currency`; an amount that does not parse is an error on the field
    // "schedule" naming the payment. No rows: an empty schedule.
    Core::Result<QList<Core::ScheduledPayment>> schedule(const QString &currency) const;
    int paymentCount() const;

    // Adds a row due on `due` with the amount typed as `amountText`: for tests and the form.
    void addPayment(const QDate &due, const QString &amountText);

signals:
    void changed();

protected:
    void changeEvent(QEvent *event) override;

private:
    void removeSelected();
    void retranslateUi();

    QTableWidget *m_table = nullptr;
    QPushButton *m_add = nullptr;
    QPushButton *m_remove = nullptr;
};

} // namespace FundDesk::Ui
