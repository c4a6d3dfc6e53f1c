#pragma once

#include <array>

namespace FundDesk::Ui {

// The main window's pages, in sidebar order. The order is also the stack index and the
// Ctrl+1 … Ctrl+7 shortcut, so append rather than reorder.
enum class Page {
    Dashboard,
    Contributions,
    Sponsorships,
    Activities,
    Disbursements,
    Reports,
    Settings,
};

inline constexpr std::array<Page, 7> kAllPages = {
    Page::Dashboard,     Page::Contributions, Page::Sponsorships, Page::Activities,
    Page::Disbursements, Page::Reports,       Page::Settings,
};

constexpr int pageIndex(Page page)
{
    return static_cast<int>(page);
}

} // namespace FundDesk::Ui
