#include "ui/dialogs/welcomedialog.h"

#include "core/domain/moneyformat.h"
#include "ui/dialogs/fielderrors.h"
#include "ui/dialogs/leadingalignment.h"
#include "ui/uitr.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace FundDesk::Ui {

namespace {
const auto kUsd = QStringLiteral("USD");
} // namespace

WelcomeDialog::WelcomeDialog(const QString &suggestedPath, QWidget *parent)
    : QDialog(parent), m_errors(new FieldErrors(this))
{
    setObjectName(QStringLiteral("welcomeDialog"));
    buildForm();
    m_file->setText(QDir::toNativeSeparators(suggestedPath));
    showCurrentLanguage();
    retranslateUi();
    m_name->setFocus();
}

QString WelcomeDialog::newFundPath() const
{
    return QDir::fromNativeSeparators(m_file->text().trimmed());
}

void WelcomeDialog::buildForm()
{
    m_intro = new QLabel(this);
    m_intro->setWordWrap(true);
    LeadingAlignment::keep(m_intro);

    m_language = new QComboBox(this);
    m_language->setObjectName(QStringLiteral("welcomeLanguageCombo"));
    for (const Core::Language language : Core::allLanguages()) {
        m_language->addItem(Core::nativeLanguageName(language), int(language));
    }
    m_languageLabel = new QLabel(this);
    m_languageLabel->setBuddy(m_language);
    auto *languageRow = new QHBoxLayout;
    languageRow->addWidget(m_languageLabel);
    languageRow->addWidget(m_language);
    languageRow->addStretch(1);

    m_newFund = new QGroupBox(this);
    m_name = new QLineEdit(m_newFund);
    m_name->setObjectName(QStringLiteral("newFundNameEdit"));
    m_currency = new QLineEdit(kUsd, m_newFund);
    m_currency->setObjectName(QStringLiteral("newFundCurrencyEdit"));
    m_currency->setReadOnly(true); // the fund's books are kept in US dollars
    m_threshold = new QLineEdit(m_newFund);
    m_threshold->setObjectName(QStringLiteral("newFundThresholdEdit"));
    m_threshold->setAlignment(Qt::AlignTrailing | Qt::AlignVCenter);
    m_file = new QLineEdit(m_newFund);
    m_file->setObjectName(QStringLiteral("newFundFileEdit"));
    m_changeFile = new QPushButton(m_newFund);
    m_changeFile->setObjectName(QStringLiteral("changeFileButton"));
    auto *fileRow = new QWidget(m_newFund);
    auto *fileLayout = new QHBoxLayout(fileRow);
    fileLayout->setContentsMargins(0, 0, 0, 0);
    fileLayout->addWidget(m_file, 1);
    fileLayout->addWidget(m_changeFile);
    m_create = new QPushButton(m_newFund);
    m_create->setObjectName(QStringLiteral("createFundButton"));
    m_create->setDefault(true);

    m_nameLabel = new QLabel(m_newFund);
    m_nameLabel->setBuddy(m_name);
    m_currencyLabel = new QLabel(m_newFund);
    m_currencyLabel->setBuddy(m_currency);
    m_thresholdLabel = new QLabel(m_newFund);
    m_thresholdLabel->setBuddy(m_threshold);
    m_fileLabel = new QLabel(m_newFund);
    m_fileLabel->setBuddy(m_file);

    auto *form = new QFormLayout(m_newFund);
    form->setRowWrapPolicy(QFormLayout::WrapLongRows);
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->addRow(m_nameLabel, m_errors->wrap(QStringLiteral("name"), m_name));
    form->addRow(m_currencyLabel, m_currency);
    form->addRow(m_thresholdLabel, m_errors->wrap(QStringLiteral("threshold"), m_threshold));
    form->addRow(m_fileLabel, m_errors->wrap(QStringLiteral("file"), fileRow, m_file));
    auto *createRow = new QHBoxLayout;
    createRow->addStretch(1);
    createRow->addWidget(m_create);
    form->addRow(createRow);

    m_orLabel = new QLabel(this);
    m_orLabel->setWordWrap(true);
    LeadingAlignment::keep(m_orLabel);
    m_open = new QPushButton(this);
    m_open->setObjectName(QStringLiteral("openExistingButton"));
    m_demo = new QPushButton(this);
    m_demo->setObjectName(QStringLiteral("exploreDemoButton"));
    auto *buttons = new QDialogButtonBox(this);
    buttons->addButton(m_open, QDialogButtonBox::ActionRole);
    buttons->addButton(m_demo, QDialogButtonBox::ActionRole);
    m_close = buttons->addButton(QDialogButtonBox::Close);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_intro);
    layout->addLayout(languageRow);
    layout->addWidget(m_newFund);
    layout->addWidget(m_orLabel);
    layout->addWidget(m_errors->generalLabel());
    layout->addWidget(buttons);

    const QList<QWidget *> tabOrder{m_language, m_name,   m_currency, m_threshold, m_file,
                                    m_changeFile, m_create, m_open,   m_demo,      m_close};
    for (qsizetype i = 1; i < tabOrder.size(); ++i) {
        setTabOrder(tabOrder.at(i - 1), tabOrder.at(i));
    }

    connect(m_language, &QComboBox::activated, this, [this](int index) {
        emit languageChosen(Core::Language(m_language->itemData(index).toInt()));
    });
    connect(m_changeFile, &QPushButton::clicked, this, &WelcomeDialog::chooseFile);
    connect(m_create, &QPushButton::clicked, this, &WelcomeDialog::create);
    connect(m_open, &QPushButton::clicked, this, [this] { finish(Choice::OpenExisting); });
    connect(m_demo, &QPushButton::clicked, this, [this] { finish(Choice::ExploreDemo); });
    connect(m_close, &QPushButton::clicked, this, &QDialog::reject);
    for (QLineEdit *edit : {m_name, m_threshold}) {
        connect(edit, &QLineEdit::returnPressed, this, &WelcomeDialog::create);
    }
}

