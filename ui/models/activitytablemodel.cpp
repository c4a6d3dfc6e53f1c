#include "ui/models/activitytablemodel.h"

#include "core/domain/activityfloor.h"
#include "core/domain/language.h"
#include "core/domain/moneyformat.h"
#include "core/services/activityfilter.h"
#include "core/services/fundservices.h"
#include "core/services/textfilter.h"
#include "ui/models/activitytext.h"
#include "ui/models/displaytext.h"
#include "ui/models/modelroles.h"
#include "ui/uitr.h"

#include <QApplication>
#include <QIcon>
#include <QLocale>
#include <QStyle>

namespace FundDesk::Ui {

ActivityTableModel::ActivityTableModel(Core::FundServices &services, QObject *parent)
    : QAbstractTableModel(parent), m_services(services)
{}

Core::Result<void> ActivityTableModel::reload()
{
    const auto applications = m_services.activities().all();
    if (!applications) {
        return applications.error();
    }
    const auto aggregates = m_services.reviews().aggregates();
    if (!aggregates) {
        return aggregates.error();
    }
    const auto settings = m_services.settings().load();
    if (!settings) {
        return settings.error();
    }
    const Core::ReferenceDataService &reference = m_services.reference();
    const Core::Language language = Core::languageForLocale(QLocale());
    QList<Row> rows;
    rows.reserve(applications->size());
    for (const Core::ActivityApplication &application : *applications) {
        Row row;
        row.application = application;
        row.aggregate = aggregates->value(application.id);
        // The rules keep a stored request far from overflow; an error leaves zero.
        const auto total = application.requestedTotal();
        row.requested = total ? *total : Core::Money::usd(0);
        row.belowFloor = Core::isBelowFloor(application, *settings);
        row.floorExplanation = Core::belowFloorExplanation(application, *settings);
        row.applicant = ActivityText::applicant(application, reference);
        row.region = DisplayText::regionName(application.applicantIso3, reference);
        row.status = Core::applicationStatusDisplayName(application.status);
        QStringList fields{Core::ActivityFilter::haystack(application, reference), row.status};
        for (const QString &iso3 : application.participatingStates()) {
            fields << DisplayText::countryName(iso3, reference, language)
                   << DisplayText::regionName(iso3, reference);
        }
        row.haystack = Core::TextFilter::haystack(fields);
        rows.append(std::move(row));
    }
    beginResetModel();
    m_rows = std::move(rows);
    endResetModel();
    return {};
}

int ActivityTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int ActivityTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

int ActivityTableModel::rowOf(Core::ActivityId id) const
{
    for (int i = 0; i < m_rows.size(); ++i) {
        if (m_rows.at(i).application.id == id) {
            return i;
        }
    }
    return -1;
}

QVariant ActivityTableModel::data(const QModelIndex &index, int role) const
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
        return row.application.id.value();
    case Qt::ToolTipRole:
        return toolTip(row, index.column());
    case Qt::DecorationRole:
        if (index.column() == Floor && row.belowFloor) {
            return QApplication::style()->standardIcon(QStyle::SP_MessageBoxWarning);
        }
        return {};
    case Qt::TextAlignmentRole:
        switch (index.column()) {
        case Requested:
        case Score:
        case Spread:
            return QVariant::fromValue(Qt::Alignment(Qt::AlignTrailing | Qt::AlignVCenter));
        default:
            return {};
        }
    default:
        return {};
    }
}

QVariant ActivityTableModel::displayData(const Row &row, int column) const
{
    const QLocale locale;
    const Core::ActivityApplication &a = row.application;
    switch (Column(column)) {
    case Reference:
        return a.reference;
    case Title:
        return DisplayText::shortText(a.title, 60);
    case Applicant:
        return row.applicant;
    case Region:
        return row.region;
    case FocusAreas:
        return ActivityText::focusLetters(a.focusAreas);
    case Years:
        return ActivityText::years(a, locale);
    case Requested:
        return Core::MoneyFormat::formatNumber(row.requested, locale);
    case Score:
        return ActivityText::score(row.aggregate.score, locale);
    case Spread:
        return ActivityText::score(row.aggregate.spread, locale);
    case Status:
        return row.status;
    case Floor:
        //: Table cell: the request is under the ¶23 minimum funding floor
        return row.belowFloor ? Tr::tr("Below floor") : QString();
    case ColumnCount:
        break;
    }
    return {};
}

QVariant ActivityTableModel::rawData(const Row &row, int column) const
{
    const Core::ActivityApplication &a = row.application;
    switch (Column(column)) {
    case Reference:
        return a.reference;
    case Title:
        return a.title;
    case Applicant:
        return row.applicant;
    case Region:
        return row.region;
    case FocusAreas:
        return ActivityText::focusLetters(a.focusAreas);
    case Years:
        return a.start;
    case Requested:
        return row.requested.minor();
    case Score:
        return row.aggregate.score ? QVariant(row.aggregate.score->scaled100()) : QVariant();
    case Spread:
        return row.aggregate.spread ? QVariant(row.aggregate.spread->scaled100()) : QVariant();
    case Status:
        return int(a.status);
    case Floor:
        return row.belowFloor ? 1 : 0;
    case ColumnCount:
        break;
    }
    return {};
}

QVariant ActivityTableModel::toolTip(const Row &row, int column) const
{
    const Core::ActivityApplication &a = row.application;
    switch (Column(column)) {
    case Title:
        return a.title;
    case FocusAreas: {
        QStringList lines;
        for (Core::FocusArea area : a.focusAreas) {
            lines << ActivityText::focusAreaLabel(area);
        }
        return lines.join(u'\n');
    }
    case Applicant: {
        const Core::Language language = Core::languageForLocale(QLocale());
        QStringList names;
        for (const QString &iso3 : a.participatingStates()) {
            names << DisplayText::countryName(iso3, m_services.reference(), language);
        }
        return names.join(u'\n');
    }
    case Score:
    case Spread:
        return ActivityText::reviewers(row.aggregate);
    case Floor:
        return row.floorExplanation;
    default:
        return {};
    }
}

QVariant ActivityTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) {
        return QAbstractTableModel::headerData(section, orientation, role);
    }
    switch (Column(section)) {
    case Reference:
        //: Column header: the application's reference such as CB-2026-014
        return Tr::tr("Reference");
    case Title:
        //: Column header: the title of the capacity-building activity
        return Tr::tr("Title");
    case Applicant:
        //: Column header: the applicant State (and how many co-applicants)
        return Tr::tr("Applicant");
    case Region:
        //: Column header: the M49 region of the applicant State
        return Tr::tr("Region");
    case FocusAreas:
        //: Column header: the letters of the ¶26 focus areas, a to i
        return Tr::tr("Focus areas");
    case Years:
        //: Column header: the years the activity runs
        return Tr::tr("Years");
    case Requested:
        //: Column header: the total amount requested, in US dollars
        return Tr::tr("Requested (USD)");
    case Score:
        //: Column header: the aggregate review score, 0 to 5
        return Tr::tr("Score");
    case Spread:
        //: Column header: the difference between the highest and lowest reviewer's score
        return Tr::tr("Spread");
    case Status:
        //: Column header: where the application stands in the workflow
        return Tr::tr("Status");
    case Floor:
        //: Column header: whether the request is under the minimum funding floor (¶23)
        return Tr::tr("Floor");
    case ColumnCount:
        break;
    }
    return {};
}

} // namespace FundDesk::Ui
