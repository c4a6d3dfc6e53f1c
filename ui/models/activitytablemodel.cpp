#include "ui/models/activitytablemodel.h"

#include "core/db/database.h"
#include "core/domain/activityapplication.h"
#include "core/domain/activityfloor.h"
#include "core/domain/language.h"
#include "core/domain/moneyformat.h"
#include "core/repositories/activitylistingquery.h"
#include "core/services/activityfilter.h"
#include "core/services/fundservices.h"
#include "ui/models/activitytext.h"
#include "ui/models/displaytext.h"
#include "ui/models/modelroles.h"
#include "ui/models/sortkeys.h"
#include "ui/uitr.h"

#include <QApplication>
#include <QHash>
#include <QIcon>
#include <QStringList>
#include <QStyle>

namespace FundDesk::Ui {

namespace {

constexpr int kActivityRowsPollEvery = 4096;

QList<Core::FocusArea> activityFocusAreasOf(quint16 mask)
{
    QList<Core::FocusArea> areas;
    for (Core::FocusArea area : Core::allFocusAreas()) {
        if (mask & Core::ActivityListing::focusBit(area)) {
            areas.append(area);
        }
    }
    return areas;
}

// The shared texts of a snapshot, each distinct text stored once (rows hold its number), and
// what read() would otherwise look up and translate again on every row.
class ActivityRowTexts
{
public:
    struct State
    {
        QString english; // searched as ActivityFilter::haystack() does
        QString name;    // in the table's language
        QString region;
        quint32 regionNumber = 0;
        quint8 regionBit = 0;
    };

    ActivityRowTexts(const Core::ReferenceDataService &reference, Core::Language language,
                     QList<QString> &texts)
        : m_reference(reference), m_language(language), m_texts(texts)
    {}

    quint32 number(const QString &text)
    {
        auto found = m_numbers.constFind(text);
        if (found == m_numbers.constEnd()) {
            found = m_numbers.insert(text, quint32(m_texts.size()));
            m_texts.append(text);
        }
        return *found;
    }

    const State &state(const QString &iso3)
    {
        auto found = m_states.constFind(iso3);
        if (found == m_states.constEnd()) {
            State state;
            state.english = m_reference.name(iso3, Core::Language::English);
            state.name = DisplayText::countryName(iso3, m_reference, m_language);
            state.region = DisplayText::regionName(iso3, m_reference);
            state.regionNumber = number(state.region);
            if (const auto region = m_reference.region(iso3)) {
                state.regionBit = quint8(1U << unsigned(*region));
            }
            found = m_states.insert(iso3, state);
        }
        return *found;
    }

    // "Kenya + 2"
    quint32 applicant(const QString &iso3, int coApplicants)
    {
        const QString key = iso3 + QString::number(coApplicants);
        auto found = m_applicants.constFind(key);
        if (found == m_applicants.constEnd()) {
            found = m_applicants.insert(
                key, number(ActivityText::applicant(iso3, coApplicants, m_reference, m_language)));
        }
        return *found;
    }

