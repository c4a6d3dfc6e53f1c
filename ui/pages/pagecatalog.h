#pragma once

#include "ui/pages/page.h"

#include <QString>
#include <QStyle>

#include <optional>

namespace FundDesk::Ui {

// What the sidebar, the View menu and the placeholder pages say about each page. The texts are
// translated when pageInfo() is called, so call it again after a language change.
struct PageInfo
{
    QString title;       // sidebar entry, menu entry and page heading
    QString toolTip;     // one line for the sidebar entry
    QString description; // what the page will show, for its placeholder
    // One with a 32-pixel variant in every style, so the sidebar rows are of equal height.
    QStyle::StandardPixmap icon = QStyle::SP_FileIcon;
};

PageInfo pageInfo(Page page);

// Stable keys for settings: a stored page survives reordering and translation.
QString pageKey(Page page);
std::optional<Page> pageFromKey(const QString &key);

} // namespace FundDesk::Ui
