#pragma once

#include "tools/crashharness/acknowledgedwrite.h"

#include <QHash>
#include <QRandomGenerator>
#include <QStringList>

#include <functional>
#include <optional>

namespace FundDesk::CrashHarness {

// One command-line write the harness will run (and maybe kill), and how to turn its
// acknowledgement, when it was printed, into a check.
struct PlannedWrite
{
    QString kind;
    QStringList arguments; // without --database
    // The acknowledged write in the process's output, if the ack line is there.
    std::function<std::optional<AcknowledgedWrite>(const QString &output)> acknowledged;
    // Checked after every kill even when not acknowledged (an import is all or nothing).
    std::optional<AcknowledgedWrite> invariant;
};

// The write paths of the command line, picked at random: donors, contributions, profiles,
// workflow transitions, disbursements, closing and reopening a year. Items and the state of the
// year are read from the fund (read-only) so most writes are ones the rules accept.
class Workload final
{
public:
    // importFolder: where the CSV files of `funddesk import` are written.
    Workload(QString fundPath, QString importFolder, quint32 seed);

    PlannedWrite next();
    QStringList kinds() const;

private:
    PlannedWrite donor();
    PlannedWrite contribution();
    PlannedWrite profile();
    PlannedWrite transition();
    PlannedWrite disbursement();
    PlannedWrite period();
    PlannedWrite import();
    QList<QStringList> query(const QString &sql) const;

    QString m_fund;
    QString m_importFolder;
    QRandomGenerator m_random;
    int m_serial = 0;
    QHash<QString, qint64> m_periodAcks; // "close 2015" → acknowledged so far
};

} // namespace FundDesk::CrashHarness
