#pragma once

#include <QWidget>

class QCheckBox;
class QPlainTextEdit;

namespace FundDesk::Ui {

// The donor's conditions as text (¶19), whether they earmark the money, and the manager's
// confirmation that they do not; the confirmation is shown only once there are conditions.
class ConditionsBox final : public QWidget
{
    Q_OBJECT

public:
    explicit ConditionsBox(QWidget *parent = nullptr);

    QString conditions() const;
    bool earmarked() const;
    bool notEarmarkConfirmed() const;
    void setValues(const QString &conditions, bool earmarked, bool confirmed);

    QPlainTextEdit *textEdit() const { return m_text; }

    // Wide enough for the check boxes even while they are hidden, so the form does not have to
    // grow (or clip them) once conditions are typed.
    QSize minimumSizeHint() const override;

protected:
    void changeEvent(QEvent *event) override;

private:
    void updateVisibility();
    void retranslateUi();

    QPlainTextEdit *m_text = nullptr;
    QCheckBox *m_earmark = nullptr;
    QCheckBox *m_confirm = nullptr;
};

} // namespace FundDesk::Ui
