#include "ui/documents/documentoptions.h"

#include "ui/uitr.h"

#include <QComboBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>

namespace FundDesk::Ui {

DocumentOptions::DocumentOptions(QWidget *parent) : QWidget(parent)
{
    m_languageLabel = new QLabel(this);
    m_language = new QComboBox(this);
    for (const Core::Language language : Core::allLanguages()) {
        // Each language under its own name: a reader looks for their own.
        m_language->addItem(Core::nativeLanguageName(language), int(language));
    }
    m_languageLabel->setBuddy(m_language);
    m_paperLabel = new QLabel(this);
    m_paper = new QComboBox(this);
    m_paper->addItem(QString(), int(Paper::A4));
    m_paper->addItem(QString(), int(Paper::Letter));
    m_paperLabel->setBuddy(m_paper);
    // US Letter where the system's locale uses it, A4 elsewhere.
    const QLocale::Territory territory = QLocale().territory();
    m_paper->setCurrentIndex(territory == QLocale::UnitedStates || territory == QLocale::Canada
                                 ? 1
                                 : 0);
    setLanguage(Core::languageForLocale(QLocale()));

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_languageLabel);
    layout->addWidget(m_language);
    layout->addSpacing(12);
    layout->addWidget(m_paperLabel);
    layout->addWidget(m_paper);
    layout->addStretch();
    retranslateUi();
}

Core::Language DocumentOptions::language() const
{
    return Core::Language(m_language->currentData().toInt());
}

void DocumentOptions::setLanguage(Core::Language language)
{
    m_language->setCurrentIndex(m_language->findData(int(language)));
}

Paper DocumentOptions::paper() const
{
    return Paper(m_paper->currentData().toInt());
}

void DocumentOptions::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslateUi();
    }
    QWidget::changeEvent(event);
}

void DocumentOptions::retranslateUi()
{
    //: the language a document is written in, not the interface's
    m_languageLabel->setText(Tr::tr("Document &language:"));
    m_language->setAccessibleName(Tr::tr("Document language"));
    m_language->setAccessibleDescription(
        Tr::tr("The language the document is written in; the interface keeps its own."));
    m_paperLabel->setText(Tr::tr("&Paper:"));
    m_paper->setAccessibleName(Tr::tr("Paper size"));
    m_paper->setItemText(0, Tr::tr("A4"));
    m_paper->setItemText(1, Tr::tr("US Letter"));
}

} // namespace FundDesk::Ui
