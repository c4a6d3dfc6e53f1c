#include "ui/dialogs/publicationconsentbox.h"

#include "ui/uitr.h"

#include <QAbstractButton>
#include <QButtonGroup>
#include <QEvent>
#include <QLabel>
#include <QRadioButton>
#include <QVBoxLayout>

namespace FundDesk::Ui {

PublicationConsentBox::PublicationConsentBox(QWidget *parent)
    : QGroupBox(parent), m_group(new QButtonGroup(this)), m_explanation(new QLabel(this))
{
    setObjectName(QStringLiteral("publicationConsentBox"));
    auto *layout = new QVBoxLayout(this);
    for (Core::PublicationConsent consent : Core::allPublicationConsents()) {
        auto *button = new QRadioButton(this);
        button->setObjectName(QStringLiteral("consent_") + Core::publicationConsentKey(consent));
        m_group->addButton(button, int(consent));
        layout->addWidget(button);
    }
    m_explanation->setWordWrap(true);
    m_explanation->setTextFormat(Qt::PlainText);
    layout->addWidget(m_explanation);
    setConsent(Core::PublicationConsent::Publish);
    retranslateUi();
}

Core::PublicationConsent PublicationConsentBox::consent() const
{
    const int id = m_group->checkedId();
    return id < 0 ? Core::PublicationConsent::Publish : Core::PublicationConsent(id);
}

void PublicationConsentBox::setConsent(Core::PublicationConsent consent)
{
    if (QAbstractButton *button = m_group->button(int(consent))) {
        button->setChecked(true);
    }
}

void PublicationConsentBox::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslateUi();
    }
    QGroupBox::changeEvent(event);
}

void PublicationConsentBox::retranslateUi()
{
    //: Title of the choice of publication consent (¶17)
    setTitle(Tr::tr("Publication"));
    setAccessibleName(title());
    const QList<QAbstractButton *> buttons = m_group->buttons();
    for (QAbstractButton *button : buttons) {
        button->setText(
            Core::publicationConsentDisplayName(Core::PublicationConsent(m_group->id(button))));
        button->setAccessibleName(button->text());
    }
    //: ¶17 is a paragraph of the report that set up the fund
    m_explanation->setText(
        Tr::tr("Received contributions are published on the fund's page "
               "unless the donor asks otherwise (¶17)."));
    m_explanation->setAccessibleName(m_explanation->text());
}

} // namespace FundDesk::Ui