    const QString &status(Core::ApplicationStatus status)
    {
        auto found = m_statuses.constFind(int(status));
        if (found == m_statuses.constEnd()) {
            found = m_statuses.insert(int(status), Core::applicationStatusDisplayName(status));
        }
        return *found;
    }

private:
    const Core::ReferenceDataService &m_reference;
    Core::Language m_language;
    QList<QString> &m_texts;
    QHash<QString, quint32> m_numbers;
    QHash<QString, State> m_states;
    QHash<QString, quint32> m_applicants;
    QHash<int, QString> m_statuses;
};

} // namespace

ActivityTableModel::ActivityTableModel(Core::FundServices &services, QObject *parent)
    : QAbstractTableModel(parent), m_services(services)
{}

Core::Result<ActivityTableModel::Snapshot> ActivityTableModel::read(
    Core::FundServices &services, const QLocale &locale,
    const BackgroundReader::KeepGoing &keepGoing)
{
    const auto weights = services.reviews().weights();
    if (!weights) {
        return weights.error();
    }
    const auto settings = services.settings().load();
    if (!settings) {
        return settings.error();
    }
    auto listings =
        Core::ActivityListingQuery(services.database().connection()).all(*weights, keepGoing);
    if (!listings) {
        return listings.error();
    }
    const Core::ReferenceDataService &reference = services.reference();
    const Core::Language language = Core::languageForLocale(locale);

    Snapshot snapshot;
    snapshot.settings = *settings;
    snapshot.weightTotal = weights->total();
    snapshot.rows.reserve(listings->size());
    ActivityRowTexts texts(reference, language, snapshot.texts);
    Core::SearchText &search = snapshot.index.search;
    search.reserve(listings->size(), listings->size() * 160);
    qsizetype referenceBytes = 0;
    qsizetype titleBytes = 0;
    for (const Core::ActivityListing &listing : std::as_const(*listings)) {
        referenceBytes += listing.reference.size(); // grows past ASCII
        titleBytes += listing.title.size();
    }
    snapshot.references.reserve(listings->size(), referenceBytes);
    snapshot.titles.reserve(listings->size(), titleBytes);
    for (qsizetype i = 0; i < listings->size(); ++i) {
        if (keepGoing && i % kActivityRowsPollEvery == 0 && !keepGoing()) {
            return Core::ActivityListingQuery::cancelled();
        }
        Core::ActivityListing &listing = (*listings)[i];
        const QStringList states = QStringList{listing.applicantIso3} + listing.coApplicantIso3;
        Row row;
        row.id = listing.id.value();
        row.requestedMinor = listing.requested ? listing.requested->minor() : 0;
        if (listing.score) {
            row.scoreNumerator = listing.score->numerator();
            row.spreadNumerator = listing.spread->numerator();
        }
        row.startDay = qint32(listing.start.toJulianDay());
        row.endDay = qint32(listing.end.toJulianDay());
        row.applicantText =
            texts.applicant(listing.applicantIso3, int(listing.coApplicantIso3.size()));
        row.regionText = texts.state(listing.applicantIso3).regionNumber;
        row.statesText = texts.number(states.join(u' '));
        row.scoredReviewers = quint16(listing.scoredReviewers);
        row.recusedReviewers = quint16(listing.recusedReviewers);
        row.pendingReviewers = quint16(listing.pendingReviewers);
        row.focusAreas = listing.focusAreas;
        row.status = quint8(listing.status);
        for (const QString &iso3 : states) {
            row.regions |= texts.state(iso3).regionBit;
        }
        // Core::isBelowFloor(): an overflowing request is far above any floor.
        if (listing.requested) {
            const auto order = listing.requested->compare(settings->activityFundingFloor);
            row.belowFloor = order && *order == std::strong_ordering::less;
        }

        // What the filter box searches: ActivityFilter::haystack() (reference, title, the
        // States' codes and English names, partners), the status, and the States and regions
        // as the table names them.
        search.addField(listing.reference);
        search.addField(listing.title);
        for (const QString &iso3 : states) {
            search.addField(iso3, true);
            search.addField(texts.state(iso3).english, true);
        }
        for (const QString &partner : std::as_const(listing.partnerNames)) {
            search.addField(partner, true);
        }
        search.addField(texts.status(listing.status), true);
        for (const QString &iso3 : states) {
            const ActivityRowTexts::State &state = texts.state(iso3);
            search.addField(state.name, true);
            search.addField(state.region, true);
        }
        search.endRow();

        row.reference = snapshot.references.append(listing.reference);
        row.title = snapshot.titles.append(listing.title);
        snapshot.rows.append(row);
    }
    listings->clear();
    snapshot.references.squeeze();
    snapshot.titles.squeeze();
    search.finish();

    // The text columns' sort keys, so the first sort at 100× scale compares integers.
    const QCollator collator = tableCollator(locale);
    for (const int column : {Reference, Title, Applicant, Region, FocusAreas}) {
        if (keepGoing && !keepGoing()) {
            return Core::ActivityListingQuery::cancelled();
        }
        QList<QVariant> values;
        values.reserve(snapshot.rows.size());
        QHash<quint16, QVariant> lettersOf; // 20 000 rows, a few dozen sets of areas
        for (const Row &row : std::as_const(snapshot.rows)) {
            if (column != FocusAreas) {
                values.append(rawValue(snapshot, row, column));
                continue;
            }
            auto letters = lettersOf.constFind(row.focusAreas);
            if (letters == lettersOf.constEnd()) {
                letters = lettersOf.insert(row.focusAreas, rawValue(snapshot, row, column));
            }
            values.append(*letters);
        }
        snapshot.index.sortKeys.insert(column, SortKeys::compute(values, collator));
    }
    snapshot.index.collationLocale = locale;
    return snapshot;
}

void ActivityTableModel::adopt(Snapshot snapshot)
{
    beginResetModel();
    m_data = std::move(snapshot);
    endResetModel();
}

Core::Result<void> ActivityTableModel::reload()
{
    auto snapshot = read(m_services, QLocale(), [] { return true; });
    if (!snapshot) {
        return snapshot.error();
    }
    adopt(std::move(snapshot).value());
    return {};
}

int ActivityTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_data.rows.size());
}

int ActivityTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString ActivityTableModel::referenceOf(const Snapshot &data, const Row &row)
{
    return data.references.at(row.reference);
}

QString ActivityTableModel::titleOf(const Snapshot &data, const Row &row)
{
    return data.titles.at(row.title);
}

Core::Money ActivityTableModel::requestedAt(int row) const
{
    return Core::Money::usd(m_data.rows.at(row).requestedMinor);
}

std::optional<Core::RubricScore> ActivityTableModel::scoreAt(int row) const
{
    return scoreOf(m_data, m_data.rows.at(row));
}

std::optional<Core::RubricScore> ActivityTableModel::spreadAt(int row) const
{
    return spreadOf(m_data, m_data.rows.at(row));
}

// RubricAggregate::compute(): the mean Σ S_r / (n W) and the spread (max − min) / W.
std::optional<Core::RubricScore> ActivityTableModel::scoreOf(const Snapshot &data, const Row &row)
{
    if (row.scoredReviewers == 0) {
        return std::nullopt;
    }
    return Core::RubricScore(row.scoreNumerator, qint64(row.scoredReviewers) * data.weightTotal);
}

