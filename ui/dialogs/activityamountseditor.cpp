#include "ui/dialogs/activityamountseditor.h"

#include "core/domain/moneyformat.h"
#include "ui/uitr.h"

#include <QDate>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QSpinBox>
#include <QTableWidget>
#include <QVBoxLayout>

namespace FundDesk::Ui {

namespace {

enum AmountColumn { YearColumn, AmountColumn };

} // namespace

ActivityAmountsEditor::ActivityAmountsEditor(QWidget *parent)
    : QWidget(parent),
      m_table(new QTableWidget(0, 2, this)),
      m_add(new QPushButton(this)),
      m_remove(new QPushButton(this))
{
    m_table->setObjectName(QStringLiteral("amountsTable"));
    m_table->verticalHeader()->setVisible(false);
    m_table->horizontalHeader()->setSectionResizeMode(YearColumn, QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(AmountColumn, QHeaderView::Stretch);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    // A multi-year activity has a handful of years: room for about five rows.
    m_table->setMinimumHeight(fontMetrics().height() * 8);
    m_table->setMaximumHeight(fontMetrics().height() * 12);
    // The rest of the tab's height is not this editor's: the form keeps its rows together.
    setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Maximum);
    m_add->setObjectName(QStringLiteral("addYearButton"));
    m_remove->setObjectName(QStringLiteral("removeYearButton"));

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_add);
    buttons->addWidget(m_remove);
    buttons->addStretch(1);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_table, 1);
    layout->addLayout(buttons);

    connect(m_add, &QPushButton::clicked, this, &ActivityAmountsEditor::addYear);
    connect(m_remove, &QPushButton::clicked, this, &ActivityAmountsEditor::removeCurrent);
    connect(m_table, &QTableWidget::currentCellChanged, this,
            &ActivityAmountsEditor::updateButtons);
    retranslateUi();
    updateButtons();
}

void ActivityAmountsEditor::appendRow(int year, const QString &amount)
{
    const int row = m_table->rowCount();
    m_table->insertRow(row);
    auto *yearEdit = new QSpinBox(m_table);
    yearEdit->setObjectName(QStringLiteral("yearSpin%1").arg(row));
    yearEdit->setRange(2000, 2100);
    // A year is not an amount: no group separator ("2,026").
    yearEdit->setGroupSeparatorShown(false);
    yearEdit->setValue(year);
    yearEdit->setFrame(false);
    //: Accessible name of the year of a row of the amounts requested; %1 is the row number
    yearEdit->setAccessibleName(Tr::tr("Year of row %1").arg(row + 1));
    auto *amountEdit = new QLineEdit(amount, m_table);
    amountEdit->setObjectName(QStringLiteral("yearAmountEdit%1").arg(row));
    amountEdit->setAlignment(Qt::AlignTrailing | Qt::AlignVCenter);
    amountEdit->setFrame(false);
    //: Accessible name of an amount requested; %1 is the row number
    amountEdit->setAccessibleName(Tr::tr("Amount in USD of row %1").arg(row + 1));
    m_table->setCellWidget(row, YearColumn, yearEdit);
    m_table->setCellWidget(row, AmountColumn, amountEdit);
    connect(yearEdit, &QSpinBox::valueChanged, this, &ActivityAmountsEditor::changed);
    connect(amountEdit, &QLineEdit::textChanged, this, &ActivityAmountsEditor::changed);
    const auto follow = [this, amountEdit] {
        for (int r = 0; r < m_table->rowCount(); ++r) {
            if (m_table->cellWidget(r, AmountColumn) == amountEdit) {
                m_table->setCurrentCell(r, AmountColumn);
            }
        }
    };
    connect(amountEdit, &QLineEdit::cursorPositionChanged, this, follow);
}

void ActivityAmountsEditor::setAmounts(const QList<Core::YearlyAmount> &amounts)
{
    m_table->setRowCount(0);
    const QLocale locale;
    for (const Core::YearlyAmount &part : amounts) {
        appendRow(part.year, Core::MoneyFormat::formatNumber(part.amount, locale));
    }
    updateButtons();
    emit changed();
}

