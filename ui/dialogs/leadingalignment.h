#pragma once

#include <QObject>
#include <Qt>

class QLabel;

namespace FundDesk::Ui {

// Keeps a label's text at the start of the layout: QLabel aligns by the script of its text, so
// an English (untranslated) sentence or a Latin name would sit on the left of a right-to-left
// window. The alignment follows later layout-direction changes too.
class LeadingAlignment final : public QObject
{
    Q_OBJECT

public:
    static void keep(QLabel *label, Qt::Alignment vertical = Qt::AlignVCenter);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    LeadingAlignment(QLabel *label, Qt::Alignment vertical);
    void apply();

    QLabel *m_label;
    Qt::Alignment m_vertical;
};

} // namespace FundDesk::Ui
