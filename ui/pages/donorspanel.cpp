#include "ui/pages/donorspanel.h"

#include "core/domain/moneyformat.h"
#include "core/services/fundservices.h"
#include "ui/dialogs/donordialog.h"
#include "ui/logging.h"
#include "ui/models/backgroundreader.h"
#include "ui/models/donortablemodel.h"
#include "ui/models/filterproxymodel.h"
#include "ui/pages/tablepanel.h"
#include "ui/pages/tablerowsreader.h"
#include "ui/uitr.h"
#include "ui/widgets/plainmessage.h"

#include <QEvent>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace FundDesk::Ui {

DonorsPanel::DonorsPanel(Core::FundServices &services, QWidget *parent)
    : QWidget(parent),
      m_services(services),
      m_model(new DonorTableModel(services, this)),
      m_reader(new BackgroundReader(services, this))
{
    setObjectName(QStringLiteral("donorsPanel"));
    m_table = new TablePanel(m_model, this);
    m_table->watch(m_reader);
    m_table->filterEdit()->setObjectName(QStringLiteral("donorFilterEdit"));
    m_table->view()->setObjectName(QStringLiteral("donorTable"));
    // Every column fits its title and contents; a stretched last one kept the default 100 px
    // whenever the others filled the view.
    m_table->view()->horizontalHeader()->setStretchLastSection(false);
    m_table->totalsLabel()->setObjectName(QStringLiteral("donorTotalsLabel"));
    m_table->addButton()->setObjectName(QStringLiteral("addDonorButton"));
    m_table->editButton()->setObjectName(QStringLiteral("editDonorButton"));
    m_table->deleteButton()->setObjectName(QStringLiteral("deleteDonorButton"));

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_table);

    connect(m_table, &TablePanel::addRequested, this, &DonorsPanel::addDonor);
    connect(m_table, &TablePanel::editRequested, this, &DonorsPanel::editDonor);
    connect(m_table, &TablePanel::deleteRequested, this, &DonorsPanel::deleteDonor);
    connect(m_table, &TablePanel::rowsShownChanged, this, &DonorsPanel::updateTotals);
    connect(m_table, &TablePanel::reloadRequested, this, &DonorsPanel::reload);
    retranslateUi();
}

void DonorsPanel::reload()
{
    // While rows are being read, the row to select is the one that read was to select (a
    // stored record's, after Add), not the current row of the rows being replaced.
    reloadSelecting(m_reader->isReading() ? m_selectAfterLoad : m_table->currentId());
}

void DonorsPanel::reloadSelecting(qint64 id)
{
    m_selectAfterLoad = id;
    readTableRows(*m_reader, *m_table, *m_model, Tr::tr("Donors"), [this, id] {
        m_table->selectId(id);
        updateTotals();
    });
}

void DonorsPanel::updateTotals()
{
    Core::Money received;
    Core::Money outstanding;
    const QList<int> rows = m_table->visibleSourceRows();
    for (int row : rows) {
        // USD sums of a fund's books cannot overflow 64 bits; if one ever did, it stays put.
        if (auto sum = received.add(m_model->receivedAt(row))) {
            received = *sum;
        }
        if (auto sum = outstanding.add(m_model->outstandingAt(row))) {
            outstanding = *sum;
        }
    }
    const QLocale locale;
    //: Totals under the donors table; %1 and %2 are amounts such as USD 1,000.00
    m_table->totalsLabel()->setText(
        Tr::tr("%n donor(s) shown · received %1 · outstanding pledges %2", nullptr,
               int(rows.size()))
            .arg(Core::MoneyFormat::format(received, locale),
                 Core::MoneyFormat::format(outstanding, locale)));
}

void DonorsPanel::addDonor()
{
    DonorDialog dialog(m_services, this);
    if (dialog.exec() == QDialog::Accepted) {
        reloadSelecting(dialog.storedId().value());
        emit changed();
    }
}

void DonorsPanel::editDonor()
{
    const int row = m_table->currentSourceRow();
    if (row < 0) {
        return;
    }
    DonorDialog dialog(m_services, this);
    dialog.setDonor(m_model->donorAt(row));
    if (dialog.exec() == QDialog::Accepted) {
        reloadSelecting(dialog.storedId().value());
        emit changed();
    }
}

void DonorsPanel::deleteDonor()
{
    const int row = m_table->currentSourceRow();
    if (row < 0) {
        return;
    }
    const Core::Donor donor = m_model->donorAt(row);
    const QString name = m_model->displayNameAt(row);
    //: %1 is the donor's name
    const auto answer =
        PlainMessage::question(this, Tr::tr("Delete Donor"),
                               Tr::tr("Delete the donor “%1”? This cannot be undone.").arg(name),
                               QMessageBox::Yes | QMessageBox::No, QMessageBox::No);
    if (answer != QMessageBox::Yes) {
        return;
    }
    if (auto removed = m_services.donors().remove(donor.id); !removed) {
        PlainMessage::warning(this, Tr::tr("Delete Donor"), removed.error().message);
        return;
    }
    reload();
    emit changed();
}

void DonorsPanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslateUi();
        reload(); // State and country names change language
    }
    QWidget::changeEvent(event);
}

void DonorsPanel::retranslateUi()
{
    //: Heading of the donors table
    m_table->setTitle(Tr::tr("Donors"));
    //: Button under the donors table; Insert key when the table has focus
    m_table->addButton()->setText(Tr::tr("Add D&onor…"));
    m_table->addButton()->setAccessibleName(Tr::tr("Add donor"));
    m_table->addButton()->setToolTip(Tr::tr("Add a donor (Insert)"));
    //: Button under the donors table; Enter or double-click when the table has focus
    m_table->editButton()->setText(Tr::tr("Ed&it…"));
    m_table->editButton()->setAccessibleName(Tr::tr("Edit donor"));
    m_table->editButton()->setToolTip(Tr::tr("Edit the selected donor (Enter)"));
    //: Button under the donors table; Delete key when the table has focus
    m_table->deleteButton()->setText(Tr::tr("De&lete"));
    m_table->deleteButton()->setAccessibleName(Tr::tr("Delete donor"));
    m_table->deleteButton()->setToolTip(Tr::tr("Delete the selected donor (Del)"));
    updateTotals();
}

} // namespace FundDesk::Ui
