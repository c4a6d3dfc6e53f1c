#pragma once

// Walks every widget under a page or dialog and lists what a keyboard or screen-reader user
// would miss: an interactive control with no accessible name (its own, its button text, or a
// label that is its buddy), a form label without a buddy, a label with a mnemonic but no buddy.
// Reusable: QVERIFY2(problems.isEmpty(), …) over Tests::accessibilityProblems(widget) for each
// new page or dialog. Also: textClippedProblems() for the larger-font check.

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QAbstractScrollArea>
#include <QAbstractSlider>
#include <QAbstractSpinBox>
#include <QComboBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QScrollArea>
#include <QSet>
#include <QStringList>
#include <QTabBar>
#include <QTextEdit>
#include <QWidget>

namespace FundDesk::Tests {

// Class, object name and the nearest named ancestors: enough to find the widget in the code.
inline QString describeWidget(const QWidget *widget)
{
    QStringList path;
    for (const QWidget *w = widget; w && path.size() < 4; w = w->parentWidget()) {
        if (!w->objectName().isEmpty() || w == widget) {
            path.prepend(QStringLiteral("%1(%2)").arg(QString::fromLatin1(w->metaObject()->className()),
                                                      w->objectName()));
        }
    }
    return path.join(QStringLiteral(" > "));
}

// A control a person works with, as opposed to a container or a Qt-internal part of another
// control (the line edit inside a spin box or combo box, the scroll bars of a view).
inline bool isInteractiveControl(const QWidget *widget)
{
    const QWidget *parent = widget->parentWidget();
    for (const QWidget *ancestor = parent; ancestor; ancestor = ancestor->parentWidget()) {
        if (qobject_cast<const QAbstractSpinBox *>(ancestor) ||
            qobject_cast<const QComboBox *>(ancestor) ||
            qobject_cast<const QAbstractItemView *>(ancestor)) {
            return false; // a part of that control: its header, popup list or line edit
        }
    }
    if (qobject_cast<const QAbstractSlider *>(widget) && parent &&
        qobject_cast<const QAbstractScrollArea *>(parent->parentWidget())) {
        return false; // a scroll bar of a view
    }
    if (qobject_cast<const QTabBar *>(widget)) {
        return false; // named by its tabs' texts, checked separately
    }
    if (qobject_cast<const QScrollArea *>(widget)) {
        return false; // a container; its contents are checked one by one
    }
    if (QString::fromLatin1(widget->metaObject()->className()).startsWith(u"QCalendar")) {
        return false; // the calendar popup of a date edit, Qt's own
    }
    return qobject_cast<const QAbstractButton *>(widget) || qobject_cast<const QLineEdit *>(widget) ||
           qobject_cast<const QComboBox *>(widget) || qobject_cast<const QAbstractSpinBox *>(widget) ||
           qobject_cast<const QAbstractItemView *>(widget) ||
           qobject_cast<const QTextEdit *>(widget) || qobject_cast<const QPlainTextEdit *>(widget) ||
           qobject_cast<const QAbstractSlider *>(widget);
}

inline bool hasMnemonic(const QString &text)
{
    for (qsizetype i = 0; i + 1 < text.size(); ++i) {
        if (text.at(i) == u'&') {
            if (text.at(i + 1) != u'&') {
                return true;
            }
            ++i;
        }
    }
    return false;
}

inline QStringList accessibilityProblems(QWidget *root)
{
    QStringList problems;
    QList<QWidget *> widgets = root->findChildren<QWidget *>();
    widgets.prepend(root);

    QSet<const QWidget *> labelled; // buddies of some label
    for (QWidget *widget : std::as_const(widgets)) {
        if (auto *label = qobject_cast<QLabel *>(widget); label && label->buddy()) {
            if (!label->text().trimmed().isEmpty()) {
                labelled.insert(label->buddy());
            }
        }
    }

    for (QWidget *widget : std::as_const(widgets)) {
        if (auto *label = qobject_cast<QLabel *>(widget)) {
            // A form label ("&Name:") whose mnemonic leads nowhere. (A heading may hold a
            // literal "&": without a buddy QLabel shows it as written.)
            if (hasMnemonic(label->text()) && label->text().trimmed().endsWith(u':') &&
                !label->buddy()) {
                problems << QStringLiteral("label with a mnemonic but no buddy: %1 \"%2\"")
                                .arg(describeWidget(label), label->text());
            }
            continue;
        }
        if (auto *tabs = qobject_cast<QTabBar *>(widget)) {
            for (int i = 0; i < tabs->count(); ++i) {
                if (tabs->tabText(i).trimmed().isEmpty()) {
                    problems << QStringLiteral("tab %1 without text: %2").arg(i).arg(describeWidget(tabs));
                }
            }
            continue;
        }
        if (!isInteractiveControl(widget)) {
            continue;
        }
        if (widget->isHidden() && widget->testAttribute(Qt::WA_WState_ExplicitShowHide)) {
            continue; // hidden on purpose by its page (e.g. Edit where rows are never edited)
        }
        if (widget->focusPolicy() == Qt::NoFocus && !qobject_cast<QAbstractItemView *>(widget)) {
            // A button the keyboard cannot reach is a mouse-only action (tool buttons in a
            // toolbar are reached through their actions' shortcuts, which Qt does not expose
            // here: give them a focus policy or a menu entry).
            if (auto *button = qobject_cast<QAbstractButton *>(widget); button && button->isVisibleTo(root)) {
                problems << QStringLiteral("button the keyboard cannot reach: %1 \"%2\"")
                                .arg(describeWidget(button), button->text());
            }
            continue;
        }
        const auto *button = qobject_cast<QAbstractButton *>(widget);
        const bool named = !widget->accessibleName().trimmed().isEmpty() ||
                           (button && !button->text().remove(u'&').trimmed().isEmpty()) ||
                           labelled.contains(widget);
        if (!named) {
            problems << QStringLiteral("control without an accessible name or label: %1")
                            .arg(describeWidget(widget));
        }
    }

    // Every label of a form row whose field is a control must point at it.
    for (auto *form : root->findChildren<QFormLayout *>()) {
        for (int row = 0; row < form->rowCount(); ++row) {
            QLayoutItem *labelItem = form->itemAt(row, QFormLayout::LabelRole);
            QLayoutItem *fieldItem = form->itemAt(row, QFormLayout::FieldRole);
            auto *label = labelItem ? qobject_cast<QLabel *>(labelItem->widget()) : nullptr;
            QWidget *field = fieldItem ? fieldItem->widget() : nullptr;
            if (!label || !field || label->text().trimmed().isEmpty()) {
                continue;
            }
            QList<QWidget *> fieldWidgets = field->findChildren<QWidget *>();
            fieldWidgets.prepend(field);
            const bool hasControl =
                std::any_of(fieldWidgets.cbegin(), fieldWidgets.cend(), [](QWidget *w) {
                    return isInteractiveControl(w) && w->focusPolicy() != Qt::NoFocus;
                });
            if (hasControl && !label->buddy()) {
                problems << QStringLiteral("form label without a buddy: %1 \"%2\"")
                                .arg(describeWidget(label), label->text());
            }
        }
    }
    return problems;
}

// Visible buttons and one-line labels narrower or lower than their text needs.
inline QStringList textClippedProblems(QWidget *root)
{
    QStringList problems;
    for (QWidget *widget : root->findChildren<QWidget *>()) {
        if (!widget->isVisible()) {
            continue;
        }
        const auto *button = qobject_cast<QAbstractButton *>(widget);
        const auto *label = qobject_cast<QLabel *>(widget);
        const bool oneLineLabel = label && !label->wordWrap() && label->pixmap().isNull() &&
                                  !label->text().isEmpty();
        if (!button && !oneLineLabel) {
            continue;
        }
        if (button && button->text().isEmpty()) {
            continue;
        }
        const QSize needed = widget->minimumSizeHint();
        if (widget->width() < needed.width() || widget->height() < needed.height()) {
            problems << QStringLiteral("clipped: %1 \"%2\" is %3×%4, needs %5×%6")
                            .arg(describeWidget(widget), button ? button->text() : label->text())
                            .arg(widget->width())
                            .arg(widget->height())
                            .arg(needed.width())
                            .arg(needed.height());
        }
    }
    return problems;
}

} // namespace FundDesk::Tests
