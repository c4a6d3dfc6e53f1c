// Renders the app's SVG icon to the PNG sizes of the hicolor theme at build time, so packaging
// needs no SVG converter beyond the Qt SVG module the app is built with anyway.
//
//   funddesk_iconrender ICON.svg SIZE OUT.png [SIZE OUT.png ...]

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QImage>
#include <QPainter>
#include <QSvgRenderer>
#include <QTextStream>

namespace {

constexpr int kUsageError = 2;
constexpr int kRenderError = 1;
// Larger than any icon a theme asks for; guards against a typo allocating gigabytes.
constexpr int kMaxSize = 4096;

bool renderPng(QSvgRenderer &renderer, int size, const QString &path, QTextStream &err)
{
    // Premultiplied ARGB is the raster engine's native format: exact alpha at the edges.
    QImage image(size, size, QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::transparent);
    QPainter painter(&image);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setRenderHint(QPainter::SmoothPixmapTransform);
    renderer.render(&painter, QRectF(0, 0, size, size));
    painter.end();

    const QString directory = QFileInfo(path).absolutePath();
    if (!QDir().mkpath(directory)) {
        err << "funddesk_iconrender: cannot create " << directory << '\n';
        return false;
    }
    if (!image.save(path, "PNG")) {
        err << "funddesk_iconrender: cannot write " << path << '\n';
        return false;
    }
    return true;
}

} // namespace

int main(int argc, char *argv[])
{
    // QImage and QPainter need no GUI application; a core one keeps the tool display-free.
    QCoreApplication app(argc, argv);
    const QStringList arguments = app.arguments().mid(1);
    QTextStream err(stderr);
    if (arguments.size() < 3 || arguments.size() % 2 == 0) {
        err << "usage: funddesk_iconrender ICON.svg SIZE OUT.png [SIZE OUT.png ...]\n";
        return kUsageError;
    }

    QSvgRenderer renderer(arguments.constFirst());
    if (!renderer.isValid()) {
        err << "funddesk_iconrender: cannot read the SVG " << arguments.constFirst() << '\n';
        return kRenderError;
    }
    for (qsizetype i = 1; i + 1 < arguments.size(); i += 2) {
        bool ok = false;
        const int size = arguments.at(i).toInt(&ok);
        if (!ok || size <= 0 || size > kMaxSize) {
            err << "funddesk_iconrender: invalid size " << arguments.at(i) << '\n';
            return kUsageError;
        }
        if (!renderPng(renderer, size, arguments.at(i + 1), err)) {
            return kRenderError;
        }
    }
    return 0;
}
