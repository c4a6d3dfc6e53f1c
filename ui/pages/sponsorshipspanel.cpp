#include "ui/pages/sponsorshipspanel.h"

#include "core/domain/moneyformat.h"
#include "core/reports/approvalpacket.h"
#include "core/services/fundservices.h"
#include "ui/dialogs/sponsorshipdialog.h"
#include "ui/logging.h"
#include "ui/models/filterproxymodel.h"
#include "ui/models/sponsorshipfilterproxymodel.h"
#include "ui/models/sponsorshiptablemodel.h"
#include "ui/pages/packetbutton.h"
#include "ui/pages/sponsorshipfilterbar.h"
#include "ui/pages/tablepanel.h"
#include "ui/uitr.h"
#include "ui/widgets/plainmessage.h"
#include "ui/widgets/workflowbuttons.h"

#include <QEvent>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace FundDesk::Ui {

SponsorshipsPanel::SponsorshipsPanel(Core::FundServices &services, QWidget *parent)
    : QWidget(parent),
      m_services(services),
      m_model(new SponsorshipTableModel(services, this)),
      m_filterProxy(new SponsorshipFilterProxyModel(m_model, services.reference(), this)),
      m_filters(new SponsorshipFilterBar(this))
{
    setObjectName(QStringLiteral("sponsorshipsPanel"));
    m_table = new TablePanel(m_filterProxy, this);
    m_table->filterEdit()->setObjectName(QStringLiteral("sponsorshipFilterEdit"));
    m_table->view()->setObjectName(QStringLiteral("sponsorshipTable"));
    m_table->totalsLabel()->setObjectName(QStringLiteral("sponsorshipTotalsLabel"));
    m_table->addButton()->setObjectName(QStringLiteral("addSponsorshipButton"));
    m_table->editButton()->setObjectName(QStringLiteral("editSponsorshipButton"));
    m_table->deleteButton()->setObjectName(QStringLiteral("deleteSponsorshipButton"));
    m_table->view()->sortByColumn(SponsorshipTableModel::Applicant, Qt::AscendingOrder);
    // Packet… (the approval packet of SP-<id>) follows Workflow… and History….
    new PacketButton(services, m_table, [](qint64 id) {
        return Core::ApprovalPacket::sponsorshipReference(id);
    });
    // Workflow… and History… (issue 6) come right after Delete.
    auto *workflow = new WorkflowButtons(
        services, m_table, Core::WorkflowItemKind::Sponsorship, [this](qint64 id) {
            const int row = m_model->rowOf(Core::SponsorshipId(id));
            return row < 0 ? QString() : m_model->applicantAt(row);
        });
    connect(workflow, &WorkflowButtons::changed, this, [this] {
        reload();
        emit changed();
    });

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_filters);
    layout->addWidget(m_table, 1);

    connect(m_filters, &SponsorshipFilterBar::filterChanged, this,
            [this] { m_filterProxy->setFilter(m_filters->filter()); });
    connect(m_table, &TablePanel::addRequested, this, &SponsorshipsPanel::addApplication);
    connect(m_table, &TablePanel::editRequested, this, &SponsorshipsPanel::editApplication);
    connect(m_table, &TablePanel::deleteRequested, this, &SponsorshipsPanel::deleteApplication);
    connect(m_table, &TablePanel::rowsShownChanged, this, &SponsorshipsPanel::updateTotals);
    retranslateUi();
}

void SponsorshipsPanel::setMeeting(Core::MeetingId meeting)
{
    m_meeting = meeting;
    m_table->addButton()->setEnabled(meeting.isValid());
    reloadSelecting(0);
}

void SponsorshipsPanel::reload()
{
    reloadSelecting(m_table->currentId());
}

void SponsorshipsPanel::reloadSelecting(qint64 id)
{
    m_table->proxy()->setCollationLocale(QLocale());
    if (auto loaded = m_model->reload(m_meeting); !loaded) {
        qCWarning(lcUi) << "sponsorships not loaded:" << loaded.error().detail;
        PlainMessage::warning(this, Tr::tr("Sponsorships"), loaded.error().message);
    }
    m_table->selectId(id);
    updateTotals();
}

Core::SponsorshipId SponsorshipsPanel::currentId() const
{
    return Core::SponsorshipId(m_table->currentId());
}

