// Issue 8: importing 100 000 contribution rows under 3 s. Times each step of the import on a
// fund file (WAL, synchronous=FULL, as the app runs): parse, check, write, and the commit with
// its audit seal. Usage: bench_import [ROWS] [PATH]
#include "core/db/auditchain.h"
#include "core/db/bulkwritecache.h"
#include "core/db/transactionguard.h"
#include "core/io/csvreader.h"
#include "core/io/importer.h"
#include "core/services/fundopener.h"

#include <QCoreApplication>
#include <QDate>
#include <QElapsedTimer>
#include <QFile>

#include <cstdio>
#include <ctime>

using namespace FundDesk::Core;

namespace {

QByteArray generated(int rows)
{
    QByteArray bytes = Importer::templateFor(ImportKind::Contributions);
    const QList<QByteArray> states{"FRA", "DEU", "JPN", "KEN", "BRA", "CAN", "NOR", "CHL"};
    for (int i = 0; i < rows; ++i) {
        bytes += QDate(2020, 1, 1).addDays(i % 2000).toString(Qt::ISODate).toLatin1() +
                 ",,member_state," + states.at(i % states.size()) + ',' +
                 (i % 2 ? "receipt," : "pledge,") + QByteArray::number(1000 + i) + ".50," +
                 (i % 3 == 0 ? "EUR,1.0825," : "USD,,") + "publish,,IMP-" + QByteArray::number(i) +
                 "\r\n";
    }
    return bytes;
}

// Wall time, and the process's CPU time: on a shared, loaded machine the CPU time is the
// better measure of the work itself.
std::clock_t lastCpu = std::clock();

void step(const char *name, QElapsedTimer &timer)
{
    const std::clock_t now = std::clock();
    std::printf("  %-34s %6lld ms wall %6lld ms CPU\n", name, timer.restart(),
                qint64((now - lastCpu) * 1000 / CLOCKS_PER_SEC));
    lastCpu = now;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList arguments = app.arguments();
    const int rows = arguments.size() > 1 ? arguments.at(1).toInt() : 100'000;
    const QString path =
        arguments.size() > 2 ? arguments.at(2) : QStringLiteral("/tmp/bench-import.funddesk");
    QFile::remove(path);
    QFile::remove(path + QStringLiteral("-wal"));
    QFile::remove(path + QStringLiteral("-shm"));
    auto database = FundOpener::open(path);
    if (!database) {
        std::fprintf(stderr, "%s\n", qPrintable(database.error().message));
        return 1;
    }
    const QSqlDatabase db = (*database)->connection();
    const auto reference = ReferenceDataService::load(db).value();
    const QByteArray bytes = generated(rows);
    std::printf("bench_import: %d contribution rows, %lld bytes, %s\n", rows, qint64(bytes.size()),
                qPrintable(path));

    QElapsedTimer total;
    total.start();
    const std::clock_t startCpu = std::clock();
    lastCpu = startCpu;
    QElapsedTimer timer;
    timer.start();
    const auto document = CsvReader::parse(bytes);
    step("parse (CsvReader)", timer);
    const Importer importer(db, reference);
    const auto plan = importer.prepare(ImportKind::Contributions);
    step("load donors and keys", timer);
    const ImportPreview preview = Importer::analyse(ImportKind::Contributions, *plan, bytes);
    step("parse again + check every row", timer);
    if (!preview.acceptable()) {
        std::fprintf(stderr, "refused: %s\n", qPrintable(preview.issues.first().message));
        return 1;
    }
    {
        const BulkWriteCache cache(db); // as Importer::apply
        TransactionGuard transaction(db);
        const auto written = preview.plan->write({});
        step("insert rows + audit entries", timer);
        if (!written) {
            std::fprintf(stderr, "%s\n", qPrintable(written.error().message));
            return 1;
        }
        if (auto sealed = AuditChain::seal(db); !sealed) {
            std::fprintf(stderr, "%s\n", qPrintable(sealed.error().message));
            return 1;
        }
        step("seal the audit entries", timer);
        if (auto committed = transaction.commit(); !committed) {
            return 1;
        }
        step("COMMIT", timer);
    }
    std::printf("  %-34s %6lld ms wall %6lld ms CPU\n", "total (incl. the extra parse)",
                total.elapsed(), qint64((std::clock() - startCpu) * 1000 / CLOCKS_PER_SEC));
    return document.ok() ? 0 : 1;
}
