#pragma once

#include <QList>
#include <QLocale>
#include <QString>
#include <QStringView>

#include <cstddef>
#include <optional>

namespace FundDesk::Core {

// The six official languages of the United Nations: the languages FundDesk is translated into
// and the languages the reference data names every State in. The order is alphabetical in
// English, as the UN lists them; values index arrays (see languageIndex()).
enum class Language { Arabic, Chinese, English, French, Russian, Spanish };

inline constexpr std::size_t languageCount = 6;

constexpr std::size_t languageIndex(Language language)
{
    return static_cast<std::size_t>(language);
}

// The suffix of the translation files: "ar", "zh_CN", "en", "fr", "ru", "es".
QString languageCode(Language language);

// Accepts a language code with or without a territory or script, in either case and with '_'
// or '-': "zh", "zh_CN", "zh-Hans", "ar_EG", "en_US", "FR". Nullopt for other languages.
std::optional<Language> languageFromCode(QStringView code);

// The UN language of the locale's language, or English when it is not one of the six.
Language languageForLocale(const QLocale &locale);

// All six, in enum order.
QList<Language> allLanguages();

// The language's name in itself ("العربية", "中文", "English", "Français", "Русский",
// "Español"). Not translated: a reader looks for their own language under its own name.
QString nativeLanguageName(Language language);

} // namespace FundDesk::Core
