#pragma once

#include "core/domain/language.h"

#include <QGroupBox>

class QComboBox;
class QLabel;
class QLineEdit;
class QSpinBox;

namespace FundDesk::Ui {

// Preferences of this computer, not of the fund (they live in QSettings, not in the fund's
// file): the interface language, and how many automatic backups to keep and where.
class ApplicationPreferencesBox final : public QGroupBox
{
    Q_OBJECT

public:
    static constexpr int kMinBackups = 1;
    static constexpr int kMaxBackups = 100;
    static constexpr int kDefaultBackups = 10;

    explicit ApplicationPreferencesBox(QWidget *parent = nullptr);

    // QSettings backup/keep, within kMinBackups..kMaxBackups.
    static int backupsToKeep();

    // Shown read-only so it can be copied; empty when no fund is open.
    void setBackupFolder(const QString &folder);

    QComboBox *languageCombo() const { return m_language; }
    QSpinBox *backupsSpin() const { return m_keep; }

signals:
    // The person picked another language; the window switches at once.
    void languageChosen(FundDesk::Core::Language language);

protected:
    void changeEvent(QEvent *event) override;

private:
    void showCurrentLanguage();
    void retranslateUi();

    QLabel *m_languageLabel = nullptr;
    QComboBox *m_language = nullptr;
    QLabel *m_keepLabel = nullptr;
    QSpinBox *m_keep = nullptr;
    QLabel *m_folderLabel = nullptr;
    QLineEdit *m_folder = nullptr;
};

} // namespace FundDesk::Ui
