#pragma once

#include "core/domain/donor.h"

#include <QList>
#include <QString>

namespace FundDesk::Core::Demo {

// A donor of the demo fund with how it gives: currency, size and habits.
struct DemoDonor
{
    Donor donor;
    QString currency;      // the currency it pays in
    qint64 annualMajor;    // a typical yearly pledge, in whole units of that currency
    bool multiYear;        // pledges several years at once (¶20b)
    int anonymousPercent;  // how often it asks to be published anonymously (¶17)
};

// About forty donors of every kind, with realistic names; due diligence mostly cleared, one
// pending and one declined, so every state of ¶14 shows.
QList<DemoDonor> demoDonors();

} // namespace FundDesk::Core::Demo
