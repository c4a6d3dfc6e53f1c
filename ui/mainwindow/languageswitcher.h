#pragma once

#include "core/domain/language.h"

#include <QObject>

class QTranslator;

namespace FundDesk::Ui {

// Puts the whole window into one of the six languages while it runs: FundDesk's catalogue and
// Qt's own (standard dialogs), QLocale's default (Core::uiLocale: numbers, dates, country
// names) and the layout direction. Installing the catalogues sends QEvent::LanguageChange to
// every widget, which retranslates itself; the choice is remembered in QSettings.
class LanguageSwitcher final : public QObject
{
    Q_OBJECT

public:
    explicit LanguageSwitcher(QObject *parent = nullptr);

    // The remembered choice, or on first run the language of the system locale (English when
    // that is none of the six).
    static Core::Language startLanguage();

    Core::Language current() const { return m_current; }

public slots:
    // Applies the language at once, without remembering it.
    void apply(Core::Language language);
    // Applies and remembers it for the next start.
    void choose(Core::Language language);

signals:
    void languageChanged(Core::Language language);

private:
    Core::Language m_current = Core::Language::English;
    QTranslator *m_own = nullptr;
    QTranslator *m_qt = nullptr;
};

} // namespace FundDesk::Ui
