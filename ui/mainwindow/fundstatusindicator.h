#pragma once

#include <QWidget>

class QLabel;

namespace FundDesk::Ui {

// The status bar's fund status: an icon and a text. A fund that is not operational gets a
// warning icon, bold text and a warning in its accessible name, so the state never rests on
// colour alone.
class FundStatusIndicator final : public QWidget
{
    Q_OBJECT

public:
    explicit FundStatusIndicator(QWidget *parent = nullptr);

    // statusText is already translated.
    void setStatus(const QString &statusText, bool operational);
    QString statusText() const { return m_statusText; }
    bool isOperational() const { return m_operational; }

protected:
    void changeEvent(QEvent *event) override;

private:
    void updateDisplay();

    QString m_statusText;
    bool m_operational = true;
    QLabel *m_icon = nullptr;
    QLabel *m_text = nullptr;
};

} // namespace FundDesk::Ui
