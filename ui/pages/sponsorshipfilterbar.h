#pragma once

#include "core/services/sponsorshipfilter.h"

#include <QWidget>

class QComboBox;
class QLabel;

namespace FundDesk::Ui {

// The combo boxes above the sponsorship applications: status, gender, region and priority
// group (¶22). Each starts at "All", which does not filter.
class SponsorshipFilterBar final : public QWidget
{
    Q_OBJECT

public:
    explicit SponsorshipFilterBar(QWidget *parent = nullptr);

    // The combo-box part of the filter (no text).
    Core::SponsorshipFilter filter() const;

    QComboBox *statusCombo() const { return m_status; }
    QComboBox *genderCombo() const { return m_gender; }
    QComboBox *regionCombo() const { return m_region; }
    QComboBox *priorityCombo() const { return m_priority; }

signals:
    void filterChanged();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();

    QLabel *m_statusLabel = nullptr;
    QComboBox *m_status = nullptr;
    QLabel *m_genderLabel = nullptr;
    QComboBox *m_gender = nullptr;
    QLabel *m_regionLabel = nullptr;
    QComboBox *m_region = nullptr;
    QLabel *m_priorityLabel = nullptr;
    QComboBox *m_priority = nullptr;
};

} // namespace FundDesk::Ui
