#include "core/reports/reporttext.h"

namespace FundDesk::Core {

namespace {

void appendLines(QString &text, const QList<ReportLine> &lines, const QLocale &locale)
{
    for (const ReportLine &line : lines) {
        text += line.label + QStringLiteral(": ") + line.value.display(locale) + u'\n';
    }
}

void appendBlock(QString &text, const ReportBlock &block, const QLocale &locale)
{
    switch (block.kind) {
    case ReportBlock::Kind::Paragraph:
        text += block.text + u'\n';
        break;
    case ReportBlock::Kind::Lines:
    case ReportBlock::Kind::Signature:
        appendLines(text, block.lines, locale);
        break;
    case ReportBlock::Kind::Table:
        text += block.table.header.join(QStringLiteral(" | ")) + u'\n';
        for (const auto &row : block.table.rows) {
            QStringList cells;
            for (const ReportCell &cell : row) {
                cells << cell.display(locale);
            }
            text += cells.join(QStringLiteral(" | ")) + u'\n';
        }
        break;
    case ReportBlock::Kind::Chart:
        text += block.chart.title + u'\n';
        appendLines(text, block.chart.bars, locale);
        break;
    }
}

} // namespace

QString ReportText::toText(const ReportDocument &document)
{
    const QLocale locale = document.locale();
    QString text = document.title + u'\n';
    if (!document.subtitle.isEmpty()) {
        text += document.subtitle + u'\n';
    }
    if (!document.notice.isEmpty()) {
        text += document.notice + u'\n';
    }
    appendLines(text, document.cover, locale);
    for (const ReportSection &section : document.sections) {
        text += u'\n' + QString(section.level, u'=') + u' ' + section.title + u'\n';
        for (const ReportBlock &block : section.blocks) {
            appendBlock(text, block, locale);
        }
    }
    text += u'\n' + document.footer + u'\n';
    return text;
}

} // namespace FundDesk::Core
