#include "ui/models/sponsorshiptablemodel.h"

#include "core/domain/language.h"
#include "core/domain/moneyformat.h"
#include "core/services/eligibilityscreening.h"
#include "core/services/fundservices.h"
#include "core/services/textfilter.h"
#include "ui/models/modelroles.h"
#include "ui/uitr.h"

#include <QLocale>

namespace FundDesk::Ui {

namespace {

QList<Core::EligibilityCriterion> criteriaIn(quint8 mask)
{
    QList<Core::EligibilityCriterion> criteria;
    const QList<Core::EligibilityCriterion> all = Core::allEligibilityCriteria();
    for (int i = 0; i < all.size(); ++i) {
        if (mask & (1u << i)) {
            criteria << all.at(i);
        }
    }
    return criteria;
}

QString references(quint8 mask)
{
    QStringList refs;
    for (const Core::EligibilityCriterion criterion : criteriaIn(mask)) {
        refs << Core::eligibilityCriterionReference(criterion);
    }
    return QLocale().createSeparatedList(refs);
}

QString priorityText(quint8 flags)
{
    QStringList names;
    for (const Core::PriorityGroup group : Core::allPriorityGroups()) {
        if (flags & quint8(group)) {
            names << Core::priorityGroupShortName(group);
        }
    }
    return names.join(QStringLiteral(", "));
}

} // namespace

SponsorshipTableModel::SponsorshipTableModel(Core::FundServices &services, QObject *parent)
    : QAbstractTableModel(parent), m_services(services)
{}

SponsorshipTableModel::Row SponsorshipTableModel::makeRow(const Core::SponsorshipApplication &a,
                                                          const QString &state,
                                                          std::optional<Core::Region> region,
                                                          Core::PriorityGroups priority,
                                                          const QString &statusName)
{
    Row row;
    row.id = a.id.value();
    row.costCents = a.cost().minor();
    row.applicant = a.applicantName;
    row.stateIso3 = a.stateIso3;
    row.state = state;
    if (a.costOverride) {
        row.overrideReason = a.overrideReason.isNull() ? QStringLiteral("") : a.overrideReason;
    }
    row.region = region ? qint8(*region) : qint8(-1);
    row.gender = a.gender ? qint8(*a.gender) : qint8(-1);
    row.status = qint8(a.status);
    row.score = a.score ? qint8(*a.score) : qint8(-1);
    row.priority = quint8(priority.toInt());
    const Core::EligibilityResult screening = Core::EligibilityScreening::screen(a);
    const QList<Core::EligibilityCriterion> all = Core::allEligibilityCriteria();
    for (const Core::EligibilityFailure &failure : screening.failures) {
        row.failing |= quint8(1u << all.indexOf(failure.criterion));
    }
    for (const Core::EligibilityCriterion criterion : screening.unassessed) {
        row.unassessed |= quint8(1u << all.indexOf(criterion));
    }
    row.haystack = Core::TextFilter::haystack(
        {a.applicantName, a.ministry, a.title, a.stateIso3, state, statusName, a.notes});
    return row;
}

Core::Result<void> SponsorshipTableModel::reload(Core::MeetingId meeting)
{
    QList<Core::SponsorshipApplication> applications;
    if (meeting.isValid()) {
        Core::SponsorshipQuery query;
        query.meeting = meeting;
        auto listed = m_services.sponsorships().list(query);
        if (!listed) {
            return listed.error();
        }
        applications = std::move(*listed);
    }
    const Core::ReferenceDataService &reference = m_services.reference();
    const Core::Language language = Core::languageForLocale(QLocale());
    // The status names once, not once per row.
    QHash<int, QString> statusNames;
    for (const Core::ApplicationStatus status : Core::allApplicationStatuses()) {
        statusNames.insert(int(status), Core::applicationStatusDisplayName(status));
    }
    QList<Row> rows;
    rows.reserve(applications.size());
    QHash<qint64, int> index;
    index.reserve(applications.size());
    for (const Core::SponsorshipApplication &a : std::as_const(applications)) {
        QString state = reference.name(a.stateIso3, language);
        if (state.isEmpty()) {
            state = a.stateIso3;
        }
        index.insert(a.id.value(), int(rows.size()));
        rows.append(makeRow(a, state, reference.region(a.stateIso3),
                            reference.priorityGroups(a.stateIso3),
                            statusNames.value(int(a.status))));
    }
    beginResetModel();
    m_meeting = meeting;
    m_rows = std::move(rows);
    m_index = std::move(index);
    endResetModel();
    return {};
}

bool SponsorshipTableModel::isWomanAt(int row) const
{
    return m_rows.at(row).gender == qint8(Core::Gender::Woman);
}

Core::SponsorshipApplication SponsorshipTableModel::filterProbeAt(int row) const
{
    const Row &r = m_rows.at(row);
    Core::SponsorshipApplication probe;
    probe.id = Core::SponsorshipId(r.id);
    probe.stateIso3 = r.stateIso3;
    probe.status = Core::ApplicationStatus(r.status);
    if (r.gender >= 0) {
        probe.gender = Core::Gender(r.gender);
    }
    return probe;
}

int SponsorshipTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int SponsorshipTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant SponsorshipTableModel::data(const QModelIndex &index, int role) const
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
    case Qt::ToolTipRole:
        return toolTip(row, index.column());
    case Qt::TextAlignmentRole:
        if (index.column() == Cost || index.column() == Score) {
            return QVariant::fromValue(Qt::Alignment(Qt::AlignTrailing | Qt::AlignVCenter));
        }
        return {};
    default:
        return {};
    }
}

