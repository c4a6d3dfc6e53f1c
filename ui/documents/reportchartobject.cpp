#include "ui/documents/reportchartobject.h"

#include <QFontMetricsF>
#include <QPainter>
#include <QTextDocument>

#include <algorithm>

namespace FundDesk::Ui {

ReportChartObject::ReportChartObject(QList<Core::ReportChart> charts, QLocale locale,
                                     bool rightToLeft, qreal width, QObject *parent)
    : QObject(parent),
      m_charts(std::move(charts)),
      m_locale(std::move(locale)),
      m_rightToLeft(rightToLeft),
      m_width(width)
{}

const Core::ReportChart *ReportChartObject::chartFor(const QTextFormat &format) const
{
    const int index = format.intProperty(chartProperty);
    return index >= 0 && index < m_charts.size() ? &m_charts.at(index) : nullptr;
}

qreal ReportChartObject::rowHeight(QTextDocument *document) const
{
    const QFontMetricsF metrics(document->defaultFont(), document->documentLayout()->paintDevice());
    return metrics.height() * 1.6;
}

QSizeF ReportChartObject::intrinsicSize(QTextDocument *document, int, const QTextFormat &format)
{
    const Core::ReportChart *chart = chartFor(format);
    const qsizetype rows = chart ? chart->bars.size() : 0;
    return {m_width, rowHeight(document) * qreal(rows + 1.5)};
}

void ReportChartObject::drawObject(QPainter *painter, const QRectF &rect, QTextDocument *document,
                                   int, const QTextFormat &format)
{
    const Core::ReportChart *chart = chartFor(format);
    if (!chart) {
        return;
    }
    painter->save();
    QFont font = document->defaultFont();
    painter->setFont(font);
    const QFontMetricsF metrics(font, painter->device());
    const qreal row = rowHeight(document);
    const Qt::Alignment leading = Qt::AlignAbsolute | (m_rightToLeft ? Qt::AlignRight : Qt::AlignLeft);
    const Qt::Alignment trailing = Qt::AlignAbsolute | (m_rightToLeft ? Qt::AlignLeft : Qt::AlignRight);

    QFont bold = font;
    bold.setBold(true);
    painter->setFont(bold);
    painter->drawText(QRectF(rect.left(), rect.top(), rect.width(), row),
                      leading | Qt::AlignVCenter, chart->title);
    painter->setFont(font);

    qint64 largest = 1;
    for (const Core::ReportLine &bar : chart->bars) {
        largest = std::max(largest, std::abs(bar.value.money.minor()));
    }
    const qreal labelWidth = rect.width() * 0.28;
    const qreal valueWidth = rect.width() * 0.22;
    const qreal barSpace = rect.width() - labelWidth - valueWidth;
    const qreal gap = metrics.averageCharWidth();
    const QColor barColor(0x1f, 0x5f, 0x9f);
    for (qsizetype i = 0; i < chart->bars.size(); ++i) {
        const Core::ReportLine &bar = chart->bars.at(i);
        const qreal top = rect.top() + row * qreal(i + 1);
        const qreal length =
            barSpace * qreal(std::abs(bar.value.money.minor())) / qreal(largest);
        // Laid out left to right, then mirrored for a right-to-left document.
        QRectF label(rect.left(), top, labelWidth - gap, row);
        QRectF barRect(rect.left() + labelWidth, top + row * 0.2, length, row * 0.6);
        QRectF value(rect.left() + labelWidth + length + gap, top, valueWidth, row);
        if (m_rightToLeft) {
            const auto mirror = [&rect](QRectF r) {
                r.moveLeft(rect.left() + rect.right() - r.right());
                return r;
            };
            label = mirror(label);
            barRect = mirror(barRect);
            value = mirror(value);
        }
        painter->setPen(Qt::black);
        painter->drawText(label, trailing | Qt::AlignVCenter,
                          metrics.elidedText(bar.label, Qt::ElideRight, label.width()));
        painter->fillRect(barRect, barColor);
        painter->drawText(value, leading | Qt::AlignVCenter, bar.value.display(m_locale));
    }
    // The axis the bars start from.
    const qreal axisX = m_rightToLeft ? rect.right() - labelWidth : rect.left() + labelWidth;
    painter->setPen(QPen(Qt::black, 0));
    painter->drawLine(QPointF(axisX, rect.top() + row),
                      QPointF(axisX, rect.top() + row * qreal(chart->bars.size() + 1)));
    painter->restore();
}

} // namespace FundDesk::Ui
