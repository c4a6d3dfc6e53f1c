#include "ui/models/bardelegate.h"

#include <QApplication>
#include <QPainter>
#include <QStyle>
#include <QtNumeric>

namespace FundDesk::Ui {

BarDelegate::BarDelegate(QObject *parent) : QStyledItemDelegate(parent) {}

int BarDelegate::barLength(qint64 value, qint64 maximum, int width)
{
    if (maximum <= 0 || value <= 0 || width <= 0) {
        return 0;
    }
    if (value >= maximum) {
        return width;
    }
    qint64 product = 0;
    if (!qMulOverflow(value, qint64(width), &product)) {
        return int(product / maximum);
    }
    // Only past 2^63 cents / pixels: a pixel less precise is no loss.
    return int(value / (maximum / width));
}

void BarDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option,
                        const QModelIndex &index) const
{
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    const QString text = opt.text;
    opt.text.clear();
    const QWidget *widget = option.widget;
    QStyle *style = widget ? widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, widget);

    const bool rtl = option.direction == Qt::RightToLeft;
    const int margin = 4;
    // The same room for the text on every row, so the bars and equal-share lines align.
    const int textWidth = qMax(option.fontMetrics.horizontalAdvance(text),
                               option.fontMetrics.horizontalAdvance(QStringLiteral("100.0 %")))
                          + 2 * margin;
    QRect area = option.rect.adjusted(margin, margin, -margin, -margin);
    const int barSpace = qMax(0, area.width() - textWidth);
    const qint64 maximum = index.data(MaximumRole).toLongLong();
    const int length = barLength(index.data(ValueRole).toLongLong(), maximum, barSpace);

    painter->save();
    const QPalette &palette = option.palette;
    const QRect track(rtl ? area.right() - barSpace + 1 : area.left(), area.top(), barSpace,
                      area.height());
    painter->fillRect(track, palette.color(QPalette::AlternateBase));
    if (length > 0) {
        const QRect bar(rtl ? track.right() - length + 1 : track.left(), track.top(), length,
                        track.height());
        painter->fillRect(bar, palette.color(QPalette::Highlight));
    }
    const QVariant marker = index.data(MarkerRole);
    if (marker.isValid() && barSpace > 0) {
        const int at = barLength(marker.toLongLong(), maximum, barSpace);
        const int x = rtl ? track.right() - at : track.left() + at;
        QPen pen(palette.color(QPalette::Text));
        pen.setWidth(2);
        pen.setStyle(Qt::DashLine);
        painter->setPen(pen);
        painter->drawLine(x, option.rect.top() + 1, x, option.rect.bottom() - 1);
    }
    painter->setPen(palette.color(option.state & QStyle::State_Selected ? QPalette::HighlightedText
                                                                        : QPalette::Text));
    const QRect textRect(rtl ? area.left() : area.right() - textWidth + 1, area.top(), textWidth,
                         area.height());
    painter->drawText(textRect, Qt::AlignCenter, text);
    painter->restore();
}

QSize BarDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QSize size = QStyledItemDelegate::sizeHint(option, index);
    size.setWidth(size.width() + kMinimumBarWidth);
    return size;
}

} // namespace FundDesk::Ui