Core::Result<QList<Core::YearlyAmount>> ActivityAmountsEditor::amounts() const
{
    const QLocale locale;
    QList<Core::YearlyAmount> result;
    for (int row = 0; row < m_table->rowCount(); ++row) {
        const auto *year = qobject_cast<QSpinBox *>(m_table->cellWidget(row, YearColumn));
        const auto *amount = qobject_cast<QLineEdit *>(m_table->cellWidget(row, AmountColumn));
        if (!year || !amount) {
            continue;
        }
        const auto money = Core::MoneyFormat::parse(amount->text(), QStringLiteral("USD"), locale);
        if (!money) {
            //: %1 is a year, %2 why its amount was refused
            return Core::makeError(Core::ErrorCode::InvalidInput,
                                   Tr::tr("Amount requested for %1: %2")
                                       .arg(QString::number(year->value()), money.error().message),
                                   money.error().detail, QStringLiteral("requested"));
        }
        result.append({year->value(), *money});
    }
    return result;
}

std::optional<Core::Money> ActivityAmountsEditor::total() const
{
    const QLocale locale;
    Core::Money sum = Core::Money::usd(0);
    for (int row = 0; row < m_table->rowCount(); ++row) {
        const auto *amount = qobject_cast<QLineEdit *>(m_table->cellWidget(row, AmountColumn));
        const auto money = amount ? Core::MoneyFormat::parse(amount->text(), QStringLiteral("USD"),
                                                             locale)
                                  : Core::Result<Core::Money>(Core::Money::usd(0));
        if (!money) {
            continue;
        }
        const auto added = sum.add(*money);
        if (!added) {
            return std::nullopt;
        }
        sum = *added;
    }
    return sum;
}

void ActivityAmountsEditor::addYear()
{
    int year = m_firstYear > 0 ? m_firstYear : QDate::currentDate().year();
    if (m_table->rowCount() > 0) {
        const auto *last = qobject_cast<QSpinBox *>(
            m_table->cellWidget(m_table->rowCount() - 1, YearColumn));
        year = last ? last->value() + 1 : year;
    }
    appendRow(year, QString());
    const int row = m_table->rowCount() - 1;
    m_table->setCurrentCell(row, AmountColumn);
    m_table->cellWidget(row, AmountColumn)->setFocus(Qt::OtherFocusReason);
    updateButtons();
    emit changed();
}

void ActivityAmountsEditor::removeCurrent()
{
    const int row = m_table->currentRow();
    if (row < 0) {
        return;
    }
    QList<std::pair<int, QString>> rows;
    for (int r = 0; r < m_table->rowCount(); ++r) {
        if (r == row) {
            continue;
        }
        const auto *year = qobject_cast<QSpinBox *>(m_table->cellWidget(r, YearColumn));
        const auto *amount = qobject_cast<QLineEdit *>(m_table->cellWidget(r, AmountColumn));
        rows.append({year ? year->value() : 0, amount ? amount->text() : QString()});
    }
    // Rebuilt (keeping what was typed) so names and accessible names match positions.
    m_table->setRowCount(0);
    for (const auto &[year, amount] : rows) {
        appendRow(year, amount);
    }
    updateButtons();
    emit changed();
}

void ActivityAmountsEditor::updateButtons()
{
    m_remove->setEnabled(m_table->currentRow() >= 0 && m_table->rowCount() > 0);
}

void ActivityAmountsEditor::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslateUi();
    }
    QWidget::changeEvent(event);
}

void ActivityAmountsEditor::retranslateUi()
{
    m_table->setHorizontalHeaderLabels({
        //: Column header of the amounts requested per year
        Tr::tr("Year"),
        //: Column header: the amount requested for that year
        Tr::tr("Amount (USD)"),
    });
    //: Accessible name of the table of amounts requested per year
    m_table->setAccessibleName(Tr::tr("Amount requested per year"));
    //: Button under the amounts table: adds the next year
    m_add->setText(Tr::tr("Add Year"));
    //: Button under the amounts table: removes the selected year
    m_remove->setText(Tr::tr("Remove Year"));
}

} // namespace FundDesk::Ui
