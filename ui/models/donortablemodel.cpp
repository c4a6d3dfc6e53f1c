#include "ui/models/donortablemodel.h"

#include "core/domain/language.h"
#include "core/domain/moneyformat.h"
#include "core/services/fundservices.h"
#include "core/services/pledgetracker.h"
#include "core/services/textfilter.h"
#include "ui/models/displaytext.h"
#include "ui/models/modelroles.h"
#include "ui/uitr.h"

#include <QHash>
#include <QLocale>

namespace FundDesk::Ui {

namespace {

struct DonorSums
{
    Core::Money received;
    Core::Money outstanding;
};

// Received from the stored USD values; outstanding from PledgeTracker, the one place that
// knows how receipts pay pledges.
Core::Result<QHash<Core::DonorId, DonorSums>> sumsByDonor(Core::FundServices &services)
{
    auto contributions = services.contributions().allWithSchedules();
    if (!contributions) {
        return contributions.error();
    }
    QHash<Core::DonorId, DonorSums> sums;
    for (const Core::Contribution &c : std::as_const(*contributions)) {
        if (c.type != Core::ContributionType::Receipt) {
            continue;
        }
        auto total = sums[c.donorId].received.add(c.usdValue);
        if (!total) {
            return total.error();
        }
        sums[c.donorId].received = *total;
    }
    const auto outstanding = Core::PledgeTracker::outstanding(*contributions);
    if (!outstanding) {
        return outstanding.error();
    }
    for (const Core::PledgeOutstanding &o : *outstanding) {
        auto total = sums[o.donorId].outstanding.add(o.outstandingUsd);
        if (!total) {
            return total.error();
        }
        sums[o.donorId].outstanding = *total;
    }
    return sums;
}

} // namespace

DonorTableModel::DonorTableModel(Core::FundServices &services, QObject *parent)
    : QAbstractTableModel(parent), m_services(services)
{}

Core::Result<void> DonorTableModel::reload()
{
    const auto donors = m_services.donors().all();
    if (!donors) {
        return donors.error();
    }
    const auto sums = sumsByDonor(m_services);
    if (!sums) {
        return sums.error();
    }
    const Core::ReferenceDataService &reference = m_services.reference();
    const Core::Language language = Core::languageForLocale(QLocale());
    QList<Row> rows;
    rows.reserve(donors->size());
    for (const Core::Donor &donor : *donors) {
        Row row;
        row.donor = donor;
        row.name = DisplayText::donorName(donor, reference, language);
        row.kind = Core::donorKindDisplayName(donor.kind);
        const QString code = donor.countryCode();
        row.country = DisplayText::countryName(code, reference, language);
        row.region = DisplayText::regionName(code, reference);
        row.dueDiligence = Core::dueDiligenceDisplayName(donor.dueDiligence.status);
        const DonorSums found = sums->value(donor.id);
        row.received = found.received;
        row.outstanding = found.outstanding;
        row.haystack = Core::TextFilter::haystack(
            {row.name, donor.name, row.kind, row.country, code, row.region, row.dueDiligence});
        rows.append(std::move(row));
    }
    beginResetModel();
    m_rows = std::move(rows);
    endResetModel();
    return {};
}

int DonorTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int DonorTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

int DonorTableModel::rowOf(Core::DonorId id) const
{
    for (int i = 0; i < m_rows.size(); ++i) {
        if (m_rows.at(i).donor.id == id) {
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
    const Row &row = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return displayData(row, index.column());
    case RawValueRole:
        return rawData(row, index.column());
    case HaystackRole:
        return row.haystack;
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
        return Core::MoneyFormat::formatNumber(row.received, locale);
    case OutstandingUsd:
        return Core::MoneyFormat::formatNumber(row.outstanding, locale);
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
        return row.received.minor();
    case OutstandingUsd:
        return row.outstanding.minor();
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
