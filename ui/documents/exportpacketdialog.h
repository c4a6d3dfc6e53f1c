#pragma once

#include "core/domain/result.h"
#include "core/reports/reportcontent.h"

#include <QDialog>

class QLabel;
class QLineEdit;
class QPushButton;

namespace FundDesk::Core {
class FundServices;
} // namespace FundDesk::Core

namespace FundDesk::Ui {

class DocumentOptions;

// "Packet…": the approval packet of one item (an activity's reference or SP-<number>) or of a
// meeting's slate, in any of the six languages and on A4 or Letter, to preview, print or save
// as a PDF. Other pages open it with the item they show selected.
class ExportPacketDialog final : public QDialog
{
    Q_OBJECT

public:
    enum class Scope { Item, MeetingSlate };

    ExportPacketDialog(Core::FundServices &services, Scope scope, const QString &reference,
                       QWidget *parent = nullptr);

    QLineEdit *referenceEdit() const { return m_reference; }
    DocumentOptions *options() const { return m_options; }
    QPushButton *previewButton() const { return m_preview; }
    QPushButton *printButton() const { return m_print; }
    QPushButton *saveButton() const { return m_save; }
    QLabel *errorLabel() const { return m_error; }

    // The packet as the form asks for it, built in the chosen language.
    Core::Result<Core::ReportDocument> document() const;

public slots:
    void preview();
    void print();
    void save();

private:
    std::optional<Core::ReportDocument> buildOrShowError();

    Core::FundServices &m_services;
    Scope m_scope;
    QLineEdit *m_reference = nullptr;
    DocumentOptions *m_options = nullptr;
    QLabel *m_error = nullptr;
    QPushButton *m_preview = nullptr;
    QPushButton *m_print = nullptr;
    QPushButton *m_save = nullptr;
};

} // namespace FundDesk::Ui
