#include "ui/models/disbursementtablemodel.h"

#include "core/db/database.h"
#include "core/domain/language.h"
#include "core/domain/money.h"
#include "core/domain/moneyformat.h"
#include "core/domain/regions.h"
#include "core/repositories/disbursementlisting.h"
#include "core/services/fundservices.h"
#include "ui/models/disbursementsortkeys.h"
#include "ui/models/displaytext.h"
#include "ui/models/modelroles.h"
#include "ui/uitr.h"

#include <QHash>
#include <QSet>

#include <algorithm>
#include <numeric>
#include <vector>

namespace FundDesk::Ui {

namespace {

constexpr int kDisbursementRowsPerCheck = 4096;

qint64 disbursementItemKey(const Core::WorkflowItem &item)
{
    return item.id * 2 + (item.kind == Core::WorkflowItemKind::Activity ? 1 : 0);
}

// Puts rows and their reasons in date, then id order, moving each row once (a sorted copy
// would hold two lists of 300 000 rows at once). Returns the order: row i was read i-th.
std::vector<int> sortDisbursementRows(QList<DisbursementTableModel::Row> &rows,
                                      QList<qint32> &reasons)
{
    std::vector<int> order(static_cast<std::size_t>(rows.size()));
    std::iota(order.begin(), order.end(), 0);
    std::sort(order.begin(), order.end(), [&rows](int a, int b) {
        const DisbursementTableModel::Row &x = rows.at(a);
        const DisbursementTableModel::Row &y = rows.at(b);
        return x.julianDay != y.julianDay ? x.julianDay < y.julianDay : x.id < y.id;
    });
    // Position i takes the row at order[i]: each cycle of the permutation is followed once.
    std::vector<bool> placed(order.size(), false);
    for (std::size_t start = 0; start < order.size(); ++start) {
        if (placed[start]) {
            continue;
        }
        const DisbursementTableModel::Row row = rows.at(qsizetype(start));
        const qint32 reason = reasons.at(qsizetype(start));
        std::size_t at = start;
        while (std::size_t(order[at]) != start) {
            rows[qsizetype(at)] = rows.at(order[at]);
            reasons[qsizetype(at)] = reasons.at(order[at]);
            placed[at] = true;
            at = std::size_t(order[at]);
        }
        rows[qsizetype(at)] = row;
        reasons[qsizetype(at)] = reason;
        placed[at] = true;
    }
    return order;
}

// About the bytes SearchText will hold (the UTF-16 lengths, an eighth more for accented and
// non-Latin text): reserved once instead of doubling a buffer of 30 MB.
qsizetype disbursementSearchBytes(const DisbursementTableModel::Snapshot &snapshot,
                                  const QStringList &itemLabels, const QStringList &reasons,
                                  const QList<qint32> &reasonOfRow)
{
    qsizetype bytes = snapshot.references.byteSize();
    for (qsizetype at = 0; at < snapshot.rows.size(); ++at) {
        const DisbursementTableModel::Row &row = snapshot.rows.at(at);
        // Three separators and the row's end.
        bytes += itemLabels.at(row.item).size() + snapshot.recipients.at(row.recipient).size() +
                 snapshot.payees.at(row.payee).size() + 4;
        if (reasonOfRow.at(at) >= 0) {
            bytes += reasons.at(reasonOfRow.at(at)).size() + 1;
        }
    }
    return bytes + bytes / 8;
}

// Indexes of texts many rows repeat (payees, currencies): one QString each.
template <typename Index>
Index disbursementPooled(QHash<QString, Index> &numbers, QStringList &texts, const QString &text)
{
    auto found = numbers.constFind(text);
    if (found == numbers.constEnd()) {
        found = numbers.insert(text, Index(texts.size()));
        texts.append(text);
    }
    return *found;
}

} // namespace

static_assert(sizeof(DisbursementTableModel::Row) == 40, "a row's size counts 300 000 times");

int DisbursementTableModel::Row::year() const
{
    // Days to civil date (H. Hinnant's algorithm, proleptic Gregorian as QDate), year only.
    const qint64 days = qint64(julianDay) - 2440588 + 719468; // from 0000-03-01
    const qint64 era = (days >= 0 ? days : days - 146096) / 146097;
    const qint64 dayOfEra = days - era * 146097;
    const qint64 yearOfEra =
        (dayOfEra - dayOfEra / 1460 + dayOfEra / 36524 - dayOfEra / 146096) / 365;
    const qint64 dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100);
    const qint64 shiftedMonth = (5 * dayOfYear + 2) / 153; // 0 = March
    return int(yearOfEra + era * 400 + (shiftedMonth >= 10 ? 1 : 0));
}

