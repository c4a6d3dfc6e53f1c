#pragma once

#include "core/domain/profile.h"

#include <QDialog>

class QComboBox;
class QDialogButtonBox;
class QLineEdit;

namespace FundDesk::Core {
class FundServices;
} // namespace FundDesk::Core

namespace FundDesk::Ui {

class FieldErrors;

// Creates a local profile: a person's name and role on this laptop (¶15, ¶18).
class ProfileDialog final : public QDialog
{
    Q_OBJECT

public:
    explicit ProfileDialog(Core::FundServices &services, QWidget *parent = nullptr);

    QLineEdit *nameEdit() const { return m_name; }
    QComboBox *roleCombo() const { return m_role; }
    FieldErrors *errors() const { return m_errors; }
    QDialogButtonBox *buttons() const { return m_buttons; }
    // The stored profile, after Accepted.
    const Core::Profile &profile() const { return m_profile; }

    void accept() override;

private:
    Core::FundServices &m_services;
    Core::Profile m_profile;
    QLineEdit *m_name = nullptr;
    QComboBox *m_role = nullptr;
    FieldErrors *m_errors = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
};

} // namespace FundDesk::Ui
