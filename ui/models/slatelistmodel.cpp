#include "ui/models/slatelistmodel.h"

#include "core/domain/moneyformat.h"
#include "ui/models/modelroles.h"
#include "ui/uitr.h"

#include <QLocale>

namespace FundDesk::Ui {

SlateListModel::SlateListModel(Side side, QObject *parent)
    : QAbstractTableModel(parent), m_side(side)
{}

void SlateListModel::setSlate(const QList<Core::SlateCandidate> &candidates,
                              const Core::Slate &slate)
{
    QList<Row> rows;
    for (qsizetype i = 0; i < candidates.size() && i < slate.decisions.size(); ++i) {
        const Core::SlateDecision &decision = slate.decisions.at(i);
        if (decision.selected == (m_side == Side::Selected)) {
            rows.append(Row{candidates.at(i), decision});
        }
    }
    beginResetModel();
    m_rows = std::move(rows);
    endResetModel();
}

void SlateListModel::clear()
{
    beginResetModel();
    m_rows.clear();
    endResetModel();
}

int SlateListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int SlateListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

Qt::ItemFlags SlateListModel::flags(const QModelIndex &index) const
{
    Qt::ItemFlags flags = QAbstractTableModel::flags(index);
    if (index.isValid() && (index.column() == Pin || index.column() == Exclude)) {
        flags |= Qt::ItemIsUserCheckable;
    }
    return flags;
}

QVariant SlateListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) {
        return {};
    }
    const Row &row = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return displayData(row, index.column());
    case Qt::CheckStateRole:
        if (index.column() == Pin) {
            return row.decision.pinned ? Qt::Checked : Qt::Unchecked;
        }
        if (index.column() == Exclude) {
            return row.decision.excluded ? Qt::Checked : Qt::Unchecked;
        }
        return {};
    case Qt::ToolTipRole:
        if (index.column() == Reasons) {
            return row.decision.reasons.join(u'\n');
        }
        return {};
    case Qt::AccessibleTextRole:
        if (index.column() == Pin) {
            //: Accessible text of the pin check box; %1 is the applicant
            return Tr::tr("Pin %1").arg(row.candidate.applicantName);
        }
        if (index.column() == Exclude) {
            //: Accessible text of the exclude check box; %1 is the applicant
            return Tr::tr("Exclude %1").arg(row.candidate.applicantName);
        }
        return {};
    case RawValueRole:
        if (index.column() == Cost) {
            return row.candidate.cost.minor();
        }
        if (index.column() == Score) {
            return row.candidate.score ? QVariant(*row.candidate.score) : QVariant();
        }
        return displayData(row, index.column());
    case IdRole:
        return row.candidate.id.value();
    case Qt::TextAlignmentRole:
        if (index.column() == Cost || index.column() == Score) {
            return QVariant::fromValue(Qt::Alignment(Qt::AlignTrailing | Qt::AlignVCenter));
        }
        return {};
    default:
        return {};
    }
}

QVariant SlateListModel::displayData(const Row &row, int column) const
{
    switch (Column(column)) {
    case Applicant:
        return row.candidate.applicantName;
    case State:
        return row.candidate.stateName;
    case Gender:
        return Core::genderDisplayName(row.candidate.gender);
    case Cost:
        return Core::MoneyFormat::formatNumber(row.candidate.cost, QLocale());
    case Score:
        return row.candidate.score ? QLocale().toString(*row.candidate.score) : QString();
    case Reasons:
        //: Separator between the reasons for one slate decision
        return row.decision.reasons.join(Tr::tr("; "));
    case Pin:
    case Exclude:
    case ColumnCount:
        break;
    }
    return {};
}

bool SlateListModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (role != Qt::CheckStateRole || !checkIndex(index, CheckIndexOption::IndexIsValid) ||
        (index.column() != Pin && index.column() != Exclude)) {
        return false;
    }
    const bool on = value.toInt() == Qt::Checked;
    Row &row = m_rows[index.row()];
    const Core::SponsorshipId id = row.candidate.id;
    if (index.column() == Pin) {
        row.decision.pinned = on;
        emit dataChanged(index, index, {Qt::CheckStateRole});
        emit pinRequested(id, on);
    } else {
        row.decision.excluded = on;
        emit dataChanged(index, index, {Qt::CheckStateRole});
        emit excludeRequested(id, on);
    }
    return true;
}

QVariant SlateListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal) {
        return QAbstractTableModel::headerData(section, orientation, role);
    }
    if (role == Qt::ToolTipRole) {
        if (section == Pin) {
            return Tr::tr("Keep this applicant on the slate (Ctrl+P)");
        }
        if (section == Exclude) {
            return Tr::tr("Keep this applicant off the slate (Ctrl+E)");
        }
        return {};
    }
    if (role != Qt::DisplayRole) {
        return {};
    }
    switch (Column(section)) {
    case Pin:
        //: Column header: the applicant is kept on the slate by hand
        return Tr::tr("Pin");
    case Exclude:
        //: Column header: the applicant is kept off the slate by hand
        return Tr::tr("Exclude");
    case Applicant:
        return Tr::tr("Applicant");
    case State:
        return Tr::tr("State");
    case Gender:
        return Tr::tr("Gender");
    case Cost:
        return Tr::tr("Cost (USD)");
    case Score:
        return Tr::tr("Score");
    case Reasons:
        return m_side == Side::Selected
                   //: Column header: why the applicant is on the slate
                   ? Tr::tr("Why on the slate")
                   //: Column header: what would have to change for the applicant to be chosen
                   : Tr::tr("What would have to change");
    case ColumnCount:
        break;
    }
    return {};
}

} // namespace FundDesk::Ui
