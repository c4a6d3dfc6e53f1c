#pragma once

#include "core/reports/reportcontent.h"

#include <QObject>
#include <QTextObjectInterface>

namespace FundDesk::Ui {

// Draws a ReportChart inside a QTextDocument as vectors (lines, rectangles, text), so a bar
// chart in a PDF stays sharp at any zoom. Horizontal bars: the labels stay readable in every
// language, and the chart mirrors for right-to-left documents.
class ReportChartObject final : public QObject, public QTextObjectInterface
{
    Q_OBJECT
    Q_INTERFACES(QTextObjectInterface)

public:
    static constexpr int objectType = QTextFormat::UserObject + 1;
    static constexpr int chartProperty = QTextFormat::UserProperty + 1;

    ReportChartObject(QList<Core::ReportChart> charts, QLocale locale, bool rightToLeft,
                      qreal width, QObject *parent = nullptr);

    QSizeF intrinsicSize(QTextDocument *document, int position,
                         const QTextFormat &format) override;
    void drawObject(QPainter *painter, const QRectF &rect, QTextDocument *document, int position,
                    const QTextFormat &format) override;

private:
    const Core::ReportChart *chartFor(const QTextFormat &format) const;
    qreal rowHeight(QTextDocument *document) const;

    QList<Core::ReportChart> m_charts;
    QLocale m_locale;
    bool m_rightToLeft = false;
    qreal m_width = 0;
};

} // namespace FundDesk::Ui
