#include "core/services/scenariostore.h"

#include "core/coretr.h"
#include "core/db/transactionguard.h"
#include "core/repositories/settingsrepository.h"
#include "core/services/fundsettingskeys.h"
#include "core/services/inputchecks.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>

namespace FundDesk::Core {

namespace {

const QString kKey = QString::fromLatin1(FundSettingsKeys::DashboardScenarios);

// Amounts as decimal text of minor units: JSON numbers are doubles.
QJsonObject toJson(const ScenarioInputs &s)
{
    return {{QStringLiteral("name"), s.name},
            {QStringLiteral("funding"), QString::number(s.annualFunding.minor())},
            {QStringLiteral("staffCharged"), s.staffChargedToContributions},
            {QStringLiteral("staffCost"), QString::number(s.staffCostPerYear.minor())},
            {QStringLiteral("sessions"), s.sessionsPerYear},
            {QStringLiteral("delegates"), s.delegatesPerSession},
            {QStringLiteral("perDelegate"), QString::number(s.costPerDelegate.minor())},
            {QStringLiteral("perActivity"), QString::number(s.averageActivityCost.minor())}};
}

Money money(const QJsonObject &o, const QString &key)
{
    return Money::usd(o.value(key).toString().toLongLong());
}

ScenarioInputs fromJson(const QJsonObject &o)
{
    ScenarioInputs s;
    s.name = o.value(QStringLiteral("name")).toString();
    s.annualFunding = money(o, QStringLiteral("funding"));
    s.staffChargedToContributions = o.value(QStringLiteral("staffCharged")).toBool();
    s.staffCostPerYear = money(o, QStringLiteral("staffCost"));
    s.sessionsPerYear = o.value(QStringLiteral("sessions")).toInt();
    s.delegatesPerSession = o.value(QStringLiteral("delegates")).toInt();
    s.costPerDelegate = money(o, QStringLiteral("perDelegate"));
    s.averageActivityCost = money(o, QStringLiteral("perActivity"));
    return s;
}

} // namespace

ScenarioStore::ScenarioStore(QSqlDatabase db) : m_db(std::move(db)) {}

Result<QList<ScenarioInputs>> ScenarioStore::load() const
{
    const auto stored = SettingsRepository(m_db).value(kKey);
    if (!stored) {
        return stored.error();
    }
    QList<ScenarioInputs> scenarios;
    if (!stored->has_value()) {
        return scenarios;
    }
    const QJsonArray array = QJsonDocument::fromJson(stored->value().toUtf8()).array();
    for (const QJsonValue &value : array) {
        ScenarioInputs scenario = fromJson(value.toObject());
        if (!scenario.name.isEmpty()) {
            scenarios.append(scenario);
        }
    }
    return scenarios;
}

Result<void> ScenarioStore::save(const ScenarioInputs &scenario)
{
    if (InputChecks::isBlank(scenario.name)) {
        return makeError(ErrorCode::InvalidInput,
                         Tr::tr("Give the scenario a name, so you can find it again."),
                         QStringLiteral("ScenarioStore: empty name"), QStringLiteral("name"));
    }
    if (auto error = InputChecks::tooLong(scenario.name.trimmed(), InputChecks::kMaxShortText,
                                          QStringLiteral("name"))) {
        return *error;
    }
    auto scenarios = load();
    if (!scenarios) {
        return scenarios.error();
    }
    ScenarioInputs named = scenario;
    named.name = scenario.name.trimmed();
    auto it = std::find_if(scenarios->begin(), scenarios->end(),
                           [&](const ScenarioInputs &s) { return s.name == named.name; });
    if (it != scenarios->end()) {
        *it = named;
    } else {
        scenarios->append(named);
    }
    return write(*scenarios);
}

Result<void> ScenarioStore::remove(const QString &name)
{
    auto scenarios = load();
    if (!scenarios) {
        return scenarios.error();
    }
    scenarios->removeIf([&](const ScenarioInputs &s) { return s.name == name; });
    return write(*scenarios);
}

Result<void> ScenarioStore::write(const QList<ScenarioInputs> &scenarios)
{
    QJsonArray array;
    for (const ScenarioInputs &scenario : scenarios) {
        array.append(toJson(scenario));
    }
    TransactionGuard guard(m_db);
    if (!guard.isActive()) {
        return guard.beginError();
    }
    if (auto saved = SettingsRepository(m_db).setValue(
            kKey, QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Compact)));
        !saved) {
        return saved;
    }
    return guard.commit();
}

} // namespace FundDesk::Core
