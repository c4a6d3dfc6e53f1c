#include "ui/dialogs/fielderrors.h"

#include "ui/dialogs/leadingalignment.h"
#include "ui/uitr.h"

#include <QFrame>
#include <QLabel>
#include <QVBoxLayout>

namespace FundDesk::Ui {

namespace {

// Dark enough red for contrast on light backgrounds, and never the only signal.
const auto kErrorColor = QStringLiteral("#b3261e");

} // namespace

FieldErrors::FieldErrors(QWidget *form) : QObject(form), m_form(form) {}

QLabel *FieldErrors::makeLabel(QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setWordWrap(true);
    label->setTextFormat(Qt::PlainText);
    label->setStyleSheet(QStringLiteral("QLabel { color: %1; }").arg(kErrorColor));
    label->setVisible(false);
    LeadingAlignment::keep(label, Qt::AlignTop);
    return label;
}

QWidget *FieldErrors::wrap(const QString &field, QWidget *editor, QWidget *focusTarget)
{
    auto *wrapper = new QWidget(m_form);
    wrapper->setObjectName(QStringLiteral("field_") + field);
    auto *frame = new QFrame(wrapper);
    frame->setObjectName(QStringLiteral("frame_") + field);
    auto *frameLayout = new QVBoxLayout(frame);
    frameLayout->setContentsMargins(2, 2, 2, 2);
    frameLayout->addWidget(editor);

    QLabel *label = makeLabel(wrapper);
    label->setObjectName(QStringLiteral("error_") + field);

    auto *layout = new QVBoxLayout(wrapper);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    layout->addWidget(frame);
    layout->addWidget(label);

    m_fields.insert(field, Entry{frame, label, focusTarget ? focusTarget : editor});
    return wrapper;
}

QLabel *FieldErrors::generalLabel()
{
    if (!m_general) {
        m_general = makeLabel(m_form);
        m_general->setObjectName(QStringLiteral("error_general"));
    }
    return m_general;
}

QLabel *FieldErrors::errorLabel(const QString &field) const
{
    return m_fields.value(field).label;
}

void FieldErrors::setFrameHighlighted(QFrame *frame, bool highlighted)
{
    if (!frame) {
        return;
    }
    const QString selector = QStringLiteral("QFrame#") + frame->objectName();
    frame->setStyleSheet(
        highlighted ? selector + QStringLiteral(" { border: 2px solid %1; }").arg(kErrorColor)
                    : QString());
}

void FieldErrors::show(const Core::Error &error)
{
    clear();
    const auto found = m_fields.constFind(error.field);
    if (found == m_fields.constEnd() || !found->label) {
        QLabel *general = generalLabel();
        general->setText(error.message);
        //: Accessible name of a form's error message; %1 is the message
        general->setAccessibleName(Tr::tr("Error: %1").arg(error.message));
        general->setVisible(true);
        m_shownField = QStringLiteral("");
        return;
    }
    found->label->setText(error.message);
    found->label->setAccessibleName(Tr::tr("Error: %1").arg(error.message));
    found->label->setVisible(true);
    setFrameHighlighted(found->frame, true);
    if (found->focusTarget) {
        found->focusTarget->setAccessibleDescription(error.message);
        found->focusTarget->setFocus(Qt::OtherFocusReason);
    }
    m_shownField = error.field;
}

void FieldErrors::clear()
{
    for (const Entry &entry : std::as_const(m_fields)) {
        if (entry.label) {
            entry.label->clear();
            entry.label->setVisible(false);
        }
        setFrameHighlighted(entry.frame, false);
        if (entry.focusTarget) {
            entry.focusTarget->setAccessibleDescription(QString());
        }
    }
    if (m_general) {
        m_general->clear();
        m_general->setVisible(false);
    }
    m_shownField = QString();
}

} // namespace FundDesk::Ui
