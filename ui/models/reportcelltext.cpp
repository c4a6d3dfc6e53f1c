#include "ui/models/reportcelltext.h"

#include "core/domain/moneyformat.h"
#include "ui/uitr.h"

namespace FundDesk::Ui {

QString ReportCellText::display(const QVariant &cell, Core::ReportCellKind kind,
                                const QLocale &locale)
{
    if (!cell.isValid() || cell.isNull()) {
        return {};
    }
    switch (kind) {
    case Core::ReportCellKind::Money:
        return Core::MoneyFormat::format(Core::Money::usd(cell.toLongLong()), locale);
    case Core::ReportCellKind::Percent:
        //: a percentage; %1 is the localized number
        return Tr::tr("%1 %").arg(locale.toString(double(cell.toLongLong()) / 100.0, 'f', 1));
    case Core::ReportCellKind::Count:
        return locale.toString(cell.toLongLong());
    case Core::ReportCellKind::Text:
        break;
    }
    return cell.toString();
}

} // namespace FundDesk::Ui