DisbursementTableModel::DisbursementTableModel(Core::FundServices &services, QObject *parent)
    : QAbstractTableModel(parent), m_services(services)
{}

Core::Result<DisbursementTableModel::Snapshot> DisbursementTableModel::read(
    Core::FundServices &services, const QLocale &locale,
    const BackgroundReader::KeepGoing &keepGoing)
{
    const QSqlDatabase db = services.database().connection();
    const auto itemTexts = Core::DisbursementListing::itemTexts(db);
    if (!itemTexts) {
        return itemTexts.error();
    }
    // Labels while reading (SearchText and the ranks take QStrings); packed at the end.
    QStringList itemLabels;
    QHash<qint64, qint32> itemNumbers;
    for (const Core::DisbursementItemText &text : *itemTexts) {
        itemNumbers.insert(disbursementItemKey(text.item), qint32(itemLabels.size()));
        //: names a paid item in the disbursements table: %1 its reference, %2 its title
        itemLabels.append(Tr::tr("%1 · %2").arg(text.reference, text.title));
    }

    const Core::ReferenceDataService &reference = services.reference();
    const Core::Language language = Core::languageForLocale(locale);
    Snapshot snapshot;
    QList<quint8> stateRegions; // by recipient number
    QHash<QString, quint16> recipientNumbers;
    QHash<QString, qint32> payeeNumbers;
    QHash<QString, quint8> currencyNumbers;
    QStringList reasons;
    QHash<QString, qint32> reasonNumbers;
    // Reserved once: 300 000 rows at scale 100 grown by doubling would copy and overshoot.
    const auto count = Core::DisbursementListing::count(db);
    if (!count) {
        return count.error();
    }
    QList<qint32> reasonOfRow; // -1: none
    QList<Row> rows;
    rows.reserve(*count);
    reasonOfRow.reserve(*count);
    snapshot.references.reserve(*count, *count * 16);
    const auto done =
        Core::DisbursementListing::read(db, [&](const Core::DisbursementListRow &listed) {
            if (rows.size() % kDisbursementRowsPerCheck == 0 && !keepGoing()) {
                return false;
            }
            Row row;
            row.id = listed.id;
            row.amountMinor = listed.amountMinor;
            row.usdMinor = listed.usdMinor;
            row.julianDay = listed.julianDay;
            row.activity = listed.item.kind == Core::WorkflowItemKind::Activity;
            row.refund = listed.refund;
            const qint64 key = disbursementItemKey(listed.item);
            auto item = itemNumbers.constFind(key);
            if (item == itemNumbers.constEnd()) {
                // Never without a commitment; named by its key rather than dropped.
                item = itemNumbers.insert(key, qint32(itemLabels.size()));
                itemLabels.append(Core::workflowItemKindKey(listed.item.kind) + QLatin1Char(':') +
                                  QString::number(listed.item.id));
            }
            row.item = *item;
            auto recipient = recipientNumbers.constFind(listed.recipientIso3);
            if (recipient == recipientNumbers.constEnd()) {
                recipient = recipientNumbers.insert(listed.recipientIso3,
                                                    quint16(snapshot.recipients.size()));
                snapshot.recipients.append(
                    DisplayText::countryName(listed.recipientIso3, reference, language));
                stateRegions.append(
                    quint8(reference.region(listed.recipientIso3).value_or(Core::Region::Africa)));
            }
            row.recipient = *recipient;
            row.region = stateRegions.at(row.recipient);
            row.payee = disbursementPooled(payeeNumbers, snapshot.payees, listed.payee);
            // Money knows fewer than 256 currencies.
            row.currency =
                disbursementPooled(currencyNumbers, snapshot.currencies, listed.currency);
            snapshot.references.append(listed.reference);
            reasonOfRow.append(
                listed.refundReason.isEmpty()
                    ? -1
                    : disbursementPooled(reasonNumbers, reasons, listed.refundReason));
            rows.append(row);
            return true;
        });
    if (!done) {
        return done.error();
    }
    if (!keepGoing()) {
        return Core::DisbursementListing::cancelled();
    }

    // By date, then id, as the page has always listed them; in place (no second copy).
    // The references stay in read order until the end (readOrder maps): permuting them here
    // would free 5 MB the following allocations cannot reuse (a higher peak at scale 100).
    const std::vector<int> readOrder = sortDisbursementRows(rows, reasonOfRow);
    snapshot.rows = std::move(rows);
    QSet<int> years;
    for (const Row &row : std::as_const(snapshot.rows)) {
        years.insert(row.year());
    }
    snapshot.years = QList<int>(years.cbegin(), years.cend());
    std::sort(snapshot.years.begin(), snapshot.years.end());

    // The sort keys before the search text: the references' collation keys (30 MB at scale
    // 100, for a moment) are gone before the text (as much again) is built.
    DisbursementSortKeys::insert(snapshot, itemLabels, readOrder, tableCollator(locale));
    snapshot.index.collationLocale = locale;
    if (!keepGoing()) {
        return Core::DisbursementListing::cancelled();
    }

    Core::SearchText &search = snapshot.index.search;
    search.reserve(snapshot.rows.size(),
                   disbursementSearchBytes(snapshot, itemLabels, reasons, reasonOfRow));
    for (qsizetype at = 0; at < snapshot.rows.size(); ++at) {
        if (at % kDisbursementRowsPerCheck == 0 && !keepGoing()) {
            return Core::DisbursementListing::cancelled();
        }
        const Row &row = snapshot.rows.at(at);
        search.addField(itemLabels.at(row.item), true);
        search.addField(snapshot.recipients.at(row.recipient), true);
        search.addField(snapshot.payees.at(row.payee), true);
        search.addField(snapshot.references.at(readOrder[std::size_t(at)]));
        if (const qint32 reason = reasonOfRow.at(at); reason >= 0) {
            search.addField(reasons.at(reason), true);
        }
        search.endRow();
    }
    search.finish();
    snapshot.references = snapshot.references.permuted(readOrder);

    snapshot.items.reserve(itemLabels.size(), itemLabels.size() * 64);
    for (const QString &label : std::as_const(itemLabels)) {
        snapshot.items.append(label);
    }
    snapshot.items.squeeze();
    return snapshot;
}

