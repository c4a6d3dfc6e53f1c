#pragma once

#include "core/domain/ids.h"
#include "core/domain/language.h"
#include "core/domain/result.h"
#include "core/services/slate/slate.h"
#include "core/services/slate/slatecandidate.h"
#include "core/services/slate/slaterequest.h"

#include <QList>
#include <QSqlDatabase>

namespace FundDesk::Core {

class ReferenceDataService;

// Loads a meeting's applications as slate candidates and runs SlateBuilder on them: the one
// path the Sponsorships page and `funddesk slate` share. Reads only.
class SlatePlanner final
{
public:
    SlatePlanner(QSqlDatabase db, const ReferenceDataService &reference);

    // Every application of the meeting still in the running (not Draft, Not recommended,
    // Rejected or Cancelled), in id order; State names in that language.
    Result<QList<SlateCandidate>> candidates(MeetingId meeting, Language language) const;

    // Seats from 1 to SlateRequest::maximumSeats (field "seats"), a budget in USD of 0 or more
    // (field "budget").
    static Result<void> validate(const SlateRequest &request);

    Result<Slate> propose(MeetingId meeting, const SlateRequest &request, Language language) const;

private:
    QSqlDatabase m_db;
    const ReferenceDataService &m_reference;
};

} // namespace FundDesk::Core
