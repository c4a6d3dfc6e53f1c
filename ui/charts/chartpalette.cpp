#include "ui/charts/chartpalette.h"

namespace FundDesk::Ui {

QList<QColor> ChartPalette::okabeIto()
{
    // Orange, sky blue, bluish green, blue, vermillion, reddish purple, yellow, black: the
    // yellow comes late because it is faint on white.
    return {QColor(0xE6, 0x9F, 0x00), QColor(0x56, 0xB4, 0xE9), QColor(0x00, 0x9E, 0x73),
            QColor(0x00, 0x72, 0xB2), QColor(0xD5, 0x5E, 0x00), QColor(0xCC, 0x79, 0xA7),
            QColor(0xF0, 0xE4, 0x42), QColor(0x00, 0x00, 0x00)};
}

QColor ChartPalette::series(int index)
{
    const QList<QColor> colours = okabeIto();
    return colours.at(((index % colours.size()) + colours.size()) % colours.size());
}

QColor ChartPalette::reference(int index)
{
    static const QList<QColor> greys{QColor(0x33, 0x33, 0x33), QColor(0x77, 0x77, 0x77),
                                     QColor(0x00, 0x00, 0x00)};
    return greys.at(((index % greys.size()) + greys.size()) % greys.size());
}

} // namespace FundDesk::Ui
