#include "ui/dialogs/importdialog.h"

#include "core/io/csvreader.h"
#include "ui/dialogs/importpreviewmodel.h"
#include "ui/dialogs/leadingalignment.h"
#include "ui/uitr.h"

#include <QCheckBox>
#include <QComboBox>
#include <QCoreApplication>
#include <QDialogButtonBox>
#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QProgressBar>
#include <QPushButton>
#include <QSplitter>
#include <QTableView>
#include <QThread>
#include <QTimer>
#include <QVBoxLayout>

namespace FundDesk::Ui {

namespace {

// The issues list stays readable and fast: the preview's Problems column has them all.
constexpr int kMaxListedIssues = 1000;

QString issueText(const Core::ImportIssue &issue)
{
    if (issue.line == 0) {
        return issue.message;
    }
    if (issue.column.isEmpty()) {
        //: %1 is a line number of the CSV file, %2 the problem
        return Tr::tr("Line %1: %2").arg(QString::number(issue.line), issue.message);
    }
    //: %1 is a line number of the CSV file, %2 a column name, %3 the problem
    return Tr::tr("Line %1, column %2: %3")
        .arg(QString::number(issue.line), issue.column, issue.message);
}

} // namespace

struct ImportDialog::Shared
{
    std::atomic<qsizetype> done = 0;
    std::atomic<qsizetype> total = 0;
    std::atomic<bool> cancel = false;
    Core::ImportPreview result;
};

ImportDialog::ImportDialog(QSqlDatabase db, Core::ReferenceDataService reference, QWidget *parent)
    : QDialog(parent),
      m_db(std::move(db)),
      m_reference(std::move(reference)),
      m_kindLabel(new QLabel(this)),
      m_kind(new QComboBox(this)),
      m_fileLabel(new QLabel(this)),
      m_file(new QLineEdit(this)),
      m_browse(new QPushButton(this)),
      m_check(new QPushButton(this)),
      m_conditions(new QCheckBox(this)),
      m_progress(new QProgressBar(this)),
      m_cancel(new QPushButton(this)),
      m_summary(new QLabel(this)),
      m_table(new QTableView(this)),
      m_model(new ImportPreviewModel(this)),
      m_issues(new QListWidget(this)),
      m_buttons(new QDialogButtonBox(QDialogButtonBox::Close, this)),
      m_import(new QPushButton(this)),
      m_poll(new QTimer(this))
{
    for (const Core::ImportKind kind : Core::allImportKinds()) {
        m_kind->addItem(Core::importKindDisplayName(kind), int(kind));
    }
    m_kindLabel->setBuddy(m_kind);
    m_fileLabel->setBuddy(m_file);
    m_summary->setWordWrap(true);
    m_summary->setTextFormat(Qt::PlainText);
    LeadingAlignment::keep(m_summary);
    m_table->setModel(m_model);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->verticalHeader()->setVisible(false);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setWordWrap(false);
    m_import->setDefault(false);
    m_buttons->addButton(m_import, QDialogButtonBox::AcceptRole);
    m_poll->setInterval(100);

    auto *form = new QGridLayout;
    form->addWidget(m_kindLabel, 0, 0);
    form->addWidget(m_kind, 0, 1, 1, 3);
    form->addWidget(m_fileLabel, 1, 0);
    form->addWidget(m_file, 1, 1);
    form->addWidget(m_browse, 1, 2);
    form->addWidget(m_check, 1, 3);
    form->addWidget(m_conditions, 2, 1, 1, 3);
    form->setColumnStretch(1, 1);
    auto *progress = new QHBoxLayout;
    progress->addWidget(m_progress, 1);
    progress->addWidget(m_cancel);
    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(m_table);
    splitter->addWidget(m_issues);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 1);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addLayout(progress);
    layout->addWidget(m_summary);
    layout->addWidget(splitter, 1);
    layout->addWidget(m_buttons);
    setTabOrder(m_kind, m_file);
    setTabOrder(m_file, m_browse);
    setTabOrder(m_browse, m_check);
    setTabOrder(m_check, m_conditions);
    setTabOrder(m_conditions, m_table);
    setTabOrder(m_table, m_issues);

