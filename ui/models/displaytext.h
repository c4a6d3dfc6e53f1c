#pragma once

#include "core/domain/donor.h"
#include "core/domain/exchangerate.h"
#include "core/domain/language.h"

#include <QDate>
#include <QLocale>
#include <QString>

namespace FundDesk::Core {
class ReferenceDataService;
} // namespace FundDesk::Core

namespace FundDesk::Ui {

// How the tables and forms show values that are not money (money goes through MoneyFormat).
class DisplayText final
{
public:
    DisplayText() = delete;

    // A State donor by the State's name in that language; other donors by their own name.
    static QString donorName(const Core::Donor &donor, const Core::ReferenceDataService &reference,
                             Core::Language language);
    // The State's name in that language, or the code itself when the list does not know it.
    static QString countryName(const QString &iso3, const Core::ReferenceDataService &reference,
                               Core::Language language);
    static QString regionName(const QString &iso3, const Core::ReferenceDataService &reference);
    static QString date(const QDate &date, const QLocale &locale);
    // The rate with the locale's digits and decimal sign; no floating point on the way.
    static QString rate(const Core::ExchangeRate &rate, const QLocale &locale);
    // What a person typed as a decimal in the locale ("1,08" in French, Arabic-Indic digits),
    // as the plain ASCII decimal ExchangeRate::parse() reads. A group separator is kept, so
    // the parser refuses it rather than "1,08" silently becoming 108.
    static QString plainDecimal(const QString &text, const QLocale &locale);
    // The first line, cut to about maxChars with an ellipsis, for a narrow column.
    static QString shortText(const QString &text, qsizetype maxChars = 40);
};

} // namespace FundDesk::Ui
