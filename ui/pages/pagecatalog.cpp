#include "ui/pages/pagecatalog.h"

#include "ui/uitr.h"

namespace FundDesk::Ui {

PageInfo pageInfo(Page page)
{
    switch (page) {
    case Page::Dashboard:
        return {
            //: Main window page: overview of the fund
            Tr::tr("Dashboard"),
            Tr::tr("Key figures of the fund at a glance"),
            Tr::tr("Key figures for the year, the fund's size against the USD 2 million and "
                   "USD 5 million scenarios, and spending by region."),
            QStyle::SP_FileDialogListView,
        };
    case Page::Contributions:
        return {
            //: Main window page: donors and the money they give
            Tr::tr("Donors & Contributions"),
            Tr::tr("Donors, pledges and received contributions"),
            Tr::tr("Member States and non-governmental donors, their pledges and payments, "
                   "due-diligence clearance and whether each contribution may be published."),
            QStyle::SP_DirIcon,
        };
    case Page::Sponsorships:
        return {
            //: Main window page: travel sponsorships of representatives and experts
            Tr::tr("Sponsorships"),
            Tr::tr("Applications to sponsor representatives and experts"),
            Tr::tr("Applications from representatives and experts to attend the sessions, "
                   "checked against the eligibility criteria, with gender balance and "
                   "geographic diversity of the selection."),
            QStyle::SP_FileDialogContentsView,
        };
    case Page::Activities:
        return {
            //: Main window page: capacity-building activities funded by the fund
            Tr::tr("Activities"),
            Tr::tr("Capacity-building activities and their proposals"),
            Tr::tr("Proposals for capacity-building activities from governments and their "
                   "implementing partners, scored against the selection criteria and focus "
                   "areas."),
            QStyle::SP_FileDialogDetailedView,
        };
    case Page::Disbursements:
        return {
            //: Main window page: payments made by the fund
            Tr::tr("Disbursements"),
            Tr::tr("Payments for approved sponsorships and activities"),
            Tr::tr("Payments made for sponsorships and activities approved by the High "
                   "Representative, and the balance left in the fund."),
            QStyle::SP_DialogApplyButton,
        };
    case Page::Reports:
        return {
            //: Main window page: printable reports and approval packets
            Tr::tr("Reports"),
            Tr::tr("Reports, charts and approval packets"),
            Tr::tr("Reports on contributions and spending, charts of spending by region, and "
                   "PDF approval packets for the High Representative's signature."),
            QStyle::SP_FileIcon,
        };
    case Page::Settings:
        return {
            //: Main window page: application and fund settings
            Tr::tr("Settings"),
            Tr::tr("Fund threshold, currencies and language"),
            Tr::tr("The fund's operational threshold, exchange rates, how staff costs are "
                   "paid, and the language of the application."),
            QStyle::SP_FileDialogInfoView,
        };
    }
    return {};
}

QString pageKey(Page page)
{
    switch (page) {
    case Page::Dashboard:
        return QStringLiteral("dashboard");
    case Page::Contributions:
        return QStringLiteral("contributions");
    case Page::Sponsorships:
        return QStringLiteral("sponsorships");
    case Page::Activities:
        return QStringLiteral("activities");
    case Page::Disbursements:
        return QStringLiteral("disbursements");
    case Page::Reports:
        return QStringLiteral("reports");
    case Page::Settings:
        return QStringLiteral("settings");
    }
    return {};
}

std::optional<Page> pageFromKey(const QString &key)
{
    for (const Page page : kAllPages) {
        if (pageKey(page) == key) {
            return page;
        }
    }
    return std::nullopt;
}

} // namespace FundDesk::Ui
