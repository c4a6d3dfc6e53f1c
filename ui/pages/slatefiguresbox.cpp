#include "ui/pages/slatefiguresbox.h"

#include "ui/dialogs/leadingalignment.h"
#include "ui/uitr.h"

#include <QEvent>
#include <QLabel>
#include <QLocale>
#include <QRegularExpression>
#include <QVBoxLayout>

namespace FundDesk::Ui {

namespace {

// "USD 47,500.00" (or "47 500,00 USD") stays on one line: the space between the currency code
// and the number becomes a no-break space, so a narrow box wraps between amounts, not inside one.
QString slateFigureUnbrokenAmounts(QString value)
{
    static const QRegularExpression codeThenNumber(QStringLiteral("\\b([A-Z]{3}) (?=[-\\d\\x{2212}])"));
    static const QRegularExpression numberThenCode(QStringLiteral("(\\d) ([A-Z]{3})\\b"));
    value.replace(codeThenNumber, QStringLiteral("\\1\u00A0"));
    value.replace(numberThenCode, QStringLiteral("\\1\u00A0\\2"));
    return value;
}

} // namespace

SlateFiguresBox::SlateFiguresBox(QWidget *parent)
    : QGroupBox(parent), m_layout(new QVBoxLayout(this)), m_empty(new QLabel(this))
{
    setObjectName(QStringLiteral("slateFiguresBox"));
    // Room for "Seats filled: 10 of 10" on one line in the reader's font, wider with it.
    setMinimumWidth(fontMetrics().averageCharWidth() * 34);
    m_empty->setWordWrap(true);
    m_empty->setObjectName(QStringLiteral("slateFiguresEmpty"));
    LeadingAlignment::keep(m_empty, Qt::AlignTop);
    m_layout->addWidget(m_empty);
    m_layout->addStretch(1);
    retranslateUi();
}

void SlateFiguresBox::setFigures(const Core::SlateFigures &figures)
{
    m_figures = figures;
    delete m_rows;
    m_empty->hide();
    // Each figure's name above its value, both wrapping: a long name ("From LDC, LLDC or
    // SIDS" is three times longer in Arabic) never squeezes the value or the box.
    m_rows = new QWidget(this);
    m_rows->setObjectName(QStringLiteral("slateFiguresRows"));
    auto *rows = new QVBoxLayout(m_rows);
    rows->setContentsMargins(0, 0, 0, 0);
    const int indent = fontMetrics().averageCharWidth() * 2;
    for (const auto &[label, value] : figures.lines(QLocale())) {
        //: A label of the slate figures, such as "Women"
        auto *name = new QLabel(Tr::tr("%1:").arg(label), m_rows);
        name->setWordWrap(true);
        LeadingAlignment::keep(name, Qt::AlignTop);
        auto *text = new QLabel(slateFigureUnbrokenAmounts(value), m_rows);
        text->setWordWrap(true);
        text->setTextFormat(Qt::PlainText);
        text->setTextInteractionFlags(Qt::TextSelectableByMouse);
        text->setAccessibleName(label);
        text->setIndent(indent);
        LeadingAlignment::keep(text, Qt::AlignTop);
        rows->addWidget(name);
        rows->addWidget(text);
    }
    m_layout->insertWidget(1, m_rows);
    // Shown now, not at the layout's next pass: a grab or a screen reader right after a
    // proposal sees the figures.
    m_rows->show();
    setAccessibleDescription(lines().join(u'\n'));
}

void SlateFiguresBox::clear()
{
    m_figures.reset();
    delete m_rows;
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