std::optional<Core::RubricScore> ActivityTableModel::spreadOf(const Snapshot &data, const Row &row)
{
    if (row.scoredReviewers == 0) {
        return std::nullopt;
    }
    return Core::RubricScore(row.spreadNumerator, data.weightTotal);
}

bool ActivityTableModel::matches(int row, const Core::ActivityFilter &filter) const
{
    // As Core::ActivityFilter::matches(), on the row's compact fields.
    const Row &r = m_data.rows.at(row);
    if (filter.status && r.status != quint8(*filter.status)) {
        return false;
    }
    if (filter.focusArea && !(r.focusAreas & Core::ActivityListing::focusBit(*filter.focusArea))) {
        return false;
    }
    if (filter.year && (*filter.year < startAt(row).year() || *filter.year > endAt(row).year())) {
        return false;
    }
    if (filter.region && !(r.regions & (1U << unsigned(*filter.region)))) {
        return false;
    }
    return true;
}

int ActivityTableModel::rowOf(Core::ActivityId id) const
{
    const qint64 wanted = id.value();
    for (int i = 0; i < m_data.rows.size(); ++i) {
        if (m_data.rows.at(i).id == wanted) {
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
    const Row &row = m_data.rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return displayData(row, index.column());
    case RawValueRole:
        return rawValue(m_data, row, index.column());
    case HaystackRole:
        return m_data.index.search.rowText(index.row());
    case IdRole:
        return row.id;
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
    switch (Column(column)) {
    case Reference:
        return referenceOf(m_data, row);
    case Title:
        return DisplayText::shortText(titleOf(m_data, row), 60);
    case Applicant:
        return m_data.texts.at(row.applicantText);
    case Region:
        return m_data.texts.at(row.regionText);
    case FocusAreas:
        return ActivityText::focusLetters(activityFocusAreasOf(row.focusAreas));
    case Years:
        return ActivityText::years(QDate::fromJulianDay(row.startDay),
                                   QDate::fromJulianDay(row.endDay), locale);
    case Requested:
        return Core::MoneyFormat::formatNumber(Core::Money::usd(row.requestedMinor), locale);
    case Score:
        return ActivityText::score(scoreOf(m_data, row), locale);
    case Spread:
        return ActivityText::score(spreadOf(m_data, row), locale);
    case Status:
        return Core::applicationStatusDisplayName(Core::ApplicationStatus(row.status));
    case Floor:
        //: Table cell: the request is under the ¶23 minimum funding floor
        return row.belowFloor ? Tr::tr("Below floor") : QString();
    case ColumnCount:
        break;
    }
    return {};
}

// What FilterProxyModel sorts by; read() computes the text columns' keys from the same values.
QVariant ActivityTableModel::rawValue(const Snapshot &data, const Row &row, int column)
{
    const auto scaled = [](const std::optional<Core::RubricScore> &score) {
        return score ? QVariant(score->scaled100()) : QVariant();
    };
    switch (Column(column)) {
    case Reference:
        return referenceOf(data, row);
    case Title:
        return titleOf(data, row);
    case Applicant:
        return data.texts.at(row.applicantText);
    case Region:
        return data.texts.at(row.regionText);
    case FocusAreas:
        return ActivityText::focusLetters(activityFocusAreasOf(row.focusAreas));
    case Years:
        return QDate::fromJulianDay(row.startDay);
    case Requested:
        return row.requestedMinor;
    case Score:
        return scaled(scoreOf(data, row));
    case Spread:
        return scaled(spreadOf(data, row));
    case Status:
        return int(row.status);
    case Floor:
        return row.belowFloor ? 1 : 0;
    case ColumnCount:
        break;
    }
    return {};
}

QVariant ActivityTableModel::toolTip(const Row &row, int column) const
{
    switch (Column(column)) {
    case Title:
        return titleOf(m_data, row);
    case FocusAreas: {
        QStringList lines;
        for (Core::FocusArea area : activityFocusAreasOf(row.focusAreas)) {
            lines << ActivityText::focusAreaLabel(area);
        }
        return lines.join(u'\n');
    }
    case Applicant: {
        const Core::Language language = Core::languageForLocale(QLocale());
        QStringList names;
        const QStringList states = m_data.texts.at(row.statesText).split(u' ');
        for (const QString &iso3 : states) {
            names << DisplayText::countryName(iso3, m_services.reference(), language);
        }
        return names.join(u'\n');
    }
    case Score:
    case Spread:
        return ActivityText::reviewers(row.scoredReviewers, row.recusedReviewers,
                                       row.pendingReviewers);
    case Floor: {
        // The explanation names the total and the floor: a one-year application of that total
        // says the same as the stored one.
        Core::ActivityApplication request;
        request.start = QDate::fromJulianDay(row.startDay);
        request.end = QDate::fromJulianDay(row.endDay);
        request.requested = {{request.start.year(), Core::Money::usd(row.requestedMinor)}};
        return row.belowFloor ? Core::belowFloorExplanation(request, m_data.settings) : QString();
    }
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
