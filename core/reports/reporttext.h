#pragma once

#include "core/reports/reportcontent.h"

#include <QString>

namespace FundDesk::Core {

// A document as plain text in its own locale: headings, "label: value" lines, tables with
// " | " between cells. For tests and for a quick look from the command line.
class ReportText final
{
public:
    ReportText() = delete;

    static QString toText(const ReportDocument &document);
};

} // namespace FundDesk::Core
