#include "ui/mainwindow/windowsettings.h"

#include "ui/pages/pagecatalog.h"

#include <QSettings>

namespace FundDesk::Ui {

namespace {
QString geometryKey()
{
    return QStringLiteral("mainWindow/geometry");
}
QString stateKey()
{
    return QStringLiteral("mainWindow/state");
}
QString splitterKey()
{
    return QStringLiteral("mainWindow/splitter");
}
QString lastPageKey()
{
    return QStringLiteral("mainWindow/lastPage");
}
} // namespace

WindowSettings WindowSettings::load()
{
    const QSettings settings;
    WindowSettings result;
    result.geometry = settings.value(geometryKey()).toByteArray();
    result.state = settings.value(stateKey()).toByteArray();
    result.splitter = settings.value(splitterKey()).toByteArray();
    result.lastPage = pageFromKey(settings.value(lastPageKey()).toString());
    return result;
}

void WindowSettings::save() const
{
    QSettings settings;
    settings.setValue(geometryKey(), geometry);
    settings.setValue(stateKey(), state);
    settings.setValue(splitterKey(), splitter);
    if (lastPage) {
        settings.setValue(lastPageKey(), pageKey(*lastPage));
    } else {
        settings.remove(lastPageKey());
    }
}

} // namespace FundDesk::Ui
