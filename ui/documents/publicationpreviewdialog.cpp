#include "ui/documents/publicationpreviewdialog.h"

#include "core/domain/moneyformat.h"
#include "ui/uitr.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QTableWidget>
#include <QVBoxLayout>

namespace FundDesk::Ui {

namespace {

QTableWidget *makeTable(const QStringList &header, QWidget *parent)
{
    auto *table = new QTableWidget(0, int(header.size()), parent);
    table->setHorizontalHeaderLabels(header);
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->horizontalHeader()->setStretchLastSection(true);
    table->verticalHeader()->hide();
    table->setSortingEnabled(false);
    return table;
}

void addRow(QTableWidget *table, const QStringList &cells)
{
    const int row = table->rowCount();
    table->insertRow(row);
    for (int column = 0; column < cells.size(); ++column) {
        table->setItem(row, column, new QTableWidgetItem(cells.at(column)));
    }
}

} // namespace

PublicationPreviewDialog::PublicationPreviewDialog(const Core::PublicContributions &list,
                                                   QWidget *parent)
    : QDialog(parent)
{
    //: %1 a year
    setWindowTitle(Tr::tr("Public contributions list %1 — preview").arg(list.year));
    const QLocale locale;
    auto *shownLabel = new QLabel(Tr::tr("&What the public page and CSV show:"), this);
    m_published = makeTable({Tr::tr("Donor"), Tr::tr("Contributions"), Tr::tr("Amount (USD)")}, this);
    m_published->setAccessibleName(Tr::tr("Published lines"));
    shownLabel->setBuddy(m_published);
    const Core::DocumentTable table = list.table();
    for (const auto &row : table.rows) {
        QStringList cells;
        for (const Core::ReportCell &cell : row) {
            cells << cell.display(locale);
        }
        addRow(m_published, cells);
    }
    m_published->resizeColumnsToContents();

    auto *withheldLabel = new QLabel(
        Tr::tr("What they &withhold, and why (internal — not published):"), this);
    m_withheld = makeTable({Tr::tr("Donor"), Tr::tr("Date"), Tr::tr("Amount (USD)"),
                            Tr::tr("Consent"), Tr::tr("Why")},
                           this);
    m_withheld->setAccessibleName(Tr::tr("Withheld contributions"));
    m_withheld->setAccessibleDescription(
        Tr::tr("Contributions whose donor asked for anonymity or not to be published."));
    withheldLabel->setBuddy(m_withheld);
    for (const Core::Withholding &item : list.withholdings) {
        addRow(m_withheld, {item.donor, locale.toString(item.date, QLocale::ShortFormat),
                            Core::MoneyFormat::format(item.usd, locale),
                            Core::publicationConsentDisplayName(item.consent), item.reason});
    }
    m_withheld->resizeColumnsToContents();
    auto *never = new QLabel(Tr::tr("Applicants' personal data is never part of a public output "
                                    "(¶11): only donors and amounts are published."),
                             this);
    never->setWordWrap(true);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(shownLabel);
    layout->addWidget(m_published);
    layout->addWidget(withheldLabel);
    layout->addWidget(m_withheld);
    layout->addWidget(never);
    layout->addWidget(buttons);
    resize(760, 560);
}

} // namespace FundDesk::Ui
