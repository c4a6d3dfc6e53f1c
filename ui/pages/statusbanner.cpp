#include "ui/pages/statusbanner.h"

#include "ui/dialogs/leadingalignment.h"
#include "ui/uitr.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QStyle>

namespace FundDesk::Ui {

StatusBanner::StatusBanner(QWidget *parent)
    : QFrame(parent), m_icon(new QLabel(this)), m_text(new QLabel(this))
{
    setObjectName(QStringLiteral("statusBanner"));
    m_icon->setObjectName(QStringLiteral("statusBannerIcon"));
    m_text->setObjectName(QStringLiteral("statusBannerText"));
    m_text->setTextFormat(Qt::PlainText);
    m_text->setWordWrap(true);
    m_icon->setAlignment(Qt::AlignTop);
    LeadingAlignment::keep(m_text);

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(8, 6, 8, 6);
    layout->addWidget(m_icon);
    layout->addWidget(m_text, 1);
    updateDisplay();
}

void StatusBanner::setStatus(const QString &statusText, bool operational)
{
    m_statusText = statusText;
    m_operational = operational;
    updateDisplay();
}

void StatusBanner::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        updateDisplay();
    }
    QFrame::changeEvent(event);
}

void StatusBanner::updateDisplay()
{
    m_text->setText(m_statusText);
    QFont font = m_text->font();
    font.setBold(!m_operational);
    m_text->setFont(font);
    // The tint is only a second cue: the icon and the words say it first.
    setStyleSheet(m_operational
                      ? QStringLiteral("QFrame#statusBanner { border: 1px solid palette(mid); }")
                      : QStringLiteral("QFrame#statusBanner { background: #fff4ce; "
                                       "border: 1px solid #c19c00; } "
                                       "QFrame#statusBanner QLabel { color: #3b2f00; }"));
    const QStyle::StandardPixmap icon =
        m_operational ? QStyle::SP_DialogApplyButton : QStyle::SP_MessageBoxWarning;
    const int size = style()->pixelMetric(QStyle::PM_SmallIconSize, nullptr, this);
    m_icon->setPixmap(style()->standardIcon(icon, nullptr, this).pixmap(size));
    if (m_operational) {
        //: Accessible name of the fund status banner; %1 is the status text
        setAccessibleName(Tr::tr("Fund status: %1").arg(m_statusText));
        //: Accessible name of the fund status icon
        m_icon->setAccessibleName(Tr::tr("Fund operational"));
    } else {
        //: Accessible name of the status banner when the fund is not operational; %1 the status
        setAccessibleName(Tr::tr("Warning, fund not operational: %1").arg(m_statusText));
        //: Accessible name of the fund status icon when the fund is not operational
        m_icon->setAccessibleName(Tr::tr("Warning"));
    }
    m_text->setAccessibleName(accessibleName());
}

} // namespace FundDesk::Ui
