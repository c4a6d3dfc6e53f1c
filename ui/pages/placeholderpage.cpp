#include "ui/pages/placeholderpage.h"

#include "ui/pages/pagecatalog.h"
#include "ui/uitr.h"

#include <QEvent>
#include <QLabel>
#include <QVBoxLayout>

namespace FundDesk::Ui {

PlaceholderPage::PlaceholderPage(Page page, QWidget *parent)
    : QWidget(parent), m_page(page), m_heading(new QLabel(this)), m_description(new QLabel(this))
{
    setObjectName(QStringLiteral("placeholderPage_") + pageKey(page));

    m_heading->setObjectName(QStringLiteral("heading"));
    QFont headingFont = m_heading->font();
    headingFont.setPointSizeF(headingFont.pointSizeF() * 1.6);
    headingFont.setBold(true);
    m_heading->setFont(headingFont);
    m_heading->setWordWrap(true);
    m_heading->setTextFormat(Qt::PlainText);

    // Word wrap rather than a fixed width: translations run up to 40% longer than English.
    // No text selection: a text control would align by the text's script, not the layout's.
    m_description->setObjectName(QStringLiteral("description"));
    m_description->setWordWrap(true);
    m_description->setTextFormat(Qt::PlainText);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(24, 24, 24, 24);
    layout->setSpacing(12);
    layout->addWidget(m_heading);
    layout->addWidget(m_description);
    layout->addStretch(1);

    retranslateUi();
    alignToLayoutDirection();
}

void PlaceholderPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslateUi();
    } else if (event->type() == QEvent::LayoutDirectionChange) {
        alignToLayoutDirection();
    }
    QWidget::changeEvent(event);
}

void PlaceholderPage::alignToLayoutDirection()
{
    // QLabel aligns by the script of its text, so an untranslated (Latin) string would sit on
    // the left of a right-to-left window; the page should start where the layout starts.
    const Qt::Alignment leading =
        Qt::AlignAbsolute | (isRightToLeft() ? Qt::AlignRight : Qt::AlignLeft);
    m_heading->setAlignment(leading | Qt::AlignVCenter);
    m_description->setAlignment(leading | Qt::AlignTop);
}

void PlaceholderPage::retranslateUi()
{
    const PageInfo info = pageInfo(m_page);
    m_heading->setText(info.title);
    m_heading->setAccessibleName(info.title);
    m_description->setText(info.description);
    //: Accessible name of the paragraph that describes a page not yet built
    m_description->setAccessibleName(Tr::tr("About this page"));
    setAccessibleName(info.title);
}

} // namespace FundDesk::Ui
