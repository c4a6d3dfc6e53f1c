#include "ui/models/disbursementtablemodel.h"

#include "core/domain/language.h"
#include "core/domain/moneyformat.h"
#include "core/services/fundservices.h"
#include "core/services/textfilter.h"
#include "ui/models/displaytext.h"
#include "ui/models/modelroles.h"
#include "ui/uitr.h"

#include <QLocale>
#include <QSet>

#include <algorithm>

namespace FundDesk::Ui {

namespace {

QString itemKey(const Core::WorkflowItem &item)
{
    return Core::workflowItemKindKey(item.kind) + QLatin1Char(':') + QString::number(item.id);
}

// Strings many rows hold once: the same QString shares its data.
QString shared(QHash<QString, QString> &pool, const QString &text)
{
    auto it = pool.constFind(text);
    if (it != pool.constEnd()) {
        return *it;
    }
    pool.insert(text, text);
    return text;
}

} // namespace

DisbursementTableModel::DisbursementTableModel(Core::FundServices &services, QObject *parent)
    : QAbstractTableModel(parent), m_services(services)
{}

Core::Result<void> DisbursementTableModel::reload()
{
    auto &disbursements = m_services.workflow().disbursements();
    const auto list = disbursements.list();
    if (!list) {
        return list.error();
    }
    const auto items = disbursements.payableItems();
    if (!items) {
        return items.error();
    }
    QHash<QString, QString> labels;
    for (const Core::PayableItem &p : *items) {
        //: names a paid item in the disbursements table: %1 its reference, %2 its title
        labels.insert(itemKey(p.item), Tr::tr("%1 · %2").arg(p.reference, p.title));
    }
    const Core::Language language = Core::languageForLocale(QLocale());
    QHash<QString, QString> countries;
    QHash<QString, QString> pool;
    QList<Row> rows;
    rows.reserve(list->size());
    for (const Core::Disbursement &d : *list) {
        Row row;
        row.id = d.id.value();
        row.amountMinor = d.amount.minor();
        row.usdMinor = d.usdValue.minor();
        row.itemId = d.item.id;
        row.julianDay = qint32(d.date.toJulianDay());
        row.year = qint16(d.date.year());
        row.region = quint8(d.region);
        row.activity = d.item.kind == Core::WorkflowItemKind::Activity;
        row.refund = d.refund;
        row.currency = shared(pool, d.amount.currency());
        auto country = countries.constFind(d.recipientIso3);
        if (country == countries.constEnd()) {
            country = countries.insert(d.recipientIso3,
                                       DisplayText::countryName(d.recipientIso3,
                                                                m_services.reference(), language));
        }
        row.recipient = *country;
        row.item = shared(pool, labels.value(itemKey(d.item), itemKey(d.item)));
        row.payee = d.payee;
        row.reference = d.reference;
        row.haystack = Core::TextFilter::haystack(
            {row.item, row.recipient, row.payee, row.reference, d.refundReason});
        rows.append(std::move(row));
    }
    beginResetModel();
    m_rows = std::move(rows);
    endResetModel();
    return {};
}

QList<int> DisbursementTableModel::years() const
{
    QSet<int> set;
    for (const Row &row : m_rows) {
        set.insert(row.year);
    }
    QList<int> years(set.cbegin(), set.cend());
    std::sort(years.begin(), years.end());
    return years;
}

int DisbursementTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int DisbursementTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant DisbursementTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) {
        return {};
    }
    const Row &row = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return displayData(row, index.column());
    case RawValueRole:
        return rawData(row, index.column());
    case HaystackRole:
        return row.haystack;
    case IdRole:
        return row.id;
    case Qt::TextAlignmentRole:
        if (index.column() == Amount || index.column() == UsdValue) {
            return QVariant::fromValue(Qt::AlignTrailing | Qt::AlignVCenter);
        }
        return {};
    default:
        return {};
    }
}

QVariant DisbursementTableModel::displayData(const Row &row, int column) const
{
    const QLocale locale;
    switch (column) {
    case Date:
        return DisplayText::date(QDate::fromJulianDay(row.julianDay), locale);
    case Item:
        return row.item;
    case Recipient:
        return row.recipient;
    case Region:
        return Core::regionDisplayName(Core::Region(row.region));
    case Payee:
        return row.refund ? Tr::tr("Refund from %1").arg(row.payee) : row.payee;
    case Reference:
        return row.reference;
    case Amount: {
        const auto money = Core::Money::fromMinor(row.amountMinor, row.currency);
        return money ? Core::MoneyFormat::format(*money, locale) : QVariant();
    }
    case UsdValue:
        return Core::MoneyFormat::format(Core::Money::usd(row.usdMinor), locale);
    default:
        return {};
    }
}

QVariant DisbursementTableModel::rawData(const Row &row, int column) const
{
    switch (column) {
    case Date:
        return row.julianDay;
    case Amount:
        return row.amountMinor;
    case UsdValue:
        return row.usdMinor;
    case Region:
        return Core::regionDisplayName(Core::Region(row.region));
    default:
        return displayData(row, column);
    }
}

QVariant DisbursementTableModel::headerData(int section, Qt::Orientation orientation,
                                            int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) {
        return QAbstractTableModel::headerData(section, orientation, role);
    }
    switch (section) {
    case Date:
        return Tr::tr("Date");
    case Item:
        //: the approved sponsorship or activity a payment is made against
        return Tr::tr("Item");
    case Recipient:
        return Tr::tr("Recipient State");
    case Region:
        return Tr::tr("Region");
    case Payee:
        return Tr::tr("Payee");
    case Reference:
        return Tr::tr("Reference");
    case Amount:
        return Tr::tr("Amount");
    case UsdValue:
        return Tr::tr("USD value");
    default:
        return {};
    }
}

} // namespace FundDesk::Ui
