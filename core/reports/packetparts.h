#pragma once

#include "core/domain/language.h"
#include "core/domain/money.h"
#include "core/domain/result.h"
#include "core/domain/statustransition.h"
#include "core/domain/workflowitem.h"
#include "core/reports/reportcontent.h"

#include <QDateTime>
#include <QSqlDatabase>
#include <QStringList>

namespace FundDesk::Core {

class ReferenceDataService;

// The parts every approval packet shares (balance, recommendation, consultation, history,
// signature) and what a packet builder needs to look things up. Internal to the packets.
class PacketParts final
{
public:
    PacketParts(QSqlDatabase db, const ReferenceDataService &reference, Language language,
                QDateTime now);

    QSqlDatabase db() const { return m_db; }
    const ReferenceDataService &reference() const { return m_reference; }
    Language language() const { return m_language; }
    QDateTime now() const { return m_now; }
    QString stateName(const QString &iso3) const;
    QString yesNo(const std::optional<bool> &value) const;

    // Available balance before and after the item's cost (or its commitment, once approved).
    Result<ReportSection> balance(const WorkflowItem &item, const Money &cost) const;
    ReportSection recommendation(const QList<StatusTransition> &history) const;
    ReportSection history(const QList<StatusTransition> &history) const;
    ReportSection signature() const;

    // Language-free lines of the record, for the checksum: "key=value".
    static QString canonical(const QList<StatusTransition> &history);

    // Fills the title, notice, footer and checksum of a packet.
    void finish(ReportDocument &document, const QString &canonicalText) const;

private:
    QSqlDatabase m_db;
    const ReferenceDataService &m_reference;
    Language m_language;
    QDateTime m_now;
};

} // namespace FundDesk::Core
