#pragma once

#include "ui/pages/page.h"

#include <QMainWindow>

#include <array>

class QAction;
class QActionGroup;
class QLabel;
class QMenu;
class QSplitter;
class QStackedWidget;

namespace FundDesk::Ui {

class FundStatusIndicator;
class NavigationSidebar;
class OpenProgressPanel;

// The application shell: a page sidebar, a stack of pages, menus and a status bar. It knows
// nothing about storage: the composition root tells it what to show and acts on its signals.
class MainWindow final : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    // The open fund's database file; an empty path means no fund is open.
    void setDatabasePath(const QString &path);
    QString databasePath() const { return m_databasePath; }

    // statusText is already translated; see FundStatusIndicator for how it is shown.
    void setFundStatus(const QString &statusText, bool operational);

    void showPage(Page page);
    Page currentPage() const;
    QWidget *pageWidget(Page page) const;
    // Installs widget as the page, replacing (and deleting) the placeholder or previous page.
    // The window takes ownership of widget.
    void setPage(Page page, QWidget *widget);

    // The banner above the pages that FundOpenFlow shows while a fund opens (hidden otherwise).
    OpenProgressPanel *openProgress() const { return m_openProgress; }

signals:
    void newFundRequested();
    void openRequested(const QString &path);
    void backupRequested(const QString &targetPath);
    void restoreRequested(const QString &backupPath);
    // File ▸ Import…: CSV records into the open fund.
    void importRequested();
    void manualRequested();
    void currentPageChanged(FundDesk::Ui::Page page);
    // The window became the active one again (the user came back to it): a cheap moment to
    // check that the open fund's file is still in place.
    void activated();

protected:
    bool event(QEvent *event) override;
    void changeEvent(QEvent *event) override;
    void closeEvent(QCloseEvent *event) override;

private:
    // The pages' placeholders (what each page will show) come after the window's first frame:
    // their headings' large bold font is most of a cold start's cost (issue 11: first paint
    // ≤ 3× an empty window's), and while a fund opens, its pages replace them at once.
    void fillPlaceholders();
    void ensurePlaceholder(Page page);
    bool m_placeholdersScheduled = false;
    void createActions();
    void createMenus();
    void createCentralWidget();
    void createStatusBar();
    void retranslateUi();
    void updateDatabaseTexts();
    void restoreSettings();
    void saveSettings() const;

    void chooseFundToOpen();
    void chooseBackupTarget();
    void chooseBackupToRestore();
    void showAbout();
    QString dialogDirectory() const;
    QString fundFileFilters() const;

    QString m_databasePath;

    NavigationSidebar *m_sidebar = nullptr;
    QStackedWidget *m_stack = nullptr;
    QSplitter *m_splitter = nullptr;

    QMenu *m_fileMenu = nullptr;
    QMenu *m_viewMenu = nullptr;
    QMenu *m_helpMenu = nullptr;
    QAction *m_newAction = nullptr;
    QAction *m_openAction = nullptr;
    QAction *m_backupAction = nullptr;
    QAction *m_restoreAction = nullptr;
    QAction *m_importAction = nullptr;
    QAction *m_manualAction = nullptr;
    QAction *m_quitAction = nullptr;
    QAction *m_aboutAction = nullptr;
    QAction *m_aboutQtAction = nullptr;
    QActionGroup *m_pageActionGroup = nullptr;
    std::array<QAction *, kAllPages.size()> m_pageActions{};

    OpenProgressPanel *m_openProgress = nullptr;
    FundStatusIndicator *m_fundStatus = nullptr;
    QLabel *m_databaseLabel = nullptr;
};

} // namespace FundDesk::Ui
