#include "ui/dialogs/perioddialog.h"

#include "core/services/fundservices.h"
#include "ui/dialogs/fielderrors.h"
#include "ui/dialogs/leadingalignment.h"
#include "ui/uitr.h"
#include "ui/widgets/actingprofile.h"

#include <QComboBox>
#include <QDate>
#include <QDialogButtonBox>
#include <QLabel>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace FundDesk::Ui {

PeriodDialog::PeriodDialog(Core::FundServices &services, Action action, QWidget *parent)
    : QDialog(parent), m_services(services), m_action(action), m_errors(new FieldErrors(this))
{
    setObjectName(action == Action::Close ? QStringLiteral("closeYearDialog")
                                          : QStringLiteral("reopenYearDialog"));
    m_explanation = new QLabel(this);
    m_explanation->setWordWrap(true);
    LeadingAlignment::keep(m_explanation);
    m_yearLabel = new QLabel(this);
    m_year = new QSpinBox(this);
    m_year->setObjectName(QStringLiteral("yearSpin"));
    m_year->setRange(2000, 2100);
    m_year->setValue(QDate::currentDate().year() - 1);
    m_year->setGroupSeparatorShown(false);
    m_closed = new QComboBox(this);
    m_closed->setObjectName(QStringLiteral("closedYearCombo"));
    if (const auto closed = services.workflow().periods().closedYears(); closed) {
        for (const int year : *closed) {
            m_closed->addItem(QLocale().toString(year).remove(QLocale().groupSeparator()), year);
        }
    }
    m_reasonLabel = new QLabel(this);
    m_reason = new QPlainTextEdit(this);
    m_reason->setObjectName(QStringLiteral("reopenReasonEdit"));
    m_reason->setTabChangesFocus(true);
    m_reason->setMaximumHeight(fontMetrics().height() * 5);
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &PeriodDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &PeriodDialog::reject);

    const bool close = action == Action::Close;
    QWidget *yearEditor = close ? static_cast<QWidget *>(m_year) : m_closed;
    (close ? static_cast<QWidget *>(m_closed) : m_year)->setVisible(false);
    m_yearLabel->setBuddy(yearEditor);
    m_reasonLabel->setBuddy(m_reason);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_explanation);
    layout->addWidget(m_yearLabel);
    layout->addWidget(m_errors->wrap(QStringLiteral("year"), yearEditor));
    QWidget *reasonField = m_errors->wrap(QStringLiteral("reason"), m_reason);
    layout->addWidget(m_reasonLabel);
    layout->addWidget(reasonField);
    m_reasonLabel->setVisible(!close);
    reasonField->setVisible(!close);
    layout->addWidget(m_errors->generalLabel());
    layout->addStretch(1);
    layout->addWidget(m_buttons);
    if (!close && m_closed->count() == 0) {
        m_buttons->button(QDialogButtonBox::Ok)->setEnabled(false);
    }
    retranslateUi();
    resize(qMax(sizeHint().width(), 480), sizeHint().height());
}

int PeriodDialog::chosenYear() const
{
    return m_action == Action::Close ? m_year->value() : m_closed->currentData().toInt();
}

bool PeriodDialog::confirm(int year)
{
    QMessageBox box(QMessageBox::Question, windowTitle(),
                    m_action == Action::Close
                        //: %1 is a year
                        ? Tr::tr("Close %1? Its records will refuse every change until the year "
                                 "is reopened, with a reason.")
                              .arg(year)
                        //: %1 is a year
                        : Tr::tr("Reopen %1? Its records can be changed again; the reason is "
                                 "kept on record.")
                              .arg(year),
                    QMessageBox::Yes | QMessageBox::Cancel, this);
    box.setObjectName(QStringLiteral("confirmPeriodBox"));
    box.setDefaultButton(QMessageBox::Cancel);
    return box.exec() == QMessageBox::Yes;
}

void PeriodDialog::accept()
{
    m_errors->clear();
    const int year = chosenYear();
    if (year <= 0) {
        return;
    }
    if (m_action == Action::Reopen && m_reason->toPlainText().trimmed().isEmpty()) {
        m_errors->show(Core::makeError(
            Core::ErrorCode::InvalidInput,
            Tr::tr("Enter the reason for reopening the year: it is kept on record."), {},
            QStringLiteral("reason")));
        return;
    }
    if (!confirm(year)) {
        return;
    }
    const Core::Profile profile = actingProfile(m_services);
    auto &periods = m_services.workflow().periods();
    const auto done = m_action == Action::Close
                          ? periods.close(year, profile)
                          : periods.reopen(year, m_reason->toPlainText().trimmed(), profile);
    if (!done) {
        m_errors->show(done.error());
        resize(width(), qMax(height(), sizeHint().height())); // room for the message
        return;
    }
    QDialog::accept();
}

void PeriodDialog::retranslateUi()
{
    const bool close = m_action == Action::Close;
    setWindowTitle(close ? Tr::tr("Close a Year") : Tr::tr("Reopen a Year"));
    m_explanation->setText(
        close ? Tr::tr("A closed year refuses changes to its records: payments, approvals and "
                       "other writes dated in it. Only the fund manager can close a year.")
              : Tr::tr("Reopening allows changes to the year's records again. The reason is "
                       "kept on record with your name."));
    m_yearLabel->setText(close ? Tr::tr("&Year to close:") : Tr::tr("&Year to reopen:"));
    m_reasonLabel->setText(Tr::tr("&Reason (required):"));
    m_year->setAccessibleName(Tr::tr("Year to close"));
    m_closed->setAccessibleName(Tr::tr("Year to reopen"));
    m_reason->setAccessibleName(Tr::tr("Reason for reopening"));
    m_buttons->button(QDialogButtonBox::Ok)
        ->setText(close ? Tr::tr("&Close year") : Tr::tr("&Reopen year"));
}

} // namespace FundDesk::Ui
