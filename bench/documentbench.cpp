// The documents' performance goals (issue 8), on a demo fund: one approval packet under
// 300 ms, a 20-delegate slate packet under 3 s, the annual report under 3 s, each built and
// written as a PDF. Prints the median of five runs. Run offscreen:
//   QT_QPA_PLATFORM=offscreen build/<dir>/bench/bench_documents
#include "core/db/database.h"
#include "core/services/activityservice.h"
#include "core/services/demo/demofundgenerator.h"
#include "core/services/fundopener.h"
#include "core/services/meetingservice.h"
#include "core/services/referencedataservice.h"
#include "ui/documents/documentfactory.h"
#include "ui/documents/documentrenderer.h"

#include <QElapsedTimer>
#include <QGuiApplication>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTextStream>

#include <algorithm>
#include <functional>

using namespace FundDesk;

namespace {

qint64 median(const std::function<bool()> &work)
{
    QList<qint64> times;
    for (int run = 0; run < 5; ++run) {
        QElapsedTimer timer;
        timer.start();
        if (!work()) {
            return -1;
        }
        times << timer.elapsed();
    }
    std::sort(times.begin(), times.end());
    return times.at(2);
}

} // namespace

int main(int argc, char *argv[])
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM")) {
        qputenv("QT_QPA_PLATFORM", "offscreen");
    }
    QGuiApplication app(argc, argv);
    QTextStream out(stdout);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("demo.funddesk"));
    auto database = Core::FundOpener::open(path);
    if (!database || !Core::DemoFundGenerator(7).generate(**database)) {
        out << "could not make the demo fund\n";
        return 1;
    }
    const QSqlDatabase db = (*database)->connection();
    const auto reference = Core::ReferenceDataService::load(db);
    const auto activities = Core::ActivityService(db, *reference).all();
    const auto meetings = Core::MeetingService(db).all();
    if (!reference || !activities || activities->isEmpty() || !meetings || meetings->isEmpty()) {
        out << "the demo fund has no activities or meetings\n";
        return 1;
    }
    // The activity with the most reviews is the heaviest packet; any funded one will do.
    const auto funded = std::find_if(activities->cbegin(), activities->cend(),
                                     [](const auto &a) { return a.isRecommendedOrBeyond(); });
    const QString item = (funded != activities->cend() ? *funded : activities->first()).reference;
    // A slate of 20 at the first meeting (a benchmark may bend the demo's statuses).
    const Core::Meeting meeting = meetings->first();
    QSqlQuery slate(db);
    slate.exec(QStringLiteral("UPDATE sponsorships SET status = 'recommended' WHERE id IN "
                              "(SELECT id FROM sponsorships WHERE meeting_id = %1 LIMIT 20)")
                   .arg(meeting.id.value()));
    const int year = QDate::currentDate().year() - 1;
    const Ui::DocumentFactory factory(db, *reference);
    const QString pdf = dir.filePath(QStringLiteral("out.pdf"));
    // Timed: building the content and writing the PDF. The first run also counts the pages;
    // the median of five leaves that extra layout out.
    const auto time = [&](const char *what, qint64 goal,
                          const std::function<Core::Result<Core::ReportDocument>()> &build) {
        int pages = 0;
        const qint64 ms = median([&] {
            const auto document = build();
            if (!document) {
                out << what << ": " << document.error().message << '\n';
                return false;
            }
            if (pages == 0) {
                pages = Ui::DocumentRenderer::pageCount(*document, Ui::Paper::A4);
            }
            return Ui::DocumentRenderer::writePdf(*document, pdf, Ui::Paper::A4).ok();
        });
        QElapsedTimer split;
        split.start();
        const auto once = build();
        const qint64 buildMs = split.restart();
        if (once) {
            const auto written = Ui::DocumentRenderer::writePdf(*once, pdf, Ui::Paper::A4);
            Q_UNUSED(written)
        }
        out << QStringLiteral("  of which building the content %1 ms, writing the PDF %2 ms\n")
                   .arg(buildMs)
                   .arg(split.elapsed());
        out << QStringLiteral("%1: %2 ms (goal < %3 ms), %4 pages\n")
                   .arg(QString::fromLatin1(what))
                   .arg(ms)
                   .arg(goal)
                   .arg(pages);
        out.flush();
    };
    out << "activity " << item << ", meeting " << meeting.reference << ", year " << year << '\n';
    time("one packet (en)", 300, [&] { return factory.packet(item, Core::Language::English); });
    time("one packet (ar)", 300, [&] { return factory.packet(item, Core::Language::Arabic); });
    time("20-delegate slate packet", 3000,
         [&] { return factory.slatePacket(meeting.reference, Core::Language::English); });
    time("annual report (en)", 3000,
         [&] { return factory.annualReport(year, Core::Language::English); });
    time("annual report (zh)", 3000,
         [&] { return factory.annualReport(year, Core::Language::Chinese); });
    return 0;
}
