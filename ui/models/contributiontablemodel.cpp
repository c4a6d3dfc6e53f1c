#include "ui/models/contributiontablemodel.h"

#include "core/db/database.h"
#include "core/domain/donor.h"
#include "core/domain/language.h"
#include "core/domain/moneyformat.h"
#include "core/repositories/contributionlisting.h"
#include "core/repositories/contributionrepository.h"
#include "core/services/fundservices.h"
#include "ui/models/displaytext.h"
#include "ui/models/modelroles.h"
#include "ui/models/sortkeys.h"
#include "ui/uitr.h"

#include <QHash>

#include <algorithm>
#include <utility>

namespace FundDesk::Ui {

namespace {

using ContributionRow = ContributionTableModel::Row;
using ContributionSnapshot = ContributionTableModel::Snapshot;

// Stop checks between rows: often enough to stop within milliseconds, rarely enough to cost
// nothing.
constexpr int kContributionRowsPerCheck = 4096;

// The donors as the rows refer to them: by index into Snapshot::donorNames.
struct ContributionDonors
{
    QHash<qint64, qint32> indexOfId;
    // Per donor, its six fields of the search text in one text: one shared field rather than
    // six hash look-ups per row. No query word holds a space, so none matches across fields.
    QList<QString> search;
};

Core::Result<ContributionDonors> readContributionDonors(Core::FundServices &services,
                                                        const QLocale &locale,
                                                        QStringList &names)
{
    const auto donors = services.donors().all();
    if (!donors) {
        return donors.error();
    }
    const Core::ReferenceDataService &reference = services.reference();
    const Core::Language language = Core::languageForLocale(locale);
    ContributionDonors result;
    result.indexOfId.reserve(donors->size());
    result.search.reserve(donors->size());
    for (const Core::Donor &donor : *donors) {
        const QString code = donor.countryCode();
        const QString name = DisplayText::donorName(donor, reference, language);
        result.indexOfId.insert(donor.id.value(), qint32(names.size()));
        names.append(name);
        result.search.append(QStringList{name, donor.name, Core::donorKindDisplayName(donor.kind),
                                         DisplayText::countryName(code, reference, language),
                                         code, DisplayText::regionName(code, reference)}
                                 .join(u'\n'));
    }
    return result;
}

// The rows' type names, in the read locale's language: "Pledge", "Receipt".
struct ContributionTypeNames
{
    QString pledge = Core::contributionTypeDisplayName(Core::ContributionType::Pledge);
    QString receipt = Core::contributionTypeDisplayName(Core::ContributionType::Receipt);

