#pragma once

#include "core/domain/result.h"

#include <QHash>
#include <QObject>
#include <QPointer>
#include <QString>

class QFrame;
class QLabel;
class QWidget;

namespace FundDesk::Ui {

// Shows a core Error beside the form field it names (Error::field): the message in a label
// under the field, a red frame around it, and focus on it. The message carries the meaning;
// the colour only draws the eye. Errors for no known field go to the form's general label.
class FieldErrors final : public QObject
{
    Q_OBJECT

public:
    explicit FieldErrors(QWidget *form);

    // Wraps editor in a frame with a hidden error label below it and returns the wrapper to put
    // in the form's layout. focusTarget (default editor) gets the focus on error.
    QWidget *wrap(const QString &field, QWidget *editor, QWidget *focusTarget = nullptr);
    // The label for errors no field claims, to be placed by the form (typically above the
    // buttons). Created hidden.
    QLabel *generalLabel();

    void show(const Core::Error &error);
    void clear();
    bool hasError() const { return !m_shownField.isNull(); }

    // The label that shows the field's error (nullptr for an unknown field): for tests.
    QLabel *errorLabel(const QString &field) const;

private:
    struct Entry
    {
        QPointer<QFrame> frame;
        QPointer<QLabel> label;
        QPointer<QWidget> focusTarget;
    };

    static QLabel *makeLabel(QWidget *parent);
    void setFrameHighlighted(QFrame *frame, bool highlighted);

    QWidget *m_form;
    QHash<QString, Entry> m_fields;
    QPointer<QLabel> m_general;
    QString m_shownField; // null while no error is shown
};

} // namespace FundDesk::Ui
