#include "core/services/referencedataloader.h"

#include "core/coretr.h"
#include "core/db/transactionguard.h"
#include "core/logging.h"
#include "core/repositories/staterepository.h"
#include "core/services/referencedatacsv.h"

#include <QFile>

namespace FundDesk::Core {

namespace {

Result<QList<State>> readResource(const QString &path, bool member)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        return makeError(ErrorCode::Io,
                         Tr::tr("The list of States built into FundDesk could not be read."),
                         QStringLiteral("%1: %2").arg(path, file.errorString()));
    }
    auto states = ReferenceDataCsv::parse(file.readAll(), member);
    if (!states) {
        Error error = states.error();
        error.detail = QStringLiteral("%1: %2").arg(path, error.detail);
        return error;
    }
    return states;
}

} // namespace

QString ReferenceDataLoader::memberStatesResource()
{
    return QStringLiteral(":/reference/un-member-states.csv");
}

QString ReferenceDataLoader::observerStatesResource()
{
    return QStringLiteral(":/reference/observer-states.csv");
}

Result<int> ReferenceDataLoader::ensureLoaded(QSqlDatabase db)
{
    StateRepository repository(db);
    TransactionGuard transaction(db);
    if (!transaction.isActive()) {
        return transaction.beginError();
    }
    // Counted inside the transaction: if two programs open the same new file at once, the
    // second one's inserts fail and roll back instead of duplicating the list.
    const auto stored = repository.count();
    if (!stored) {
        return stored.error();
    }
    if (*stored > 0) {
        return 0;
    }

    auto members = readResource(memberStatesResource(), true);
    if (!members) {
        return members.error();
    }
    auto observers = readResource(observerStatesResource(), false);
    if (!observers) {
        return observers.error();
    }
    const QList<State> states = *members + *observers;
    for (const State &state : states) {
        if (auto inserted = repository.insert(state); !inserted) {
            return inserted.error(); // the guard rolls back every row inserted so far
        }
    }
    if (auto committed = transaction.commit(); !committed) {
        return committed.error();
    }
    qCInfo(lcCore) << "Loaded" << states.size() << "States from the reference data";
    return int(states.size());
}

} // namespace FundDesk::Core
