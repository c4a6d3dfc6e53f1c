#include "ui/mainwindow/languageswitcher.h"

#include "core/domain/uilocale.h"
#include "ui/logging.h"

#include <QCoreApplication>
#include <QApplication>
#include <QGuiApplication>
#include <QLibraryInfo>
#include <QSettings>
#include <QTranslator>
#include <QWidget>

namespace FundDesk::Ui {

namespace {
constexpr auto LanguageKey = "ui/language";
} // namespace

LanguageSwitcher::LanguageSwitcher(QObject *parent) : QObject(parent) {}

Core::Language LanguageSwitcher::startLanguage()
{
    const QString stored = QSettings().value(QLatin1String(LanguageKey)).toString();
    if (const auto language = Core::languageFromCode(stored)) {
        return *language;
    }
    return Core::languageForLocale(QLocale::system());
}

void LanguageSwitcher::apply(Core::Language language)
{
    const QLocale locale = Core::uiLocale(language);
    // Locale and direction first: the LanguageChange that the catalogues send makes every
    // widget redraw, and it must redraw with the new digits and the new direction.
    QLocale::setDefault(locale);
    QGuiApplication::setLayoutDirection(Core::isRightToLeft(language) ? Qt::RightToLeft
                                                                      : Qt::LeftToRight);
    // A widget copies the default locale when it is made; let the existing ones take the new
    // one (date edits, spin boxes and views that read locale() reformat on LocaleChange).
    for (QWidget *window : QApplication::topLevelWidgets()) {
        if (!window->testAttribute(Qt::WA_SetLocale)) {
            window->unsetLocale();
        }
    }
    for (QTranslator *old : {m_own, m_qt}) {
        if (old) {
            QCoreApplication::removeTranslator(old);
            delete old;
        }
    }
    m_own = new QTranslator(this);
    m_qt = new QTranslator(this);
    if (m_own->load(locale, QStringLiteral("funddesk"), QStringLiteral("_"),
                    QStringLiteral(":/i18n"))) {
        QCoreApplication::installTranslator(m_own);
    } else {
        qCWarning(lcUi) << "no FundDesk catalogue for" << locale.name();
    }
    if (m_qt->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
                   QLibraryInfo::path(QLibraryInfo::TranslationsPath))) {
        QCoreApplication::installTranslator(m_qt);
    }
    m_current = language;
    emit languageChanged(language);
}

void LanguageSwitcher::choose(Core::Language language)
{
    QSettings().setValue(QLatin1String(LanguageKey), Core::languageCode(language));
    apply(language);
}

} // namespace FundDesk::Ui
