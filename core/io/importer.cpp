#include "core/io/importer.h"

#include "core/coretr.h"
#include "core/db/bulkwritecache.h"
#include "core/db/transactionguard.h"
#include "core/io/activityimporter.h"
#include "core/io/contributionimporter.h"
#include "core/io/csvreader.h"
#include "core/io/donorimporter.h"
#include "core/io/importheader.h"
#include "core/io/sponsorshipimporter.h"
#include "core/reports/csvwriter.h"

#include <utility>

namespace FundDesk::Core {

Importer::Importer(QSqlDatabase db, ReferenceDataService reference, ImportOptions options)
    : m_db(std::move(db)), m_reference(std::move(reference)), m_options(options)
{}

Result<std::shared_ptr<KindImporter>> Importer::prepare(ImportKind kind) const
{
    std::shared_ptr<KindImporter> plan;
    switch (kind) {
    case ImportKind::Donors:
        plan = std::make_shared<DonorImporter>(m_db, m_reference);
        break;
    case ImportKind::Contributions:
        plan = std::make_shared<ContributionImporter>(m_db, m_reference, m_options);
        break;
    case ImportKind::Sponsorships:
        plan = std::make_shared<SponsorshipImporter>(m_db, m_reference);
        break;
    case ImportKind::Activities:
        plan = std::make_shared<ActivityImporter>(m_db, m_reference, m_options);
        break;
    }
    if (auto loaded = plan->load(); !loaded) {
        return loaded.error();
    }
    return plan;
}

ImportPreview Importer::analyse(ImportKind kind, std::shared_ptr<KindImporter> plan,
                                const QByteArray &bytes, const ImportProgress &progress)
{
    ImportPreview preview;
    preview.kind = kind;
    auto document = CsvReader::parse(bytes);
    if (!document) {
        preview.issues.append({0, {}, document.error().message});
        return preview;
    }
    preview.document = std::move(document).value();
    const ImportHeader header = ImportHeader::match(preview.document.header, importColumns(kind));
    preview.issues = header.issues;
    if (!preview.issues.isEmpty()) {
        return preview;
    }
    if (preview.document.rows.isEmpty()) {
        preview.issues.append({0,
                               {},
                               Tr::tr("The file has a header but no rows. Add the records "
                                      "below the header line.")});
        return preview;
    }
    preview.cancelled = !plan->analyse(preview.document, header.indexes, preview.issues, progress);
    preview.plan = std::move(plan);
    return preview;
}

Result<ImportPreview> Importer::preview(ImportKind kind, const QByteArray &bytes,
                                        const ImportProgress &progress) const
{
    auto plan = prepare(kind);
    if (!plan) {
        return plan.error();
    }
    return analyse(kind, std::move(plan).value(), bytes, progress);
}

Result<int> Importer::apply(const ImportPreview &preview, const ImportProgress &progress) const
{
    if (!preview.acceptable()) {
        //: %n is the number of problems found in the file
        return makeError(ErrorCode::InvalidInput,
                         Tr::tr("The file has %n problem(s), so nothing was imported. Correct "
                                "them and import the file again.",
                                nullptr, int(preview.issues.size())));
    }
    const BulkWriteCache cache(m_db); // outlives the transaction: COMMIT writes from it
    TransactionGuard transaction(m_db);
    if (!transaction.isActive()) {
        return transaction.beginError();
    }
    const auto written = preview.plan->write(progress);
    if (!written) {
        return written.error();
    }
    if (auto committed = transaction.commit(); !committed) {
        return committed.error();
    }
    return *written;
}

QByteArray Importer::templateFor(ImportKind kind)
{
    return CsvWriter::toBytes(CsvTable{importColumns(kind), {}});
}

} // namespace FundDesk::Core
