#include "ui/pages/slatefiguresbox.h"

#include "ui/dialogs/leadingalignment.h"
#include "ui/uitr.h"

#include <QEvent>
#include <QFormLayout>
#include <QLabel>
#include <QLocale>

namespace FundDesk::Ui {

SlateFiguresBox::SlateFiguresBox(QWidget *parent)
    : QGroupBox(parent), m_form(new QFormLayout(this)), m_empty(new QLabel(this))
{
    setObjectName(QStringLiteral("slateFiguresBox"));
    m_form->setRowWrapPolicy(QFormLayout::WrapLongRows);
    // Room for "Seats filled: 10 of 10" on one line in the reader's font, wider with it.
    setMinimumWidth(fontMetrics().averageCharWidth() * 34);
    m_empty->setWordWrap(true);
    m_empty->setObjectName(QStringLiteral("slateFiguresEmpty"));
    LeadingAlignment::keep(m_empty, Qt::AlignTop);
    m_form->addRow(m_empty);
    retranslateUi();
}

void SlateFiguresBox::setFigures(const Core::SlateFigures &figures)
{
    m_figures = figures;
    while (m_form->rowCount() > 1) {
        m_form->removeRow(1);
    }
    m_empty->hide();
    for (const auto &[label, value] : figures.lines(QLocale())) {
        //: A label of the slate figures, such as "Women"
        auto *name = new QLabel(Tr::tr("%1:").arg(label), this);
        auto *text = new QLabel(value, this);
        text->setWordWrap(true);
        text->setTextFormat(Qt::PlainText);
        text->setTextInteractionFlags(Qt::TextSelectableByMouse);
        text->setAccessibleName(label);
        LeadingAlignment::keep(text, Qt::AlignTop);
        m_form->addRow(name, text);
        // Shown now, not at the layout's next pass: a grab or a screen reader right after a
        // proposal sees the figures.
        name->show();
        text->show();
    }
    setAccessibleDescription(lines().join(u'\n'));
}

void SlateFiguresBox::clear()
{
    m_figures.reset();
    while (m_form->rowCount() > 1) {
        m_form->removeRow(1);
    }
    m_empty->show();
    setAccessibleDescription(QString());
}

QStringList SlateFiguresBox::lines() const
{
    QStringList lines;
    if (m_figures) {
        for (const auto &[label, value] : m_figures->lines(QLocale())) {
            //: A line of the slate figures: %1 the label, %2 the value
            lines << Tr::tr("%1: %2").arg(label, value);
        }
    }
    return lines;
}

void SlateFiguresBox::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslateUi();
        if (m_figures) {
            setFigures(*m_figures);
        }
    }
    QGroupBox::changeEvent(event);
}

void SlateFiguresBox::retranslateUi()
{
    //: Heading of the figures beside the proposed slate
    setTitle(Tr::tr("Figures"));
    m_empty->setText(Tr::tr("Propose a slate to see its figures."));
}

} // namespace FundDesk::Ui