    const QString &of(const ContributionRow &row) const
    {
        return Core::ContributionType(row.type) == Core::ContributionType::Receipt ? receipt
                                                                                  : pledge;
    }
};

// What the filter box searches: the donor's fields, the year, the currency, the reference and
// the type. False when keepGoing said stop.
bool buildContributionSearch(ContributionSnapshot &snapshot, const ContributionDonors &donors,
                             const ContributionTypeNames &types,
                             const BackgroundReader::KeepGoing &keepGoing)
{
    const QString none;
    Core::SearchText &search = snapshot.index.search;
    search.reserve(snapshot.rows.size(), snapshot.rows.size() * 96);
    for (qsizetype i = 0; i < snapshot.rows.size(); ++i) {
        if (i % kContributionRowsPerCheck == 0 && !keepGoing()) {
            return false;
        }
        const ContributionRow &row = snapshot.rows.at(i);
        search.addField(row.donor < 0 ? none : donors.search.at(row.donor), true);
        search.addField(QString::number(row.date.year()), true);
        search.addField(snapshot.currencies.at(row.currency), true);
        search.addField(snapshot.references.at(row.reference));
        search.addField(types.of(row), true);
        search.endRow();
    }
    search.finish();
    return true;
}

// The text columns and the date, which the page sorts by when it opens: collated here, once,
// rather than on the window's thread. The number columns are cheap for the proxy.
void computeContributionSortKeys(ContributionSnapshot &snapshot,
                                 const ContributionTypeNames &types, const QLocale &locale)
{
    using Column = ContributionTableModel::Column;
    const QCollator collator = tableCollator(locale);
    const QString none;
    for (const Column column : {Column::Date, Column::Donor, Column::Type, Column::Conditions,
                                Column::Reference}) {
        QList<QVariant> values;
        values.reserve(snapshot.rows.size());
        for (const ContributionRow &row : std::as_const(snapshot.rows)) {
            switch (column) {
            case Column::Date:
                values.append(row.date);
                break;
            case Column::Donor:
                values.append(row.donor < 0 ? none : snapshot.donorNames.at(row.donor));
                break;
            case Column::Type:
                values.append(types.of(row));
                break;
            case Column::Conditions:
                values.append(snapshot.conditions.at(row.conditions));
                break;
            default:
                values.append(snapshot.references.at(row.reference));
                break;
            }
        }
        snapshot.index.sortKeys.insert(column, SortKeys::compute(values, collator));
    }
    snapshot.index.collationLocale = locale;
}

} // namespace

ContributionTableModel::ContributionTableModel(Core::FundServices &services, QObject *parent)
    : QAbstractTableModel(parent), m_services(services)
{}

Core::Result<ContributionTableModel::Snapshot> ContributionTableModel::read(
    Core::FundServices &services, const QLocale &locale,
    const BackgroundReader::KeepGoing &keepGoing)
{
    Snapshot snapshot;
    const auto donors = readContributionDonors(services, locale, snapshot.donorNames);
    if (!donors) {
        return donors.error();
    }
    // Reserved at the size it ends with: growing by doubling would leave up to twice the rows'
    // memory behind in the reading thread's heap.
    if (const auto count = Core::ContributionRepository(services.database().connection()).count()) {
        snapshot.rows.reserve(*count);
        snapshot.references.reserve(*count, qsizetype(*count) * 12); // a dozen characters each
        snapshot.conditions.reserve(*count, 0);
    }
    QHash<QString, quint8> currencyIndex;
    const auto listed = Core::ContributionListing::read(
        services.database().connection(), [&](const Core::ContributionListRow &item) {
            if (snapshot.rows.size() % kContributionRowsPerCheck == 0 && !keepGoing()) {
                return false;
            }
            auto currency = currencyIndex.constFind(item.currency);
            if (currency == currencyIndex.constEnd()) {
                // Money knows fewer than 256 currencies.
                currency =
                    currencyIndex.insert(item.currency, quint8(snapshot.currencies.size()));
                snapshot.currencies.append(item.currency);
            }
            Row row;
            row.id = item.id;
            row.date = item.date;
            row.amountMinor = item.amountMinor;
            row.usdRateE9 = item.usdRateE9;
            row.usdMinor = item.usdMinor;
            row.reference = snapshot.references.append(item.reference);
            row.conditions = snapshot.conditions.append(item.conditions);
            // -1 (no such donor; the schema forbids it): shown blank, never dropped.
            row.donor = donors->indexOfId.value(item.donorId, -1);
            row.currency = *currency;
            row.type = quint8(item.type);
            row.publication = quint8(item.publication);
            snapshot.rows.append(row);
            return true;
        });
    if (!listed) {
        return listed.error();
    }
    snapshot.references.squeeze();
    snapshot.conditions.squeeze();
    snapshot.rows.squeeze();
    // By date, then id: the rows are plain numbers, cheaper to sort here than whole records
    // in SQLite.
    std::sort(snapshot.rows.begin(), snapshot.rows.end(), [](const Row &a, const Row &b) {
        return a.date != b.date ? a.date < b.date : a.id < b.id;
    });
    const ContributionTypeNames types;
    if (!buildContributionSearch(snapshot, *donors, types, keepGoing)) {
        return Core::ContributionListing::cancelled();
    }
    computeContributionSortKeys(snapshot, types, locale);
    return snapshot;
}

void ContributionTableModel::adopt(Snapshot snapshot)
{
    beginResetModel();
    m_data = std::move(snapshot);
    endResetModel();
}

Core::Result<void> ContributionTableModel::reload()
{
    auto snapshot = read(m_services, QLocale(), [] { return true; });
    if (!snapshot) {
        return snapshot.error();
    }
    adopt(std::move(*snapshot));
    return {};
}

int ContributionTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_data.rows.size());
}

int ContributionTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

Core::Money ContributionTableModel::amountAt(int row) const
{
    const Row &r = m_data.rows.at(row);
    // The currency was checked when the row was read.
    const auto amount = Core::Money::fromMinor(r.amountMinor, m_data.currencies.at(r.currency));
    return amount ? *amount : Core::Money();
}

