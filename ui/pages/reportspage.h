#pragma once

#include "core/domain/result.h"
#include "core/reports/reportcontent.h"

#include <QWidget>

class QGroupBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;

namespace FundDesk::Core {
class FundServices;
} // namespace FundDesk::Core

namespace FundDesk::Ui {

class DocumentOptions;

// The Reports page (issue 8): the annual report to donors (¶27) in any language and paper,
// the public contributions list (¶17) with a preview of what it withholds, and the approval
// packets (¶18) of an item or of a meeting's slate. Every document can be previewed, printed
// and saved.
class ReportsPage final : public QWidget
{
    Q_OBJECT

public:
    explicit ReportsPage(Core::FundServices &services, QWidget *parent = nullptr);

    QSpinBox *annualYear() const { return m_annualYear; }
    DocumentOptions *annualOptions() const { return m_annualOptions; }
    QSpinBox *publicYear() const { return m_publicYear; }
    QLineEdit *publicFolder() const { return m_folder; }
    QPushButton *publishButton() const { return m_publish; }
    QPushButton *previewPublicButton() const { return m_previewPublic; }
    QLabel *statusLabel() const { return m_status; }

    // The annual report as the form asks for it, in the chosen language.
    Core::Result<Core::ReportDocument> annualReport() const;

public slots:
    void previewAnnual();
    void printAnnual();
    void saveAnnual();
    void previewPublic();
    // Print preview of the public list (printable from the preview).
    void printPublic();
    // Writes the HTML page and the CSV into the folder; returns whether it did.
    bool publish();
    void itemPacket();
    void slatePacket();

protected:
    void changeEvent(QEvent *event) override;

private:
    QGroupBox *buildAnnual();
    QGroupBox *buildPublic();
    QGroupBox *buildPackets();
    void retranslateUi();
    void showStatus(const QString &text, bool error);
    std::optional<Core::ReportDocument> annualOrShowError();

    Core::FundServices &m_services;
    QLabel *m_heading = nullptr;
    QGroupBox *m_annualBox = nullptr;
    QLabel *m_annualYearLabel = nullptr;
    QSpinBox *m_annualYear = nullptr;
    DocumentOptions *m_annualOptions = nullptr;
    QPushButton *m_annualPreview = nullptr;
    QPushButton *m_annualPrint = nullptr;
    QPushButton *m_annualSave = nullptr;
    QGroupBox *m_publicBox = nullptr;
    QLabel *m_publicYearLabel = nullptr;
    QSpinBox *m_publicYear = nullptr;
    QLabel *m_folderLabel = nullptr;
    QLineEdit *m_folder = nullptr;
    QPushButton *m_browse = nullptr;
    QPushButton *m_previewPublic = nullptr;
    QPushButton *m_publish = nullptr;
    QPushButton *m_printPublic = nullptr;
    QGroupBox *m_packetsBox = nullptr;
    QLabel *m_packetsText = nullptr;
    QPushButton *m_itemPacket = nullptr;
    QPushButton *m_slatePacket = nullptr;
    QLabel *m_status = nullptr;
};

} // namespace FundDesk::Ui
