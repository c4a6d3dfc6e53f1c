#pragma once

#include "core/io/importer.h"

#include <QDialog>

#include <atomic>
#include <memory>

class QCheckBox;
class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QProgressBar;
class QPushButton;
class QTableView;
class QThread;
class QTimer;

namespace FundDesk::Ui {

class ImportPreviewModel;

// File ▸ Import…: choose the kind and the file, check it (off the UI thread, with progress and
// cancel), see every row and every problem, then Import — enabled only when the file has no
// problem — writes all rows in one transaction, or none.
class ImportDialog final : public QDialog
{
    Q_OBJECT

public:
    ImportDialog(QSqlDatabase db, Core::ReferenceDataService reference, QWidget *parent = nullptr);
    ~ImportDialog() override;

    void setKind(Core::ImportKind kind);
    void setFilePath(const QString &path);
    // Starts checking the chosen file; the preview shows when done.
    void check();
    bool isBusy() const { return m_thread != nullptr; }
    const Core::ImportPreview *preview() const { return m_preview.get(); }
    int importedCount() const { return m_imported; }

signals:
    void imported(int count);

private:
    struct Shared; // what the checking thread and the dialog share

    void browse();
    void checkFinished();
    void importFile();
    void cancelWork();
    void showProgress(qsizetype done, qsizetype total);
    void setBusy(bool busy);
    void showIssues();
    void resetPreview();
    Core::ImportKind kind() const;
    Core::Importer importer() const;
    void retranslateUi();

    QSqlDatabase m_db;
    Core::ReferenceDataService m_reference;
    std::unique_ptr<Core::ImportPreview> m_preview;
    std::shared_ptr<Shared> m_shared;
    QThread *m_thread = nullptr;
    std::atomic<bool> m_cancelWrite = false;
    int m_imported = 0;

    QLabel *m_kindLabel = nullptr;
    QComboBox *m_kind = nullptr;
    QLabel *m_fileLabel = nullptr;
    QLineEdit *m_file = nullptr;
    QPushButton *m_browse = nullptr;
    QPushButton *m_check = nullptr;
    QCheckBox *m_conditions = nullptr;
    QProgressBar *m_progress = nullptr;
    QPushButton *m_cancel = nullptr;
    QLabel *m_summary = nullptr;
    QTableView *m_table = nullptr;
    ImportPreviewModel *m_model = nullptr;
    QListWidget *m_issues = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
    QPushButton *m_import = nullptr;
    QTimer *m_poll = nullptr;
};

} // namespace FundDesk::Ui
