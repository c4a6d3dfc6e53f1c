#pragma once

#include "core/domain/profile.h"

#include <QToolButton>

class QMenu;

namespace FundDesk::Core {
class FundServices;
} // namespace FundDesk::Core

namespace FundDesk::Ui {

// The status bar's "Profile" button: who works on this laptop now. Its menu lists the fund's
// profiles and "New profile…"; the choice is set as the audit trail's actor
// (AuditActor::setCurrent) and remembered by name in QSettings, so the next fund opened on this
// laptop applies it again (setServices()).
class ProfilePicker final : public QToolButton
{
    Q_OBJECT

public:
    static constexpr auto SettingsKey = "profile/current";

    explicit ProfilePicker(QWidget *parent = nullptr);

    // A fund was opened (nullptr: closed). Applies the remembered profile when the fund has it.
    void setServices(Core::FundServices *services);
    const Core::Profile &current() const { return m_current; }

    void choose(const Core::Profile &profile);
    void createProfile();

signals:
    void profileChanged(const FundDesk::Core::Profile &profile);

protected:
    void changeEvent(QEvent *event) override;

private:
    void fillMenu();
    void retranslateUi();

    Core::FundServices *m_services = nullptr;
    Core::Profile m_current;
    QMenu *m_menu = nullptr;
};

} // namespace FundDesk::Ui
