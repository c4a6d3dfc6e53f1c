#pragma once

#include "core/reports/reporttable.h"

#include <QAbstractTableModel>
#include <QLocale>

namespace FundDesk::Ui {

// A dashboard table (core/reports) on screen: every column but the stable "key", cells
// localized, numbers aligned to the trailing edge, the raw value under RawValueRole for
// sorting. Read-only.
class ReportTableModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    explicit ReportTableModel(QObject *parent = nullptr);

    void setTable(const Core::ReportTable &table, const QLocale &locale = QLocale());
    const Core::ReportTable &table() const { return m_table; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    Core::ReportTable m_table;
    QList<int> m_shown; // table columns shown, in order
    QLocale m_locale;
};

} // namespace FundDesk::Ui
