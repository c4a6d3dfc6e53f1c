#include "app/appidentity.h"
#include "app/cli/commandlinerunner.h"
#include "app/gui/compositionroot.h"
#include "app/translationloader.h"
#include "ui/widgets/contextmenukey.h"

#include <QApplication>
#include <QCoreApplication>
#include <QGuiApplication>
#include <QTextStream>

#include <cstdio>
#include <memory>

using namespace FundDesk;

namespace {

QStringList rawArguments(int argc, char *argv[])
{
    QStringList arguments;
    for (int i = 1; i < argc; ++i) {
        arguments << QString::fromLocal8Bit(argv[i]);
    }
    return arguments;
}

// Headless: no display needed, so `funddesk check` runs on a server or in CI. Document
// commands draw with Qt Gui, so they get a QGuiApplication on the offscreen platform.
int runHeadless(int argc, char *argv[])
{
    std::unique_ptr<QCoreApplication> owner;
    if (App::CommandLineRunner::needsGui(rawArguments(argc, argv))) {
        if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM")) {
            qputenv("QT_QPA_PLATFORM", "offscreen");
        }
        owner = std::make_unique<QGuiApplication>(argc, argv);
    } else {
        owner = std::make_unique<QCoreApplication>(argc, argv);
    }
    QCoreApplication &app = *owner;
    App::setApplicationIdentity();
    App::TranslationLoader translations;
    translations.apply(QLocale::system());
    QTextStream out(stdout);
    QTextStream err(stderr);
    return App::CommandLineRunner::run(app.arguments().mid(1), out, err);
}

} // namespace

int main(int argc, char *argv[])
{
    if (App::CommandLineRunner::wantsCommandLine(rawArguments(argc, argv))) {
        return runHeadless(argc, argv);
    }
    QApplication app(argc, argv);
    App::setApplicationIdentity();
    Ui::ContextMenuKey::install(); // Shift+F10 opens a context menu
    App::CompositionRoot root;
    return root.run(app.arguments().mid(1));
}
