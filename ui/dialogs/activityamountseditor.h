#pragma once

#include "core/domain/activityapplication.h"
#include "core/domain/result.h"

#include <QList>
#include <QWidget>

#include <optional>

class QPushButton;
class QTableWidget;

namespace FundDesk::Ui {

// The amount requested per year of a multi-year activity (¶20b), in USD: a table of year and
// amount with Add Year and Remove Year buttons. Amounts are typed as in the current locale.
class ActivityAmountsEditor final : public QWidget
{
    Q_OBJECT

public:
    explicit ActivityAmountsEditor(QWidget *parent = nullptr);

    void setAmounts(const QList<Core::YearlyAmount> &amounts);
    // The rows as typed, or an InvalidInput error (field "requested") naming the first amount
    // that does not parse.
    Core::Result<QList<Core::YearlyAmount>> amounts() const;
    // The sum of the amounts that parse, for the live total; nullopt on overflow.
    std::optional<Core::Money> total() const;

    // The year a first row gets (the activity's start year).
    void setFirstYear(int year) { m_firstYear = year; }

    QTableWidget *table() const { return m_table; }
    QPushButton *addButton() const { return m_add; }
    QPushButton *removeButton() const { return m_remove; }

public slots:
    void addYear();
    void removeCurrent();

signals:
    void changed();

protected:
    void changeEvent(QEvent *event) override;

private:
    void appendRow(int year, const QString &amount);
    void updateButtons();
    void retranslateUi();

    QTableWidget *m_table = nullptr;
    QPushButton *m_add = nullptr;
    QPushButton *m_remove = nullptr;
    int m_firstYear = 0;
};

} // namespace FundDesk::Ui
