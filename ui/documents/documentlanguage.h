#pragma once

#include "core/domain/language.h"

#include <QObject>

class QTranslator;

namespace FundDesk::Ui {

// Translates a document into its own language, whatever the interface speaks: while it
// lives, FundDesk's catalogue for that language (embedded under :/i18n) is searched first,
// then the English source text, never the interface's catalogue. Build the document's
// content while it lives, on the thread that owns the application; the windows do not
// retranslate meanwhile (the application's LanguageChange events are held back).
class DocumentLanguage final : public QObject
{
    Q_OBJECT

public:
    explicit DocumentLanguage(Core::Language language);
    ~DocumentLanguage() override;

    DocumentLanguage(const DocumentLanguage &) = delete;
    DocumentLanguage &operator=(const DocumentLanguage &) = delete;

    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    QTranslator *m_source = nullptr;
    QTranslator *m_catalogue = nullptr;
};

} // namespace FundDesk::Ui
