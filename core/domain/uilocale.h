#pragma once

#include "core/domain/language.h"

#include <QLocale>

namespace FundDesk::Core {

// The one locale numbers, dates and money are shown in for a FundDesk language: every view,
// chart and document formats through it (the window sets it as QLocale's default).
//
// Arabic is deliberately ar_AE: Latin digits (0–9) with "." for decimals and "," for
// thousands, as in the UN's own Arabic documents and financial tables, so a figure reads the
// same in a table, a chart and a PDF and can be compared with the English edition. QLocale's
// plain "ar" (Egypt) would switch to Arabic-Indic digits.
// The others are the UN language's home locale: zh_CN, en_US (the Secretariat's), fr_FR,
// ru_RU, es_ES.
QLocale uiLocale(Language language);

// The layout direction of the language, as a QtCore value: true for Arabic.
bool isRightToLeft(Language language);

} // namespace FundDesk::Core
