#include "app/translationloader.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QTranslator>

namespace FundDesk::App {

TranslationLoader::TranslationLoader(QObject *parent) : QObject(parent) {}

bool TranslationLoader::apply(const QLocale &locale)
{
    for (QTranslator *old : {m_own, m_qt}) {
        if (old) {
            QCoreApplication::removeTranslator(old);
            delete old;
        }
    }
    m_own = new QTranslator(this);
    m_qt = new QTranslator(this);
    const bool own = m_own->load(locale, QStringLiteral("funddesk"), QStringLiteral("_"),
                                 QStringLiteral(":/i18n"));
    if (own) {
        QCoreApplication::installTranslator(m_own);
    }
    if (m_qt->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
                   QLibraryInfo::path(QLibraryInfo::TranslationsPath))) {
        QCoreApplication::installTranslator(m_qt);
    }
    return own;
}

} // namespace FundDesk::App
