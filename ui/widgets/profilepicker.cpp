#include "ui/widgets/profilepicker.h"

#include "core/db/auditactor.h"
#include "core/db/database.h"
#include "core/services/fundservices.h"
#include "ui/dialogs/profiledialog.h"
#include "ui/logging.h"
#include "ui/uitr.h"
#include "ui/widgets/plainmessage.h"

#include <QActionGroup>
#include <QEvent>
#include <QMenu>
#include <QMessageBox>
#include <QSettings>

namespace FundDesk::Ui {

ProfilePicker::ProfilePicker(QWidget *parent) : QToolButton(parent), m_menu(new QMenu(this))
{
    setObjectName(QStringLiteral("profilePicker"));
    setPopupMode(QToolButton::InstantPopup);
    setToolButtonStyle(Qt::ToolButtonTextOnly);
    setMenu(m_menu);
    connect(m_menu, &QMenu::aboutToShow, this, &ProfilePicker::fillMenu);
    setEnabled(false);
    retranslateUi();
}

void ProfilePicker::setServices(Core::FundServices *services)
{
    m_services = services;
    m_current = {};
    setEnabled(services != nullptr);
    if (services) {
        const QString remembered = QSettings().value(QLatin1String(SettingsKey)).toString();
        const auto profiles = services->workflow().profiles().list();
        if (profiles && !remembered.isEmpty()) {
            for (const Core::Profile &profile : *profiles) {
                if (profile.name == remembered) {
                    m_current = profile;
                }
            }
        }
        const auto connection = services->database().connection();
        const auto applied = m_current.id.isValid()
                                 ? Core::AuditActor::setCurrent(connection, m_current)
                                 : Core::AuditActor::clear(connection);
        if (!applied) {
            qCWarning(lcUi) << "profile not applied:" << applied.error().detail;
        }
    }
    retranslateUi();
    emit profileChanged(m_current);
}

void ProfilePicker::choose(const Core::Profile &profile)
{
    if (!m_services) {
        return;
    }
    if (auto applied = Core::AuditActor::setCurrent(m_services->database().connection(), profile);
        !applied) {
        PlainMessage::warning(window(), Tr::tr("Profile"), applied.error().message);
        return;
    }
    m_current = profile;
    QSettings().setValue(QLatin1String(SettingsKey), profile.name);
    retranslateUi();
    emit profileChanged(m_current);
}

void ProfilePicker::createProfile()
{
    if (!m_services) {
        return;
    }
    ProfileDialog dialog(*m_services, window());
    if (dialog.exec() == QDialog::Accepted) {
        choose(dialog.profile());
    }
}

void ProfilePicker::fillMenu()
{
    m_menu->clear();
    if (!m_services) {
        return;
    }
    auto *group = new QActionGroup(m_menu);
    const auto profiles = m_services->workflow().profiles().list();
    if (profiles) {
        for (const Core::Profile &profile : *profiles) {
            //: a profile in the Profile menu: %1 the name, %2 the role
            QAction *action = m_menu->addAction(
                Tr::tr("%1 (%2)").arg(profile.name, Core::profileRoleDisplayName(profile.role)));
            action->setCheckable(true);
            action->setChecked(profile.id == m_current.id);
            action->setActionGroup(group);
            connect(action, &QAction::triggered, this, [this, profile] { choose(profile); });
        }
    }
    if (!m_menu->isEmpty()) {
        m_menu->addSeparator();
    }
    QAction *create = m_menu->addAction(Tr::tr("&New profile…"));
    create->setObjectName(QStringLiteral("newProfileAction"));
    connect(create, &QAction::triggered, this, &ProfilePicker::createProfile);
}

void ProfilePicker::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslateUi();
    }
    QToolButton::changeEvent(event);
}

void ProfilePicker::retranslateUi()
{
    if (m_current.id.isValid()) {
        //: the status bar's profile button: %1 the person's name, %2 the role
        setText(Tr::tr("Profile: %1 (%2)")
                    .arg(m_current.name, Core::profileRoleDisplayName(m_current.role)));
    } else {
        setText(Tr::tr("Profile: choose yours"));
    }
    setAccessibleName(Tr::tr("Profile"));
    setAccessibleDescription(
        Tr::tr("Who is working on this laptop: the name recorded with "
               "every change, and the role that decides what you may "
               "approve."));
    setToolTip(accessibleDescription());
}

} // namespace FundDesk::Ui
