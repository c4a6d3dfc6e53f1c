#include "bench/benchreport.h"

#include <QDateTime>
#include <QFile>
#include <QFileInfo>
#include <QThread>

namespace FundDesk::Bench {

namespace {

QString procValue(const QString &file, const QByteArray &key)
{
    QFile proc(file);
    if (!proc.open(QIODevice::ReadOnly)) {
        return QStringLiteral("?");
    }
    for (const QByteArray &line : proc.readAll().split('\n')) {
        if (line.startsWith(key)) {
            return QString::fromUtf8(line.mid(line.indexOf(':') + 1).trimmed());
        }
    }
    return QStringLiteral("?");
}

QString number(double value)
{
    return value < 0 ? QStringLiteral("—") : QString::number(value, 'f', value < 10 ? 2 : 1);
}

} // namespace

QString resultsMarkdown(const QList<Figure> &figures, int scale, int runs, const QString &fund)
{
    QString text;
    text += QStringLiteral("# FundDesk benchmark (issue 11)\n\n");
    text +=
        QStringLiteral("- Date: %1\n").arg(QDateTime::currentDateTimeUtc().toString(Qt::ISODate));
    text += QStringLiteral("- Machine: %1 cores (nproc), %2, RAM %3\n")
                .arg(QThread::idealThreadCount())
                .arg(procValue(QStringLiteral("/proc/cpuinfo"), "model name"),
                     procValue(QStringLiteral("/proc/meminfo"), "MemTotal"));
    text += QStringLiteral("- Fund: scale %1 (%2, %3 MB); median of %4 runs; Qt %5, offscreen\n")
                .arg(scale)
                .arg(QFileInfo(fund).fileName())
                .arg(QFileInfo(fund).size() / (1024 * 1024))
                .arg(runs)
                .arg(QString::fromLatin1(qVersion()));
    text += QStringLiteral(
        "- Bare limits: the same rows through the SQLite C API into a plain "
        "vector (sorted and searched with the standard library); an empty "
        "QMainWindow shown offscreen; a process showing only that window; for the "
        "dashboard tabs and the last four rows (the `funddesk` commands, run through the "
        "command line's own code in this process), the SQL they ran — every connection "
        "they opened, traced — replayed through the C API (the import's into a fresh copy, "
        "each statement prepared anew: slower than FundDesk's prepared batches).\n\n");
    text += QStringLiteral("| Measure | FundDesk | Bare | Ratio | Budget | Within | Note |\n");
    text += QStringLiteral("| --- | ---: | ---: | ---: | --- | --- | --- |\n");
    for (const Figure &figure : figures) {
        const bool measured = figure.fundDesk >= 0;
        const QString ratio =
            measured && figure.bare > 0
                ? QStringLiteral("%1×").arg(figure.fundDesk / figure.bare, 0, 'f', 1)
                : QStringLiteral("—");
        const QString within =
            figure.budget.isEmpty() || !measured
                ? QStringLiteral("—")
                : (figure.withinBudget ? QStringLiteral("yes") : QStringLiteral("**no**"));
        text += QStringLiteral("| %1 | %2 | %3 | %4 | %5 | %6 | %7 |\n")
                    .arg(figure.what,
                         measured ? number(figure.fundDesk) + QLatin1Char(' ') + figure.unit
                                  : QStringLiteral("—"),
                         figure.bare >= 0 ? number(figure.bare) + QLatin1Char(' ') + figure.unit
                                          : QStringLiteral("—"),
                         ratio, figure.budget, within, figure.note);
    }
    return text;
}

void writeResults(const QString &path, const QString &markdown)
{
    QFile file(path);
    if (file.open(QIODevice::WriteOnly | QIODevice::Truncate | QIODevice::Text)) {
        file.write(markdown.toUtf8());
    }
}

} // namespace FundDesk::Bench
