#include "ui/mainwindow/navigationsidebar.h"

#include "ui/pages/pagecatalog.h"
#include "ui/uitr.h"

#include <QEvent>
#include <QKeySequence>
#include <QScrollBar>

namespace FundDesk::Ui {

NavigationSidebar::NavigationSidebar(QWidget *parent) : QListWidget(parent)
{
    setObjectName(QStringLiteral("navigationSidebar"));
    setSelectionMode(QAbstractItemView::SingleSelection);
    setEditTriggers(QAbstractItemView::NoEditTriggers);
    setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    setTextElideMode(Qt::ElideNone);
    setWordWrap(true);
    setIconSize(QSize(24, 24));
    setSpacing(2);
    setFocusPolicy(Qt::StrongFocus);

    for (const Page page : kAllPages) {
        auto *item = new QListWidgetItem(this);
        item->setIcon(style()->standardIcon(pageInfo(page).icon, nullptr, this));
        item->setData(Qt::UserRole, pageIndex(page));
    }
    retranslateUi();

    connect(this, &QListWidget::currentRowChanged, this, [this](int row) {
        if (row >= 0 && row < static_cast<int>(kAllPages.size())) {
            emit pageActivated(kAllPages[static_cast<std::size_t>(row)]);
        }
    });
    setCurrentRow(0);
}

Page NavigationSidebar::currentPage() const
{
    const int row = currentRow();
    return row >= 0 ? kAllPages[static_cast<std::size_t>(row)] : Page::Dashboard;
}

void NavigationSidebar::setCurrentPage(Page page)
{
    setCurrentRow(pageIndex(page));
}

QSize NavigationSidebar::sizeHint() const
{
    // Wide enough for the longest (translated) entry, so no page name is cut off.
    const int contentWidth = sizeHintForColumn(0);
    const int frame = 2 * frameWidth();
    const int scrollBar = verticalScrollBar()->sizeHint().width();
    return {contentWidth + frame + scrollBar + 2 * spacing(), QListWidget::sizeHint().height()};
}

QSize NavigationSidebar::minimumSizeHint() const
{
    // The splitter keeps the width it was given; a minimum makes it widen the sidebar when a
    // language with longer page names is switched on.
    return {sizeHint().width(), QListWidget::minimumSizeHint().height()};
}

void NavigationSidebar::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslateUi();
    }
    QListWidget::changeEvent(event);
}

void NavigationSidebar::retranslateUi()
{
    //: Accessible name of the list of pages on the side of the main window
    setAccessibleName(Tr::tr("Pages"));
    const auto shortcut = [](int key) {
        return QKeySequence(Qt::CTRL | static_cast<Qt::Key>(key))
            .toString(QKeySequence::NativeText);
    };
    //: %1 and %2 are keyboard shortcuts, e.g. Ctrl+1 and Ctrl+7
    setAccessibleDescription(Tr::tr("Choose the page to show. %1 to %2 jump to a page directly.")
                                 .arg(shortcut(Qt::Key_1), shortcut(Qt::Key_7)));
    for (int row = 0; row < count(); ++row) {
        const PageInfo info = pageInfo(kAllPages[static_cast<std::size_t>(row)]);
        QListWidgetItem *entry = item(row);
        entry->setText(info.title);
        entry->setToolTip(info.toolTip);
        entry->setData(Qt::AccessibleTextRole, info.title);
        entry->setData(Qt::AccessibleDescriptionRole, info.toolTip);
    }
    updateGeometry();
}

} // namespace FundDesk::Ui
