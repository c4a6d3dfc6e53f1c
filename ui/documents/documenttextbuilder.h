#pragma once

#include "core/reports/reportcontent.h"

#include <QTextCursor>
#include <QTextDocument>

#include <memory>

class QPaintDevice;

namespace FundDesk::Ui {

// Lays a ReportDocument out as a paginated QTextDocument for one paint device: Noto fonts
// for every script, right to left for Arabic, tables with a repeated header row, charts as
// vector objects (ReportChartObject). Text goes in as text, never as HTML.
class DocumentTextBuilder final
{
public:
    DocumentTextBuilder(const Core::ReportDocument &document, QPaintDevice *device,
                        const QSizeF &pageBody);

    std::unique_ptr<QTextDocument> build();

    static QFont documentFont(Core::Language language);

private:
    static constexpr qsizetype kRowsPerTablePart = 40;

    qreal points(qreal pt) const; // device pixels for a length in points
    void block(const QString &text, qreal pointSize, bool bold, bool pageBreak = false);
    void lines(const QList<Core::ReportLine> &values, bool signature);
    void table(const Core::DocumentTable &table);
    void tablePart(const Core::DocumentTable &table, qsizetype first, qsizetype count,
                   bool isFirst, bool isLast);
    void chart(int index);
    QTextBlockFormat blockFormat() const;
    int visualColumn(int column, int columns) const;
    QList<QTextLength> visualOrder(QList<QTextLength> widths) const;

    const Core::ReportDocument &m_document;
    QPaintDevice *m_device;
    QSizeF m_pageBody;
    QLocale m_locale;
    Qt::LayoutDirection m_direction;
    std::unique_ptr<QTextDocument> m_text;
    QTextCursor m_cursor;
    bool m_first = true;
};

} // namespace FundDesk::Ui
