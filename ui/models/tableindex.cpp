#include "ui/models/tableindex.h"

namespace FundDesk::Ui {

QCollator tableCollator(const QLocale &locale)
{
    QCollator collator(locale);
    collator.setCaseSensitivity(Qt::CaseInsensitive);
    collator.setNumericMode(true); // "R-9" before "R-10" in references
    return collator;
}

} // namespace FundDesk::Ui
