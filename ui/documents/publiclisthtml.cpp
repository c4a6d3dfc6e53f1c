#include "ui/documents/publiclisthtml.h"

#include "ui/uitr.h"

namespace FundDesk::Ui {

namespace {

QString cell(const QString &text, bool number = false)
{
    return number ? QStringLiteral("<td class=\"n\">%1</td>").arg(text.toHtmlEscaped())
                  : QStringLiteral("<td>%1</td>").arg(text.toHtmlEscaped());
}

} // namespace

QString PublicListHtml::page(const Core::PublicContributions &list, const QString &fundName,
                             Core::Language language)
{
    const QLocale locale = Core::documentLocale(language);
    const Core::DocumentTable table = list.table();
    //: title of the public contributions page; %1 the fund's name, %2 the year
    const QString title = Tr::tr("%1: contributions received in %2").arg(fundName).arg(list.year);
    QString html;
    html += QStringLiteral("<!DOCTYPE html>\n<html lang=\"%1\" dir=\"%2\">\n<head>\n"
                           "<meta charset=\"utf-8\">\n<title>%3</title>\n"
                           "<style>body{font-family:'Noto Sans',sans-serif}"
                           "table{border-collapse:collapse}td,th{border:1px solid #999;"
                           "padding:4px 8px}td.n{text-align:end}</style>\n</head>\n<body>\n")
                .arg(Core::languageCode(language).left(2),
                     language == Core::Language::Arabic ? QStringLiteral("rtl")
                                                        : QStringLiteral("ltr"),
                     title.toHtmlEscaped());
    html += QStringLiteral("<h1>%1</h1>\n").arg(title.toHtmlEscaped());
    html += QStringLiteral("<p>%1</p>\n")
                .arg(Tr::tr("Contributions are published unless the donor asks otherwise "
                            "(¶17). Amounts in US dollars.")
                         .toHtmlEscaped());
    html += QStringLiteral("<table>\n<thead><tr>");
    for (const QString &heading : table.header) {
        html += QStringLiteral("<th>%1</th>").arg(heading.toHtmlEscaped());
    }
    html += QStringLiteral("</tr></thead>\n<tbody>\n");
    for (const auto &row : table.rows) {
        html += QStringLiteral("<tr>");
        for (const Core::ReportCell &value : row) {
            html += cell(value.display(locale), value.isNumeric());
        }
        html += QStringLiteral("</tr>\n");
    }
    html += QStringLiteral("</tbody>\n</table>\n</body>\n</html>\n");
    return html;
}

} // namespace FundDesk::Ui
