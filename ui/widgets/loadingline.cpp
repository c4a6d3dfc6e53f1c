#include "ui/widgets/loadingline.h"

#include "ui/uitr.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QKeySequence>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QShortcut>

namespace FundDesk::Ui {

LoadingLine::LoadingLine(QWidget *parent)
    : QFrame(parent),
      m_label(new QLabel(this)),
      m_bar(new QProgressBar(this)),
      m_button(new QPushButton(this))
{
    setObjectName(QStringLiteral("loadingLine"));
    setFrameShape(QFrame::StyledPanel);
    m_label->setTextFormat(Qt::PlainText);
    m_label->setWordWrap(true);
    m_bar->setRange(0, 0); // a read of unknown length: busy
    m_bar->setTextVisible(false);
    m_bar->setMaximumWidth(160);
    auto *layout = new QHBoxLayout(this);
    layout->addWidget(m_label, 1);
    layout->addWidget(m_bar);
    layout->addWidget(m_button);
    connect(m_button, &QPushButton::clicked, this, [this] {
        if (m_state == State::Loading) {
            emit cancelRequested();
        } else if (m_state == State::Cancelled) {
            emit loadAgainRequested();
        }
    });
    // Esc cancels only while a read runs: otherwise it belongs to whatever else wants it.
    m_escape = new QShortcut(QKeySequence(Qt::Key_Escape), parent ? parent : this);
    m_escape->setContext(Qt::WidgetWithChildrenShortcut);
    m_escape->setEnabled(false);
    connect(m_escape, &QShortcut::activated, this, [this] {
        if (m_state == State::Loading) {
            emit cancelRequested();
        }
    });
    retranslateUi();
    setVisible(false);
}

void LoadingLine::setState(State state)
{
    m_state = state;
    m_bar->setVisible(state == State::Loading);
    m_escape->setEnabled(state == State::Loading);
    retranslateUi();
    setVisible(state != State::Hidden);
}

void LoadingLine::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslateUi();
    }
    QFrame::changeEvent(event);
}

void LoadingLine::retranslateUi()
{
    if (m_state == State::Cancelled) {
        //: Above a table whose background loading the user cancelled
        m_label->setText(Tr::tr("Loading was cancelled: the table may be out of date."));
        //: Button that reads a table's rows again after a cancelled load
        m_button->setText(Tr::tr("&Load again"));
    } else {
        //: Above a table while its rows are read from the fund in the background
        m_label->setText(Tr::tr("Loading the rows from the fund…"));
        //: Stops reading a table's rows in the background (also Esc)
        m_button->setText(Tr::tr("Cancel loading"));
    }
    m_bar->setAccessibleName(m_label->text());
    m_button->setAccessibleDescription(m_label->text());
}

} // namespace FundDesk::Ui
