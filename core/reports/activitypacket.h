#pragma once

#include "core/domain/activityapplication.h"
#include "core/reports/packetparts.h"

namespace FundDesk::Core {

// The sections of one activity's packet, and its language-free record for the checksum.
class ActivityPacket final
{
public:
    explicit ActivityPacket(const PacketParts &parts) : m_parts(parts) {}

    Result<QList<ReportSection>> sections(const ActivityApplication &application) const;
    Result<QString> canonical(const ActivityApplication &application) const;

private:
    ReportSection summary(const ActivityApplication &application) const;
    ReportSection focusAndPartners(const ActivityApplication &application) const;
    Result<ReportSection> scores(const ActivityApplication &application) const;
    ReportSection budget(const ActivityApplication &application, const Money &total) const;
    Result<ReportSection> consultation(const ActivityApplication &application) const;

    const PacketParts &m_parts;
};

} // namespace FundDesk::Core
