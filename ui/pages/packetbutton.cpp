#include "ui/pages/packetbutton.h"

#include "ui/documents/exportpacketdialog.h"
#include "ui/pages/tablepanel.h"
#include "ui/uitr.h"

#include <QEvent>
#include <QItemSelectionModel>
#include <QPushButton>
#include <QTableView>

namespace FundDesk::Ui {

PacketButton::PacketButton(Core::FundServices &services, TablePanel *table, ReferenceOf referenceOf)
    : QObject(table),
      m_services(services),
      m_table(table),
      m_referenceOf(std::move(referenceOf)),
      m_button(new QPushButton(table))
{
    m_button->setObjectName(QStringLiteral("packetButton"));
    table->addExtraButton(m_button);
    connect(m_button, &QPushButton::clicked, this, &PacketButton::openPacket);
    connect(table->view()->selectionModel(), &QItemSelectionModel::currentChanged, this,
            &PacketButton::updateButton);
    connect(table, &TablePanel::rowsShownChanged, this, &PacketButton::updateButton);
    table->installEventFilter(this);
    retranslateUi();
    updateButton();
}

void PacketButton::updateButton()
{
    m_button->setEnabled(m_table->currentId() > 0);
}

void PacketButton::openPacket()
{
    const qint64 id = m_table->currentId();
    if (id <= 0) {
        return;
    }
    ExportPacketDialog dialog(m_services, ExportPacketDialog::Scope::Item, m_referenceOf(id),
                              m_table);
    dialog.exec();
}

bool PacketButton::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_table && event->type() == QEvent::LanguageChange) {
        retranslateUi();
    }
    return QObject::eventFilter(watched, event);
}

void PacketButton::retranslateUi()
{
    //: opens the approval packet (PDF) of the selected application
    m_button->setText(Tr::tr("P&acket…"));
    m_button->setAccessibleName(Tr::tr("Approval packet"));
    m_button->setToolTip(
        Tr::tr("Preview, print or save the approval packet of the selected application."));
}

} // namespace FundDesk::Ui
