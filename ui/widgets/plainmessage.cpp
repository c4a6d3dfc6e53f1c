#include "ui/widgets/plainmessage.h"

namespace FundDesk::Ui::PlainMessage {

namespace {

QMessageBox::StandardButton showPlainMessage(QMessageBox::Icon icon, QWidget *parent,
                                             const QString &title, const QString &text,
                                             QMessageBox::StandardButtons buttons,
                                             QMessageBox::StandardButton defaultButton)
{
    QMessageBox box(icon, title, text, buttons, parent);
    box.setObjectName(QStringLiteral("plainMessageBox"));
    box.setTextFormat(Qt::PlainText);
    if (defaultButton != QMessageBox::NoButton) {
        box.setDefaultButton(defaultButton);
    }
    return QMessageBox::StandardButton(box.exec());
}

} // namespace

QMessageBox::StandardButton question(QWidget *parent, const QString &title, const QString &text,
                                     QMessageBox::StandardButtons buttons,
                                     QMessageBox::StandardButton defaultButton)
{
    return showPlainMessage(QMessageBox::Question, parent, title, text, buttons, defaultButton);
}

void warning(QWidget *parent, const QString &title, const QString &text)
{
    showPlainMessage(QMessageBox::Warning, parent, title, text, QMessageBox::Ok, QMessageBox::Ok);
}

} // namespace FundDesk::Ui::PlainMessage
