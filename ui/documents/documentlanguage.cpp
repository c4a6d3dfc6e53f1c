#include "ui/documents/documentlanguage.h"

#include <QCoreApplication>
#include <QEvent>
#include <QTranslator>

namespace FundDesk::Ui {

namespace {

// Answers every lookup with the English source text, so a string the document's catalogue
// lacks falls back to English rather than to the interface's language.
class SourceTextTranslator final : public QTranslator
{
public:
    using QTranslator::QTranslator;

    QString translate(const char *, const char *sourceText, const char * = nullptr,
                      int = -1) const override
    {
        return QString::fromUtf8(sourceText);
    }
    bool isEmpty() const override { return false; }
};

} // namespace

DocumentLanguage::DocumentLanguage(Core::Language language)
{
    auto *app = QCoreApplication::instance();
    if (!app) {
        return;
    }
    app->installEventFilter(this);
    m_source = new SourceTextTranslator(this);
    QCoreApplication::installTranslator(m_source);
    m_catalogue = new QTranslator(this);
    if (m_catalogue->load(QStringLiteral("funddesk_") + Core::languageCode(language),
                          QStringLiteral(":/i18n"))) {
        QCoreApplication::installTranslator(m_catalogue);
    }
}

DocumentLanguage::~DocumentLanguage()
{
    if (m_catalogue) {
        QCoreApplication::removeTranslator(m_catalogue);
    }
    if (m_source) {
        QCoreApplication::removeTranslator(m_source);
    }
    if (auto *app = QCoreApplication::instance()) {
        app->removeEventFilter(this);
    }
}

bool DocumentLanguage::eventFilter(QObject *watched, QEvent *event)
{
    // Installing and removing the document's translators must not retranslate the windows.
    if (watched == QCoreApplication::instance() && event->type() == QEvent::LanguageChange) {
        return true;
    }
    return QObject::eventFilter(watched, event);
}

} // namespace FundDesk::Ui
