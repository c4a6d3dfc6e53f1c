#include "ui/widgets/openprogresspanel.h"

#include "ui/uitr.h"

#include <QEvent>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QVBoxLayout>

#include <algorithm>

namespace FundDesk::Ui {

namespace {
// A per-mille bar: smooth for a million entries without overflowing int.
constexpr int OpenProgressScale = 1000;
} // namespace

OpenProgressPanel::OpenProgressPanel(QWidget *parent)
    : QFrame(parent),
      m_title(new QLabel(this)),
      m_stepLabel(new QLabel(this)),
      m_bar(new QProgressBar(this)),
      m_cancel(new QPushButton(this))
{
    setObjectName(QStringLiteral("openProgressPanel"));
    setFrameShape(QFrame::StyledPanel);
    setAutoFillBackground(true);
    m_title->setObjectName(QStringLiteral("openProgressTitle"));
    m_title->setTextFormat(Qt::PlainText);
    m_title->setWordWrap(true);
    QFont bold = m_title->font();
    bold.setBold(true);
    m_title->setFont(bold);
    m_stepLabel->setObjectName(QStringLiteral("openProgressStep"));
    m_stepLabel->setTextFormat(Qt::PlainText);
    m_stepLabel->setWordWrap(true);
    m_bar->setObjectName(QStringLiteral("openProgressBar"));
    m_bar->setRange(0, 0);
    m_bar->setMinimumWidth(160);
    m_cancel->setObjectName(QStringLiteral("openProgressCancel"));
    connect(m_cancel, &QPushButton::clicked, this, &OpenProgressPanel::cancelRequested);

    auto *texts = new QVBoxLayout;
    texts->addWidget(m_title);
    texts->addWidget(m_stepLabel);
    auto *layout = new QHBoxLayout(this);
    layout->addLayout(texts, 1);
    layout->addWidget(m_bar);
    layout->addWidget(m_cancel);
    retranslateUi();
}

void OpenProgressPanel::begin(const QString &path)
{
    m_fileName = QFileInfo(path).fileName();
    setCancelEnabled(true);
    setStep(Core::FundOpenStep::CheckingFile, 0, 0);
    retranslateUi();
}

void OpenProgressPanel::setStep(Core::FundOpenStep step, qint64 done, qint64 total)
{
    const bool stepChanged = step != m_step;
    m_step = step;
    if (total > 0) {
        m_bar->setRange(0, OpenProgressScale);
        m_bar->setValue(int(std::clamp<qint64>(done, 0, total) * OpenProgressScale / total));
    } else {
        m_bar->setRange(0, 0);
    }
    if (stepChanged) {
        retranslateUi();
    }
}

void OpenProgressPanel::setCancelEnabled(bool enabled)
{
    m_cancel->setEnabled(enabled);
}

void OpenProgressPanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslateUi();
    }
    QFrame::changeEvent(event);
}

void OpenProgressPanel::retranslateUi()
{
    //: Banner while a fund opens; %1 is the file name
    m_title->setText(Tr::tr("Opening “%1”…").arg(m_fileName));
    switch (m_step) {
    case Core::FundOpenStep::CheckingFile:
        m_stepLabel->setText(Tr::tr("Checking the file for damage…"));
        break;
    case Core::FundOpenStep::VerifyingAuditTrail:
        m_stepLabel->setText(Tr::tr("Verifying the audit trail, entry by entry…"));
        break;
    case Core::FundOpenStep::Upgrading:
        m_stepLabel->setText(Tr::tr("Preparing the fund's data…"));
        break;
    }
    //: Button in the banner shown while a fund opens
    m_cancel->setText(Tr::tr("&Cancel"));
    m_cancel->setAccessibleName(Tr::tr("Cancel opening the fund"));
    //: Accessible name of the banner label naming the fund being opened
    m_title->setAccessibleName(Tr::tr("Fund being opened"));
    m_title->setAccessibleDescription(m_title->text());
    //: Accessible name of the banner label saying what opening the fund is doing now
    m_stepLabel->setAccessibleName(Tr::tr("Current step"));
    m_stepLabel->setAccessibleDescription(m_stepLabel->text());
    m_bar->setAccessibleName(Tr::tr("Progress of opening the fund"));
    m_bar->setAccessibleDescription(m_stepLabel->text());
    setAccessibleName(Tr::tr("Opening a fund"));
}

} // namespace FundDesk::Ui
