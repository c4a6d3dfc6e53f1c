#include "ui/dialogs/consultationdialog.h"

#include "core/services/fundservices.h"
#include "ui/dialogs/fielderrors.h"
#include "ui/dialogs/leadingalignment.h"
#include "ui/logging.h"
#include "ui/models/displaytext.h"
#include "ui/uitr.h"

#include <QApplication>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QEvent>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QTableWidget>
#include <QVBoxLayout>

namespace FundDesk::Ui {

namespace {

// The stance combo's data for "not discussed": no advice is stored for that application.
constexpr int kNotDiscussed = -1;

QLabel *formLabel(QWidget *parent, QWidget *buddy)
{
    auto *label = new QLabel(parent);
    label->setWordWrap(true);
    label->setBuddy(buddy);
    LeadingAlignment::keep(label);
    return label;
}

} // namespace

ConsultationDialog::ConsultationDialog(Core::FundServices &services, QWidget *parent)
    : QDialog(parent), m_services(services), m_errors(new FieldErrors(this))
{
    setObjectName(QStringLiteral("consultationDialog"));
    m_date = new QDateEdit(QDate::currentDate(), this);
    m_date->setObjectName(QStringLiteral("consultationDateEdit"));
    m_date->setCalendarPopup(true);
    m_participants = new QPlainTextEdit(this);
    m_participants->setObjectName(QStringLiteral("participantsEdit"));
    m_participants->setTabChangesFocus(true);
    m_participants->setMaximumHeight(fontMetrics().height() * 6);
    m_advice = new QTableWidget(0, 4, this);
    m_advice->setObjectName(QStringLiteral("adviceTable"));
    m_advice->verticalHeader()->setVisible(false);
    m_advice->setSelectionMode(QAbstractItemView::NoSelection);
    m_advice->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_advice->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_advice->horizontalHeader()->setSectionResizeMode(AdviceTextColumn, QHeaderView::Stretch);
    m_notes = new QPlainTextEdit(this);
    m_notes->setObjectName(QStringLiteral("consultationNotesEdit"));
    m_notes->setTabChangesFocus(true);
    m_notes->setMaximumHeight(fontMetrics().height() * 4);
    m_dateLabel = formLabel(this, m_date);
    m_participantsLabel = formLabel(this, m_participants);
    m_adviceLabel = formLabel(this, m_advice);
    m_notesLabel = formLabel(this, m_notes);
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &ConsultationDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &ConsultationDialog::reject);
    buildLayout();
    fillApplications();
    retranslateUi();
    resize(qMax(sizeHint().width(), 760), 640);
}

void ConsultationDialog::buildLayout()
{
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_dateLabel);
    layout->addWidget(m_errors->wrap(QStringLiteral("date"), m_date));
    layout->addWidget(m_participantsLabel);
    layout->addWidget(m_errors->wrap(QStringLiteral("participants"), m_participants));
    layout->addWidget(m_adviceLabel);
    layout->addWidget(m_errors->wrap(QStringLiteral("advice"), m_advice), 1);
    layout->addWidget(m_notesLabel);
    layout->addWidget(m_errors->wrap(QStringLiteral("notes"), m_notes));
    layout->addWidget(m_errors->generalLabel());
    layout->addWidget(m_buttons);
}

void ConsultationDialog::fillApplications()
{
    const auto applications = m_services.activities().all();
    if (!applications) {
        qCWarning(lcUi) << "activities not loaded:" << applications.error().detail;
        m_errors->show(applications.error());
        return;
    }
    m_applications = *applications;
    m_advice->setRowCount(int(m_applications.size()));
    for (int row = 0; row < m_applications.size(); ++row) {
        const Core::ActivityApplication &a = m_applications.at(row);
        m_advice->setItem(row, ReferenceColumn, new QTableWidgetItem(a.reference));
        auto *title = new QTableWidgetItem(DisplayText::shortText(a.title, 40));
        title->setToolTip(a.title);
        m_advice->setItem(row, TitleColumn, title);
        auto *stance = new QComboBox(m_advice);
        stance->setObjectName(QStringLiteral("stanceCombo_%1").arg(a.reference));
        stance->addItem(QString(), kNotDiscussed);
        for (Core::ConsultationStance value : Core::allConsultationStances()) {
            stance->addItem(QString(), int(value));
        }
        m_advice->setCellWidget(row, StanceColumn, stance);
        auto *text = new QLineEdit(m_advice);
        text->setObjectName(QStringLiteral("adviceEdit_%1").arg(a.reference));
        text->setFrame(false);
        m_advice->setCellWidget(row, AdviceTextColumn, text);
    }
    // Tab goes through each row's stance and advice, then on to the notes (the table's own
    // Tab between cells would go round its rows for ever); the row in focus scrolls into view.
    m_advice->setTabKeyNavigation(false);
    QWidget *previous = m_advice;
    for (int row = 0; row < m_advice->rowCount(); ++row) {
        for (const int column : {int(StanceColumn), int(AdviceTextColumn)}) {
            QWidget *cell = m_advice->cellWidget(row, column);
            setTabOrder(previous, cell);
            previous = cell;
        }
    }
    setTabOrder(previous, m_notes);
    connect(qApp, &QApplication::focusChanged, this, [this](QWidget *, QWidget *now) {
        if (now && now->parentWidget() == m_advice->viewport()) {
            m_advice->scrollTo(m_advice->indexAt(now->geometry().center()));
        }
    });
}