    connect(m_browse, &QPushButton::clicked, this, &ImportDialog::browse);
    connect(m_check, &QPushButton::clicked, this, &ImportDialog::check);
    connect(m_file, &QLineEdit::returnPressed, this, &ImportDialog::check);
    connect(m_file, &QLineEdit::textChanged, this, &ImportDialog::resetPreview);
    connect(m_kind, &QComboBox::currentIndexChanged, this, &ImportDialog::resetPreview);
    connect(m_conditions, &QCheckBox::toggled, this, &ImportDialog::resetPreview);
    connect(m_cancel, &QPushButton::clicked, this, &ImportDialog::cancelWork);
    connect(m_import, &QPushButton::clicked, this, &ImportDialog::importFile);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_poll, &QTimer::timeout, this, [this] {
        if (m_shared) {
            showProgress(m_shared->done, m_shared->total);
        }
    });
    retranslateUi();
    setBusy(false);
    resetPreview();
    resize(900, 600);
}

ImportDialog::~ImportDialog()
{
    if (m_thread) {
        m_shared->cancel = true;
        m_thread->wait();
    }
}

void ImportDialog::setKind(Core::ImportKind kind)
{
    m_kind->setCurrentIndex(m_kind->findData(int(kind)));
}

void ImportDialog::setFilePath(const QString &path)
{
    m_file->setText(QDir::toNativeSeparators(path));
}

Core::ImportKind ImportDialog::kind() const
{
    return Core::ImportKind(m_kind->currentData().toInt());
}

Core::Importer ImportDialog::importer() const
{
    Core::ImportOptions options;
    options.receiptConditionsConfirmed = m_conditions->isChecked();
    return Core::Importer(m_db, m_reference, options);
}

void ImportDialog::browse()
{
    const QString path = QFileDialog::getOpenFileName(this, Tr::tr("Choose the CSV file to import"),
                                                      QDir::homePath(),
                                                      //: file type filter in a file dialog
                                                      Tr::tr("CSV files (*.csv);;All files (*)"));
    if (!path.isEmpty()) {
        setFilePath(path);
        check();
    }
}

void ImportDialog::check()
{
    if (m_thread) {
        return;
    }
    resetPreview();
    QFile file(QDir::fromNativeSeparators(m_file->text().trimmed()));
    if (!file.open(QIODevice::ReadOnly)) {
        //: %1 is a file path
        m_summary->setText(Tr::tr("“%1” could not be opened. Check its name and that you may "
                                  "read it.")
                               .arg(m_file->text()));
        return;
    }
    const QByteArray bytes = file.read(Core::CsvReader::maxBytes + 1);
    auto plan = importer().prepare(kind()); // reads the fund: on the connection's thread
    if (!plan) {
        m_summary->setText(plan.error().message);
        return;
    }
    m_shared = std::make_shared<Shared>();
    const Core::ImportKind chosen = kind();
    m_thread = QThread::create([shared = m_shared, chosen, plan = *plan, bytes] {
        shared->result =
            Core::Importer::analyse(chosen, plan, bytes, [shared](qsizetype done, qsizetype total) {
                shared->done = done;
                shared->total = total;
                return !shared->cancel;
            });
    });
    connect(m_thread, &QThread::finished, this, &ImportDialog::checkFinished);
    //: Shown while the import file is being checked
    m_summary->setText(Tr::tr("Checking the file…"));
    setBusy(true);
    m_thread->start();
}

void ImportDialog::checkFinished()
{
    m_thread->deleteLater();
    m_thread = nullptr;
    setBusy(false);
    m_preview = std::make_unique<Core::ImportPreview>(std::move(m_shared->result));
    m_shared.reset();
    if (m_preview->cancelled) {
        m_preview.reset();
        //: The user cancelled the check of an import file
        m_summary->setText(Tr::tr("The check was cancelled."));
        return;
    }
    m_model->setPreview(*m_preview);
    m_table->resizeColumnsToContents();
    showIssues();
}

