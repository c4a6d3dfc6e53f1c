#pragma once

#include "core/services/slate/slatefigures.h"

#include <QGroupBox>
#include <QList>
#include <QPointer>

#include <optional>

class QLabel;
class QVBoxLayout;

namespace FundDesk::Ui {

// The live figures beside a proposed slate (issue 4, point 5): seats, States, total cost,
// budget, women, regional groups covered and delegates from LDC, LLDC or SIDS, as
// SlateFigures words them.
class SlateFiguresBox final : public QGroupBox
{
    Q_OBJECT

public:
    explicit SlateFiguresBox(QWidget *parent = nullptr);

    void setFigures(const Core::SlateFigures &figures);
    void clear();
    // "label: value" per line, for tests and the accessible description.
    QStringList lines() const;

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();

    QVBoxLayout *m_layout = nullptr;
    QLabel *m_empty = nullptr;
    QPointer<QWidget> m_rows; // the figures' labels, remade for each slate
    std::optional<Core::SlateFigures> m_figures;
};

} // namespace FundDesk::Ui
