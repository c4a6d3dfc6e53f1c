#pragma once

#include "core/domain/result.h"

#include <QList>
#include <QString>
#include <QStringView>

#include <array>
#include <cstddef>
#include <optional>

namespace FundDesk::Core {

// The six selection criteria of ¶25(a)–(f), in the report's order.
enum class RubricCriterion {
    NeedsAssessment,       // (a)
    SynergyGapAnalysis,    // (b)
    GeographicBalance,     // (c)
    ImpactSustainability,  // (d)
    WorkingGroupCommitment,// (e)
    GenderMainstreaming,   // (f)
};

inline constexpr std::size_t rubricCriterionCount = 6;
inline constexpr int rubricMinScore = 0;
inline constexpr int rubricMaxScore = 5;
// Weights are bounded so weighted sums of many reviews stay far inside qint64.
inline constexpr int rubricMaxWeight = 1000;

constexpr std::size_t rubricIndex(RubricCriterion criterion)
{
    return static_cast<std::size_t>(criterion);
}

// One value per criterion, indexed by rubricIndex().
using RubricScores = std::array<int, rubricCriterionCount>;

QList<RubricCriterion> allRubricCriteria();
// Stable keys: needs_assessment, synergy, geographic_balance, impact, commitment, gender.
QString rubricCriterionKey(RubricCriterion criterion);
std::optional<RubricCriterion> rubricCriterionFromKey(QStringView key);
// The letter of ¶25: "a" … "f".
QString rubricCriterionLetter(RubricCriterion criterion);
// Translated short name and a sentence on what the reviewer looks for.
QString rubricCriterionDisplayName(RubricCriterion criterion);
QString rubricCriterionDescription(RubricCriterion criterion);

// The 0–5 scale: translated name and meaning of each point (the anchors reviewers score
// against); empty outside the scale.
QString rubricAnchorName(int score);
QString rubricAnchorDescription(int score);

// How much each criterion counts in a reviewer's weighted score. Integers, each 0 to
// rubricMaxWeight, at least one above zero. Equal by default.
class RubricWeights final
{
public:
    RubricWeights() { m_weights.fill(1); }
    static Result<RubricWeights> create(const RubricScores &weights);

    int weight(RubricCriterion criterion) const { return m_weights[rubricIndex(criterion)]; }
    const RubricScores &values() const { return m_weights; }
    int total() const;

    // "1,1,1,1,1,1": the stored form, in criterion order.
    QString toText() const;
    static Result<RubricWeights> fromText(QStringView text);

    bool operator==(const RubricWeights &) const = default;

private:
    explicit RubricWeights(const RubricScores &weights) : m_weights(weights) {}

    RubricScores m_weights{};
};

} // namespace FundDesk::Core
