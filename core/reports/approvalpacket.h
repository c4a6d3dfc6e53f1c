#pragma once

#include "core/domain/language.h"
#include "core/domain/result.h"
#include "core/domain/workflowitem.h"
#include "core/reports/reportcontent.h"

#include <QDateTime>
#include <QSqlDatabase>

namespace FundDesk::Core {

class ReferenceDataService;

// What the High Representative reads before signing (¶18): for one sponsorship or activity,
// or for a meeting's whole slate. Strings are translated with the translators installed when
// the builder runs; the document's language chooses State names and number formats.
//
// Items are named as people name them: an activity by its reference ("CB-2026-014"), a
// sponsorship as "SP-" and its number ("SP-12").
class ApprovalPacket final
{
public:
    ApprovalPacket(QSqlDatabase db, const ReferenceDataService &reference, Language language,
                   QDateTime now = QDateTime::currentDateTimeUtc());

    static QString sponsorshipReference(qint64 id);
    // NotFound with a message naming the reference when no item has it.
    Result<WorkflowItem> findItem(const QString &reference) const;

    Result<ReportDocument> forItem(const QString &reference) const;
    Result<ReportDocument> forItem(const WorkflowItem &item) const;
    // The meeting's slate: its sponsorships recommended or further on (approved, active,
    // completed); a summary table then one section per delegate.
    Result<ReportDocument> forMeeting(const QString &meetingReference) const;

private:
    QSqlDatabase m_db;
    const ReferenceDataService &m_reference;
    Language m_language;
    QDateTime m_now;
};

} // namespace FundDesk::Core
