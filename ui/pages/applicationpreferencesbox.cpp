#include "ui/pages/applicationpreferencesbox.h"

#include "ui/uitr.h"

#include <QComboBox>
#include <QDir>
#include <QEvent>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QSettings>
#include <QSpinBox>

namespace FundDesk::Ui {

namespace {
constexpr auto BackupKeepKey = "backup/keep";
} // namespace

ApplicationPreferencesBox::ApplicationPreferencesBox(QWidget *parent) : QGroupBox(parent)
{
    setObjectName(QStringLiteral("applicationPreferencesBox"));
    m_language = new QComboBox(this);
    m_language->setObjectName(QStringLiteral("languageCombo"));
    // Each language under its own name: a reader looks for their language, not a translation.
    for (const Core::Language language : Core::allLanguages()) {
        m_language->addItem(Core::nativeLanguageName(language), int(language));
    }
    m_keep = new QSpinBox(this);
    m_keep->setObjectName(QStringLiteral("backupsToKeepSpin"));
    m_keep->setRange(kMinBackups, kMaxBackups);
    m_keep->setValue(backupsToKeep());
    m_folder = new QLineEdit(this);
    m_folder->setObjectName(QStringLiteral("backupFolderEdit"));
    m_folder->setReadOnly(true);

    m_languageLabel = new QLabel(this);
    m_languageLabel->setBuddy(m_language);
    m_keepLabel = new QLabel(this);
    m_keepLabel->setBuddy(m_keep);
    m_folderLabel = new QLabel(this);
    m_folderLabel->setBuddy(m_folder);

    auto *form = new QFormLayout(this);
    form->setRowWrapPolicy(QFormLayout::WrapLongRows);
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->addRow(m_languageLabel, m_language);
    form->addRow(m_keepLabel, m_keep);
    form->addRow(m_folderLabel, m_folder);

    connect(m_language, &QComboBox::activated, this, [this](int index) {
        emit languageChosen(Core::Language(m_language->itemData(index).toInt()));
    });
    connect(m_keep, &QSpinBox::valueChanged, this, [](int keep) {
        QSettings().setValue(QLatin1String(BackupKeepKey), keep);
    });
    showCurrentLanguage();
    retranslateUi();
}

int ApplicationPreferencesBox::backupsToKeep()
{
    const int keep = QSettings().value(QLatin1String(BackupKeepKey), kDefaultBackups).toInt();
    return std::clamp(keep, kMinBackups, kMaxBackups);
}

void ApplicationPreferencesBox::setBackupFolder(const QString &folder)
{
    m_folder->setText(QDir::toNativeSeparators(folder));
    m_folder->setCursorPosition(0);
}

void ApplicationPreferencesBox::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslateUi();
        showCurrentLanguage();
    }
    QGroupBox::changeEvent(event);
}

// The interface language is the one QLocale's default speaks (LanguageSwitcher sets both).
void ApplicationPreferencesBox::showCurrentLanguage()
{
    const int index =
        m_language->findData(int(Core::languageForLocale(QLocale())));
    m_language->setCurrentIndex(index);
}

void ApplicationPreferencesBox::retranslateUi()
{
    //: Title of the Settings group whose values belong to this computer, not to the fund file
    setTitle(Tr::tr("On this computer"));
    //: Form label: the language of FundDesk's windows
    m_languageLabel->setText(Tr::tr("&Language:"));
    m_language->setAccessibleName(Tr::tr("Language"));
    m_language->setAccessibleDescription(
        Tr::tr("The language of FundDesk's windows; it changes at once."));
    //: Form label: how many automatic backups of the fund are kept
    m_keepLabel->setText(Tr::tr("Automatic &backups to keep:"));
    m_keep->setAccessibleName(Tr::tr("Automatic backups to keep"));
    m_keep->setAccessibleDescription(
        Tr::tr("FundDesk backs up the fund when it closes and keeps this many copies; the "
               "oldest is removed first."));
    //: Form label: the folder the automatic backups are written to
    m_folderLabel->setText(Tr::tr("Backup fol&der:"));
    m_folder->setAccessibleName(Tr::tr("Backup folder"));
    //: Shown in the backup folder field when no fund is open
    m_folder->setPlaceholderText(Tr::tr("Beside the fund's file, once a fund is open"));
}

} // namespace FundDesk::Ui