void WelcomeDialog::chooseFile()
{
    //: Title of the file dialog that picks where a new fund is saved
    const QString path = QFileDialog::getSaveFileName(this, Tr::tr("New fund"), newFundPath(),
                                                      Tr::tr("FundDesk funds (*.funddesk)"));
    if (!path.isEmpty()) {
        m_file->setText(QDir::toNativeSeparators(path));
    }
}

void WelcomeDialog::create()
{
    m_errors->clear();
    Core::FundSettings settings;
    settings.name = m_name->text().trimmed();
    if (settings.name.isEmpty()) {
        m_errors->show(Core::makeError(
            Core::ErrorCode::InvalidInput,
            Tr::tr("Give the fund a name: it heads every report and packet."),
            QStringLiteral("welcome: empty fund name"), QStringLiteral("name")));
        return;
    }
    const QString thresholdText = m_threshold->text().trimmed();
    if (!thresholdText.isEmpty()) {
        auto threshold = Core::MoneyFormat::parse(thresholdText, kUsd, QLocale());
        if (!threshold || threshold->isNegative()) {
            m_errors->show(Core::makeError(
                Core::ErrorCode::InvalidInput,
                //: %1 is the amount typed
                Tr::tr("“%1” is not an amount in US dollars. Enter the threshold as a number "
                       "such as 250000, or leave it empty to set it later.")
                    .arg(thresholdText),
                QStringLiteral("welcome: threshold not parsed"), QStringLiteral("threshold")));
            return;
        }
        settings.operationalThreshold = *threshold;
    }
    const QString path = newFundPath();
    if (path.isEmpty() || QFileInfo::exists(path)) {
        m_errors->show(Core::makeError(
            Core::ErrorCode::InvalidInput,
            path.isEmpty()
                ? Tr::tr("Choose the file the new fund is saved in.")
                //: %1 is a file path
                : Tr::tr("“%1” already exists; a new fund never replaces a file. Choose "
                         "another name.")
                      .arg(QDir::toNativeSeparators(path)),
            QStringLiteral("welcome: unusable path"), QStringLiteral("file")));
        return;
    }
    settings.language = Core::Language(m_language->currentData().toInt());
    m_settings = settings;
    finish(Choice::CreateFund);
}

void WelcomeDialog::finish(Choice choice)
{
    m_choice = choice;
    accept();
}

void WelcomeDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslateUi();
        showCurrentLanguage();
    }
    QDialog::changeEvent(event);
}

void WelcomeDialog::showCurrentLanguage()
{
    m_language->setCurrentIndex(m_language->findData(int(Core::languageForLocale(QLocale()))));
}

void WelcomeDialog::retranslateUi()
{
    setWindowTitle(Tr::tr("Welcome to FundDesk"));
    m_intro->setText(Tr::tr("There is no fund on this computer yet. Create the fund you manage, "
                            "open a fund file you already have, or explore a demo fund with "
                            "realistic records first."));
    //: Label of the interface language choice in the welcome dialog
    m_languageLabel->setText(Tr::tr("&Language:"));
    m_language->setAccessibleName(Tr::tr("Language"));
    m_language->setAccessibleDescription(
        Tr::tr("The language of FundDesk's windows; it changes at once."));
    //: Group title in the welcome dialog
    m_newFund->setTitle(Tr::tr("A new fund"));
    m_nameLabel->setText(Tr::tr("Fund &name:"));
    m_name->setAccessibleName(Tr::tr("Fund name"));
    //: Placeholder of the fund name; an example, translate freely
    m_name->setPlaceholderText(Tr::tr("UN Voluntary Fund for ICT-security capacity building"));
    //: Form label: the currency the fund's books are kept in (always USD)
    m_currencyLabel->setText(Tr::tr("C&urrency:"));
    m_currency->setAccessibleName(Tr::tr("Currency"));
    m_currency->setAccessibleDescription(Tr::tr("The fund's books are kept in US dollars."));
    m_thresholdLabel->setText(Tr::tr("Operational &threshold (USD):"));
    m_threshold->setAccessibleName(Tr::tr("Operational threshold (USD)"));
    m_threshold->setAccessibleDescription(
        Tr::tr("¶16: the fund operates once its receipts reach this amount. Leave it empty to "
               "set it later in Settings."));
    //: Form label: the file the new fund is saved in
    m_fileLabel->setText(Tr::tr("&File:"));
    m_file->setAccessibleName(Tr::tr("Fund file"));
    //: Button: choose another file for the new fund
    m_changeFile->setText(Tr::tr("C&hange…"));
    m_changeFile->setAccessibleName(Tr::tr("Choose the fund file"));
    m_create->setText(Tr::tr("C&reate the fund"));
    m_create->setAccessibleName(Tr::tr("Create the fund"));
    //: Welcome dialog, before the buttons that open a file or the demo fund
    m_orLabel->setText(Tr::tr("Or:"));
    m_open->setText(Tr::tr("&Open an existing fund…"));
    m_open->setAccessibleName(Tr::tr("Open an existing fund"));
    m_demo->setText(Tr::tr("E&xplore the demo fund"));
    m_demo->setAccessibleName(Tr::tr("Explore the demo fund"));
    m_demo->setAccessibleDescription(
        Tr::tr("A fictitious fund with three years of realistic records, to try FundDesk "
               "before entering your own."));
    m_close->setAccessibleName(m_close->text().remove(u'&'));
}

} // namespace FundDesk::Ui