int ConsultationDialog::rowOf(Core::ActivityId id) const
{
    for (int row = 0; row < m_applications.size(); ++row) {
        if (m_applications.at(row).id == id) {
            return row;
        }
    }
    return -1;
}

void ConsultationDialog::setAdvice(Core::ActivityId id,
                                   std::optional<Core::ConsultationStance> stance,
                                   const QString &text)
{
    const int row = rowOf(id);
    if (row < 0) {
        return;
    }
    auto *combo = qobject_cast<QComboBox *>(m_advice->cellWidget(row, StanceColumn));
    auto *edit = qobject_cast<QLineEdit *>(m_advice->cellWidget(row, AdviceTextColumn));
    combo->setCurrentIndex(combo->findData(stance ? int(*stance) : kNotDiscussed));
    edit->setText(text);
}

void ConsultationDialog::setConsultation(const Core::Consultation &consultation)
{
    m_original = consultation;
    m_date->setDate(consultation.date);
    m_participants->setPlainText(consultation.participants.join(u'\n'));
    m_notes->setPlainText(consultation.notes);
    for (const Core::ConsultationAdvice &advice : consultation.advice) {
        setAdvice(advice.activityId, advice.stance, advice.advice);
    }
    retranslateUi();
}

Core::Consultation ConsultationDialog::consultation() const
{
    Core::Consultation c = m_original;
    c.date = m_date->date();
    c.participants.clear();
    const QStringList lines = m_participants->toPlainText().split(u'\n');
    for (const QString &line : lines) {
        if (!line.trimmed().isEmpty()) {
            c.participants << line.trimmed();
        }
    }
    c.notes = m_notes->toPlainText().trimmed();
    c.advice.clear();
    for (int row = 0; row < m_applications.size(); ++row) {
        const auto *combo = qobject_cast<QComboBox *>(m_advice->cellWidget(row, StanceColumn));
        const auto *edit = qobject_cast<QLineEdit *>(m_advice->cellWidget(row, AdviceTextColumn));
        const int stance = combo->currentData().toInt();
        if (stance == kNotDiscussed && edit->text().trimmed().isEmpty()) {
            continue;
        }
        Core::ConsultationAdvice advice;
        advice.activityId = m_applications.at(row).id;
        advice.stance = stance == kNotDiscussed ? Core::ConsultationStance::NoView
                                                : Core::ConsultationStance(stance);
        advice.advice = edit->text().trimmed();
        c.advice.append(advice);
    }
    return c;
}

void ConsultationDialog::accept()
{
    m_errors->clear();
    const Core::Consultation c = consultation();
    if (auto valid = m_services.consultations().validate(c); !valid) {
        m_errors->show(valid.error());
        return;
    }
    if (m_original.id.isValid()) {
        if (auto updated = m_services.consultations().update(c); !updated) {
            m_errors->show(updated.error());
            return;
        }
        m_stored = m_original.id;
    } else {
        auto added = m_services.consultations().add(c);
        if (!added) {
            m_errors->show(added.error());
            return;
        }
        m_stored = *added;
    }
    QDialog::accept();
}

void ConsultationDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslateUi();
    }
    QDialog::changeEvent(event);
}

void ConsultationDialog::retranslateUi()
{
    setWindowTitle(Tr::tr("Governance Consultation"));
    //: Form label: the day the governance structure was consulted (¶18)
    m_dateLabel->setText(Tr::tr("&Date of the consultation:"));
    m_participantsLabel->setText(
        Tr::tr("&Participants: States and members who took part, one per line:"));
    m_participants->setAccessibleName(Tr::tr("Participants"));
    m_adviceLabel->setText(Tr::tr("&Advice per application:"));
    m_advice->setAccessibleName(Tr::tr("Advice per application"));
    m_notesLabel->setText(Tr::tr("&Notes:"));
    m_notes->setAccessibleName(Tr::tr("Notes"));
    m_date->setAccessibleName(Tr::tr("Date of the consultation"));
    m_advice->setHorizontalHeaderLabels({
        Tr::tr("Reference"),
        Tr::tr("Title"),
        //: Column header: where the governance structure stands on the application
        Tr::tr("Stance"),
        //: Column header: the advice given, in words
        Tr::tr("Advice"),
    });
    for (int row = 0; row < m_advice->rowCount(); ++row) {
        auto *combo = qobject_cast<QComboBox *>(m_advice->cellWidget(row, StanceColumn));
        auto *edit = qobject_cast<QLineEdit *>(m_advice->cellWidget(row, AdviceTextColumn));
        const QString reference = m_applications.at(row).reference;
        //: First choice of the stance combo: the application was not on the agenda
        combo->setItemText(0, Tr::tr("Not discussed"));
        for (int i = 1; i < combo->count(); ++i) {
            combo->setItemText(i, Core::consultationStanceDisplayName(
                                      Core::ConsultationStance(combo->itemData(i).toInt())));
        }
        //: Accessible name of a stance box; %1 is the application's reference
        combo->setAccessibleName(Tr::tr("Stance on %1").arg(reference));
        //: Accessible name of an advice box; %1 is the application's reference
        edit->setAccessibleName(Tr::tr("Advice on %1").arg(reference));
    }
}

} // namespace FundDesk::Ui
