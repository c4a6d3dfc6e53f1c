#pragma once

#include <QStyledItemDelegate>

namespace FundDesk::Ui {

// Paints a cell as a horizontal bar proportional to its value, with a thin vertical line for a
// reference value (the equal share) and the cell's text beside it, so a table shows a simple
// chart without Qt Charts. The bar grows from the leading edge: from the right in a
// right-to-left layout. The text carries the figure; the bar only draws the eye.
class BarDelegate final : public QStyledItemDelegate
{
    Q_OBJECT

public:
    // Roles the model answers on the bar's column, all qint64 in the same unit.
    enum Role {
        ValueRole = Qt::UserRole + 40,
        MaximumRole, // the value of a full-width bar
        MarkerRole,  // the reference line; invalid QVariant for none
    };

    explicit BarDelegate(QObject *parent = nullptr);

    void paint(QPainter *painter, const QStyleOptionViewItem &option,
               const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;

    // The fraction of `width` that `value` takes of `maximum`, in whole pixels, clamped.
    static int barLength(qint64 value, qint64 maximum, int width);

private:
    static constexpr int kMinimumBarWidth = 120;
};

} // namespace FundDesk::Ui
