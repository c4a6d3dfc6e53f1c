// libFuzzer target: the command line, App::CommandLineRunner::run, with arguments made from
// the input (one argument per line). The fund is always an in-memory database and the process
// works in a temporary folder, so no input can touch a real file. Any input must end in exit 0,
// 1 or 2 with a message; never a crash, a hang, a leak or undefined behaviour.
#include "app/cli/commandlinerunner.h"

#include <QDir>
#include <QGuiApplication>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTextStream>

#include <cstddef>
#include <cstdint>
#include <cstdlib>

namespace {

QCoreApplication *application = nullptr;

void setUpOnce()
{
    if (application) {
        return;
    }
    static int argc = 1;
    static char name[] = "fuzz_commandline";
    static char *argv[] = {name, nullptr};
    // The document commands draw with Qt Gui, as in main.cpp: offscreen, no display needed.
    qputenv("QT_QPA_PLATFORM", "offscreen");
    application = new QGuiApplication(argc, argv);
    QStandardPaths::setTestModeEnabled(true);
    static QTemporaryDir folder;
    QDir::setCurrent(folder.path());
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    setUpOnce();
    const QString text = QString::fromUtf8(reinterpret_cast<const char *>(data), qsizetype(size));
    QStringList arguments = text.split(QLatin1Char('\n'));
    if (arguments.size() > 64) {
        return 0;
    }
    for (const QString &argument : std::as_const(arguments)) {
        // No paths: backup/restore must not reach outside the temporary folder.
        if (argument.contains(QLatin1Char('/')) || argument.contains(QLatin1Char('\\')) ||
            argument.startsWith(QLatin1Char('~'))) {
            return 0;
        }
        // Nothing may take the in-memory fund away: "--" would make the --database appended
        // below a positional argument, and the fund would be the default file.
        if (argument == QLatin1String("--") || argument.startsWith(QLatin1String("--database")) ||
            argument.startsWith(QLatin1String("-database"))) {
            return 0;
        }
    }
    // The demo fund is slow by design (thousands of rows), not a parser path.
    if (!arguments.isEmpty() && arguments.constFirst() == QLatin1String("demo")) {
        return 0;
    }
    // The last --database wins: always an in-memory fund.
    arguments << QStringLiteral("--database") << QStringLiteral(":memory:");
    QString out;
    QString err;
    QTextStream outStream(&out);
    QTextStream errStream(&err);
    const int code = FundDesk::App::CommandLineRunner::run(arguments, outStream, errStream);
    if (code < 0 || code > 2) {
        std::abort(); // the contract with scripts: 0, 1 or 2
    }
    return 0;
}
