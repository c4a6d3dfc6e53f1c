// The documents' performance goals (issue 8), on a demo fund: one approval packet under
// 300 ms, a 20-delegate slate packet under 3 s, the annual report under 3 s, each built and
// written as a PDF. Prints the median of five runs, wall and CPU time (the machine may be shared,
// so CPU time is the steadier figure). Run offscreen, optionally naming the cases to run
// (packet-en, packet-ar, slate, annual-en, annual-zh, annual-ar) and a fund to use instead of the demo:
//   QT_QPA_PLATFORM=offscreen build/<dir>/bench/bench_documents [--database F] [--output PDF]
//       [case …]
#include "core/db/database.h"
#include "core/services/activityservice.h"
#include "core/services/demo/demofundgenerator.h"
#include "core/services/fundopener.h"
#include "core/services/meetingservice.h"
#include "core/services/referencedataservice.h"
#include "ui/documents/documentfactory.h"
#include "ui/documents/documentrenderer.h"

#include <QElapsedTimer>
#include <QFile>
#include <QGuiApplication>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTextStream>

#include <algorithm>
#include <functional>

#include <time.h>

using namespace FundDesk;

namespace {

// CPU time of this process (user + system), in milliseconds.
qint64 documentBenchCpuMs()
{
    timespec now{};
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &now);
    return qint64(now.tv_sec) * 1000 + now.tv_nsec / 1000000;
}

struct DocumentBenchTiming
{
    qint64 wallMs = -1;
    qint64 cpuMs = -1;
};

// Medians of five runs, wall and CPU separately.
DocumentBenchTiming documentBenchMedian(const std::function<bool()> &work)
{
    QList<qint64> walls;
    QList<qint64> cpus;
    for (int run = 0; run < 5; ++run) {
        QElapsedTimer timer;
        timer.start();
        const qint64 cpu = documentBenchCpuMs();
        if (!work()) {
            return {};
        }
        walls << timer.elapsed();
        cpus << documentBenchCpuMs() - cpu;
    }
    std::sort(walls.begin(), walls.end());
    std::sort(cpus.begin(), cpus.end());
    return {walls.at(2), cpus.at(2)};
}

} // namespace

int main(int argc, char *argv[])
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM")) {
        qputenv("QT_QPA_PLATFORM", "offscreen");
    }
    QGuiApplication app(argc, argv);
    QTextStream out(stdout);
    QStringList cases = app.arguments().mid(1);
    QString fundPath;
    if (const qsizetype at = cases.indexOf(QStringLiteral("--database")); at >= 0) {
        fundPath = cases.value(at + 1);
        cases.remove(at, 2);
    }
    // Keeps the PDF of the last case run, to look at its pages.
    QString keptPdf;
    if (const qsizetype at = cases.indexOf(QStringLiteral("--output")); at >= 0) {
        keptPdf = cases.value(at + 1);
        cases.remove(at, 2);
    }
    const auto wanted = [&cases](const char *name) {
        return cases.isEmpty() || cases.contains(QLatin1String(name));
    };
    QTemporaryDir dir;
    const QString path = fundPath.isEmpty() ? dir.filePath(QStringLiteral("demo.funddesk")) : fundPath;
    auto database = Core::FundOpener::open(path);
    if (!database || (fundPath.isEmpty() && !Core::DemoFundGenerator(7).generate(**database))) {
        out << "could not make or open the fund\n";
        return 1;
    }
    const QSqlDatabase db = (*database)->connection();
    const auto reference = Core::ReferenceDataService::load(db);
    const auto activities = Core::ActivityService(db, *reference).all();
    const auto meetings = Core::MeetingService(db).all();
    if (!reference || !activities || activities->isEmpty() || !meetings || meetings->isEmpty()) {
        out << "the fund has no activities or meetings\n";
        return 1;
    }
    // The activity with the most reviews is the heaviest packet; any funded one will do.
    const auto funded = std::find_if(activities->cbegin(), activities->cend(),
                                     [](const auto &a) { return a.isRecommendedOrBeyond(); });
    const QString item = (funded != activities->cend() ? *funded : activities->first()).reference;
    // A slate of 20 at the first meeting (a benchmark may bend the fund's statuses).
    const Core::Meeting meeting = meetings->first();
    if (wanted("slate")) {
        QSqlQuery slate(db);
        slate.exec(QStringLiteral("UPDATE sponsorships SET status = 'recommended' WHERE id IN "
                                  "(SELECT id FROM sponsorships WHERE meeting_id = %1 LIMIT 20)")
                       .arg(meeting.id.value()));
    }
    const int year = QDate::currentDate().year() - 1;
    const Ui::DocumentFactory factory(db, *reference);
    const QString pdf = dir.filePath(QStringLiteral("out.pdf"));
    // Timed: building the content and writing the PDF.
    const auto time = [&](const char *name, const char *what, qint64 goal,
                          const std::function<Core::Result<Core::ReportDocument>()> &build) {
        if (!wanted(name)) {
            return;
        }
        const DocumentBenchTiming timing = documentBenchMedian([&] {
            const auto document = build();
            if (!document) {
                out << what << ": " << document.error().message << '\n';
                return false;
            }
            return Ui::DocumentRenderer::writePdf(*document, pdf, Ui::Paper::A4).ok();
        });
        QElapsedTimer split;
        split.start();
        qint64 cpu = documentBenchCpuMs();
        const auto once = build();
        const qint64 buildMs = split.restart();
        const qint64 buildCpu = documentBenchCpuMs() - cpu;
        cpu = documentBenchCpuMs();
        if (once) {
            const auto written = Ui::DocumentRenderer::writePdf(*once, pdf, Ui::Paper::A4);
            Q_UNUSED(written)
            if (!keptPdf.isEmpty()) {
                QFile::remove(keptPdf);
                QFile::copy(pdf, keptPdf);
            }
        }
        const qint64 writeMs = split.elapsed();
        const qint64 writeCpu = documentBenchCpuMs() - cpu;
        const int pages = once ? Ui::DocumentRenderer::pageCount(*once, Ui::Paper::A4) : 0;
        out << QStringLiteral("  of which building the content %1 ms (%2 ms CPU), writing the "
                              "PDF %3 ms (%4 ms CPU)\n")
                   .arg(buildMs)
                   .arg(buildCpu)
                   .arg(writeMs)
                   .arg(writeCpu);
        out << QStringLiteral("%1: %2 ms wall, %3 ms CPU (goal < %4 ms), %5 pages\n")
                   .arg(QString::fromLatin1(what))
                   .arg(timing.wallMs)
                   .arg(timing.cpuMs)
                   .arg(goal)
                   .arg(pages);
        out.flush();
    };
    out << "activity " << item << ", meeting " << meeting.reference << ", year " << year << '\n';
    time("packet-en", "one packet (en)", 300,
         [&] { return factory.packet(item, Core::Language::English); });
    time("packet-ar", "one packet (ar)", 300,
         [&] { return factory.packet(item, Core::Language::Arabic); });
    time("slate", "20-delegate slate packet (ar)", 3000,
         [&] { return factory.slatePacket(meeting.reference, Core::Language::Arabic); });
    time("annual-en", "annual report (en)", 3000,
         [&] { return factory.annualReport(year, Core::Language::English); });
    time("annual-zh", "annual report (zh)", 3000,
         [&] { return factory.annualReport(year, Core::Language::Chinese); });
    time("annual-ar", "annual report (ar)", 3000,
         [&] { return factory.annualReport(year, Core::Language::Arabic); });
    return 0;
}
