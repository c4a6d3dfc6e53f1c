#include "ui/models/donortablemodel.h"

#include "core/db/database.h"
#include "core/domain/language.h"
#include "core/domain/moneyformat.h"
#include "core/repositories/donortotals.h"
#include "core/services/fundservices.h"
#include "ui/models/displaytext.h"
#include "ui/models/modelroles.h"
#include "ui/models/sortkeys.h"
#include "ui/uitr.h"

#include <QHash>
#include <QLocale>

namespace FundDesk::Ui {

namespace {

// Stop checks between rows: often enough to stop within milliseconds, rarely enough to cost
// nothing.
constexpr int kDonorRowsPerCheck = 4096;

// One QString per distinct text: 4 000 donors share a handful of kinds, regions and statuses.
QString pooledDonorText(QHash<QString, QString> &pool, const QString &text)
{
    const auto found = pool.constFind(text);
    if (found != pool.constEnd()) {
        return *found;
    }
    pool.insert(text, text);
    return text;
}

} // namespace

DonorTableModel::DonorTableModel(Core::FundServices &services, QObject *parent)
    : QAbstractTableModel(parent), m_services(services)
{}

Core::Result<DonorTableModel::Snapshot> DonorTableModel::read(
    Core::FundServices &services, const QLocale &locale,
    const BackgroundReader::KeepGoing &keepGoing)
{
    const auto donors = services.donors().all();
    if (!donors) {
        return donors.error();
    }
    const auto totals = Core::DonorTotals::byDonor(services.database().connection());
    if (!totals) {
        return totals.error();
    }
    const Core::ReferenceDataService &reference = services.reference();
    const Core::Language language = Core::languageForLocale(locale);
    QHash<QString, QString> pool;
    Snapshot snapshot;
    snapshot.rows.reserve(donors->size());
    Core::SearchText &search = snapshot.index.search;
    for (const Core::Donor &donor : *donors) {
        if (snapshot.rows.size() % kDonorRowsPerCheck == 0 && !keepGoing()) {
            return Core::makeError(Core::ErrorCode::Cancelled,
                                   //: Not normally shown: the user cancelled loading a table
                                   Tr::tr("Loading the donors was cancelled."),
                                   QStringLiteral("donor table read cancelled"));
        }
        Row row;
        row.donor = donor;
        row.name = DisplayText::donorName(donor, reference, language);
        row.kind = pooledDonorText(pool, Core::donorKindDisplayName(donor.kind));
        const QString code = donor.countryCode();
        row.country = pooledDonorText(pool, DisplayText::countryName(code, reference, language));
        row.region = pooledDonorText(pool, DisplayText::regionName(code, reference));
        row.dueDiligence =
            pooledDonorText(pool, Core::dueDiligenceDisplayName(donor.dueDiligence.status));
        const Core::DonorTotal total = totals->value(donor.id);
        row.receivedUsdMinor = total.receivedUsdMinor;
        row.outstandingUsdMinor = total.outstandingUsdMinor;
        search.addField(row.name);
        search.addField(donor.name);
        search.addField(row.kind, true);
        search.addField(row.country, true);
        search.addField(code, true);
        search.addField(row.region, true);
        search.addField(row.dueDiligence, true);
        search.endRow();
        snapshot.rows.append(std::move(row));
    }
    search.finish();

    const QCollator collator = tableCollator(locale);
    for (const Column column : {Name, Country, Region}) {
        QList<QVariant> values;
        values.reserve(snapshot.rows.size());
        for (const Row &row : std::as_const(snapshot.rows)) {
            values.append(column == Name      ? row.name
                          : column == Country ? row.country
                                              : row.region);
        }
        snapshot.index.sortKeys.insert(column, SortKeys::compute(values, collator));
    }
    snapshot.index.collationLocale = locale;
    return snapshot;
}

void DonorTableModel::adopt(Snapshot snapshot)
{
    beginResetModel();
    m_data = std::move(snapshot);
    endResetModel();
}

Core::Result<void> DonorTableModel::reload()
{
    auto snapshot = read(m_services, QLocale(), [] { return true; });
    if (!snapshot) {
        return snapshot.error();
    }
    adopt(std::move(*snapshot));
    return {};
}

int DonorTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_data.rows.size());
}

int DonorTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

int DonorTableModel::rowOf(Core::DonorId id) const
{
    for (int i = 0; i < m_data.rows.size(); ++i) {
        if (m_data.rows.at(i).donor.id == id) {
            return i;
        }
    }
    return -1;
}

QVariant DonorTableModel::data(const QModelIndex &index, int role) const
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
        return row.donor.id.value();
    case Qt::TextAlignmentRole:
        if (index.column() == ReceivedUsd || index.column() == OutstandingUsd) {
            return QVariant::fromValue(Qt::Alignment(Qt::AlignTrailing | Qt::AlignVCenter));
        }
        return {};
    case Qt::ToolTipRole:
        if (index.column() == DueDiligence && !row.donor.dueDiligence.note.isEmpty()) {
            return row.donor.dueDiligence.note;
        }
        return {};
    default:
        return {};
    }
}

QVariant DonorTableModel::displayData(const Row &row, int column) const
{
    const QLocale locale;
    switch (Column(column)) {
    case Name:
        return row.name;
    case Kind:
        return row.kind;
    case Country:
        return row.country;
    case Region:
        return row.region;
    case DueDiligence:
        if (row.donor.dueDiligence.date.isValid()) {
            //: Due-diligence status and the date it was decided, e.g. "Cleared, 3/4/25"
            return Tr::tr("%1, %2").arg(row.dueDiligence,
                                        DisplayText::date(row.donor.dueDiligence.date, locale));
        }
        return row.dueDiligence;
    case ReceivedUsd:
        return Core::MoneyFormat::formatNumber(Core::Money::usd(row.receivedUsdMinor), locale);
    case OutstandingUsd:
        return Core::MoneyFormat::formatNumber(Core::Money::usd(row.outstandingUsdMinor),
                                               locale);
    case ColumnCount:
        break;
    }
    return {};
}

QVariant DonorTableModel::rawData(const Row &row, int column) const
{
    switch (Column(column)) {
    case Name:
        return row.name;
    case Kind:
        return int(row.donor.kind);
    case Country:
        return row.country;
    case Region:
        return row.region;
    case DueDiligence:
        return int(row.donor.dueDiligence.status);
    case ReceivedUsd:
        return row.receivedUsdMinor;
    case OutstandingUsd:
        return row.outstandingUsdMinor;
    case ColumnCount:
        break;
    }
    return {};
}

QVariant DonorTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) {
        return QAbstractTableModel::headerData(section, orientation, role);
    }
    switch (Column(section)) {
    case Name:
        //: Column header: the donor's name
        return Tr::tr("Donor");
    case Kind:
        //: Column header: the kind of donor (Member State, foundation …)
        return Tr::tr("Kind");
    case Country:
        //: Column header: the donor's country
        return Tr::tr("Country");
    case Region:
        //: Column header: the geographic region of the donor's country
        return Tr::tr("Region");
    case DueDiligence:
        //: Column header: the UN's due-diligence clearance of the donor (¶14)
        return Tr::tr("Due diligence");
    case ReceivedUsd:
        //: Column header: total money received from the donor, in US dollars
        return Tr::tr("Received (USD)");
    case OutstandingUsd:
        //: Column header: money pledged by the donor and not yet received, in US dollars
        return Tr::tr("Outstanding pledges (USD)");
    case ColumnCount:
        break;
    }
    return {};
}

} // namespace FundDesk::Ui