QString ContributionTableModel::reference(const Row &row) const
{
    return m_data.references.at(row.reference);
}

QString ContributionTableModel::conditions(const Row &row) const
{
    return m_data.conditions.at(row.conditions);
}

QString ContributionTableModel::donorNameAt(int row) const
{
    const qint32 donor = m_data.rows.at(row).donor;
    return donor < 0 ? QString() : m_data.donorNames.at(donor);
}

int ContributionTableModel::rowOf(Core::ContributionId id) const
{
    for (int i = 0; i < m_data.rows.size(); ++i) {
        if (m_data.rows.at(i).id == id.value()) {
            return i;
        }
    }
    return -1;
}

QVariant ContributionTableModel::data(const QModelIndex &index, int role) const
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
        switch (index.column()) {
        case Amount:
        case Rate:
        case UsdValue:
            return QVariant::fromValue(Qt::Alignment(Qt::AlignTrailing | Qt::AlignVCenter));
        default:
            return {};
        }
    case Qt::ToolTipRole:
        if (index.column() == Conditions) {
            const QString text = conditions(row);
            return text.isEmpty() ? QVariant() : QVariant(text);
        }
        return {};
    default:
        return {};
    }
}

QVariant ContributionTableModel::displayData(const Row &row, int column) const
{
    const QLocale locale;
    switch (Column(column)) {
    case Date:
        return DisplayText::date(row.date, locale);
    case Donor:
        return row.donor < 0 ? QString() : m_data.donorNames.at(row.donor);
    case Type:
        return Core::contributionTypeDisplayName(Core::ContributionType(row.type));
    case Amount:
        if (const auto amount =
                Core::Money::fromMinor(row.amountMinor, m_data.currencies.at(row.currency))) {
            return Core::MoneyFormat::format(*amount, locale);
        }
        return {};
    case Rate:
        if (const auto rate = Core::ExchangeRate::fromScaled(row.usdRateE9)) {
            return DisplayText::rate(*rate, locale);
        }
        return {};
    case UsdValue:
        return Core::MoneyFormat::formatNumber(Core::Money::usd(row.usdMinor), locale);
    case Publication:
        return Core::publicationConsentDisplayName(Core::PublicationConsent(row.publication));
    case Conditions:
        return DisplayText::shortText(conditions(row));
    case Reference:
        return reference(row);
    case ColumnCount:
        break;
    }
    return {};
}

QVariant ContributionTableModel::rawData(const Row &row, int column) const
{
    switch (Column(column)) {
    case Date:
        return row.date;
    case Donor:
        return row.donor < 0 ? QString() : m_data.donorNames.at(row.donor);
    case Type:
        return Core::contributionTypeDisplayName(Core::ContributionType(row.type));
    case Amount:
        return row.amountMinor;
    case Rate:
        return row.usdRateE9;
    case UsdValue:
        return row.usdMinor;
    case Publication:
        return int(row.publication);
    case Conditions:
        return conditions(row);
    case Reference:
        return reference(row);
    case ColumnCount:
        break;
    }
    return {};
}

QVariant ContributionTableModel::headerData(int section, Qt::Orientation orientation,
                                            int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) {
        return QAbstractTableModel::headerData(section, orientation, role);
    }
    switch (Column(section)) {
    case Date:
        //: Column header: the date of a pledge or receipt
        return Tr::tr("Date");
    case Donor:
        //: Column header: who gave the contribution
        return Tr::tr("Donor");
    case Type:
        //: Column header: pledge or receipt
        return Tr::tr("Type");
    case Amount:
        //: Column header: the amount in the donor's currency
        return Tr::tr("Amount");
    case Rate:
        //: Column header: the exchange rate to US dollars used for the contribution
        return Tr::tr("Rate to USD");
    case UsdValue:
        //: Column header: the contribution's value in US dollars
        return Tr::tr("USD value");
    case Publication:
        //: Column header: whether the donor agreed to publication (¶17)
        return Tr::tr("Publication");
    case Conditions:
        //: Column header: the donor's conditions on the contribution
        return Tr::tr("Conditions");
    case Reference:
        //: Column header: a reference such as a bank transfer number
        return Tr::tr("Reference");
    case ColumnCount:
        break;
    }
    return {};
}

} // namespace FundDesk::Ui
