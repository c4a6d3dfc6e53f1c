#pragma once

#include "core/domain/fundbalance.h"
#include "core/domain/fundsettings.h"
#include "core/domain/language.h"
#include "core/domain/result.h"

#include <QHash>
#include <QWidget>

class QButtonGroup;
class QCheckBox;
class QDateEdit;
class QFormLayout;
class QLabel;
class QLineEdit;
class QPushButton;
class QRadioButton;

namespace FundDesk::Core {
class FundServices;
} // namespace FundDesk::Core

namespace FundDesk::Ui {

class ApplicationPreferencesBox;
class FieldErrors;
class StatusBanner;

// The fund's settings (FundSettingsService): name, operational threshold (¶16), staff costs
// (¶15) and the activity funding floor (¶23). Save validates and shows a refusal beside its
// field; the banner previews the operational status the typed threshold would give.
class SettingsPage final : public QWidget
{
    Q_OBJECT

public:
    explicit SettingsPage(Core::FundServices &services, QWidget *parent = nullptr);

    // Loads the stored settings into the form (typed changes are dropped) and the balance.
    void reload();

    // The settings as the form describes them, or the first field that does not parse.
    Core::Result<Core::FundSettings> settings() const;
    FieldErrors *fieldErrors() const { return m_errors; }
    StatusBanner *statusBanner() const { return m_banner; }
    // This computer's preferences (language, automatic backups), below the fund's settings.
    ApplicationPreferencesBox *preferences() const { return m_preferences; }

public slots:
    // Validates and stores; returns whether it was stored.
    bool save();

signals:
    // After a successful save: the window refreshes its status bar.
    void settingsSaved();
    // The person picked another interface language; the window switches at once.
    void languageChosen(FundDesk::Core::Language language);

protected:
    void changeEvent(QEvent *event) override;

private:
    void buildForm();
    void setForm(const Core::FundSettings &settings);
    void updateStaffFields();
    void updatePreview();
    void retranslateUi();

    Core::FundServices &m_services;
    Core::FundBalance m_balance; // as stored, for the preview
    Core::Language m_fundLanguage = Core::Language::English; // not on the form: kept as stored
    FieldErrors *m_errors = nullptr;

    QLabel *m_heading = nullptr;
    StatusBanner *m_banner = nullptr;
    QFormLayout *m_form = nullptr;
    QHash<QString, QLabel *> m_labels;
    QLineEdit *m_name = nullptr;
    QLineEdit *m_threshold = nullptr;
    QCheckBox *m_announced = nullptr;
    QDateEdit *m_announcedDate = nullptr;
    QButtonGroup *m_charging = nullptr;
    QRadioButton *m_regularBudget = nullptr;
    QRadioButton *m_contributions = nullptr;
    QLabel *m_chargingHelp = nullptr;
    QLineEdit *m_professionalCost = nullptr;
    QLineEdit *m_generalServiceCost = nullptr;
    QLineEdit *m_floor = nullptr;
    QLabel *m_floorHelp = nullptr;
    QLabel *m_savedLabel = nullptr;
    QPushButton *m_save = nullptr;
    ApplicationPreferencesBox *m_preferences = nullptr;
};

} // namespace FundDesk::Ui
