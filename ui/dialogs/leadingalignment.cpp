#include "ui/dialogs/leadingalignment.h"

#include <QEvent>
#include <QLabel>

namespace FundDesk::Ui {

LeadingAlignment::LeadingAlignment(QLabel *label, Qt::Alignment vertical)
    : QObject(label), m_label(label), m_vertical(vertical)
{}

void LeadingAlignment::keep(QLabel *label, Qt::Alignment vertical)
{
    auto *keeper = new LeadingAlignment(label, vertical);
    label->installEventFilter(keeper);
    keeper->apply();
}

bool LeadingAlignment::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_label && event->type() == QEvent::LayoutDirectionChange) {
        apply();
    }
    return QObject::eventFilter(watched, event);
}

void LeadingAlignment::apply()
{
    const Qt::Alignment leading =
        Qt::AlignAbsolute | (m_label->isRightToLeft() ? Qt::AlignRight : Qt::AlignLeft);
    m_label->setAlignment(leading | m_vertical);
}

} // namespace FundDesk::Ui
