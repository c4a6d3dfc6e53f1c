#include "core/domain/language.h"

namespace FundDesk::Core {

QString languageCode(Language language)
{
    switch (language) {
    case Language::Arabic:
        return QStringLiteral("ar");
    case Language::Chinese:
        return QStringLiteral("zh_CN");
    case Language::English:
        return QStringLiteral("en");
    case Language::French:
        return QStringLiteral("fr");
    case Language::Russian:
        return QStringLiteral("ru");
    case Language::Spanish:
        return QStringLiteral("es");
    }
    return QStringLiteral("en");
}

std::optional<Language> languageFromCode(QStringView code)
{
    // Only the language part decides: every Chinese variant is shown in the UN's simplified
    // Chinese, every Arabic territory in the one Arabic translation. "." and "@" end the
    // language in POSIX names such as "fr.UTF-8" or "sr@latin".
    qsizetype end = 0;
    while (end < code.size() && !QStringView(u"_-.@").contains(code.at(end))) {
        ++end;
    }
    const QString language = code.left(end).toString().toLower();
    if (language == u"ar") {
        return Language::Arabic;
    }
    if (language == u"zh") {
        return Language::Chinese;
    }
    if (language == u"en") {
        return Language::English;
    }
    if (language == u"fr") {
        return Language::French;
    }
    if (language == u"ru") {
        return Language::Russian;
    }
    if (language == u"es") {
        return Language::Spanish;
    }
    return std::nullopt;
}

Language languageForLocale(const QLocale &locale)
{
    switch (locale.language()) {
    case QLocale::Arabic:
        return Language::Arabic;
    case QLocale::Chinese:
        return Language::Chinese;
    case QLocale::French:
        return Language::French;
    case QLocale::Russian:
        return Language::Russian;
    case QLocale::Spanish:
        return Language::Spanish;
    default:
        return Language::English;
    }
}

QList<Language> allLanguages()
{
    return {Language::Arabic, Language::Chinese, Language::English,
            Language::French, Language::Russian, Language::Spanish};
}

QString nativeLanguageName(Language language)
{
    switch (language) {
    case Language::Arabic:
        return QStringLiteral("العربية");
    case Language::Chinese:
        return QStringLiteral("中文");
    case Language::English:
        return QStringLiteral("English");
    case Language::French:
        return QStringLiteral("Français");
    case Language::Russian:
        return QStringLiteral("Русский");
    case Language::Spanish:
        return QStringLiteral("Español");
    }
    return QStringLiteral("English");
}

} // namespace FundDesk::Core
