#include "ui/models/contributiontablemodel.h"

#include "core/domain/donor.h"
#include "core/domain/language.h"
#include "core/domain/moneyformat.h"
#include "core/services/fundservices.h"
#include "core/services/textfilter.h"
#include "ui/models/displaytext.h"
#include "ui/models/modelroles.h"
#include "ui/uitr.h"

#include <QHash>
#include <QLocale>

namespace FundDesk::Ui {

ContributionTableModel::ContributionTableModel(Core::FundServices &services, QObject *parent)
    : QAbstractTableModel(parent), m_services(services)
{}

Core::Result<void> ContributionTableModel::reload()
{
    const auto donors = m_services.donors().all();
    if (!donors) {
        return donors.error();
    }
    const auto contributions = m_services.contributions().all();
    if (!contributions) {
        return contributions.error();
    }
    const Core::ReferenceDataService &reference = m_services.reference();
    const Core::Language language = Core::languageForLocale(QLocale());
    // What a donor contributes to a row's text, built once per donor (a scale-100 fund has
    // 4 000 donors and 50 000 contributions).
    struct DonorTexts
    {
        QString name;
        QStringList haystack;
    };
    QHash<Core::DonorId, DonorTexts> donorTexts;
    for (const Core::Donor &donor : *donors) {
        const QString code = donor.countryCode();
        DonorTexts texts;
        texts.name = DisplayText::donorName(donor, reference, language);
        texts.haystack = {texts.name,
                          donor.name,
                          Core::donorKindDisplayName(donor.kind),
                          DisplayText::countryName(code, reference, language),
                          code,
                          DisplayText::regionName(code, reference)};
        donorTexts.insert(donor.id, std::move(texts));
    }
    const QString typeNames[] = {
        Core::contributionTypeDisplayName(Core::ContributionType::Pledge),
        Core::contributionTypeDisplayName(Core::ContributionType::Receipt)};
    QList<Row> rows;
    rows.reserve(contributions->size());
    for (const Core::Contribution &c : *contributions) {
        const DonorTexts texts = donorTexts.value(c.donorId);
        Row row;
        row.contribution = c;
        row.donor = texts.name;
        row.type = typeNames[c.type == Core::ContributionType::Receipt ? 1 : 0];
        row.publication = Core::publicationConsentDisplayName(c.publication);
        // Built once here: the filter then only searches this text on each keystroke.
        row.haystack = Core::TextFilter::haystack(
            texts.haystack +
            QStringList{QString::number(c.year()), c.amount.currency(), c.reference, row.type});
        rows.append(std::move(row));
    }
    beginResetModel();
    m_rows = std::move(rows);
    endResetModel();
    return {};
}

int ContributionTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int ContributionTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

int ContributionTableModel::rowOf(Core::ContributionId id) const
{
    for (int i = 0; i < m_rows.size(); ++i) {
        if (m_rows.at(i).contribution.id == id) {
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
    const Row &row = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return displayData(row, index.column());
    case RawValueRole:
        return rawData(row, index.column());
    case HaystackRole:
        return row.haystack;
    case IdRole:
        return row.contribution.id.value();
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
            return row.contribution.conditions;
        }
        return {};
    default:
        return {};
    }
}

QVariant ContributionTableModel::displayData(const Row &row, int column) const
{
    const QLocale locale;
    const Core::Contribution &c = row.contribution;
    switch (Column(column)) {
    case Date:
        return DisplayText::date(c.date, locale);
    case Donor:
        return row.donor;
    case Type:
        return row.type;
    case Amount:
        return Core::MoneyFormat::format(c.amount, locale);
    case Rate:
        return DisplayText::rate(c.usdRate, locale);
    case UsdValue:
        return Core::MoneyFormat::formatNumber(c.usdValue, locale);
    case Publication:
        return row.publication;
    case Conditions:
        return DisplayText::shortText(c.conditions);
    case Reference:
        return c.reference;
    case ColumnCount:
        break;
    }
    return {};
}

QVariant ContributionTableModel::rawData(const Row &row, int column) const
{
    const Core::Contribution &c = row.contribution;
    switch (Column(column)) {
    case Date:
        return c.date;
    case Donor:
        return row.donor;
    case Type:
        return row.type;
    case Amount:
        return c.amount.minor();
    case Rate:
        return c.usdRate.scaled();
    case UsdValue:
        return c.usdValue.minor();
    case Publication:
        return int(c.publication);
    case Conditions:
        return c.conditions;
    case Reference:
        return c.reference;
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
