#include "core/services/slate/slateplanner.h"

#include "core/coretr.h"
#include "core/repositories/sponsorshiprepository.h"
#include "core/services/eligibilityscreening.h"
#include "core/services/referencedataservice.h"
#include "core/services/slate/slatebuilder.h"

namespace FundDesk::Core {

namespace {

bool inTheRunning(ApplicationStatus status)
{
    using S = ApplicationStatus;
    return status != S::Draft && status != S::NotRecommended && status != S::Rejected &&
           status != S::Cancelled;
}

} // namespace

SlatePlanner::SlatePlanner(QSqlDatabase db, const ReferenceDataService &reference)
    : m_db(std::move(db)), m_reference(reference)
{}

Result<QList<SlateCandidate>> SlatePlanner::candidates(MeetingId meeting, Language language) const
{
    auto applications = SponsorshipRepository(m_db).list({meeting, std::nullopt, {}});
    if (!applications) {
        return applications.error();
    }
    QList<SlateCandidate> candidates;
    for (const SponsorshipApplication &application : std::as_const(*applications)) {
        if (!inTheRunning(application.status)) {
            continue;
        }
        SlateCandidate candidate;
        candidate.id = application.id;
        candidate.applicantName = application.applicantName;
        candidate.stateIso3 = application.stateIso3;
        candidate.stateName = m_reference.name(application.stateIso3, language);
        candidate.gender = application.gender.value_or(Gender::OtherOrUndisclosed);
        candidate.group =
            m_reference.regionalGroup(application.stateIso3).value_or(RegionalGroup::None);
        candidate.priority = m_reference.priorityGroups(application.stateIso3);
        candidate.score = application.score;
        candidate.cost = application.cost();
        const EligibilityResult screening = EligibilityScreening::screen(application);
        candidate.failing = screening.failingCriteria();
        candidate.unassessed = screening.unassessed;
        candidates.append(candidate);
    }
    return candidates;
}

Result<void> SlatePlanner::validate(const SlateRequest &request)
{
    if (request.seats < 1 || request.seats > SlateRequest::maximumSeats) {
        return makeError(ErrorCode::InvalidInput,
                         Tr::tr("The seats must be a whole number from 1 to %1.")
                             .arg(SlateRequest::maximumSeats),
                         {}, QStringLiteral("seats"));
    }
    if (request.budget &&
        (request.budget->currency() != QLatin1String("USD") || request.budget->isNegative())) {
        return makeError(ErrorCode::InvalidInput,
                         Tr::tr("The budget must be an amount in USD of 0 or more."), {},
                         QStringLiteral("budget"));
    }
    return {};
}

Result<Slate> SlatePlanner::propose(MeetingId meeting, const SlateRequest &request,
                                    Language language) const
{
    if (auto valid = validate(request); !valid) {
        return valid.error();
    }
    auto all = candidates(meeting, language);
    if (!all) {
        return all.error();
    }
    return SlateBuilder::build(*all, request);
}

} // namespace FundDesk::Core
