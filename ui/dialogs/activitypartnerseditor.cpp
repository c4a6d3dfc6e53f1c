#include "ui/dialogs/activitypartnerseditor.h"

#include "ui/uitr.h"

#include <QComboBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLineEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace FundDesk::Ui {

namespace {

enum PartnerColumn { NameColumn, KindColumn };

} // namespace

ActivityPartnersEditor::ActivityPartnersEditor(QWidget *parent)
    : QWidget(parent),
      m_table(new QTableWidget(0, 2, this)),
      m_add(new QPushButton(this)),
      m_remove(new QPushButton(this))
{
    m_table->setObjectName(QStringLiteral("partnersTable"));
    m_table->verticalHeader()->setVisible(false);
    m_table->horizontalHeader()->setSectionResizeMode(NameColumn, QHeaderView::Stretch);
    m_table->horizontalHeader()->setSectionResizeMode(KindColumn, QHeaderView::ResizeToContents);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_add->setObjectName(QStringLiteral("addPartnerButton"));
    m_remove->setObjectName(QStringLiteral("removePartnerButton"));

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_add);
    buttons->addWidget(m_remove);
    buttons->addStretch(1);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_table, 1);
    layout->addLayout(buttons);

    connect(m_add, &QPushButton::clicked, this, &ActivityPartnersEditor::addPartner);
    connect(m_remove, &QPushButton::clicked, this, &ActivityPartnersEditor::removeCurrent);
    connect(m_table, &QTableWidget::currentCellChanged, this,
            &ActivityPartnersEditor::updateButtons);
    retranslateUi();
    updateButtons();
}

void ActivityPartnersEditor::appendRow(const Core::ImplementingPartner &partner)
{
    const int row = m_table->rowCount();
    m_table->insertRow(row);
    auto *name = new QLineEdit(partner.name, m_table);
    name->setObjectName(QStringLiteral("partnerNameEdit%1").arg(row));
    name->setFrame(false);
    name->setAccessibleName(Tr::tr("Partner %1 name").arg(row + 1));
    auto *kind = new QComboBox(m_table);
    kind->setObjectName(QStringLiteral("partnerKindCombo%1").arg(row));
    for (Core::PartnerKind value : Core::allPartnerKinds()) {
        kind->addItem(Core::partnerKindDisplayName(value), int(value));
    }
    kind->setCurrentIndex(kind->findData(int(partner.kind)));
    kind->setAccessibleName(Tr::tr("Partner %1 kind").arg(row + 1));
    m_table->setCellWidget(row, NameColumn, name);
    m_table->setCellWidget(row, KindColumn, kind);
    // Focus in a cell widget does not move the table's current row; Remove acts on it.
    connect(name, &QLineEdit::cursorPositionChanged, this, [this, name] {
        for (int r = 0; r < m_table->rowCount(); ++r) {
            if (m_table->cellWidget(r, NameColumn) == name) {
                m_table->setCurrentCell(r, NameColumn);
            }
        }
    });
}

void ActivityPartnersEditor::setPartners(const QList<Core::ImplementingPartner> &partners)
{
    m_table->setRowCount(0);
    for (const Core::ImplementingPartner &partner : partners) {
        appendRow(partner);
    }
    updateButtons();
}

QList<Core::ImplementingPartner> ActivityPartnersEditor::partners() const
{
    QList<Core::ImplementingPartner> result;
    for (int row = 0; row < m_table->rowCount(); ++row) {
        const auto *name = qobject_cast<QLineEdit *>(m_table->cellWidget(row, NameColumn));
        const auto *kind = qobject_cast<QComboBox *>(m_table->cellWidget(row, KindColumn));
        Core::ImplementingPartner partner;
        partner.name = name ? name->text().trimmed() : QString();
        partner.kind = kind ? Core::PartnerKind(kind->currentData().toInt())
                            : Core::PartnerKind::NonGovernmental;
        result.append(partner);
    }
    return result;
}

void ActivityPartnersEditor::addPartner()
{
    appendRow({});
    const int row = m_table->rowCount() - 1;
    m_table->setCurrentCell(row, NameColumn);
    m_table->cellWidget(row, NameColumn)->setFocus(Qt::OtherFocusReason);
    updateButtons();
}

void ActivityPartnersEditor::removeCurrent()
{
    const int row = m_table->currentRow();
    if (row < 0) {
        return;
    }
    // Rebuilt so the widgets' names and accessible names keep matching their positions.
    QList<Core::ImplementingPartner> list = partners();
    list.removeAt(row);
    setPartners(list);
}

void ActivityPartnersEditor::updateButtons()
{
    m_remove->setEnabled(m_table->currentRow() >= 0 && m_table->rowCount() > 0);
}

void ActivityPartnersEditor::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslateUi();
    }
    QWidget::changeEvent(event);
}

void ActivityPartnersEditor::retranslateUi()
{
    m_table->setHorizontalHeaderLabels({
        //: Column header of the implementing partners table
        Tr::tr("Name"),
        //: Column header: non-governmental entity, UN entity, …
        Tr::tr("Kind"),
    });
    //: Accessible name of the table of implementing partners
    m_table->setAccessibleName(Tr::tr("Implementing partners"));
    //: Button under the implementing partners table
    m_add->setText(Tr::tr("Add Partner"));
    //: Button under the implementing partners table: removes the selected partner
    m_remove->setText(Tr::tr("Remove Partner"));
}

} // namespace FundDesk::Ui
