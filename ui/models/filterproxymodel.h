#pragma once

#include "core/services/textfilter.h"

#include <QCollator>
#include <QLocale>
#include <QSortFilterProxyModel>

namespace FundDesk::Ui {

// The filter box and sorting of every table: rows are kept when core's TextFilter matches the
// source model's HaystackRole; columns sort by RawValueRole (numbers as numbers, dates as
// dates, text with the locale's collation).
class FilterProxyModel final : public QSortFilterProxyModel
{
    Q_OBJECT

public:
    explicit FilterProxyModel(QObject *parent = nullptr);

    void setFilterText(const QString &text);
    QString filterText() const { return m_text; }

    // Text sorts as people of that language expect; call again when the language changes.
    void setCollationLocale(const QLocale &locale);

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;
    bool lessThan(const QModelIndex &left, const QModelIndex &right) const override;

private:
    QString m_text;
    Core::TextFilter m_filter;
    QCollator m_collator;
};

} // namespace FundDesk::Ui
