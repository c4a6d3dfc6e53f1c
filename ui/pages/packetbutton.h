#pragma once

#include <QObject>

#include <functional>

class QPushButton;

namespace FundDesk::Core {
class FundServices;
} // namespace FundDesk::Core

namespace FundDesk::Ui {

class TablePanel;

// Adds "Packet…" to a table of activities or sponsorships: it opens ExportPacketDialog for the
// current row's reference and is enabled only while a row is current. One line in a panel.
class PacketButton final : public QObject
{
    Q_OBJECT

public:
    // referenceOf gives the packet reference of a row's id ("CB-2026-014", "SP-12").
    using ReferenceOf = std::function<QString(qint64 id)>;

    PacketButton(Core::FundServices &services, TablePanel *table, ReferenceOf referenceOf);

    QPushButton *button() const { return m_button; }
    void openPacket();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void updateButton();
    void retranslateUi();

    Core::FundServices &m_services;
    TablePanel *m_table;
    ReferenceOf m_referenceOf;
    QPushButton *m_button;
};

} // namespace FundDesk::Ui
