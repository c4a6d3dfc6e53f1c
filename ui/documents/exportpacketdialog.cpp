#include "ui/documents/exportpacketdialog.h"

#include "core/services/fundservices.h"
#include "core/db/database.h"
#include "ui/documents/documentactions.h"
#include "ui/documents/documentfactory.h"
#include "ui/documents/documentoptions.h"
#include "ui/uitr.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace FundDesk::Ui {

ExportPacketDialog::ExportPacketDialog(Core::FundServices &services, Scope scope,
                                       const QString &reference, QWidget *parent)
    : QDialog(parent), m_services(services), m_scope(scope)
{
    const bool slate = scope == Scope::MeetingSlate;
    setWindowTitle(slate ? Tr::tr("Slate packet") : Tr::tr("Approval packet"));
    m_reference = new QLineEdit(reference, this);
    m_reference->setAccessibleName(slate ? Tr::tr("Meeting reference") : Tr::tr("Item reference"));
    m_reference->setAccessibleDescription(
        slate ? Tr::tr("The meeting whose recommended and approved delegates go in one packet.")
              : Tr::tr("An activity's reference such as CB-2026-014, or SP- and a "
                       "sponsorship's number such as SP-12."));
    m_reference->setPlaceholderText(slate ? Tr::tr("PM-2026-1") : Tr::tr("CB-2026-014 or SP-12"));
    m_options = new DocumentOptions(this);
    m_error = new QLabel(this);
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: #a01010"));
    m_error->setAccessibleName(Tr::tr("Error"));
    m_error->hide();

    auto *form = new QFormLayout;
    auto *label = new QLabel(slate ? Tr::tr("&Meeting:") : Tr::tr("&Item:"), this);
    label->setBuddy(m_reference);
    form->addRow(label, m_reference);
    form->addRow(m_options);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    m_preview = buttons->addButton(Tr::tr("Pre&view…"), QDialogButtonBox::ActionRole);
    m_print = buttons->addButton(Tr::tr("&Print…"), QDialogButtonBox::ActionRole);
    m_save = buttons->addButton(Tr::tr("&Save as PDF…"), QDialogButtonBox::AcceptRole);
    m_preview->setAccessibleName(Tr::tr("Print preview of the packet"));
    m_print->setAccessibleName(Tr::tr("Print the packet"));
    m_save->setAccessibleName(Tr::tr("Save the packet as a PDF file"));
    m_save->setDefault(true);
    connect(m_preview, &QPushButton::clicked, this, &ExportPacketDialog::preview);
    connect(m_print, &QPushButton::clicked, this, &ExportPacketDialog::print);
    connect(m_save, &QPushButton::clicked, this, &ExportPacketDialog::save);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addWidget(buttons);
    setTabOrder(m_reference, m_options->languageCombo());
    setTabOrder(m_options->languageCombo(), m_options->paperCombo());
}

Core::Result<Core::ReportDocument> ExportPacketDialog::document() const
{
    const DocumentFactory factory(m_services.database().connection(), m_services.reference());
    const QString reference = m_reference->text().trimmed();
    return m_scope == Scope::MeetingSlate ? factory.slatePacket(reference, m_options->language())
                                          : factory.packet(reference, m_options->language());
}

std::optional<Core::ReportDocument> ExportPacketDialog::buildOrShowError()
{
    auto built = document();
    if (!built) {
        m_error->setText(built.error().message);
        m_error->show();
        m_reference->setFocus();
        return std::nullopt;
    }
    m_error->hide();
    return std::move(built).value();
}

void ExportPacketDialog::preview()
{
    if (const auto built = buildOrShowError()) {
        DocumentActions::preview(*built, m_options->paper(), this);
    }
}

void ExportPacketDialog::print()
{
    if (const auto built = buildOrShowError()) {
        DocumentActions::print(*built, m_options->paper(), this);
    }
}

void ExportPacketDialog::save()
{
    if (const auto built = buildOrShowError()) {
        const QString name = QStringLiteral("packet-%1-%2.pdf")
                                 .arg(m_reference->text().trimmed(),
                                      Core::languageCode(m_options->language()));
        if (DocumentActions::savePdf(*built, m_options->paper(), name, this)) {
            accept();
        }
    }
}

} // namespace FundDesk::Ui
