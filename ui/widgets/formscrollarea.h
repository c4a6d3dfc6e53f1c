#pragma once

#include <QScrollArea>

namespace FundDesk::Ui {

// Holds a dialog's form. It asks for the form's whole height at the form's width (wrapping
// labels included, which a dialog's minimum size does not account for), so the dialog opens
// with every row shown; when the screen or the person makes the dialog lower, the form scrolls
// instead of squeezing its rows. It never gets narrower than the form's minimum width.
class FormScrollArea final : public QScrollArea
{
    Q_OBJECT

public:
    explicit FormScrollArea(QWidget *form, QWidget *parent = nullptr);

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;
};

} // namespace FundDesk::Ui
