// SettingsPage, continued: between the form and FundSettings, saving, and the live preview.

#include "ui/pages/settingspage.h"

#include "core/domain/moneyformat.h"
#include "core/services/fundservices.h"
#include "core/services/fundstatustext.h"
#include "ui/dialogs/fielderrors.h"
#include "ui/logging.h"
#include "ui/pages/statusbanner.h"
#include "ui/uitr.h"

#include <QButtonGroup>
#include <QCheckBox>
#include <QDateEdit>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QRadioButton>

namespace FundDesk::Ui {

namespace {

const auto kUsd = QStringLiteral("USD");

// An empty amount field is zero: "no threshold yet", "no cost".
Core::Result<Core::Money> parseUsd(const QLineEdit *edit, const QString &field)
{
    const QString text = edit->text().trimmed();
    if (text.isEmpty()) {
        return Core::Money::usd(0);
    }
    auto money = Core::MoneyFormat::parse(text, kUsd, QLocale());
    if (!money) {
        Core::Error error = money.error();
        error.field = field;
        return error;
    }
    return money;
}

QString editText(const Core::Money &money)
{
    return money.isZero() ? QString() : Core::MoneyFormat::formatNumber(money, QLocale());
}

} // namespace

void SettingsPage::reload()
{
    m_errors->clear();
    m_savedLabel->clear();
    const auto settings = m_services.settings().load();
    if (!settings) {
        qCWarning(lcUi) << "settings not loaded:" << settings.error().detail;
        m_errors->show(settings.error());
    } else {
        setForm(*settings);
    }
    const auto balance = m_services.balance().balance(QDate::currentDate().year());
    if (balance) {
        m_balance = *balance;
    } else {
        qCWarning(lcUi) << "balance not computed:" << balance.error().detail;
    }
    updatePreview();
}

void SettingsPage::setForm(const Core::FundSettings &settings)
{
    m_fundLanguage = settings.language;
    m_name->setText(settings.name);
    m_threshold->setText(editText(settings.operationalThreshold));
    m_announced->setChecked(settings.thresholdAnnounced.isValid());
    m_announcedDate->setEnabled(settings.thresholdAnnounced.isValid());
    m_announcedDate->setDate(settings.thresholdAnnounced.isValid() ? settings.thresholdAnnounced
                                                                   : QDate::currentDate());
    m_charging->button(int(settings.staffCharging))->setChecked(true);
    m_professionalCost->setText(editText(settings.professionalPostAnnualCost));
    m_generalServiceCost->setText(editText(settings.generalServicePostAnnualCost));
    m_floor->setText(editText(settings.activityFundingFloor));
    updateStaffFields();
}

Core::Result<Core::FundSettings> SettingsPage::settings() const
{
    Core::FundSettings settings;
    settings.name = m_name->text().trimmed();
    const std::pair<Core::Money *, std::pair<const QLineEdit *, QString>> amounts[] = {
        {&settings.operationalThreshold, {m_threshold, QStringLiteral("threshold")}},
        {&settings.professionalPostAnnualCost,
         {m_professionalCost, QStringLiteral("professionalCost")}},
        {&settings.generalServicePostAnnualCost,
         {m_generalServiceCost, QStringLiteral("generalServiceCost")}},
        {&settings.activityFundingFloor, {m_floor, QStringLiteral("floor")}},
    };
    for (const auto &[target, source] : amounts) {
        auto money = parseUsd(source.first, source.second);
        if (!money) {
            return money.error();
        }
        *target = *money;
    }
    settings.thresholdAnnounced = m_announced->isChecked() ? m_announcedDate->date() : QDate();
    settings.staffCharging = Core::StaffCostCharging(m_charging->checkedId());
    settings.language = m_fundLanguage;
    return settings;
}

bool SettingsPage::save()
{
    m_errors->clear();
    m_savedLabel->clear();
    const auto edited = settings();
    if (!edited) {
        m_errors->show(edited.error());
        return false;
    }
    if (auto saved = m_services.settings().save(*edited); !saved) {
        m_errors->show(saved.error());
        return false;
    }
    reload();
    //: Shown beside the Save button once the settings are stored
    m_savedLabel->setText(Tr::tr("Settings saved."));
    emit settingsSaved();
    return true;
}

void SettingsPage::updatePreview()
{
    // What the status would be with the threshold as typed. BalanceService stays the one that
    // computes the stored status; this only previews ¶16 against the same receipts.
    Core::FundBalance preview = m_balance;
    const auto threshold = parseUsd(m_threshold, QStringLiteral("threshold"));
    if (threshold && !threshold->isNegative()) {
        preview.threshold = *threshold;
        preview.thresholdSet = threshold->minor() > 0;
        preview.operational =
            preview.thresholdSet && preview.received.minor() >= threshold->minor();
        preview.missingToThreshold = Core::Money::usd(0);
        if (preview.thresholdSet && !preview.operational) {
            if (auto missing = threshold->subtract(preview.received)) {
                preview.missingToThreshold = *missing;
            }
        }
    }
    m_banner->setStatus(Core::FundStatusText::describe(preview, QLocale()), preview.operational);
}

} // namespace FundDesk::Ui
