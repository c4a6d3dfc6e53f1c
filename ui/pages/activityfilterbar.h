#pragma once

#include "core/services/activityfilter.h"

#include <QList>
#include <QWidget>

class QComboBox;
class QLabel;

namespace FundDesk::Ui {

// The combo boxes above the activities table: status, region (of any participating State),
// focus area and a year the activity runs in. Each starts at "All", which does not filter.
class ActivityFilterBar final : public QWidget
{
    Q_OBJECT

public:
    explicit ActivityFilterBar(QWidget *parent = nullptr);

    // The years offered, ascending; the chosen year stays chosen when still offered.
    void setYears(const QList<int> &years);
    // The combo-box part of the filter (no text).
    Core::ActivityFilter filter() const;

    QComboBox *statusCombo() const { return m_status; }
    QComboBox *regionCombo() const { return m_region; }
    QComboBox *focusCombo() const { return m_focus; }
    QComboBox *yearCombo() const { return m_year; }

signals:
    void filterChanged();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();

    QLabel *m_statusLabel = nullptr;
    QComboBox *m_status = nullptr;
    QLabel *m_regionLabel = nullptr;
    QComboBox *m_region = nullptr;
    QLabel *m_focusLabel = nullptr;
    QComboBox *m_focus = nullptr;
    QLabel *m_yearLabel = nullptr;
    QComboBox *m_year = nullptr;
};

} // namespace FundDesk::Ui
