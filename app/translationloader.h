#pragma once

#include <QLocale>
#include <QObject>

class QTranslator;

namespace FundDesk::App {

// Installs FundDesk's catalogue (embedded under :/i18n) and Qt's own (for standard dialogs)
// for one language; a later call replaces both, so the language can change while running.
class TranslationLoader final : public QObject
{
    Q_OBJECT

public:
    explicit TranslationLoader(QObject *parent = nullptr);

    // Returns false when FundDesk has no catalogue for the locale (English is then used).
    bool apply(const QLocale &locale);

private:
    QTranslator *m_own = nullptr;
    QTranslator *m_qt = nullptr;
};

} // namespace FundDesk::App
