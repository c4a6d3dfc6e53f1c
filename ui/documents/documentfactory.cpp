#include "ui/documents/documentfactory.h"

#include "core/reports/annualreport.h"
#include "core/reports/approvalpacket.h"
#include "core/services/contributionservice.h"
#include "core/services/donorservice.h"
#include "core/services/fundsettingsservice.h"
#include "ui/documents/documentlanguage.h"
#include "ui/documents/publiclisthtml.h"
#include "ui/uitr.h"

#include <QDir>
#include <QSaveFile>

namespace FundDesk::Ui {

namespace {

Core::Result<void> writeFile(const QString &path, const QByteArray &bytes)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit()) {
        return Core::makeError(Core::ErrorCode::Io,
                               Tr::tr("Cannot write “%1”: %2. Choose a folder you can write to.")
                                   .arg(path, file.errorString()),
                               file.errorString(), QStringLiteral("output"));
    }
    return {};
}

} // namespace

DocumentFactory::DocumentFactory(QSqlDatabase db, const Core::ReferenceDataService &reference,
                                 QDateTime now)
    : m_db(std::move(db)), m_reference(reference), m_now(std::move(now))
{}

Core::Result<Core::ReportDocument> DocumentFactory::packet(const QString &itemReference,
                                                           Core::Language language) const
{
    const DocumentLanguage scope(language);
    return Core::ApprovalPacket(m_db, m_reference, language, m_now).forItem(itemReference);
}

Core::Result<Core::ReportDocument> DocumentFactory::slatePacket(const QString &meetingReference,
                                                                Core::Language language) const
{
    const DocumentLanguage scope(language);
    return Core::ApprovalPacket(m_db, m_reference, language, m_now).forMeeting(meetingReference);
}

Core::Result<Core::ReportDocument> DocumentFactory::annualReport(int year,
                                                                 Core::Language language) const
{
    const DocumentLanguage scope(language);
    return Core::AnnualReport(m_db, m_reference, language, m_now).build(year);
}

Core::Result<Core::PublicContributions> DocumentFactory::publicList(int year) const
{
    const DocumentLanguage scope(Core::Language::English);
    const auto contributions = Core::ContributionService(m_db).all();
    const auto donors = Core::DonorService(m_db, m_reference).all();
    if (!contributions || !donors) {
        return !contributions ? contributions.error() : donors.error();
    }
    return Core::PublicContributions::compute(year, *contributions, *donors, m_reference,
                                              Core::Language::English);
}

Core::Result<Core::ReportDocument> DocumentFactory::publicListDocument(
    int year, Core::Language language) const
{
    const DocumentLanguage scope(language);
    const auto contributions = Core::ContributionService(m_db).all();
    const auto donors = Core::DonorService(m_db, m_reference).all();
    const auto settings = Core::FundSettingsService(m_db).load();
    if (!contributions || !donors || !settings) {
        return !contributions ? contributions.error()
                              : (!donors ? donors.error() : settings.error());
    }
    const auto list = Core::PublicContributions::compute(year, *contributions, *donors,
                                                         m_reference, language);
    if (!list) {
        return list.error();
    }
    Core::ReportDocument document;
    document.language = language;
    document.title = settings->name;
    //: %1 a year
    document.subtitle = Tr::tr("Contributions received in %1 (¶17)").arg(year);
    Core::ReportSection section;
    section.title = Tr::tr("Contributions");
    section.paragraph(Tr::tr("Contributions are published unless the donor asks otherwise "
                             "(¶17). Amounts in US dollars."));
    section.table(list->table());
    document.sections << section;
    document.pageTemplate = Tr::tr("Page %1 of %2");
    document.madeAt = m_now;
    document.checksum = Core::recordChecksum(QString::fromUtf8(Core::CsvWriter::toBytes(list->csv())));
    //: document footer: %1 date and time made (UTC), %2 the SHA-256 of the record shown
    document.footer = Tr::tr("Made %1 UTC · record SHA-256 %2")
                          .arg(m_now.toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm")),
                               document.checksum);
    return document;
}

Core::Result<QStringList> DocumentFactory::publish(int year, const QString &folder) const
{
    const auto list = publicList(year);
    const auto settings = Core::FundSettingsService(m_db).load();
    if (!list || !settings) {
        return !list ? list.error() : settings.error();
    }
    if (!QDir().mkpath(folder)) {
        return Core::makeError(Core::ErrorCode::Io,
                               Tr::tr("Cannot create the folder “%1”. Choose a folder you can "
                                      "write to.")
                                   .arg(folder),
                               {}, QStringLiteral("output"));
    }
    const QDir dir(folder);
    const QString html = dir.filePath(QStringLiteral("contributions-%1.html").arg(year));
    const QString csv = dir.filePath(QStringLiteral("contributions-%1.csv").arg(year));
    QString page;
    {
        const DocumentLanguage scope(Core::Language::English);
        page = PublicListHtml::page(*list, settings->name, Core::Language::English);
    }
    if (auto written = writeFile(html, page.toUtf8()); !written) {
        return written.error();
    }
    if (auto written = Core::CsvWriter::write(list->csv(), csv); !written) {
        return written.error();
    }
    return QStringList{html, csv};
}

} // namespace FundDesk::Ui
