#pragma once

// Walks a shown window with the Tab key as a keyboard user would and lists what they would
// miss: an enabled control Tab never reaches, a layout whose controls Tab visits out of their
// reading order (the layout's logical order, so right to left it is still logical), a text box
// that swallows Tab, and a push button with neither a mnemonic nor a shortcut.
// Reusable: QVERIFY2(problems.isEmpty(), …) over each function for a new page or dialog.

#include "tests/ui/testsupport/accessibilityaudit.h"

#include <QAbstractItemView>
#include <QApplication>
#include <QBoxLayout>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGridLayout>
#include <QButtonGroup>
#include <QPushButton>
#include <QRadioButton>
#include <QStackedLayout>
#include <QTabBar>
#include <QTest>
#include <QToolButton>

#include <algorithm>

namespace FundDesk::Tests {

// The control a focus widget belongs to: the spin box or combo box for its inner line edit.
inline QWidget *focusOwner(QWidget *widget)
{
    for (QWidget *w = widget; w; w = w->parentWidget()) {
        if (qobject_cast<QAbstractSpinBox *>(w) || qobject_cast<QComboBox *>(w)) {
            return w;
        }
    }
    return widget;
}

// A control a person expects to reach with Tab: shown, enabled, taking Tab focus.
inline bool isTabStop(QWidget *widget)
{
    return (isInteractiveControl(widget) || qobject_cast<QTabBar *>(widget)) && widget->isVisible() &&
           widget->isEnabled() && (widget->focusPolicy() & Qt::TabFocus);
}

struct TabWalk
{
    QList<QWidget *> visited; // in the order Tab reached them, each once
    QStringList problems;
};

// Presses Tab from the window's first control until focus comes back to where it started.
// A table that moves between its cells with Tab is walked to its last cell first, as a person
// would, so the next Tab leaves it.
inline TabWalk walkTabOrder(QWidget *window)
{
    TabWalk walk;
    window->activateWindow();
    QApplication::setActiveWindow(window);
    QList<QWidget *> stops;
    for (QWidget *w : window->findChildren<QWidget *>()) {
        if (isTabStop(w)) {
            stops.append(w);
        }
    }
    if (stops.isEmpty()) {
        return walk;
    }
    // The first tab stop in the focus chain.
    QWidget *first = nullptr;
    for (QWidget *w = window->nextInFocusChain(); w && w != window; w = w->nextInFocusChain()) {
        if (stops.contains(w)) {
            first = w;
            break;
        }
    }
    if (!first) {
        first = stops.first();
    }
    first->setFocus(Qt::TabFocusReason);
    QWidget *current = focusOwner(QApplication::focusWidget());
    if (!current) {
        walk.problems << QStringLiteral("no widget takes focus in %1").arg(describeWidget(window));
        return walk;
    }
    QWidget *start = current;
    const int limit = 4 * int(window->findChildren<QWidget *>().size()) + 8;
    for (int step = 0; step < limit; ++step) {
        if (!walk.visited.contains(current)) {
            walk.visited.append(current);
        }
        if (auto *view = qobject_cast<QAbstractItemView *>(current);
            view && view->tabKeyNavigation() && view->model() && view->model()->rowCount() > 0) {
            const QAbstractItemModel *model = view->model();
            view->setCurrentIndex(model->index(model->rowCount() - 1, model->columnCount() - 1));
        }
        // A date edit takes Tab for its day, month and year first: a few presses to leave.
        QWidget *next = current;
        for (int press = 0; press < 6 && next == current; ++press) {
            QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
            next = focusOwner(QApplication::focusWidget());
            if (!next) {
                walk.problems << QStringLiteral("Tab from %1 leaves the window").arg(describeWidget(current));
                return walk;
            }
        }
        if (next == current && stops.size() > 1) {
            walk.problems << QStringLiteral("Tab stays in %1 (a table or text box that keeps Tab "
                                            "for itself traps the keyboard)")
                                 .arg(describeWidget(current));
            return walk;
        }
        if (next == start || next == current) {
            break;
        }
        current = next;
    }
    // Tab reaches one button of a group of radio buttons; the arrows choose among them.
    const auto radioGroupVisited = [&walk](QWidget *stop) {
        const auto *radio = qobject_cast<QRadioButton *>(stop);
        if (!radio || !radio->autoExclusive()) {
            return false;
        }
        return std::any_of(walk.visited.cbegin(), walk.visited.cend(), [radio](QWidget *w) {
            const auto *other = qobject_cast<QRadioButton *>(w);
            return other && (other->parentWidget() == radio->parentWidget() ||
                             (radio->group() && radio->group() == other->group()));
        });
    };
    for (QWidget *stop : std::as_const(stops)) {
        if (!walk.visited.contains(stop) && !walk.visited.contains(focusOwner(stop)) &&
            !radioGroupVisited(stop)) {
            walk.problems << QStringLiteral("Tab never reaches %1").arg(describeWidget(stop));
        }
    }
    return walk;
}

// The tab stops a layout holds directly, in its reading order (rows, then columns).
inline QList<QWidget *> layoutTabStops(QLayout *layout)
{
    QList<std::pair<std::pair<int, int>, QWidget *>> placed;
    for (int i = 0; i < layout->count(); ++i) {
        QWidget *widget = layout->itemAt(i)->widget();
        if (!widget || !isTabStop(widget)) {
            continue;
        }
        std::pair<int, int> place{i, 0};
        if (auto *grid = qobject_cast<QGridLayout *>(layout)) {
            int row = 0, column = 0, rowSpan = 0, columnSpan = 0;
            grid->getItemPosition(i, &row, &column, &rowSpan, &columnSpan);
            place = {row, column};
        } else if (auto *form = qobject_cast<QFormLayout *>(layout)) {
            int row = 0;
            QFormLayout::ItemRole role = QFormLayout::LabelRole;
            form->getWidgetPosition(widget, &row, &role);
            place = {row, int(role)};
        } else if (auto *box = qobject_cast<QBoxLayout *>(layout);
                   box && (box->direction() == QBoxLayout::RightToLeft ||
                           box->direction() == QBoxLayout::BottomToTop)) {
            place = {-i, 0}; // built backwards on purpose
        }
        placed.append({place, widget});
    }
    std::stable_sort(placed.begin(), placed.end(),
                     [](const auto &a, const auto &b) { return a.first < b.first; });
    QList<QWidget *> widgets;
    for (const auto &entry : std::as_const(placed)) {
        widgets.append(entry.second);
    }
    return widgets;
}

// Within every layout, Tab visits the controls in reading order (once round the window: the
// sequence may start anywhere but turns back at most once).
inline QStringList tabOrderProblems(QWidget *window, const QList<QWidget *> &visited)
{
    QStringList problems;
    for (QLayout *layout : window->findChildren<QLayout *>()) {
        if (qobject_cast<QStackedLayout *>(layout) ||
            qobject_cast<QDialogButtonBox *>(layout->parentWidget())) {
            continue; // one page at a time; the platform orders the dialog buttons
        }
        QList<QWidget *> inOrder;
        QList<qsizetype> positions;
        for (QWidget *widget : layoutTabStops(layout)) {
            const qsizetype at = visited.indexOf(widget);
            if (at >= 0) {
                inOrder.append(widget);
                positions.append(at);
            }
        }
        int turns = 0;
        for (qsizetype i = 1; i < positions.size(); ++i) {
            turns += positions.at(i) < positions.at(i - 1) ? 1 : 0;
        }
        if (turns > 1 || (turns == 1 && positions.constLast() > positions.constFirst())) {
            QStringList names;
            for (QWidget *widget : std::as_const(inOrder)) {
                names << QStringLiteral("%1@%2").arg(describeWidget(widget)).arg(visited.indexOf(widget));
            }
            problems << QStringLiteral("Tab visits these out of their reading order: %1")
                            .arg(names.join(QStringLiteral(", ")));
        }
    }
    return problems;
}

// Every shown push or tool button, enabled or waiting for a selection, has a mnemonic or a
// shortcut (OK and Cancel of a dialog's button box answer Enter and Escape).
inline QStringList buttonsWithoutKeyProblems(QWidget *window)
{
    QStringList problems;
    for (QAbstractButton *button : window->findChildren<QAbstractButton *>()) {
        if (!button->isVisible() ||
            (!qobject_cast<QPushButton *>(button) && !qobject_cast<QToolButton *>(button))) {
            continue;
        }
        if (!isInteractiveControl(button)) {
            continue; // part of another control (a combo box's arrow, a view's corner)
        }
        if (auto *box = qobject_cast<QDialogButtonBox *>(button->parentWidget());
            box && box->standardButton(button) != QDialogButtonBox::NoButton) {
            continue;
        }
        const auto *tool = qobject_cast<QToolButton *>(button);
        const bool actionKey = tool && tool->defaultAction() && !tool->defaultAction()->shortcut().isEmpty();
        if (!hasMnemonic(button->text()) && button->shortcut().isEmpty() && !actionKey) {
            problems << QStringLiteral("button without a mnemonic or a shortcut: %1 \"%2\"")
                            .arg(describeWidget(button), button->text());
        }
    }
    return problems;
}

} // namespace FundDesk::Tests
