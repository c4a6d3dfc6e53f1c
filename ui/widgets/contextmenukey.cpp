#include "ui/widgets/contextmenukey.h"

#include <QAbstractItemView>
#include <QApplication>
#include <QContextMenuEvent>
#include <QKeyEvent>
#include <QMenu>

namespace FundDesk::Ui {

void ContextMenuKey::install()
{
#ifdef Q_OS_WIN
    return; // Windows sends Shift+F10 and the Menu key as a context menu itself
#endif
    auto *app = qApp;
    if (!app || app->findChild<ContextMenuKey *>(QString(), Qt::FindDirectChildrenOnly)) {
        return;
    }
    app->installEventFilter(new ContextMenuKey(app));
}

ContextMenuKey::ContextMenuKey(QObject *parent) : QObject(parent)
{
    // xcb and Windows send the context menu for the Menu key themselves.
    const QString platform = QGuiApplication::platformName();
    m_menuKeyToo = platform == QLatin1String("offscreen") || platform == QLatin1String("minimal") ||
                   platform.startsWith(QLatin1String("wayland"));
}

bool ContextMenuKey::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() != QEvent::KeyPress || !watched->isWidgetType()) {
        return false;
    }
    const auto *key = static_cast<QKeyEvent *>(event);
    const bool shiftF10 = key->key() == Qt::Key_F10 && key->modifiers() == Qt::ShiftModifier;
    const bool menuKey = m_menuKeyToo && key->key() == Qt::Key_Menu;
    const bool wanted = shiftF10 || menuKey;
    // The first to see the key is the widget it was sent to: the one with the keyboard focus.
    auto *target = static_cast<QWidget *>(watched);
    if (!wanted || qobject_cast<QMenu *>(target) || QApplication::activePopupWidget()) {
        return false;
    }
    QPoint position = target->rect().center();
    if (auto *view = qobject_cast<QAbstractItemView *>(target); view && view->currentIndex().isValid()) {
        const QRect cell = view->visualRect(view->currentIndex());
        position = view->viewport()->mapTo(view, cell.center());
    }
    QContextMenuEvent menu(QContextMenuEvent::Keyboard, position, target->mapToGlobal(position),
                           key->modifiers());
    QCoreApplication::sendEvent(target, &menu);
    return true;
}

} // namespace FundDesk::Ui