void ImportDialog::showIssues()
{
    const qsizetype rows = m_preview->rowCount();
    const qsizetype problems = m_preview->issues.size();
    for (qsizetype i = 0; i < problems && i < kMaxListedIssues; ++i) {
        m_issues->addItem(issueText(m_preview->issues.at(i)));
    }
    if (m_preview->acceptable()) {
        //: %n is the number of rows of the file
        m_summary->setText(
            Tr::tr("%n row(s) checked, no problem found. Import writes them all "
                   "at once.",
                   nullptr, int(rows)));
    } else {
        //: %n is the number of problems; nothing is imported until all are corrected
        m_summary->setText(
            Tr::tr("%n problem(s) found. Correct the file and check it again: "
                   "nothing is imported while any remains.",
                   nullptr, int(problems)));
    }
    m_import->setEnabled(m_preview->acceptable());
}

void ImportDialog::importFile()
{
    if (!m_preview || !m_preview->acceptable() || m_thread) {
        return;
    }
    // The writes use the fund's connection, so they stay on this thread; the progress bar and
    // Cancel are kept alive by processing events between batches of rows.
    m_cancelWrite = false;
    setBusy(true);
    //: Shown while the rows of an import file are written
    m_summary->setText(Tr::tr("Importing…"));
    const auto written = importer().apply(*m_preview, [this](qsizetype done, qsizetype total) {
        showProgress(done, total);
        QCoreApplication::processEvents(QEventLoop::ExcludeSocketNotifiers);
        return !m_cancelWrite.load();
    });
    setBusy(false);
    if (!written) {
        m_summary->setText(written.error().message);
        m_import->setEnabled(false);
        m_preview.reset();
        return;
    }
    m_imported = *written;
    emit imported(*written);
    accept();
}

void ImportDialog::cancelWork()
{
    if (m_shared) {
        m_shared->cancel = true;
    }
    m_cancelWrite = true;
}

void ImportDialog::showProgress(qsizetype done, qsizetype total)
{
    m_progress->setMaximum(int(qMax<qsizetype>(total, 1)));
    m_progress->setValue(int(done));
}

void ImportDialog::setBusy(bool busy)
{
    m_progress->setVisible(busy);
    m_cancel->setVisible(busy);
    m_progress->setValue(0);
    for (QWidget *widget : {static_cast<QWidget *>(m_kind), static_cast<QWidget *>(m_file),
                            static_cast<QWidget *>(m_browse), static_cast<QWidget *>(m_check),
                            static_cast<QWidget *>(m_conditions)}) {
        widget->setEnabled(!busy);
    }
    m_import->setEnabled(!busy && m_preview && m_preview->acceptable());
    m_buttons->button(QDialogButtonBox::Close)->setEnabled(!busy);
    if (busy) {
        m_poll->start();
    } else {
        m_poll->stop();
    }
}

void ImportDialog::resetPreview()
{
    if (m_thread) {
        return;
    }
    m_preview.reset();
    m_model->clear();
    m_issues->clear();
    m_import->setEnabled(false);
    //: How the import dialog starts
    m_summary->setText(Tr::tr("Choose the kind of records and the CSV file, then check it."));
}

void ImportDialog::retranslateUi()
{
    //: Title of the import dialog
    setWindowTitle(Tr::tr("Import from CSV"));
    m_kindLabel->setText(Tr::tr("&Kind of records:"));
    m_fileLabel->setText(Tr::tr("&File:"));
    m_browse->setText(Tr::tr("&Browse…"));
    m_check->setText(Tr::tr("C&heck"));
    m_conditions->setText(
        Tr::tr("The conditions of the receipts in this file do not restrict "
               "their use to specific activities (no earmarking, ¶19)"));
    m_cancel->setText(Tr::tr("&Cancel"));
    //: Button of the import dialog: write the checked file's rows
    m_import->setText(Tr::tr("&Import"));
    m_kind->setAccessibleName(Tr::tr("Kind of records"));
    m_file->setAccessibleName(Tr::tr("CSV file"));
    m_file->setPlaceholderText(Tr::tr("Path of a UTF-8 CSV file, comma or semicolon"));
    m_conditions->setAccessibleName(Tr::tr("Receipts' conditions are not earmarks"));
    m_progress->setAccessibleName(Tr::tr("Progress"));
    m_summary->setAccessibleName(Tr::tr("Result of the check"));
    m_table->setAccessibleName(Tr::tr("Rows of the file"));
    m_table->setAccessibleDescription(
        Tr::tr("Every row of the file with the problems found in "
               "it, in the last column"));
    m_issues->setAccessibleName(Tr::tr("Problems found"));
}

} // namespace FundDesk::Ui
