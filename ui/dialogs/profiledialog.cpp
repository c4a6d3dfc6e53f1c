#include "ui/dialogs/profiledialog.h"

#include "core/services/fundservices.h"
#include "ui/dialogs/fielderrors.h"
#include "ui/uitr.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace FundDesk::Ui {

ProfileDialog::ProfileDialog(Core::FundServices &services, QWidget *parent)
    : QDialog(parent), m_services(services), m_errors(new FieldErrors(this))
{
    setObjectName(QStringLiteral("profileDialog"));
    setWindowTitle(Tr::tr("New Profile"));
    m_name = new QLineEdit(this);
    m_name->setObjectName(QStringLiteral("profileNameEdit"));
    m_name->setAccessibleName(Tr::tr("Name"));
    m_role = new QComboBox(this);
    m_role->setObjectName(QStringLiteral("profileRoleCombo"));
    m_role->setAccessibleName(Tr::tr("Role"));
    m_role->setAccessibleDescription(
        Tr::tr("The fund manager recommends, the High Representative's office approves."));
    for (const Core::ProfileRole role : Core::allProfileRoles()) {
        m_role->addItem(Core::profileRoleDisplayName(role), int(role));
    }
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_buttons->button(QDialogButtonBox::Ok)->setText(Tr::tr("&Create profile"));
    connect(m_buttons, &QDialogButtonBox::accepted, this, &ProfileDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &ProfileDialog::reject);

    auto *nameLabel = new QLabel(Tr::tr("&Name:"), this);
    nameLabel->setBuddy(m_name);
    auto *roleLabel = new QLabel(Tr::tr("&Role:"), this);
    roleLabel->setBuddy(m_role);
    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->addRow(nameLabel, m_errors->wrap(QStringLiteral("name"), m_name));
    form->addRow(roleLabel, m_errors->wrap(QStringLiteral("role"), m_role));
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_errors->generalLabel());
    layout->addStretch(1);
    layout->addWidget(m_buttons);
    resize(qMax(sizeHint().width(), 420), sizeHint().height());
}

void ProfileDialog::accept()
{
    m_errors->clear();
    Core::Profile profile{Core::ProfileId(), m_name->text().trimmed(),
                          Core::ProfileRole(m_role->currentData().toInt())};
    const auto id = m_services.workflow().profiles().add(profile);
    if (!id) {
        m_errors->show(id.error());
        return;
    }
    profile.id = *id;
    m_profile = profile;
    QDialog::accept();
}

} // namespace FundDesk::Ui
