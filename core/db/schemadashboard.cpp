#include "core/db/schemadashboard.h"

#include "core/db/sqlhelpers.h"

#include <QStringList>

namespace FundDesk::Core {

Result<void> createDashboardIndexes(QSqlDatabase &db)
{
    const QStringList statements{
        QStringLiteral("CREATE INDEX contributions_by_type_date_usd "
                       "ON contributions (type, date, usd_minor)"),
        QStringLiteral("DROP INDEX contributions_by_type_date"),
        QStringLiteral("CREATE INDEX disbursements_by_date_state_usd "
                       "ON disbursements (date, recipient_iso3, usd_minor)"),
        QStringLiteral("DROP INDEX disbursements_by_date"),
        QStringLiteral("CREATE INDEX commitments_by_date_item "
                       "ON commitments (date, item_kind, item_id, amount_minor)"),
        QStringLiteral("DROP INDEX commitments_by_date"),
    };
    for (const QString &sql : statements) {
        if (auto done = Sql::exec(db, sql); !done) {
            return done;
        }
    }
    return {};
}

Result<void> createDashboardCostNormIndex(QSqlDatabase &db)
{
    const QStringList statements{
        QStringLiteral("CREATE INDEX sponsorships_by_status_cost ON sponsorships "
                       "(status, actual_minor, override_minor, estimated_minor)"),
        QStringLiteral("DROP INDEX sponsorships_by_status"),
    };
    for (const QString &sql : statements) {
        if (auto done = Sql::exec(db, sql); !done) {
            return done;
        }
    }
    return {};
}

} // namespace FundDesk::Core
