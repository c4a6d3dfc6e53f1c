#pragma once

#include "core/domain/result.h"

#include <QString>

namespace FundDesk::Core {

class Database;

// What a generated demo fund holds, for the command line and the first-run dialog to say.
struct DemoFundSummary
{
    QString fundName;
    int states = 0;
    QString describe() const;
};

// Fills an empty, migrated fund with realistic demo records. Deterministic for a seed, and all
// in one transaction: a failure leaves the file as it was. Each capability adds its records.
class DemoFundGenerator final
{
public:
    explicit DemoFundGenerator(quint32 seed) : m_seed(seed) {}

    Result<DemoFundSummary> generate(Database &database) const;

private:
    quint32 m_seed;
};

} // namespace FundDesk::Core
