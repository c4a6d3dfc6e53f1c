#include "ui/mainwindow/fundstatusindicator.h"

#include "ui/uitr.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QStyle>

namespace FundDesk::Ui {

FundStatusIndicator::FundStatusIndicator(QWidget *parent)
    : QWidget(parent), m_icon(new QLabel(this)), m_text(new QLabel(this))
{
    setObjectName(QStringLiteral("fundStatusIndicator"));
    m_icon->setObjectName(QStringLiteral("fundStatusIcon"));
    m_text->setObjectName(QStringLiteral("fundStatusLabel"));
    m_text->setTextFormat(Qt::PlainText);

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_icon);
    layout->addWidget(m_text, 1);
    updateDisplay();
}

void FundStatusIndicator::setStatus(const QString &statusText, bool operational)
{
    m_statusText = statusText;
    m_operational = operational;
    updateDisplay();
}

void FundStatusIndicator::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        updateDisplay();
    }
    QWidget::changeEvent(event);
}

void FundStatusIndicator::updateDisplay()
{
    m_text->setText(m_statusText);
    QFont font = m_text->font();
    font.setBold(!m_operational);
    m_text->setFont(font);

    const QStyle::StandardPixmap icon =
        m_operational ? QStyle::SP_DialogApplyButton : QStyle::SP_MessageBoxWarning;
    const int iconSize = style()->pixelMetric(QStyle::PM_SmallIconSize, nullptr, this);
    m_icon->setPixmap(style()->standardIcon(icon, nullptr, this).pixmap(iconSize));

    if (m_operational) {
        //: Accessible name of the fund status icon
        m_icon->setAccessibleName(Tr::tr("Fund operational"));
        //: Accessible name of the fund status; %1 is the status text
        m_text->setAccessibleName(Tr::tr("Fund status: %1").arg(m_statusText));
    } else {
        //: Accessible name of the fund status icon when the fund is not operational
        m_icon->setAccessibleName(Tr::tr("Warning"));
        //: Accessible name of the fund status when the fund is not operational; %1 is the status
        m_text->setAccessibleName(Tr::tr("Warning, fund not operational: %1").arg(m_statusText));
    }
    setAccessibleName(m_text->accessibleName());
    setToolTip(m_text->accessibleName());
}

} // namespace FundDesk::Ui
