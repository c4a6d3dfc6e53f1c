#pragma once

#include "core/reports/reportcontent.h"
#include "ui/documents/documentrenderer.h"

#include <QObject>

class QWidget;

namespace FundDesk::Ui {

// What the window does with a built document: preview it as printed, print it, or save it as
// a PDF. Saving renders off the UI thread behind a progress dialog with Cancel.
class DocumentActions final
{
public:
    DocumentActions() = delete;

    static void preview(const Core::ReportDocument &document, Paper paper, QWidget *parent);
    static void print(const Core::ReportDocument &document, Paper paper, QWidget *parent);
    // Asks for the file (suggestedName in the documents folder), then writes it. Returns
    // whether a file was written.
    static bool savePdf(const Core::ReportDocument &document, Paper paper,
                        const QString &suggestedName, QWidget *parent);
    // Writes to path behind a progress dialog; false when cancelled or failed (error shown).
    static bool writePdf(const Core::ReportDocument &document, Paper paper, const QString &path,
                         QWidget *parent);
};

} // namespace FundDesk::Ui