QString DisbursementTableModel::payeeText(const QString &payee, bool refund)
{
    //: the payee column of a refund: %1 is who paid the money back
    return refund ? Tr::tr("Refund from %1").arg(payee) : payee;
}

void DisbursementTableModel::adopt(Snapshot snapshot)
{
    beginResetModel();
    m_data = std::move(snapshot);
    endResetModel();
}

Core::Result<void> DisbursementTableModel::reload()
{
    auto snapshot = read(m_services, QLocale(), [] { return true; });
    if (!snapshot) {
        return snapshot.error();
    }
    adopt(std::move(*snapshot));
    return {};
}

int DisbursementTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_data.rows.size());
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
    const Row &row = m_data.rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return displayData(row, index.column());
    case RawValueRole:
        return rawData(row, index.column());
    case HaystackRole:
        return m_data.index.search.rowText(index.row());
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
        return m_data.items.at(row.item);
    case Recipient:
        return m_data.recipients.value(row.recipient);
    case Region:
        return Core::regionDisplayName(Core::Region(row.region));
    case Payee:
        return payeeText(m_data.payees.value(row.payee), row.refund);
    case Reference:
        return m_data.references.at(qint32(&row - m_data.rows.constData()));
    case Amount: {
        const auto money =
            Core::Money::fromMinor(row.amountMinor, m_data.currencies.value(row.currency));
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
