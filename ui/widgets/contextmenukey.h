#pragma once

#include <QObject>

namespace FundDesk::Ui {

// Opens the focused control's context menu from the keyboard: Shift+F10 (the convention on
// Windows and GNOME, which Qt does not follow by itself on Linux) and the Menu key where the
// platform does not already turn it into a context menu (offscreen, Wayland). The menu opens
// at the current cell of a list or table, else in the middle of the control.
class ContextMenuKey final : public QObject
{
    Q_OBJECT

public:
    // Once per application, after the QApplication exists.
    static void install();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    explicit ContextMenuKey(QObject *parent);
    bool m_menuKeyToo = false;
};

} // namespace FundDesk::Ui
