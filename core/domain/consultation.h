#pragma once

#include "core/domain/ids.h"

#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>
#include <QStringView>

#include <optional>

namespace FundDesk::Core {

using ConsultationId = Id<struct ConsultationTag>;

// Where the governance structure stands on one application.
enum class ConsultationStance { Supports, SupportsWithChanges, DoesNotSupport, NoView };

QList<ConsultationStance> allConsultationStances();
// supports, supports_with_changes, does_not_support, no_view
QString consultationStanceKey(ConsultationStance stance);
std::optional<ConsultationStance> consultationStanceFromKey(QStringView key);
QString consultationStanceDisplayName(ConsultationStance stance);

// The advice given on one application.
struct ConsultationAdvice
{
    ActivityId activityId;
    ConsultationStance stance = ConsultationStance::NoView;
    QString advice;

    bool operator==(const ConsultationAdvice &) const = default;
};

// One consultation of the governance structure of donor and beneficiary States that guides
// the fund manager's selection (¶18): when, who took part, and its advice per application.
struct Consultation
{
    ConsultationId id;
    QDate date;
    QStringList participants; // States and members who took part, as entered
    QList<ConsultationAdvice> advice;
    QString notes;

    bool operator==(const Consultation &) const = default;
};

} // namespace FundDesk::Core
