#include "ui/documents/documentrenderer.h"

#include "ui/documents/documenttextbuilder.h"
#include "ui/uitr.h"

#include <QAbstractTextDocumentLayout>
#include <QBuffer>
#include <QFontMetricsF>
#include <QPainter>
#include <QPdfWriter>
#include <QSaveFile>

namespace FundDesk::Ui {

namespace {

constexpr int pdfResolution = 300;

struct PageGeometry
{
    QRectF page;   // the printable area, in device pixels, origin at its top-left
    qreal header = 0;
    qreal footer = 0;
    QSizeF body() const { return {page.width(), page.height() - header - footer}; }
};

PageGeometry geometryFor(const Core::ReportDocument &document, QPagedPaintDevice &device)
{
    const QFontMetricsF metrics(DocumentTextBuilder::documentFont(document.language), &device);
    PageGeometry geometry;
    const QRect paint = device.pageLayout().paintRectPixels(device.logicalDpiY());
    geometry.page = QRectF(0, 0, paint.width(), paint.height());
    geometry.header = metrics.height() * 2.2;
    geometry.footer = metrics.height() * 3.2;
    return geometry;
}

void drawFurniture(QPainter &painter, const Core::ReportDocument &document,
                   const PageGeometry &geometry, int page, int pages)
{
    painter.save();
    QFont font = DocumentTextBuilder::documentFont(document.language);
    font.setPointSizeF(8);
    painter.setFont(font);
    const bool rtl = document.rightToLeft();
    // Absolute alignments: the footer mirrors itself, whatever the painter's direction.
    const Qt::Alignment leading = Qt::AlignAbsolute | (rtl ? Qt::AlignRight : Qt::AlignLeft);
    const Qt::Alignment trailing = Qt::AlignAbsolute | (rtl ? Qt::AlignLeft : Qt::AlignRight);
    const QFontMetricsF metrics(font, painter.device());
    if (!document.notice.isEmpty()) {
        QFont bold = font;
        bold.setBold(true);
        painter.setFont(bold);
        painter.setPen(QColor(0xa0, 0x10, 0x10));
        painter.drawText(QRectF(0, 0, geometry.page.width(), metrics.height() * 1.5),
                         Qt::AlignHCenter | Qt::AlignTop, document.notice);
        painter.setFont(font);
    }
    painter.setPen(Qt::black);
    const qreal top = geometry.page.height() - geometry.footer + metrics.height() * 0.8;
    painter.setPen(QPen(QColor(0x99, 0x99, 0x99), 0));
    painter.drawLine(QPointF(0, top - metrics.height() * 0.3),
                     QPointF(geometry.page.width(), top - metrics.height() * 0.3));
    painter.setPen(Qt::black);
    const QLocale locale = document.locale();
    const QString pageText = document.pageTemplate.arg(locale.toString(page), locale.toString(pages));
    const QRectF line(0, top, geometry.page.width(), metrics.height() * 2.2);
    painter.drawText(line, trailing | Qt::AlignTop, pageText);
    const qreal pageWidth = metrics.horizontalAdvance(pageText) + metrics.averageCharWidth() * 2;
    QRectF footer = line;
    footer.setWidth(line.width() - pageWidth);
    if (rtl) {
        footer.moveLeft(pageWidth);
    }
    painter.drawText(footer, leading | Qt::AlignTop | Qt::TextWordWrap, document.footer);
    painter.restore();
}

} // namespace

std::optional<Paper> paperFromKey(QStringView key)
{
    if (key.compare(u"a4", Qt::CaseInsensitive) == 0) {
        return Paper::A4;
    }
    if (key.compare(u"letter", Qt::CaseInsensitive) == 0) {
        return Paper::Letter;
    }
    return std::nullopt;
}

QPageLayout pageLayoutFor(Paper paper)
{
    return QPageLayout(QPageSize(paper == Paper::A4 ? QPageSize::A4 : QPageSize::Letter),
                       QPageLayout::Portrait, QMarginsF(18, 15, 18, 12),
                       QPageLayout::Millimeter);
}

bool DocumentRenderer::paint(const Core::ReportDocument &document, QPagedPaintDevice &device,
                             const Progress &progress)
{
    const PageGeometry geometry = geometryFor(document, device);
    const auto text = DocumentTextBuilder(document, &device, geometry.body()).build();
    const int pages = text->pageCount();
    QPainter painter(&device);
    painter.setRenderHint(QPainter::Antialiasing);
    const qreal bodyHeight = geometry.body().height();
    for (int page = 0; page < pages; ++page) {
        if (page > 0) {
            device.newPage();
        }
        painter.save();
        painter.translate(0, geometry.header - page * bodyHeight);
        QAbstractTextDocumentLayout::PaintContext context;
        context.clip = QRectF(0, page * bodyHeight, geometry.page.width(), bodyHeight);
        painter.setClipRect(context.clip);
        text->documentLayout()->draw(&painter, context);
        painter.restore();
        drawFurniture(painter, document, geometry, page + 1, pages);
        if (progress && !progress(page + 1, pages)) {
            return false;
        }
    }
    return true;
}

int DocumentRenderer::pageCount(const Core::ReportDocument &document, Paper paper)
{
    QBuffer sink;
    sink.open(QIODevice::WriteOnly);
    QPdfWriter writer(&sink);
    writer.setResolution(pdfResolution);
    writer.setPageLayout(pageLayoutFor(paper));
    const PageGeometry geometry = geometryFor(document, writer);
    return DocumentTextBuilder(document, &writer, geometry.body()).build()->pageCount();
}

Core::Result<void> DocumentRenderer::writePdf(const Core::ReportDocument &document,
                                              const QString &path, Paper paper,
                                              const Progress &progress)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        return Core::makeError(Core::ErrorCode::Io,
                               Tr::tr("Cannot write “%1”: %2. Choose a folder you can write to.")
                                   .arg(path, file.errorString()),
                               file.errorString(), QStringLiteral("output"));
    }
    {
        QPdfWriter writer(&file);
        writer.setResolution(pdfResolution);
        writer.setPageLayout(pageLayoutFor(paper));
        writer.setTitle(document.subtitle.isEmpty() ? document.title : document.subtitle);
        writer.setCreator(QStringLiteral("FundDesk"));
        if (!paint(document, writer, progress)) {
            file.cancelWriting();
            return Core::makeError(Core::ErrorCode::Conflict,
                                   Tr::tr("The document was cancelled; nothing was written."));
        }
    }
    if (!file.commit()) {
        return Core::makeError(Core::ErrorCode::Io,
                               Tr::tr("Cannot write “%1”: %2. Choose a folder you can write to.")
                                   .arg(path, file.errorString()),
                               file.errorString(), QStringLiteral("output"));
    }
    return {};
}

} // namespace FundDesk::Ui
