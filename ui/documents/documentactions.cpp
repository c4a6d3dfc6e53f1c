#include "ui/documents/documentactions.h"

#include "ui/uitr.h"
#include "ui/widgets/plainmessage.h"

#include <QDir>
#include <QEventLoop>
#include <QFileDialog>
#include <QMessageBox>
#include <QPrintDialog>
#include <QPrintPreviewDialog>
#include <QPrinter>
#include <QProgressDialog>
#include <QStandardPaths>
#include <QThread>
#include <QTimer>

#include <atomic>

namespace FundDesk::Ui {

namespace {

void preparePrinter(QPrinter &printer, const Core::ReportDocument &document, Paper paper)
{
    printer.setPageLayout(pageLayoutFor(paper));
    printer.setDocName(document.subtitle.isEmpty() ? document.title : document.subtitle);
}

} // namespace

void DocumentActions::preview(const Core::ReportDocument &document, Paper paper, QWidget *parent)
{
    QPrinter printer(QPrinter::HighResolution);
    preparePrinter(printer, document, paper);
    QPrintPreviewDialog dialog(&printer, parent);
    dialog.setWindowTitle(Tr::tr("Print preview — %1").arg(document.subtitle));
    dialog.setAccessibleName(Tr::tr("Print preview"));
    QObject::connect(&dialog, &QPrintPreviewDialog::paintRequested, &dialog,
                     [&document](QPrinter *target) { DocumentRenderer::paint(document, *target); });
    dialog.exec();
}

void DocumentActions::print(const Core::ReportDocument &document, Paper paper, QWidget *parent)
{
    QPrinter printer(QPrinter::HighResolution);
    preparePrinter(printer, document, paper);
    QPrintDialog dialog(&printer, parent);
    dialog.setWindowTitle(Tr::tr("Print %1").arg(document.subtitle));
    if (dialog.exec() == QDialog::Accepted) {
        DocumentRenderer::paint(document, printer);
    }
}

bool DocumentActions::savePdf(const Core::ReportDocument &document, Paper paper,
                              const QString &suggestedName, QWidget *parent)
{
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QString path = QFileDialog::getSaveFileName(parent, Tr::tr("Save as PDF"),
                                                      QDir(folder).filePath(suggestedName),
                                                      //: file type filter in the save dialog
                                                      Tr::tr("PDF documents (*.pdf)"));
    return !path.isEmpty() && writePdf(document, paper, path, parent);
}

bool DocumentActions::writePdf(const Core::ReportDocument &document, Paper paper,
                               const QString &path, QWidget *parent)
{
    QProgressDialog progress(Tr::tr("Writing %1…").arg(QDir::toNativeSeparators(path)),
                             Tr::tr("Cancel"), 0, 0, parent);
    progress.setWindowModality(Qt::WindowModal);
    progress.setMinimumDuration(300);
    progress.setAccessibleName(Tr::tr("Writing the PDF"));
    std::atomic<bool> cancelled = false;
    std::atomic<int> done = 0;
    std::atomic<int> pages = 0;
    Core::Result<void> result;
    QEventLoop loop;
    // Rendering needs only Qt Gui and its own QTextDocument, so it runs on a worker thread
    // and the window keeps painting and answering Cancel.
    QThread *worker = QThread::create([&] {
        result = DocumentRenderer::writePdf(document, path, paper, [&](int page, int total) {
            done = page;
            pages = total;
            return !cancelled.load();
        });
    });
    QObject::connect(worker, &QThread::finished, &loop, &QEventLoop::quit);
    QObject::connect(&progress, &QProgressDialog::canceled, &loop, [&] { cancelled = true; });
    QTimer timer;
    QObject::connect(&timer, &QTimer::timeout, &progress, [&] {
        if (pages > 0) {
            progress.setMaximum(pages);
            progress.setValue(done);
        }
    });
    timer.start(100);
    worker->start();
    loop.exec();
    worker->wait();
    delete worker;
    progress.reset();
    if (cancelled) {
        return false;
    }
    if (!result) {
        PlainMessage::warning(parent, Tr::tr("Save as PDF"), result.error().message);
        return false;
    }
    return true;
}

} // namespace FundDesk::Ui
