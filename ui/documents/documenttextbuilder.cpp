#include "ui/documents/documenttextbuilder.h"

#include "ui/documents/reportchartobject.h"

#include <QAbstractTextDocumentLayout>
#include <QPaintDevice>
#include <QTextTable>

#include <algorithm>

namespace FundDesk::Ui {

DocumentTextBuilder::DocumentTextBuilder(const Core::ReportDocument &document,
                                         QPaintDevice *device, const QSizeF &pageBody)
    : m_document(document),
      m_device(device),
      m_pageBody(pageBody),
      m_locale(document.locale()),
      m_direction(document.rightToLeft() ? Qt::RightToLeft : Qt::LeftToRight)
{}

QFont DocumentTextBuilder::documentFont(Core::Language language)
{
    QFont font;
    // Noto Sans first (Latin text must come from it for pdftotext to read it back), then the
    // document's own script. The large CJK face is named only for Chinese documents; other
    // scripts in names still reach a face through the system's fallback.
    QStringList families{QStringLiteral("Noto Sans")};
    if (language == Core::Language::Arabic) {
        families.append(QStringLiteral("Noto Sans Arabic"));
    } else if (language == Core::Language::Chinese) {
        families.append(QStringLiteral("Noto Sans CJK SC"));
    }
    font.setFamilies(families);
    font.setPointSizeF(9.5);
    return font;
}

qreal DocumentTextBuilder::points(qreal pt) const
{
    return pt * m_device->logicalDpiY() / 72.0;
}

int DocumentTextBuilder::visualColumn(int column, int columns) const
{
    // QTextTable does not mirror its columns for right to left: the builder does.
    return m_direction == Qt::RightToLeft ? columns - 1 - column : column;
}

QList<QTextLength> DocumentTextBuilder::visualOrder(QList<QTextLength> widths) const
{
    if (m_direction == Qt::RightToLeft) {
        std::reverse(widths.begin(), widths.end());
    }
    return widths;
}

QTextBlockFormat DocumentTextBuilder::blockFormat() const
{
    QTextBlockFormat format;
    format.setLayoutDirection(m_direction);
    format.setAlignment(Qt::AlignLeft); // leading: mirrored for right to left
    return format;
}

void DocumentTextBuilder::block(const QString &text, qreal pointSize, bool bold, bool pageBreak)
{
    QTextBlockFormat format = blockFormat();
    format.setTopMargin(points(pointSize * 0.6));
    format.setBottomMargin(points(pointSize * 0.3));
    if (pageBreak) {
        format.setPageBreakPolicy(QTextFormat::PageBreak_AlwaysBefore);
    }
    QTextCharFormat chars;
    chars.setFontPointSize(pointSize);
    chars.setFontWeight(bold ? QFont::Bold : QFont::Normal);
    if (m_first) {
        m_cursor.setBlockFormat(format);
        m_cursor.setBlockCharFormat(chars);
        m_first = false;
    } else {
        m_cursor.insertBlock(format, chars);
    }
    m_cursor.insertText(text, chars);
}

std::unique_ptr<QTextDocument> DocumentTextBuilder::build()
{
    m_text = std::make_unique<QTextDocument>();
    m_text->setUndoRedoEnabled(false);
    m_text->documentLayout()->setPaintDevice(m_device);
    m_text->setDefaultFont(documentFont(m_document.language));
    m_text->setDocumentMargin(0);
    m_text->setPageSize(m_pageBody);
    QTextOption option = m_text->defaultTextOption();
    option.setTextDirection(m_direction);
    m_text->setDefaultTextOption(option);

    QList<Core::ReportChart> charts;
    for (const Core::ReportSection &section : m_document.sections) {
        for (const Core::ReportBlock &item : section.blocks) {
            if (item.kind == Core::ReportBlock::Kind::Chart) {
                charts << item.chart;
            }
        }
    }
    m_text->documentLayout()->registerHandler(
        ReportChartObject::objectType,
        new ReportChartObject(charts, m_locale, m_direction == Qt::RightToLeft,
                              m_pageBody.width(), m_text.get()));

    m_cursor = QTextCursor(m_text.get());
    // One edit block: QTextDocumentLayout otherwise lays the document out again after every
    // edit (each cell of every table), which made building a long document quadratic.
    m_cursor.beginEditBlock();
    block(m_document.title, 18, true);
    block(m_document.subtitle, 14, false);
    lines(m_document.cover, false);
    int chartIndex = 0;
    for (const Core::ReportSection &section : m_document.sections) {
        block(section.title, section.level == 1 ? 13 : 11, true, section.startsPage);
        for (const Core::ReportBlock &item : section.blocks) {
            switch (item.kind) {
            case Core::ReportBlock::Kind::Paragraph:
                block(item.text, 9.5, false);
                break;
            case Core::ReportBlock::Kind::Lines:
                lines(item.lines, false);
                break;
            case Core::ReportBlock::Kind::Signature:
                lines(item.lines, true);
                break;
            case Core::ReportBlock::Kind::Table:
                table(item.table);
                break;
            case Core::ReportBlock::Kind::Chart:
                chart(chartIndex++);
                break;
            }
        }
    }
    m_cursor.endEditBlock();
    return std::move(m_text);
}

void DocumentTextBuilder::lines(const QList<Core::ReportLine> &values, bool signature)
{
    if (values.isEmpty()) {
        return;
    }
    QTextTableFormat format;
    format.setLayoutDirection(m_direction);
    format.setBorder(0);
    format.setCellSpacing(0);
    format.setCellPadding(points(signature ? 6 : 1.5));
    format.setWidth(QTextLength(QTextLength::PercentageLength, 100));
    QList<QTextLength> widths{QTextLength(QTextLength::PercentageLength, 32),
                              QTextLength(QTextLength::PercentageLength, 68)};
    format.setColumnWidthConstraints(visualOrder(widths));
    QTextTable *table = m_cursor.insertTable(int(values.size()), 2, format);
    QTextCharFormat label;
    label.setFontWeight(QFont::Bold);
    for (int row = 0; row < values.size(); ++row) {
        for (int column = 0; column < 2; ++column) {
            QTextCursor cell = table->cellAt(row, visualColumn(column, 2)).firstCursorPosition();
            cell.setBlockFormat(blockFormat());
            if (column == 0) {
                cell.insertText(values.at(row).label, label);
            } else {
                cell.insertText(values.at(row).value.display(m_locale));
            }
        }
    }
    m_cursor.movePosition(QTextCursor::End);
}

void DocumentTextBuilder::table(const Core::DocumentTable &source)
{
    const int columns = int(source.header.size());
    if (columns == 0) {
        return;
    }
    // A long table goes in as consecutive tables of at most kRowsPerTablePart rows, each with
    // the header: QTextDocumentLayout's work per table grows with the whole table's size, on
    // every page it draws, so one table of thousands of rows made a long report quadratic.
    const qsizetype rows = source.rows.size();
    for (qsizetype first = 0; first == 0 || first < rows; first += kRowsPerTablePart) {
        if (first > 0) {
            // The block a table must be followed by, flattened so the parts join up.
            QTextBlockFormat joint = blockFormat();
            joint.setLineHeight(0, QTextBlockFormat::FixedHeight);
            m_cursor.setBlockFormat(joint);
        }
        const qsizetype count = std::min<qsizetype>(kRowsPerTablePart, rows - first);
        tablePart(source, first, count, first == 0, first + count >= rows);
    }
}

void DocumentTextBuilder::tablePart(const Core::DocumentTable &source, qsizetype first,
                                    qsizetype count, bool isFirst, bool isLast)
{
    const int columns = int(source.header.size());
    QTextTableFormat format;
    format.setLayoutDirection(m_direction);
    format.setHeaderRowCount(1);
    format.setBorder(points(0.5));
    format.setBorderBrush(QColor(0x99, 0x99, 0x99));
    format.setBorderStyle(QTextFrameFormat::BorderStyle_Solid);
    format.setBorderCollapse(true);
    format.setCellSpacing(0);
    format.setCellPadding(points(2.5));
    // The parts of one table follow each other without a gap.
    format.setTopMargin(isFirst ? points(4) : 0);
    format.setBottomMargin(isLast ? points(4) : 0);
    format.setWidth(QTextLength(QTextLength::PercentageLength, 100));
    if (source.columnPercent.size() == columns) {
        QList<QTextLength> widths;
        for (const int percent : source.columnPercent) {
            widths << QTextLength(QTextLength::PercentageLength, percent);
        }
        format.setColumnWidthConstraints(visualOrder(widths));
    }
    QTextTable *table = m_cursor.insertTable(int(count) + 1, columns, format);

    QTextCharFormat header;
    header.setFontWeight(QFont::Bold);
    header.setFontPointSize(8.5);
    QTextCharFormat body;
    body.setFontPointSize(8.5);
    QTextCharFormat total = body;
    total.setFontWeight(QFont::Bold);
    const QColor shade(0xe8, 0xee, 0xf4);
    for (int column = 0; column < columns; ++column) {
        QTextTableCell cell = table->cellAt(0, visualColumn(column, columns));
        QTextTableCellFormat cellFormat = cell.format().toTableCellFormat();
        cellFormat.setBackground(shade);
        cell.setFormat(cellFormat);
        QTextCursor cursor = cell.firstCursorPosition();
        cursor.setBlockFormat(blockFormat());
        cursor.insertText(source.header.at(column), header);
    }
    for (qsizetype row = first; row < first + count; ++row) {
        const bool isTotal = source.lastRowIsTotal && row == source.rows.size() - 1;
        const auto &cells = source.rows.at(row);
        for (int column = 0; column < columns && column < cells.size(); ++column) {
            const Core::ReportCell &value = cells.at(column);
            QTextBlockFormat aligned = blockFormat();
            // Figures line up on the trailing side (mirrored for right to left).
            aligned.setAlignment(value.isNumeric() ? Qt::AlignRight : Qt::AlignLeft);
            QTextCursor cursor = table->cellAt(int(row - first) + 1, visualColumn(column, columns))
                                     .firstCursorPosition();
            cursor.setBlockFormat(aligned);
            cursor.insertText(value.display(m_locale), isTotal ? total : body);
        }
    }
    m_cursor.movePosition(QTextCursor::End);
}

void DocumentTextBuilder::chart(int index)
{
    QTextBlockFormat format = blockFormat();
    format.setTopMargin(points(6));
    m_cursor.insertBlock(format);
    QTextCharFormat object;
    object.setObjectType(ReportChartObject::objectType);
    object.setProperty(ReportChartObject::chartProperty, index);
    m_cursor.insertText(QString(QChar::ObjectReplacementCharacter), object);
}

} // namespace FundDesk::Ui
