#pragma once

#include "core/domain/meeting.h"
#include "core/domain/sponsorshipapplication.h"
#include "core/reports/packetparts.h"

namespace FundDesk::Core {

// The sections of one sponsorship's packet, and its language-free record for the checksum.
class SponsorshipPacket final
{
public:
    explicit SponsorshipPacket(const PacketParts &parts) : m_parts(parts) {}

    Result<QList<ReportSection>> sections(const SponsorshipApplication &application,
                                          const Meeting &meeting) const;
    Result<QString> canonical(const SponsorshipApplication &application,
                              const Meeting &meeting) const;

private:
    ReportSection summary(const SponsorshipApplication &application, const Meeting &meeting) const;
    ReportSection checklist(const SponsorshipApplication &application) const;
    ReportSection cost(const SponsorshipApplication &application, const Meeting &meeting) const;

    const PacketParts &m_parts;
};

} // namespace FundDesk::Core
