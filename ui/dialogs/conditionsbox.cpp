#include "ui/dialogs/conditionsbox.h"

#include "ui/uitr.h"

#include <QCheckBox>
#include <QEvent>
#include <QPlainTextEdit>
#include <QVBoxLayout>

#include <algorithm>

namespace FundDesk::Ui {

ConditionsBox::ConditionsBox(QWidget *parent)
    : QWidget(parent),
      m_text(new QPlainTextEdit(this)),
      m_earmark(new QCheckBox(this)),
      m_confirm(new QCheckBox(this))
{
    setObjectName(QStringLiteral("conditionsBox"));
    m_text->setObjectName(QStringLiteral("conditionsEdit"));
    m_text->setTabChangesFocus(true);
    m_text->setMaximumHeight(fontMetrics().height() * 5);
    m_earmark->setObjectName(QStringLiteral("earmarkCheck"));
    m_confirm->setObjectName(QStringLiteral("notEarmarkCheck"));

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_text);
    layout->addWidget(m_earmark);
    layout->addWidget(m_confirm);

    connect(m_text, &QPlainTextEdit::textChanged, this, &ConditionsBox::updateVisibility);
    connect(m_earmark, &QCheckBox::toggled, this, [this](bool on) {
        // An earmark and its denial cannot both be true.
        if (on) {
            m_confirm->setChecked(false);
        }
    });
    connect(m_confirm, &QCheckBox::toggled, this, [this](bool on) {
        if (on) {
            m_earmark->setChecked(false);
        }
    });
    retranslateUi();
    updateVisibility();
}

QString ConditionsBox::conditions() const
{
    return m_text->toPlainText().trimmed();
}

bool ConditionsBox::earmarked() const
{
    return !conditions().isEmpty() && m_earmark->isChecked();
}

bool ConditionsBox::notEarmarkConfirmed() const
{
    return !conditions().isEmpty() && m_confirm->isChecked();
}

void ConditionsBox::setValues(const QString &conditions, bool earmarked, bool confirmed)
{
    m_text->setPlainText(conditions);
    m_earmark->setChecked(earmarked);
    m_confirm->setChecked(confirmed);
    updateVisibility();
}

QSize ConditionsBox::minimumSizeHint() const
{
    QSize size = QWidget::minimumSizeHint();
    size.setWidth(
        std::max({size.width(), m_earmark->sizeHint().width(), m_confirm->sizeHint().width()}));
    return size;
}

void ConditionsBox::updateVisibility()
{
    const bool any = !conditions().isEmpty();
    m_earmark->setVisible(any);
    m_confirm->setVisible(any);
}

void ConditionsBox::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslateUi();
    }
    QWidget::changeEvent(event);
}

void ConditionsBox::retranslateUi()
{
    //: Accessible name of the text of a donor's conditions on a contribution
    m_text->setAccessibleName(Tr::tr("Conditions"));
    //: Placeholder of the conditions field
    m_text->setPlaceholderText(Tr::tr("The donor's conditions, if any, as written"));
    m_earmark->setText(
        Tr::tr("These conditions restrict the money to specific activities (earmark)"));
    m_earmark->setAccessibleName(m_earmark->text());
    //: ¶19 is a paragraph of the report that set up the fund: no earmarking
    m_confirm->setText(Tr::tr("I confirm these conditions are not an earmark (¶19)"));
    m_confirm->setAccessibleName(m_confirm->text());
}

} // namespace FundDesk::Ui
