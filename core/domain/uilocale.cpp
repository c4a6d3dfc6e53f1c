#include "core/domain/uilocale.h"

namespace FundDesk::Core {

QLocale uiLocale(Language language)
{
    switch (language) {
    case Language::Arabic:
        return QLocale(QLocale::Arabic, QLocale::UnitedArabEmirates);
    case Language::Chinese:
        return QLocale(QLocale::Chinese, QLocale::SimplifiedHanScript, QLocale::China);
    case Language::French:
        return QLocale(QLocale::French, QLocale::France);
    case Language::Russian:
        return QLocale(QLocale::Russian, QLocale::Russia);
    case Language::Spanish:
        return QLocale(QLocale::Spanish, QLocale::Spain);
    case Language::English:
        break;
    }
    return QLocale(QLocale::English, QLocale::UnitedStates);
}

bool isRightToLeft(Language language)
{
    return language == Language::Arabic;
}

} // namespace FundDesk::Core
