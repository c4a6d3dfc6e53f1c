#pragma once

#include <QColor>
#include <QList>

namespace FundDesk::Ui {

// The Okabe–Ito palette: eight colours that stay distinct for the common kinds of colour
// blindness. Measured series take them in order; reference lines are drawn in greys and dash
// patterns, so they never need a colour of their own.
class ChartPalette final
{
public:
    ChartPalette() = delete;

    static QList<QColor> okabeIto();
    static QColor series(int index);
    static QColor reference(int index);
};

} // namespace FundDesk::Ui
