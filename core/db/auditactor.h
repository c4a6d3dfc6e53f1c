#pragma once

#include "core/domain/profile.h"
#include "core/domain/result.h"

#include <QSqlDatabase>

namespace FundDesk::Core {

// Names the profile that the audit trail's next entries record. The triggers read it from the
// one-row table audit_actor (a trigger cannot read a TEMP table). A service that is given the
// acting profile sets it for the length of its write with a scope, and puts back what was
// there before, so an entry never names someone who did not act.
//
// The window may also set the profile once when the user picks theirs (setCurrent()), so
// writes through services that take no profile (donors, contributions) name them as well;
// it should clear() it when the fund is closed.
class AuditActor final
{
public:
    static Result<void> setCurrent(QSqlDatabase db, const Profile &profile);
    static Result<void> clear(QSqlDatabase db);
    static Result<Profile> current(const QSqlDatabase &db); // id invalid when none is set

    // Sets the actor now, restores the previous one when destroyed. Create it inside the
    // write's TransactionGuard so both changes belong to the transaction.
    class Scope final
    {
    public:
        Scope(QSqlDatabase db, const Profile &profile);
        ~Scope();
        Scope(const Scope &) = delete;
        Scope &operator=(const Scope &) = delete;

        bool isActive() const { return m_ok; }
        const Error &error() const { return m_error; }

    private:
        QSqlDatabase m_db;
        Profile m_previous;
        Error m_error;
        bool m_ok = false;
    };

private:
    static Result<void> write(QSqlDatabase &db, qint64 id, const QString &name);
};

} // namespace FundDesk::Core
