#pragma once

#include "core/domain/meeting.h"
#include "core/domain/result.h"

#include <QDialog>
#include <QHash>
#include <QMap>

class QDateEdit;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QSpinBox;

namespace FundDesk::Core {
class FundServices;
} // namespace FundDesk::Core

namespace FundDesk::Ui {

class FieldErrors;

// A meeting the fund sponsors delegates to (¶9a) with its cost norms: the airfare estimated
// per region of origin, the daily subsistence allowance and its days, and the terminal
// expenses. OK validates through MeetingService and stores; a refusal is shown beside its
// field and the dialog stays open. Changing the norms re-estimates the meeting's applications.
class MeetingDialog final : public QDialog
{
    Q_OBJECT

public:
    explicit MeetingDialog(Core::FundServices &services, QWidget *parent = nullptr);

    // Edits this meeting instead of recording a new one.
    void setMeeting(const Core::Meeting &meeting);
    // The meeting as the fields describe it, or the first amount that does not parse.
    Core::Result<Core::Meeting> meeting() const;
    Core::MeetingId storedId() const { return m_stored; }

    FieldErrors *fieldErrors() const { return m_errors; }
    QLineEdit *airfareEdit(Core::Region region) const { return m_airfare.value(region); }

    void accept() override;

protected:
    void changeEvent(QEvent *event) override;

private:
    void buildWidgets();
    QWidget *airfareGrid();
    void updatePerDelegate();
    void retranslateUi();

    Core::FundServices &m_services;
    Core::Meeting m_original;
    Core::MeetingId m_stored;
    FieldErrors *m_errors = nullptr;

    QHash<QString, QLabel *> m_labels; // by field name
    QMap<Core::Region, QLabel *> m_airfareLabels;
    QLineEdit *m_reference = nullptr;
    QLineEdit *m_name = nullptr;
    QLineEdit *m_city = nullptr;
    QDateEdit *m_start = nullptr;
    QDateEdit *m_end = nullptr;
    QSpinBox *m_formalDays = nullptr;
    QMap<Core::Region, QLineEdit *> m_airfare;
    QLineEdit *m_dsaRate = nullptr;
    QSpinBox *m_dsaDays = nullptr;
    QLineEdit *m_terminal = nullptr;
    QLabel *m_perDelegate = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
};

} // namespace FundDesk::Ui
