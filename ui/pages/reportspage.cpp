#include "ui/pages/reportspage.h"

#include "core/db/database.h"
#include "core/services/fundservices.h"
#include "ui/documents/documentactions.h"
#include "ui/documents/documentfactory.h"
#include "ui/documents/documentoptions.h"
#include "ui/documents/exportpacketdialog.h"
#include "ui/documents/publicationpreviewdialog.h"
#include "ui/uitr.h"

#include <QDate>
#include <QDir>
#include <QEvent>
#include <QFileDialog>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QSpinBox>
#include <QStandardPaths>
#include <QVBoxLayout>

namespace FundDesk::Ui {

namespace {

const QString folderKey = QStringLiteral("reports/publicFolder");

QSpinBox *yearBox(QWidget *parent)
{
    auto *box = new QSpinBox(parent);
    box->setRange(2000, 9999);
    box->setGroupSeparatorShown(false);
    box->setValue(QDate::currentDate().year() - 1);
    return box;
}

} // namespace

ReportsPage::ReportsPage(Core::FundServices &services, QWidget *parent)
    : QWidget(parent), m_services(services)
{
    m_heading = new QLabel(this);
    QFont font = m_heading->font();
    font.setPointSizeF(font.pointSizeF() * 1.4);
    font.setBold(true);
    m_heading->setFont(font);
    m_status = new QLabel(this);
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_heading);
    layout->addWidget(buildAnnual());
    layout->addWidget(buildPublic());
    layout->addWidget(buildPackets());
    layout->addWidget(m_status);
    layout->addStretch();
    retranslateUi();
}

QGroupBox *ReportsPage::buildAnnual()
{
    m_annualBox = new QGroupBox(this);
    m_annualYearLabel = new QLabel(m_annualBox);
    m_annualYear = yearBox(m_annualBox);
    m_annualYearLabel->setBuddy(m_annualYear);
    m_annualOptions = new DocumentOptions(m_annualBox);
    m_annualPreview = new QPushButton(m_annualBox);
    m_annualPrint = new QPushButton(m_annualBox);
    m_annualSave = new QPushButton(m_annualBox);
    connect(m_annualPreview, &QPushButton::clicked, this, &ReportsPage::previewAnnual);
    connect(m_annualPrint, &QPushButton::clicked, this, &ReportsPage::printAnnual);
    connect(m_annualSave, &QPushButton::clicked, this, &ReportsPage::saveAnnual);

    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow); // a year box stays small
    form->addRow(m_annualYearLabel, m_annualYear);
    form->addRow(m_annualOptions);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_annualPreview);
    buttons->addWidget(m_annualPrint);
    buttons->addWidget(m_annualSave);
    buttons->addStretch();
    auto *box = new QVBoxLayout(m_annualBox);
    box->addLayout(form);
    box->addLayout(buttons);
    return m_annualBox;
}

QGroupBox *ReportsPage::buildPublic()
{
    m_publicBox = new QGroupBox(this);
    m_publicYearLabel = new QLabel(m_publicBox);
    m_publicYear = yearBox(m_publicBox);
    m_publicYearLabel->setBuddy(m_publicYear);
    m_folderLabel = new QLabel(m_publicBox);
    m_folder = new QLineEdit(m_publicBox);
    m_folder->setText(QSettings().value(folderKey).toString());
    m_folderLabel->setBuddy(m_folder);
    m_browse = new QPushButton(m_publicBox);
    connect(m_browse, &QPushButton::clicked, this, [this] {
        const QString folder = QFileDialog::getExistingDirectory(this, Tr::tr("Output folder"),
                                                                 m_folder->text());
        if (!folder.isEmpty()) {
            m_folder->setText(QDir::toNativeSeparators(folder));
        }
    });
    m_previewPublic = new QPushButton(m_publicBox);
    m_publish = new QPushButton(m_publicBox);
    m_printPublic = new QPushButton(m_publicBox);
    connect(m_printPublic, &QPushButton::clicked, this, &ReportsPage::printPublic);
    connect(m_previewPublic, &QPushButton::clicked, this, &ReportsPage::previewPublic);
    connect(m_publish, &QPushButton::clicked, this, &ReportsPage::publish);

    auto *folderRow = new QHBoxLayout;
    folderRow->addWidget(m_folder, 1);
    folderRow->addWidget(m_browse);
    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    form->addRow(m_publicYearLabel, m_publicYear);
    form->addRow(m_folderLabel, folderRow);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_previewPublic);
    buttons->addWidget(m_publish);
    buttons->addWidget(m_printPublic);
    buttons->addStretch();
    auto *box = new QVBoxLayout(m_publicBox);
    box->addLayout(form);
    box->addLayout(buttons);
    return m_publicBox;
}

