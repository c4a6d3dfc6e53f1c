#include "core/services/fundsettingsservice.h"

#include "core/coretr.h"
#include "core/db/transactionguard.h"
#include "core/repositories/settingsrepository.h"
#include "core/services/fundsettingskeys.h"
#include "core/services/inputchecks.h"

#include <optional>

namespace FundDesk::Core {

namespace {

constexpr qsizetype kMaxNameLength = 200;

QString key(const char *latin1)
{
    return QString::fromLatin1(latin1);
}

QString chargingKey(StaffCostCharging charging)
{
    switch (charging) {
    case StaffCostCharging::Contributions:
        return QStringLiteral("contributions");
    case StaffCostCharging::RegularBudget:
        break;
    }
    return QStringLiteral("regular_budget");
}

std::optional<StaffCostCharging> chargingFromKey(const QString &text)
{
    if (text == QLatin1String("regular_budget")) {
        return StaffCostCharging::RegularBudget;
    }
    if (text == QLatin1String("contributions")) {
        return StaffCostCharging::Contributions;
    }
    return std::nullopt;
}

// A stored value FundDesk did not write (hand-edited file, newer version): refuse to guess.
Error unreadableSetting(const QString &settingKey, const QString &value)
{
    //: %1 is the internal name of a setting, e.g. fund.threshold.usd_minor
    return makeError(
        ErrorCode::Storage,
        Tr::tr("The fund's setting “%1” holds a value FundDesk cannot read. Open "
               "the fund's settings, enter the value again and save.")
            .arg(settingKey),
        QStringLiteral("settings: unreadable value '%1' for key '%2'").arg(value, settingKey));
}

// Reads an amount stored as USD minor units; a missing key is USD 0.
Result<Money> readAmount(const SettingsRepository &repository, const char *latin1Key)
{
    const QString settingKey = key(latin1Key);
    const auto stored = repository.value(settingKey);
    if (!stored) {
        return stored.error();
    }
    if (!stored->has_value()) {
        return Money::usd(0);
    }
    bool ok = false;
    const qint64 minor = (*stored)->toLongLong(&ok);
    if (!ok) {
        return unreadableSetting(settingKey, **stored);
    }
    return Money::usd(minor);
}

// One amount of the settings with its two refusals spelled out whole, so translators never
// have to fit a setting's name into someone else's sentence.
struct AmountRule
{
    const Money &amount;
    QString field;
    QString negativeMessage;
    QString notUsdMessage; // %1 is the currency given
};

std::optional<Error> checkAmount(const AmountRule &rule)
{
    // The settings are budget figures in the fund's book currency.
    if (rule.amount.currency() != QLatin1String("USD")) {
        return makeError(ErrorCode::InvalidInput, rule.notUsdMessage.arg(rule.amount.currency()),
                         QStringLiteral("FundSettings: %1 not in USD").arg(rule.field), rule.field);
    }
    if (rule.amount.isNegative()) {
        return makeError(ErrorCode::InvalidInput, rule.negativeMessage,
                         QStringLiteral("FundSettings: negative %1").arg(rule.field), rule.field);
    }
    return InputChecks::implausibleUsd(rule.amount, rule.field);
}

} // namespace

FundSettingsService::FundSettingsService(QSqlDatabase db) : m_db(std::move(db)) {}

Result<FundSettings> FundSettingsService::load() const
{
    const SettingsRepository repository(m_db);
    FundSettings settings;

    const auto name = repository.value(key(FundSettingsKeys::FundName));
    if (!name) {
        return name.error();
    }
    settings.name = name->value_or(QString());

    const auto announced = repository.value(key(FundSettingsKeys::ThresholdAnnounced));
    if (!announced) {
        return announced.error();
    }
    if (announced->has_value() && !(*announced)->isEmpty()) {
        settings.thresholdAnnounced = QDate::fromString(**announced, Qt::ISODate);
        if (!settings.thresholdAnnounced.isValid()) {
            return unreadableSetting(key(FundSettingsKeys::ThresholdAnnounced), **announced);
        }
    }

    const auto charging = repository.value(key(FundSettingsKeys::StaffCharging));
    if (!charging) {
        return charging.error();
    }
    if (charging->has_value()) {
        const auto parsed = chargingFromKey(**charging);
        if (!parsed) {
            return unreadableSetting(key(FundSettingsKeys::StaffCharging), **charging);
        }
        settings.staffCharging = *parsed;
    }

    const auto language = repository.value(key(FundSettingsKeys::Language));
    if (!language) {
        return language.error();
    }
    if (language->has_value() && !(*language)->isEmpty()) {
        const auto parsed = languageFromCode(**language);
        if (!parsed) {
            return unreadableSetting(key(FundSettingsKeys::Language), **language);
        }
        settings.language = *parsed;
    }

    const std::pair<Money *, const char *> amounts[] = {
        {&settings.operationalThreshold, FundSettingsKeys::OperationalThresholdMinor},
        {&settings.professionalPostAnnualCost, FundSettingsKeys::ProfessionalPostCost},
        {&settings.generalServicePostAnnualCost, FundSettingsKeys::GeneralServicePostCost},
        {&settings.activityFundingFloor, FundSettingsKeys::ActivityFloorMinor},
    };
    for (const auto &[target, amountKey] : amounts) {
        auto amount = readAmount(repository, amountKey);
        if (!amount) {
            return amount.error();
        }
        *target = *amount;
    }
    return settings;
}

Result<void> FundSettingsService::validate(const FundSettings &settings) const
{
    if (settings.name.size() > kMaxNameLength) {
        //: %1 is the maximum number of characters, %2 the number typed
        return makeError(ErrorCode::InvalidInput,
                         Tr::tr("The fund's name is %2 characters long. Shorten it to %1 "
                                "characters at most.")
                             .arg(kMaxNameLength)
                             .arg(settings.name.size()),
                         QStringLiteral("FundSettings: name too long"), QStringLiteral("name"));
    }

    const AmountRule amounts[] = {
        {settings.operationalThreshold, QStringLiteral("threshold"),
         Tr::tr("The operational threshold cannot be negative. Enter zero, or the amount of "
                "receipts at which the fund becomes operational."),
         //: %1 is a currency code such as EUR
         Tr::tr("The operational threshold is in %1, but the fund's books are kept in US "
                "dollars. Enter the threshold in USD.")},
        {settings.professionalPostAnnualCost, QStringLiteral("professionalCost"),
         Tr::tr("The annual cost of the Professional post cannot be negative. Enter zero or an "
                "amount above zero."),
         //: %1 is a currency code such as EUR
         Tr::tr("The annual cost of the Professional post is in %1, but the fund's books are "
                "kept in US dollars. Enter the cost in USD.")},
        {settings.generalServicePostAnnualCost, QStringLiteral("generalServiceCost"),
         Tr::tr("The annual cost of the General Service post cannot be negative. Enter zero or "
                "an amount above zero."),
         //: %1 is a currency code such as EUR
         Tr::tr("The annual cost of the General Service post is in %1, but the fund's books are "
                "kept in US dollars. Enter the cost in USD.")},
        {settings.activityFundingFloor, QStringLiteral("floor"),
         Tr::tr("The minimum funding per activity cannot be negative. Enter zero or an amount "
                "above zero."),
         //: %1 is a currency code such as EUR
         Tr::tr("The minimum funding per activity is in %1, but the fund's books are kept in US "
                "dollars. Enter the minimum in USD.")},
    };
    for (const AmountRule &rule : amounts) {
        if (auto refused = checkAmount(rule)) {
            return *refused;
        }
    }

    const QDate today = QDate::currentDate();
    if (settings.thresholdAnnounced.isValid() && settings.thresholdAnnounced > today) {
        //: %1 is the date entered, %2 today's date, both as YYYY-MM-DD
        return makeError(ErrorCode::InvalidInput,
                         Tr::tr("The threshold cannot have been announced on %1, after today "
                                "(%2). Enter the date donors were told the threshold, or leave "
                                "it empty until then.")
                             .arg(settings.thresholdAnnounced.toString(Qt::ISODate),
                                  today.toString(Qt::ISODate)),
                         QStringLiteral("FundSettings: announcement date in the future"),
                         QStringLiteral("thresholdAnnounced"));
    }
    if (auto error = InputChecks::implausibleDate(settings.thresholdAnnounced,
                                                  QStringLiteral("thresholdAnnounced"))) {
        return *error;
    }
    return {};
}

Result<void> FundSettingsService::save(const FundSettings &settings)
{
    if (auto valid = validate(settings); !valid) {
        return valid;
    }
    TransactionGuard transaction(m_db);
    if (!transaction.isActive()) {
        return transaction.beginError();
    }
    SettingsRepository repository(m_db);
    const std::pair<const char *, QString> values[] = {
        {FundSettingsKeys::FundName, settings.name},
        {FundSettingsKeys::OperationalThresholdMinor,
         QString::number(settings.operationalThreshold.minor())},
        {FundSettingsKeys::ThresholdAnnounced,
         settings.thresholdAnnounced.isValid() ? settings.thresholdAnnounced.toString(Qt::ISODate)
                                               : QString()}, // empty: not announced yet
        {FundSettingsKeys::StaffCharging, chargingKey(settings.staffCharging)},
        {FundSettingsKeys::ProfessionalPostCost,
         QString::number(settings.professionalPostAnnualCost.minor())},
        {FundSettingsKeys::GeneralServicePostCost,
         QString::number(settings.generalServicePostAnnualCost.minor())},
        {FundSettingsKeys::ActivityFloorMinor,
         QString::number(settings.activityFundingFloor.minor())},
        {FundSettingsKeys::Language, languageCode(settings.language)},
    };
    for (const auto &[settingKey, value] : values) {
        // A null QString binds as SQL NULL, which the settings table refuses; unset is "".
        const QString text = value.isNull() ? QStringLiteral("") : value;
        if (auto written = repository.setValue(key(settingKey), text); !written) {
            return written;
        }
    }
    return transaction.commit();
}

} // namespace FundDesk::Core
