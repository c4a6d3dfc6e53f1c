#pragma once

#include "core/domain/result.h"
#include "core/reports/reportcontent.h"

#include <QPageLayout>

#include <functional>
#include <optional>

class QPagedPaintDevice;

namespace FundDesk::Ui {

enum class Paper { A4, Letter };

// "a4" or "letter", in either case.
std::optional<Paper> paperFromKey(QStringView key);
QPageLayout pageLayoutFor(Paper paper);

// Paints a ReportDocument page by page onto a PDF writer or a printer: the notice on top of
// every page, "Page X of Y" and when it was made with the record's checksum at the foot.
// Needs a QGuiApplication (fonts); safe off the UI thread, one document per thread.
class DocumentRenderer final
{
public:
    // Called after each page with (pages done, pages); return false to cancel.
    using Progress = std::function<bool(int, int)>;

    DocumentRenderer() = delete;

    // False when cancelled.
    static bool paint(const Core::ReportDocument &document, QPagedPaintDevice &device,
                      const Progress &progress = {});
    // Writes the whole file or nothing (QSaveFile). Errors: Io; Conflict when cancelled.
    static Core::Result<void> writePdf(const Core::ReportDocument &document, const QString &path,
                                       Paper paper, const Progress &progress = {});
    // For the tests and the timing run: how many pages the document takes on that paper.
    static int pageCount(const Core::ReportDocument &document, Paper paper);
};

} // namespace FundDesk::Ui
