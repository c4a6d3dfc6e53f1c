#include "ui/models/filterproxymodel.h"

#include "ui/models/modelroles.h"

#include <QDate>

namespace FundDesk::Ui {

FilterProxyModel::FilterProxyModel(QObject *parent) : QSortFilterProxyModel(parent)
{
    setSortRole(RawValueRole);
    setFilterRole(HaystackRole);
    setCollationLocale(QLocale());
}

void FilterProxyModel::setFilterText(const QString &text)
{
    if (text == m_text) {
        return;
    }
    m_text = text;
    m_filter = Core::TextFilter(text);
    invalidateFilter();
}

void FilterProxyModel::setCollationLocale(const QLocale &locale)
{
    m_collator = QCollator(locale);
    m_collator.setCaseSensitivity(Qt::CaseInsensitive);
    // "R-9" before "R-10" in references.
    m_collator.setNumericMode(true);
    invalidate();
}

bool FilterProxyModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    if (m_filter.isEmpty()) {
        return true;
    }
    const QModelIndex index = sourceModel()->index(sourceRow, 0, sourceParent);
    return m_filter.matches(index.data(HaystackRole).toString());
}

bool FilterProxyModel::lessThan(const QModelIndex &left, const QModelIndex &right) const
{
    const QVariant a = left.data(sortRole());
    const QVariant b = right.data(sortRole());
    if (a.typeId() == QMetaType::QString && b.typeId() == QMetaType::QString) {
        return m_collator.compare(a.toString(), b.toString()) < 0;
    }
    // Empty values (an invalid date, no reference) sort first, like an empty string.
    if (!a.isValid() || !b.isValid()) {
        return !a.isValid() && b.isValid();
    }
    if (a.typeId() == QMetaType::QDate && b.typeId() == QMetaType::QDate) {
        return a.toDate() < b.toDate();
    }
    const QPartialOrdering order = QVariant::compare(a, b);
    return order == QPartialOrdering::Less;
}

} // namespace FundDesk::Ui
