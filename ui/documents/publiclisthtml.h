#pragma once

#include "core/reports/publiccontributions.h"

#include <QString>

namespace FundDesk::Ui {

// The public contributions list (¶17) as a self-contained HTML page for the fund's website.
// Every text is HTML-escaped: a donor named "<b>X</b>" shows those characters, not markup.
class PublicListHtml final
{
public:
    PublicListHtml() = delete;

    static QString page(const Core::PublicContributions &list, const QString &fundName,
                        Core::Language language);
};

} // namespace FundDesk::Ui
