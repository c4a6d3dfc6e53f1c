#pragma once

#include <QDate>
#include <QList>
#include <QString>
#include <QStringView>

#include <optional>

namespace FundDesk::Core {

// The UN's due-diligence clearance of a non-governmental donor (¶14). Money may be pledged
// while Pending, but recorded as received only once Cleared.
enum class DueDiligenceStatus { NotRequired, Pending, Cleared, Declined };

struct DueDiligence
{
    DueDiligenceStatus status = DueDiligenceStatus::NotRequired;
    QDate date; // when the status was decided; null while pending
    QString note;

    bool operator==(const DueDiligence &) const = default;
};

QList<DueDiligenceStatus> allDueDiligenceStatuses();
QString dueDiligenceKey(DueDiligenceStatus status); // not_required, pending, cleared, declined
std::optional<DueDiligenceStatus> dueDiligenceFromKey(QStringView key);
QString dueDiligenceDisplayName(DueDiligenceStatus status);

} // namespace FundDesk::Core