QString SponsorshipTableModel::eligibilityText(const Row &row)
{
    if (row.failing != 0) {
        //: Table cell: the ¶21 criteria the application fails, such as "¶21(c)"
        return Tr::tr("Fails %1").arg(references(row.failing));
    }
    if (row.unassessed != 0) {
        //: Table cell: the ¶21 criteria not yet assessed, such as "¶21(d), ¶21(e)"
        return Tr::tr("To assess: %1").arg(references(row.unassessed));
    }
    //: Table cell: the application meets all five criteria of ¶21
    return Tr::tr("Meets ¶21");
}

QVariant SponsorshipTableModel::displayData(const Row &row, int column) const
{
    switch (Column(column)) {
    case Applicant:
        return row.applicant;
    case State:
        return row.state;
    case Region:
        return row.region >= 0 ? Core::regionDisplayName(Core::Region(row.region)) : QString();
    case Gender:
        return row.gender >= 0 ? Core::genderDisplayName(Core::Gender(row.gender)) : QString();
    case Priority:
        return priorityText(row.priority);
    case Status:
        return Core::applicationStatusDisplayName(Core::ApplicationStatus(row.status));
    case Eligibility:
        return eligibilityText(row);
    case Cost: {
        const QString amount =
            Core::MoneyFormat::formatNumber(Core::Money::usd(row.costCents), QLocale());
        //: Table cell: a cost the manager set by hand instead of the meeting's norms
        return row.overrideReason.isNull() ? amount : Tr::tr("%1 (set)").arg(amount);
    }
    case Score:
        return row.score >= 0 ? QLocale().toString(int(row.score)) : QString();
    case ColumnCount:
        break;
    }
    return {};
}

QVariant SponsorshipTableModel::rawData(const Row &row, int column) const
{
    switch (Column(column)) {
    case Cost:
        return row.costCents;
    case Score:
        return row.score >= 0 ? QVariant(int(row.score)) : QVariant();
    case Status:
        return int(row.status);
    case Eligibility:
        // Eligible first, then those still to assess, then the failures.
        return row.failing != 0 ? 2 : (row.unassessed != 0 ? 1 : 0);
    case Priority:
        return int(row.priority);
    // Sorting 100 000 rows asks for these millions of times: stored text and numbers only,
    // no translation lookups.
    case Applicant:
        return row.applicant;
    case State:
        return row.state;
    case Region:
        return int(row.region);
    case Gender:
        return int(row.gender);
    case ColumnCount:
        break;
    }
    return {};
}

QVariant SponsorshipTableModel::toolTip(const Row &row, int column) const
{
    switch (Column(column)) {
    case Eligibility: {
        QStringList lines;
        for (const Core::EligibilityCriterion criterion : criteriaIn(row.failing)) {
            lines << Core::EligibilityScreening::failureMessage(criterion);
        }
        for (const Core::EligibilityCriterion criterion : criteriaIn(row.unassessed)) {
            //: Tooltip line: %1 is "¶21(d)", %2 the criterion in words
            lines << Tr::tr("%1 not yet assessed: %2")
                         .arg(Core::eligibilityCriterionReference(criterion),
                              Core::eligibilityCriterionDescription(criterion));
        }
        return lines.isEmpty() ? eligibilityText(row) : lines.join(u'\n');
    }
    case Priority: {
        QStringList names;
        for (const Core::PriorityGroup group : Core::allPriorityGroups()) {
            if (row.priority & quint8(group)) {
                names << Core::priorityGroupDisplayName(group);
            }
        }
        return names.join(u'\n');
    }
    case Cost:
        if (!row.overrideReason.isNull()) {
            //: Tooltip of a cost set by hand; %1 is the reason the manager gave
            return Tr::tr("Set by hand: %1").arg(row.overrideReason);
        }
        return Tr::tr("Estimated from the meeting's cost norms");
    default:
        return {};
    }
}

QVariant SponsorshipTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) {
        return QAbstractTableModel::headerData(section, orientation, role);
    }
    switch (Column(section)) {
    case Applicant:
        //: Column header: the person who applies for sponsorship
        return Tr::tr("Applicant");
    case State:
        //: Column header: the State the applicant represents
        return Tr::tr("State");
    case Region:
        //: Column header: the M49 region of the State
        return Tr::tr("Region");
    case Gender:
        return Tr::tr("Gender");
    case Priority:
        //: Column header: LDC, LLDC or SIDS (¶22)
        return Tr::tr("Priority groups");
    case Status:
        //: Column header: where the application stands in the workflow
        return Tr::tr("Status");
    case Eligibility:
        //: Column header: the screening against the five criteria of ¶21
        return Tr::tr("Eligibility (¶21)");
    case Cost:
        //: Column header: the estimated cost of sponsoring the delegate, in US dollars
        return Tr::tr("Cost (USD)");
    case Score:
        //: Column header: the reviewer's score, 0 to 100
        return Tr::tr("Score");
    case ColumnCount:
        break;
    }
    return {};
}

} // namespace FundDesk::Ui