QGroupBox *ReportsPage::buildPackets()
{
    m_packetsBox = new QGroupBox(this);
    m_packetsText = new QLabel(m_packetsBox);
    m_packetsText->setWordWrap(true);
    m_itemPacket = new QPushButton(m_packetsBox);
    m_slatePacket = new QPushButton(m_packetsBox);
    connect(m_itemPacket, &QPushButton::clicked, this, &ReportsPage::itemPacket);
    connect(m_slatePacket, &QPushButton::clicked, this, &ReportsPage::slatePacket);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_itemPacket);
    buttons->addWidget(m_slatePacket);
    buttons->addStretch();
    auto *box = new QVBoxLayout(m_packetsBox);
    box->addWidget(m_packetsText);
    box->addLayout(buttons);
    return m_packetsBox;
}

Core::Result<Core::ReportDocument> ReportsPage::annualReport() const
{
    const DocumentFactory factory(m_services.database().connection(), m_services.reference());
    return factory.annualReport(m_annualYear->value(), m_annualOptions->language());
}

std::optional<Core::ReportDocument> ReportsPage::annualOrShowError()
{
    auto built = annualReport();
    if (!built) {
        showStatus(built.error().message, true);
        return std::nullopt;
    }
    showStatus({}, false);
    return std::move(built).value();
}

void ReportsPage::previewAnnual()
{
    if (const auto built = annualOrShowError()) {
        DocumentActions::preview(*built, m_annualOptions->paper(), this);
    }
}

void ReportsPage::printAnnual()
{
    if (const auto built = annualOrShowError()) {
        DocumentActions::print(*built, m_annualOptions->paper(), this);
    }
}

void ReportsPage::saveAnnual()
{
    if (const auto built = annualOrShowError()) {
        const QString name = QStringLiteral("annual-report-%1-%2.pdf")
                                 .arg(m_annualYear->value())
                                 .arg(Core::languageCode(m_annualOptions->language()));
        if (DocumentActions::savePdf(*built, m_annualOptions->paper(), name, this)) {
            showStatus(Tr::tr("The annual report was saved."), false);
        }
    }
}

void ReportsPage::previewPublic()
{
    const DocumentFactory factory(m_services.database().connection(), m_services.reference());
    const auto list = factory.publicList(m_publicYear->value());
    if (!list) {
        showStatus(list.error().message, true);
        return;
    }
    PublicationPreviewDialog dialog(*list, this);
    dialog.exec();
}

void ReportsPage::printPublic()
{
    const DocumentFactory factory(m_services.database().connection(), m_services.reference());
    // In the annual report's language and paper: the one place the page chooses them.
    const auto document =
        factory.publicListDocument(m_publicYear->value(), m_annualOptions->language());
    if (!document) {
        showStatus(document.error().message, true);
        return;
    }
    DocumentActions::preview(*document, m_annualOptions->paper(), this);
}

