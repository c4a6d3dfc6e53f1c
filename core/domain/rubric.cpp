#include "core/domain/rubric.h"

#include "core/coretr.h"

#include <numeric>

namespace FundDesk::Core {

namespace {
struct CriterionKey
{
    RubricCriterion criterion;
    const char *key;
};
constexpr std::array<CriterionKey, rubricCriterionCount> kKeys{{
    {RubricCriterion::NeedsAssessment, "needs_assessment"},
    {RubricCriterion::SynergyGapAnalysis, "synergy"},
    {RubricCriterion::GeographicBalance, "geographic_balance"},
    {RubricCriterion::ImpactSustainability, "impact"},
    {RubricCriterion::WorkingGroupCommitment, "commitment"},
    {RubricCriterion::GenderMainstreaming, "gender"},
}};
} // namespace

QList<RubricCriterion> allRubricCriteria()
{
    QList<RubricCriterion> criteria;
    for (const auto &entry : kKeys) {
        criteria.append(entry.criterion);
    }
    return criteria;
}

QString rubricCriterionKey(RubricCriterion criterion)
{
    return QString::fromLatin1(kKeys[rubricIndex(criterion)].key);
}

std::optional<RubricCriterion> rubricCriterionFromKey(QStringView key)
{
    for (const auto &entry : kKeys) {
        if (key == QLatin1String(entry.key)) {
            return entry.criterion;
        }
    }
    return std::nullopt;
}

QString rubricCriterionLetter(RubricCriterion criterion)
{
    return QString(QChar(u'a' + int(criterion)));
}

QString rubricCriterionDisplayName(RubricCriterion criterion)
{
    switch (criterion) {
    case RubricCriterion::NeedsAssessment:
        //: selection criterion (a) of activities
        return Tr::tr("Needs assessment");
    case RubricCriterion::SynergyGapAnalysis:
        //: selection criterion (b) of activities
        return Tr::tr("Synergy and gap analysis");
    case RubricCriterion::GeographicBalance:
        //: selection criterion (c) of activities
        return Tr::tr("Geographic balance");
    case RubricCriterion::ImpactSustainability:
        //: selection criterion (d) of activities
        return Tr::tr("Impact, sustainability and ownership");
    case RubricCriterion::WorkingGroupCommitment:
        //: selection criterion (e) of activities
        return Tr::tr("Commitment to the working group");
    case RubricCriterion::GenderMainstreaming:
        //: selection criterion (f) of activities
        return Tr::tr("Gender mainstreaming");
    }
    return {};
}

QString rubricCriterionDescription(RubricCriterion criterion)
{
    switch (criterion) {
    case RubricCriterion::NeedsAssessment:
        return Tr::tr("The activity answers needs identified in a national or regional needs "
                      "assessment.");
    case RubricCriterion::SynergyGapAnalysis:
        return Tr::tr("The application shows how the activity complements other "
                      "capacity-building efforts and fills a gap they leave.");
    case RubricCriterion::GeographicBalance:
        return Tr::tr("Funding the activity contributes to an equitable distribution of the "
                      "fund's resources across regions.");
    case RubricCriterion::ImpactSustainability:
        return Tr::tr("The activity has a lasting impact and is owned nationally or regionally "
                      "beyond the fund's support.");
    case RubricCriterion::WorkingGroupCommitment:
        return Tr::tr("The activity supports the work of the open-ended working group and its "
                      "follow-up process.");
    case RubricCriterion::GenderMainstreaming:
        return Tr::tr("The activity mainstreams gender in its design, participation and "
                      "results.");
    }
    return {};
}

QString rubricAnchorName(int score)
{
    switch (score) {
    case 0:
        //: point 0 of the 0–5 review scale
        return Tr::tr("Absent");
    case 1:
        //: point 1 of the 0–5 review scale
        return Tr::tr("Very weak");
    case 2:
        //: point 2 of the 0–5 review scale
        return Tr::tr("Weak");
    case 3:
        //: point 3 of the 0–5 review scale
        return Tr::tr("Adequate");
    case 4:
        //: point 4 of the 0–5 review scale
        return Tr::tr("Strong");
    case 5:
        //: point 5 of the 0–5 review scale
        return Tr::tr("Exemplary");
    default:
        return {};
    }
}

QString rubricAnchorDescription(int score)
{
    switch (score) {
    case 0:
        return Tr::tr("The application does not address the criterion at all.");
    case 1:
        return Tr::tr("The criterion is mentioned, but without substance or evidence.");
    case 2:
        return Tr::tr("The criterion is addressed in part; important gaps or weaknesses "
                      "remain.");
    case 3:
        return Tr::tr("The criterion is addressed satisfactorily, with some evidence; minor "
                      "gaps remain.");
    case 4:
        return Tr::tr("The criterion is addressed well, with clear evidence and few "
                      "weaknesses.");
    case 5:
        return Tr::tr("The criterion is addressed fully and convincingly, with strong evidence; "
                      "a model for other applications.");
    default:
        return {};
    }
}

Result<RubricWeights> RubricWeights::create(const RubricScores &weights)
{
    for (std::size_t i = 0; i < weights.size(); ++i) {
        if (weights[i] < 0 || weights[i] > rubricMaxWeight) {
            //: %1 is a criterion name, %2 the largest weight allowed
            return makeError(
                ErrorCode::InvalidInput,
                Tr::tr("The weight of “%1” must be a whole number from 0 to %2.")
                    .arg(rubricCriterionDisplayName(RubricCriterion(i)))
                    .arg(rubricMaxWeight),
                QStringLiteral("weight %1 = %2").arg(i).arg(weights[i]),
                QStringLiteral("weight.") + rubricCriterionKey(RubricCriterion(i)));
        }
    }
    if (std::accumulate(weights.begin(), weights.end(), 0) == 0) {
        return makeError(ErrorCode::InvalidInput,
                         Tr::tr("At least one criterion must have a weight above zero, or no "
                                "application could be scored."),
                         QStringLiteral("all weights zero"), QStringLiteral("weights"));
    }
    return RubricWeights(weights);
}

int RubricWeights::total() const
{
    return std::accumulate(m_weights.begin(), m_weights.end(), 0);
}

QString RubricWeights::toText() const
{
    QStringList parts;
    for (int weight : m_weights) {
        parts.append(QString::number(weight));
    }
    return parts.join(u',');
}

Result<RubricWeights> RubricWeights::fromText(QStringView text)
{
    const auto parts = text.split(u',');
    RubricScores weights{};
    bool ok = parts.size() == qsizetype(rubricCriterionCount);
    for (qsizetype i = 0; ok && i < parts.size(); ++i) {
        weights[std::size_t(i)] = parts[i].trimmed().toInt(&ok);
    }
    if (!ok) {
        return makeError(ErrorCode::InvalidInput,
                         Tr::tr("The weights of the review criteria could not be read. Enter "
                                "them again in the fund's settings."),
                         QStringLiteral("weights text '%1'").arg(text), QStringLiteral("weights"));
    }
    return create(weights);
}

} // namespace FundDesk::Core
