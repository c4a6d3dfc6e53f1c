#pragma once

#include "core/domain/gender.h"
#include "core/domain/regions.h"

#include <QRandomGenerator>
#include <QString>

namespace FundDesk::Core::Demo {

// Plausible names, ministries and titles for demo applicants, by regional group so a delegate
// from Fiji is not called like one from Finland. Invented combinations; no real person.
struct DemoPerson
{
    QString name;
    QString ministry;
    QString title;
};

DemoPerson demoPerson(QRandomGenerator &random, RegionalGroup group, Gender gender);

} // namespace FundDesk::Core::Demo