void SponsorshipsPanel::updateTotals()
{
    qint64 cost = 0;
    int women = 0;
    int eligible = 0;
    const QList<int> rows = m_table->visibleSourceRows();
    for (const int proxyRow : rows) {
        const int row = m_filterProxy->mapToSource(m_filterProxy->index(proxyRow, 0)).row();
        // Each cost is far below the qint64 range; so is the sum of 100 000 of them.
        cost += m_model->costAt(row).minor();
        women += m_model->isWomanAt(row) ? 1 : 0;
        eligible += m_model->isEligibleAt(row) ? 1 : 0;
    }
    const int shown = int(rows.size());
    //: Under the sponsorships table: %1 is the total cost such as USD 12,000.00
    const QString first = Tr::tr("%n application(s) shown · cost %1", nullptr, shown)
                              .arg(Core::MoneyFormat::format(Core::Money::usd(cost), QLocale()));
    //: Under the sponsorships table: how many of the shown applicants are women
    const QString second = Tr::tr("%n woman/women", nullptr, women);
    //: Under the sponsorships table: how many shown applications meet all of ¶21
    const QString third = Tr::tr("%n meet(s) ¶21", nullptr, eligible);
    //: The totals line: the shown applications and cost, the women, those meeting ¶21
    m_table->totalsLabel()->setText(Tr::tr("%1 · %2 · %3").arg(first, second, third));
}

void SponsorshipsPanel::addApplication()
{
    if (!m_meeting.isValid()) {
        return;
    }
    SponsorshipDialog dialog(m_services, m_meeting, this);
    if (dialog.exec() == QDialog::Accepted) {
        reloadSelecting(dialog.storedId().value());
        emit changed();
    }
}

void SponsorshipsPanel::editApplication()
{
    const Core::SponsorshipId id = currentId();
    if (!id.isValid()) {
        return;
    }
    const auto found = m_services.sponsorships().find(id);
    if (!found) {
        PlainMessage::warning(this, Tr::tr("Edit Sponsorship Application"), found.error().message);
        reload();
        return;
    }
    SponsorshipDialog dialog(m_services, m_meeting, this);
    dialog.setApplication(*found);
    if (dialog.exec() == QDialog::Accepted) {
        // Moved to another meeting, it leaves this table.
        reloadSelecting(dialog.storedId().value());
        emit changed();
    }
}

void SponsorshipsPanel::deleteApplication()
{
    const Core::SponsorshipId id = currentId();
    const int row = m_model->rowOf(id);
    if (row < 0) {
        return;
    }
    //: %1 is the applicant's name, %2 the State
    const QString question =
        Tr::tr("Delete the sponsorship application of %1 (%2)?")
            .arg(m_model->applicantAt(row),
                 m_model->index(row, SponsorshipTableModel::State).data().toString());
    const auto answer =
        PlainMessage::question(this, Tr::tr("Delete Sponsorship Application"), question,
                               QMessageBox::Yes | QMessageBox::No, QMessageBox::No);
    if (answer != QMessageBox::Yes) {
        return;
    }
    if (auto removed = m_services.sponsorships().remove(id); !removed) {
        PlainMessage::warning(this, Tr::tr("Delete Sponsorship Application"),
                              removed.error().message);
        return;
    }
    reload();
    emit changed();
}

void SponsorshipsPanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslateUi();
        reload(); // State names, statuses and regions change language
    }
    QWidget::changeEvent(event);
}

void SponsorshipsPanel::retranslateUi()
{
    //: Heading of the table of sponsorship applications for the chosen meeting
    m_table->setTitle(Tr::tr("Sponsorship applications"));
    m_table->filterEdit()->setPlaceholderText(
        //: Placeholder of the filter box above the sponsorships table
        Tr::tr("Filter by name, State, ministry, title…"));
    //: Button under the sponsorships table; Insert key when the table has focus
    m_table->addButton()->setText(Tr::tr("&Add…"));
    m_table->addButton()->setAccessibleName(Tr::tr("Add sponsorship application"));
    m_table->addButton()->setToolTip(Tr::tr("Record a new application (Insert)"));
    m_table->editButton()->setText(Tr::tr("&Edit…"));
    m_table->editButton()->setAccessibleName(Tr::tr("Edit sponsorship application"));
    m_table->editButton()->setToolTip(Tr::tr("Edit the selected application (Enter)"));
    m_table->deleteButton()->setText(Tr::tr("&Delete"));
    m_table->deleteButton()->setAccessibleName(Tr::tr("Delete sponsorship application"));
    m_table->deleteButton()->setToolTip(Tr::tr("Delete the selected application (Del)"));
    updateTotals();
}

} // namespace FundDesk::Ui
