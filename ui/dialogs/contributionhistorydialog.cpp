#include "ui/dialogs/contributionhistorydialog.h"

#include "core/domain/moneyformat.h"
#include "ui/models/displaytext.h"
#include "ui/uitr.h"

#include <QDialogButtonBox>
#include <QEvent>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QTableWidget>
#include <QVBoxLayout>

namespace FundDesk::Ui {

namespace {

enum HistoryColumn { ChangedAt, Reason, Date, Type, Amount, Rate, UsdValue, Reference, Count };

} // namespace

ContributionHistoryDialog::ContributionHistoryDialog(QList<Core::ContributionChange> history,
                                                     QWidget *parent)
    : QDialog(parent),
      m_history(std::move(history)),
      m_intro(new QLabel(this)),
      m_table(new QTableWidget(0, Count, this))
{
    setObjectName(QStringLiteral("contributionHistoryDialog"));
    m_intro->setWordWrap(true);
    m_intro->setTextFormat(Qt::PlainText);
    m_table->setObjectName(QStringLiteral("historyTable"));
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->verticalHeader()->setVisible(false);
    m_table->horizontalHeader()->setStretchLastSection(true);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_intro);
    layout->addWidget(m_table, 1);
    layout->addWidget(buttons);
    fill();
    resize(sizeHint().width() * 2, sizeHint().height());
}

void ContributionHistoryDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        fill();
    }
    QDialog::changeEvent(event);
}

void ContributionHistoryDialog::fill()
{
    //: Title of the window listing a contribution's earlier states
    setWindowTitle(Tr::tr("Contribution History"));
    m_intro->setText(m_history.isEmpty()
                         ? Tr::tr("This contribution has not been changed since it was recorded.")
                         : Tr::tr("Earlier states of this contribution, oldest first. Each row "
                                  "shows the record as it was before the change."));
    m_table->setAccessibleName(windowTitle());
    m_table->setHorizontalHeaderLabels({
        //: Column header: when a contribution was changed
        Tr::tr("Changed"),
        //: Column header: why a contribution was changed
        Tr::tr("Reason"),
        Tr::tr("Date"),
        Tr::tr("Type"),
        Tr::tr("Amount"),
        Tr::tr("Rate to USD"),
        Tr::tr("USD value"),
        Tr::tr("Reference"),
    });
    const QLocale locale;
    m_table->setRowCount(int(m_history.size()));
    for (int row = 0; row < m_history.size(); ++row) {
        const Core::ContributionChange &change = m_history.at(row);
        const Core::Contribution &c = change.before;
        const QString texts[Count] = {
            locale.toString(change.changedAt.toLocalTime(), QLocale::ShortFormat),
            change.reason,
            DisplayText::date(c.date, locale),
            Core::contributionTypeDisplayName(c.type),
            Core::MoneyFormat::format(c.amount, locale),
            DisplayText::rate(c.usdRate, locale),
            Core::MoneyFormat::format(c.usdValue, locale),
            c.reference,
        };
        for (int column = 0; column < Count; ++column) {
            auto *item = new QTableWidgetItem(texts[column]);
            if (column == Amount || column == Rate || column == UsdValue) {
                item->setTextAlignment(Qt::AlignTrailing | Qt::AlignVCenter);
            }
            m_table->setItem(row, column, item);
        }
    }
    m_table->resizeColumnsToContents();
}

} // namespace FundDesk::Ui
