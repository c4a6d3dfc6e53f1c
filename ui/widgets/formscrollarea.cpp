#include "ui/widgets/formscrollarea.h"

#include <QScreen>
#include <QScrollBar>

namespace FundDesk::Ui {

FormScrollArea::FormScrollArea(QWidget *form, QWidget *parent) : QScrollArea(parent)
{
    setObjectName(QStringLiteral("formScrollArea"));
    setFrameShape(QFrame::NoFrame);
    setWidgetResizable(true);
    setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff); // the minimum width keeps it whole
    // Not a tab stop of its own: Tab goes to the fields, and the area scrolls to show them.
    setFocusPolicy(Qt::NoFocus);
    setWidget(form);
    // The form keeps the dialog's background, not the viewport's.
    viewport()->setAutoFillBackground(false);
    form->setAutoFillBackground(false);
}

QSize FormScrollArea::sizeHint() const
{
    const QWidget *form = widget();
    if (!form) {
        return QScrollArea::sizeHint();
    }
    const int width = qMax(form->sizeHint().width(), form->minimumSizeHint().width());
    int height = form->hasHeightForWidth() ? form->heightForWidth(width) : -1;
    height = qMax(height, form->sizeHint().height());
    // Never taller than most of the screen: the rest scrolls.
    if (const QScreen *shown = screen()) {
        height = qMin(height, shown->availableGeometry().height() * 3 / 4);
    }
    const int frame = 2 * frameWidth();
    return {width + frame + verticalScrollBar()->sizeHint().width(), height + frame};
}

QSize FormScrollArea::minimumSizeHint() const
{
    const QWidget *form = widget();
    if (!form) {
        return QScrollArea::minimumSizeHint();
    }
    // As wide as the form needs beside a scroll bar; a few rows high.
    const int frame = 2 * frameWidth();
    return {form->minimumSizeHint().width() + frame + verticalScrollBar()->sizeHint().width(),
            qMin(form->minimumSizeHint().height(), fontMetrics().height() * 8) + frame};
}

} // namespace FundDesk::Ui
