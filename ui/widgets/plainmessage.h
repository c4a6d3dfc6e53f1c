#pragma once

#include <QMessageBox>

// QMessageBox's static functions guess rich text from a tag near the start of the text, so a
// donor named "<b>x</b>" would be asked about in bold, with its <script> swallowed. These take
// the same arguments and show the text exactly as written (issue 12: HTML-looking text never
// renders as markup).
namespace FundDesk::Ui::PlainMessage {

QMessageBox::StandardButton question(
    QWidget *parent, const QString &title, const QString &text,
    QMessageBox::StandardButtons buttons = QMessageBox::Yes | QMessageBox::No,
    QMessageBox::StandardButton defaultButton = QMessageBox::NoButton);

void warning(QWidget *parent, const QString &title, const QString &text);

} // namespace FundDesk::Ui::PlainMessage
