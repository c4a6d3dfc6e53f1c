#pragma once

#include "core/domain/fundsettings.h"
#include "core/domain/language.h"

#include <QDialog>

class QComboBox;
class QGroupBox;
class QLabel;
class QLineEdit;
class QPushButton;

namespace FundDesk::Ui {

class FieldErrors;

// First run: no fund yet. The manager creates a new fund (name, the fixed USD book currency,
// the ¶16 operational threshold, the working language), opens an existing fund file, or
// explores a demo fund. Picking a language switches the window at once (languageChosen).
class WelcomeDialog final : public QDialog
{
    Q_OBJECT

public:
    enum class Choice { None, CreateFund, OpenExisting, ExploreDemo };

    // suggestedPath: where a new fund is created unless the manager picks another file.
    explicit WelcomeDialog(const QString &suggestedPath, QWidget *parent = nullptr);

    Choice choice() const { return m_choice; }
    // For CreateFund: what to store through FundSettingsService, and where.
    Core::FundSettings newFundSettings() const { return m_settings; }
    QString newFundPath() const;

    FieldErrors *fieldErrors() const { return m_errors; }

signals:
    void languageChosen(FundDesk::Core::Language language);

protected:
    void changeEvent(QEvent *event) override;

private:
    void buildForm();
    void retranslateUi();
    void showCurrentLanguage();
    void chooseFile();
    void create();
    void finish(Choice choice);

    Choice m_choice = Choice::None;
    Core::FundSettings m_settings;
    FieldErrors *m_errors = nullptr;

    QLabel *m_intro = nullptr;
    QLabel *m_languageLabel = nullptr;
    QComboBox *m_language = nullptr;
    QGroupBox *m_newFund = nullptr;
    QLabel *m_nameLabel = nullptr;
    QLineEdit *m_name = nullptr;
    QLabel *m_currencyLabel = nullptr;
    QLineEdit *m_currency = nullptr;
    QLabel *m_thresholdLabel = nullptr;
    QLineEdit *m_threshold = nullptr;
    QLabel *m_fileLabel = nullptr;
    QLineEdit *m_file = nullptr;
    QPushButton *m_changeFile = nullptr;
    QPushButton *m_create = nullptr;
    QLabel *m_orLabel = nullptr;
    QPushButton *m_open = nullptr;
    QPushButton *m_demo = nullptr;
    QPushButton *m_close = nullptr;
};

} // namespace FundDesk::Ui
