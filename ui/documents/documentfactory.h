#pragma once

#include "core/domain/language.h"
#include "core/domain/result.h"
#include "core/reports/publiccontributions.h"
#include "core/reports/reportcontent.h"

#include <QDateTime>
#include <QSqlDatabase>
#include <QStringList>

namespace FundDesk::Core {
class ReferenceDataService;
}

namespace FundDesk::Ui {

// Builds each document's content in the document's own language (DocumentLanguage), for the
// window and the command line alike. Call on the application's thread; render anywhere.
class DocumentFactory final
{
public:
    DocumentFactory(QSqlDatabase db, const Core::ReferenceDataService &reference,
                    QDateTime now = QDateTime::currentDateTimeUtc());

    Core::Result<Core::ReportDocument> packet(const QString &itemReference,
                                              Core::Language language) const;
    Core::Result<Core::ReportDocument> slatePacket(const QString &meetingReference,
                                                   Core::Language language) const;
    Core::Result<Core::ReportDocument> annualReport(int year, Core::Language language) const;
    // The public list in English, as the website publishes it.
    Core::Result<Core::PublicContributions> publicList(int year) const;

    // The public list as a printable document, in any language.
    Core::Result<Core::ReportDocument> publicListDocument(int year, Core::Language language) const;

    // Writes contributions-<year>.html and contributions-<year>.csv into the folder (made
    // when missing); returns the paths written.
    Core::Result<QStringList> publish(int year, const QString &folder) const;

private:
    QSqlDatabase m_db;
    const Core::ReferenceDataService &m_reference;
    QDateTime m_now;
};

} // namespace FundDesk::Ui