bool ReportsPage::publish()
{
    const QString folder = QDir::fromNativeSeparators(m_folder->text().trimmed());
    if (folder.isEmpty()) {
        showStatus(Tr::tr("Choose the folder to write the public list into."), true);
        m_folder->setFocus();
        return false;
    }
    const DocumentFactory factory(m_services.database().connection(), m_services.reference());
    const auto written = factory.publish(m_publicYear->value(), folder);
    if (!written) {
        showStatus(written.error().message, true);
        return false;
    }
    QSettings().setValue(folderKey, m_folder->text().trimmed());
    QStringList paths;
    for (const QString &path : *written) {
        paths << QDir::toNativeSeparators(path);
    }
    //: %1 the files written, one per line
    showStatus(Tr::tr("Published:\n%1").arg(paths.join(u'\n')), false);
    return true;
}

void ReportsPage::itemPacket()
{
    ExportPacketDialog dialog(m_services, ExportPacketDialog::Scope::Item, {}, this);
    dialog.exec();
}

void ReportsPage::slatePacket()
{
    ExportPacketDialog dialog(m_services, ExportPacketDialog::Scope::MeetingSlate, {}, this);
    dialog.exec();
}

void ReportsPage::showStatus(const QString &text, bool error)
{
    m_status->setText(text);
    m_status->setStyleSheet(error ? QStringLiteral("color: #a01010") : QString());
}

void ReportsPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslateUi();
    }
    QWidget::changeEvent(event);
}

void ReportsPage::retranslateUi()
{
    m_heading->setText(Tr::tr("Reports"));
    m_annualBox->setTitle(Tr::tr("Annual report to donors (¶27)"));
    m_annualYearLabel->setText(Tr::tr("&Year:"));
    m_annualYear->setAccessibleName(Tr::tr("Year of the annual report"));
    m_annualPreview->setText(Tr::tr("Pre&view…"));
    m_annualPreview->setAccessibleName(Tr::tr("Print preview of the annual report"));
    m_annualPrint->setText(Tr::tr("&Print…"));
    m_annualPrint->setAccessibleName(Tr::tr("Print the annual report"));
    m_annualSave->setText(Tr::tr("&Save as PDF…"));
    m_annualSave->setAccessibleName(Tr::tr("Save the annual report as a PDF file"));
    m_publicBox->setTitle(Tr::tr("Public contributions list (¶17)"));
    m_publicYearLabel->setText(Tr::tr("Y&ear:"));
    m_publicYear->setAccessibleName(Tr::tr("Year of the public list"));
    m_folderLabel->setText(Tr::tr("Output &folder:"));
    m_folder->setAccessibleName(Tr::tr("Output folder"));
    m_folder->setAccessibleDescription(
        Tr::tr("Where the HTML page and the CSV file for the fund's website are written."));
    m_browse->setText(Tr::tr("&Browse…"));
    m_browse->setAccessibleName(Tr::tr("Choose the output folder"));
    m_previewPublic->setText(Tr::tr("Preview &withheld…"));
    m_previewPublic->setAccessibleName(Tr::tr("Preview what the public list shows and withholds"));
    m_publish->setText(Tr::tr("P&ublish"));
    m_publish->setAccessibleName(Tr::tr("Write the public list"));
    m_printPublic->setText(Tr::tr("Pri&nt list…"));
    m_printPublic->setAccessibleName(Tr::tr("Print preview of the public list"));
    m_packetsBox->setTitle(Tr::tr("Approval packets (¶18)"));
    m_packetsText->setText(Tr::tr("For the High Representative's signature: one item, or a "
                                  "meeting's whole slate."));
    m_itemPacket->setText(Tr::tr("Item pac&ket…"));
    m_itemPacket->setAccessibleName(Tr::tr("Approval packet of one item"));
    m_slatePacket->setText(Tr::tr("S&late packet…"));
    m_slatePacket->setAccessibleName(Tr::tr("Approval packet of a meeting's slate"));
}

} // namespace FundDesk::Ui
