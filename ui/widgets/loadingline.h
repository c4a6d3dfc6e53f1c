#pragma once

#include <QFrame>

class QLabel;
class QProgressBar;
class QPushButton;
class QShortcut;

namespace FundDesk::Ui {

// One line above a table while its rows are read in the background: a busy bar and Cancel
// (also Esc); after Cancel it stays, saying the rows may be out of date, with Load again.
class LoadingLine final : public QFrame
{
    Q_OBJECT

public:
    enum class State { Hidden, Loading, Cancelled };

    explicit LoadingLine(QWidget *parent = nullptr);

    void setState(State state);
    State state() const { return m_state; }
    QPushButton *button() const { return m_button; }
    QLabel *label() const { return m_label; }

signals:
    void cancelRequested();
    void loadAgainRequested();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();

    QLabel *m_label = nullptr;
    QProgressBar *m_bar = nullptr;
    QPushButton *m_button = nullptr;
    QShortcut *m_escape = nullptr;
    State m_state = State::Hidden;
};

} // namespace FundDesk::Ui
