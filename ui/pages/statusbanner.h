#pragma once

#include <QFrame>

class QLabel;

namespace FundDesk::Ui {

// The fund's operational status (¶16) across the top of a page. While the fund is not
// operational it is a warning: an icon, bold text and a tinted frame, so the state does not
// rest on colour alone.
class StatusBanner final : public QFrame
{
    Q_OBJECT

public:
    explicit StatusBanner(QWidget *parent = nullptr);

    // statusText is already translated (FundStatusText::describe()).
    void setStatus(const QString &statusText, bool operational);
    QString statusText() const { return m_statusText; }
    bool isOperational() const { return m_operational; }

protected:
    void changeEvent(QEvent *event) override;

private:
    void updateDisplay();

    QLabel *m_icon = nullptr;
    QLabel *m_text = nullptr;
    QString m_statusText;
    bool m_operational = false;
};

} // namespace FundDesk::Ui
