#include "ui/dialogs/scheduleeditor.h"

#include "core/domain/moneyformat.h"
#include "ui/uitr.h"

#include <QDateEdit>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace FundDesk::Ui {

namespace {

enum ScheduleColumn { DueColumn, AmountColumn, ColumnCount };

} // namespace

ScheduleEditor::ScheduleEditor(QWidget *parent)
    : QWidget(parent),
      m_table(new QTableWidget(0, ColumnCount, this)),
      m_add(new QPushButton(this)),
      m_remove(new QPushButton(this))
{
    setObjectName(QStringLiteral("scheduleEditor"));
    m_table->setObjectName(QStringLiteral("scheduleTable"));
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->horizontalHeader()->setSectionResizeMode(DueColumn, QHeaderView::ResizeToContents);
    m_table->verticalHeader()->setVisible(false);
    m_table->setMinimumHeight(fontMetrics().height() * 6);
    m_add->setObjectName(QStringLiteral("addPaymentButton"));
    m_remove->setObjectName(QStringLiteral("removePaymentButton"));

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_add);
    buttons->addWidget(m_remove);
    buttons->addStretch(1);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_table);
    layout->addLayout(buttons);

    connect(m_add, &QPushButton::clicked, this, [this] {
        const int rows = m_table->rowCount();
        const QDate last =
            rows > 0 ? qobject_cast<QDateEdit *>(m_table->cellWidget(rows - 1, DueColumn))->date()
                     : QDate::currentDate().addYears(-1);
        addPayment(last.addYears(1), QString());
        m_table->cellWidget(m_table->rowCount() - 1, AmountColumn)->setFocus();
    });
    connect(m_remove, &QPushButton::clicked, this, &ScheduleEditor::removeSelected);
    retranslateUi();
}

void ScheduleEditor::addPayment(const QDate &due, const QString &amountText)
{
    const int row = m_table->rowCount();
    m_table->insertRow(row);
    auto *date = new QDateEdit(due, m_table);
    date->setCalendarPopup(true);
    auto *amount = new QLineEdit(amountText, m_table);
    amount->setAlignment(Qt::AlignTrailing | Qt::AlignVCenter);
    m_table->setCellWidget(row, DueColumn, date);
    m_table->setCellWidget(row, AmountColumn, amount);
    connect(date, &QDateEdit::dateChanged, this, &ScheduleEditor::changed);
    connect(amount, &QLineEdit::textChanged, this, &ScheduleEditor::changed);
    retranslateUi();
    emit changed();
}

void ScheduleEditor::removeSelected()
{
    int row = m_table->currentRow();
    if (row < 0) {
        row = m_table->rowCount() - 1;
    }
    if (row >= 0) {
        m_table->removeRow(row);
        retranslateUi();
        emit changed();
    }
}

void ScheduleEditor::setSchedule(const QList<Core::ScheduledPayment> &schedule)
{
    m_table->setRowCount(0);
    const QLocale locale;
    for (const Core::ScheduledPayment &payment : schedule) {
        addPayment(payment.due, Core::MoneyFormat::formatNumber(payment.amount, locale));
    }
}

int ScheduleEditor::paymentCount() const
{
    return m_table->rowCount();
}

Core::Result<QList<Core::ScheduledPayment>> ScheduleEditor::schedule(const QString &currency) const
{
    QList<Core::ScheduledPayment> payments;
    const QLocale locale;
    for (int row = 0; row < m_table->rowCount(); ++row) {
        const auto *date = qobject_cast<QDateEdit *>(m_table->cellWidget(row, DueColumn));
        const auto *amount = qobject_cast<QLineEdit *>(m_table->cellWidget(row, AmountColumn));
        auto parsed = Core::MoneyFormat::parse(amount->text(), currency, locale);
        if (!parsed) {
            //: %1 is the number of the payment (1, 2, 3 …), %2 why its amount was refused
            return Core::makeError(Core::ErrorCode::InvalidInput,
                                   Tr::tr("Scheduled payment %1: %2")
                                       .arg(QString::number(row + 1), parsed.error().message),
                                   parsed.error().detail, QStringLiteral("schedule"));
        }
        payments.append(Core::ScheduledPayment{date->date(), *parsed});
    }
    return payments;
}

void ScheduleEditor::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslateUi();
    }
    QWidget::changeEvent(event);
}

void ScheduleEditor::retranslateUi()
{
    m_table->setHorizontalHeaderLabels({
        //: Column header in a pledge's schedule of payments
        Tr::tr("Due date"),
        //: Column header in a pledge's schedule of payments: the amount in the pledge's currency
        Tr::tr("Amount"),
    });
    //: Accessible name of the table of a pledge's expected payments
    m_table->setAccessibleName(Tr::tr("Schedule of payments"));
    //: Button: add an expected payment to a pledge's schedule
    m_add->setText(Tr::tr("Add Payment"));
    m_add->setAccessibleName(m_add->text());
    //: Button: remove the selected payment from a pledge's schedule
    m_remove->setText(Tr::tr("Remove Payment"));
    m_remove->setAccessibleName(m_remove->text());
    for (int row = 0; row < m_table->rowCount(); ++row) {
        //: Accessible name; %1 is the number of the payment: 1, 2, 3 …
        m_table->cellWidget(row, DueColumn)
            ->setAccessibleName(Tr::tr("Due date of payment %1").arg(row + 1));
        //: Accessible name; %1 is the number of the payment: 1, 2, 3 …
        m_table->cellWidget(row, AmountColumn)
            ->setAccessibleName(Tr::tr("Amount of payment %1").arg(row + 1));
    }
}

} // namespace FundDesk::Ui
