#include "ui/mainwindow/mainwindow.h"

#include "ui/mainwindow/fundstatusindicator.h"
#include "ui/mainwindow/navigationsidebar.h"
#include "ui/mainwindow/windowsettings.h"
#include "ui/pages/pagecatalog.h"
#include "ui/pages/placeholderpage.h"
#include "ui/uitr.h"
#include "ui/widgets/openprogresspanel.h"

#include <QAction>
#include <QActionGroup>
#include <QCloseEvent>
#include <QDate>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QLabel>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QPushButton>
#include <QScreen>
#include <QSplitter>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTimer>
#include <QVBoxLayout>

namespace FundDesk::Ui {

namespace {
QString productName()
{
    return QStringLiteral("FundDesk");
}
} // namespace

MainWindow::MainWindow(QWidget *parent) : QMainWindow(parent)
{
    // restoreState() matches on object names.
    setObjectName(QStringLiteral("mainWindow"));
    createActions();
    createMenus();
    createCentralWidget();
    createStatusBar();
    retranslateUi();
    restoreSettings();
}

MainWindow::~MainWindow() = default;

void MainWindow::setDatabasePath(const QString &path)
{
    m_databasePath = path;
    m_backupAction->setEnabled(!path.isEmpty());
    m_importAction->setEnabled(!path.isEmpty());
    updateDatabaseTexts();
}

void MainWindow::setFundStatus(const QString &statusText, bool operational)
{
    m_fundStatus->setStatus(statusText, operational);
    m_fundStatus->setVisible(!statusText.isEmpty());
}

void MainWindow::showPage(Page page)
{
    ensurePlaceholder(page);
    const int index = pageIndex(page);
    if (m_stack->currentIndex() == index && m_sidebar->currentPage() == page) {
        return;
    }
    m_stack->setCurrentIndex(index);
    m_sidebar->setCurrentPage(page);
    m_pageActions[static_cast<std::size_t>(index)]->setChecked(true);
    emit currentPageChanged(page);
}

Page MainWindow::currentPage() const
{
    return kAllPages[static_cast<std::size_t>(m_stack->currentIndex())];
}

QWidget *MainWindow::pageWidget(Page page) const
{
    // Asked before the first frame: the placeholder is made now (see fillPlaceholders()).
    const_cast<MainWindow *>(this)->ensurePlaceholder(page);
    return m_stack->widget(pageIndex(page));
}

void MainWindow::setPage(Page page, QWidget *widget)
{
    const int index = pageIndex(page);
    QWidget *previous = m_stack->widget(index);
    if (widget == nullptr || widget == previous) {
        return;
    }
    const bool wasCurrent = m_stack->currentIndex() == index;
    m_stack->insertWidget(index, widget);
    m_stack->removeWidget(previous);
    if (wasCurrent) {
        m_stack->setCurrentIndex(index);
    }
    previous->deleteLater();
}

bool MainWindow::event(QEvent *event)
{
    if (event->type() == QEvent::Paint && !m_placeholdersScheduled) {
        m_placeholdersScheduled = true;
        QTimer::singleShot(0, this, &MainWindow::fillPlaceholders);
    }
    return QMainWindow::event(event);
}

void MainWindow::fillPlaceholders()
{
    m_placeholdersScheduled = true;
    for (const Page page : kAllPages) {
        ensurePlaceholder(page);
    }
}

void MainWindow::ensurePlaceholder(Page page)
{
    QWidget *slot = m_stack->widget(pageIndex(page));
    if (slot != nullptr && slot->objectName().startsWith(QLatin1String("emptyPageSlot_"))) {
        setPage(page, new PlaceholderPage(page, m_stack));
    }
}

void MainWindow::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslateUi();
    } else if (event->type() == QEvent::ActivationChange && isActiveWindow()) {
        emit activated();
    }
    QMainWindow::changeEvent(event);
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    saveSettings();
    QMainWindow::closeEvent(event);
}

void MainWindow::createActions()
{
    m_newAction = new QAction(this);
    m_newAction->setShortcuts(QKeySequence::New);
    m_newAction->setIcon(style()->standardIcon(QStyle::SP_FileIcon, nullptr, this));
    connect(m_newAction, &QAction::triggered, this, &MainWindow::newFundRequested);

    m_openAction = new QAction(this);
    m_openAction->setShortcuts(QKeySequence::Open);
    m_openAction->setIcon(style()->standardIcon(QStyle::SP_DialogOpenButton, nullptr, this));
    connect(m_openAction, &QAction::triggered, this, &MainWindow::chooseFundToOpen);

    m_backupAction = new QAction(this);
    m_backupAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_B));
    m_backupAction->setIcon(style()->standardIcon(QStyle::SP_DialogSaveButton, nullptr, this));
    m_backupAction->setEnabled(false); // nothing to back up until a fund is open
    connect(m_backupAction, &QAction::triggered, this, &MainWindow::chooseBackupTarget);

    m_restoreAction = new QAction(this);
    connect(m_restoreAction, &QAction::triggered, this, &MainWindow::chooseBackupToRestore);

    m_importAction = new QAction(this);
    m_importAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_I));
    m_importAction->setEnabled(false); // nothing to import into until a fund is open
    connect(m_importAction, &QAction::triggered, this, &MainWindow::importRequested);

    m_manualAction = new QAction(this);
    m_manualAction->setShortcuts(QKeySequence::HelpContents);
    connect(m_manualAction, &QAction::triggered, this, &MainWindow::manualRequested);

    // close() rather than quitting the application, so closeEvent() saves the window layout.
    // Some platforms (Windows) bind no Quit key; there the window manager's close key serves.
    m_quitAction = new QAction(this);
    m_quitAction->setShortcuts(QKeySequence::Quit);
    m_quitAction->setMenuRole(QAction::QuitRole);
    connect(m_quitAction, &QAction::triggered, this, &QWidget::close);

    m_aboutAction = new QAction(this);
    m_aboutAction->setMenuRole(QAction::AboutRole);
    connect(m_aboutAction, &QAction::triggered, this, &MainWindow::showAbout);

    m_aboutQtAction = new QAction(this);
    m_aboutQtAction->setMenuRole(QAction::AboutQtRole);
    connect(m_aboutQtAction, &QAction::triggered, this, [this] { QMessageBox::aboutQt(this); });

    m_pageActionGroup = new QActionGroup(this);
    m_pageActionGroup->setExclusive(true);
    for (const Page page : kAllPages) {
        const int index = pageIndex(page);
        auto *action = new QAction(m_pageActionGroup);
        action->setCheckable(true);
        action->setShortcut(
            QKeyCombination(Qt::ControlModifier, static_cast<Qt::Key>(Qt::Key_1 + index)));
        connect(action, &QAction::triggered, this, [this, page] { showPage(page); });
        m_pageActions[static_cast<std::size_t>(index)] = action;
    }
    m_pageActions.front()->setChecked(true);
}

void MainWindow::createMenus()
{
    m_fileMenu = menuBar()->addMenu(QString());
    m_fileMenu->addAction(m_newAction);
    m_fileMenu->addAction(m_openAction);
    m_fileMenu->addAction(m_backupAction);
    m_fileMenu->addAction(m_restoreAction);
    m_fileMenu->addSeparator();
    m_fileMenu->addAction(m_importAction);
    m_fileMenu->addSeparator();
    m_fileMenu->addAction(m_quitAction);

    // The page shortcuts live in a menu as well, so they can be discovered.
    m_viewMenu = menuBar()->addMenu(QString());
    m_viewMenu->addActions(m_pageActionGroup->actions());

    m_helpMenu = menuBar()->addMenu(QString());
    m_helpMenu->addAction(m_manualAction);
    m_helpMenu->addSeparator();
    m_helpMenu->addAction(m_aboutAction);
    m_helpMenu->addAction(m_aboutQtAction);
}

void MainWindow::createCentralWidget()
{
    m_sidebar = new NavigationSidebar(this);
    m_stack = new QStackedWidget(this);
    m_stack->setObjectName(QStringLiteral("pageStack"));
    for (const Page page : kAllPages) {
        // An empty slot until fillPlaceholders() (after the first frame) or setPage().
        auto *slot = new QWidget(m_stack);
        slot->setObjectName(QStringLiteral("emptyPageSlot_") + pageKey(page));
        m_stack->addWidget(slot);
    }
    connect(m_sidebar, &NavigationSidebar::pageActivated, this, &MainWindow::showPage);

    // A splitter, not fixed positions: it mirrors itself when the layout is right to left.
    m_splitter = new QSplitter(Qt::Horizontal, this);
    m_splitter->setObjectName(QStringLiteral("mainSplitter"));
    m_splitter->setChildrenCollapsible(false);
    m_splitter->addWidget(m_sidebar);
    m_splitter->addWidget(m_stack);
    m_splitter->setStretchFactor(0, 0);
    m_splitter->setStretchFactor(1, 1);
    // The opening banner sits above the splitter, across the whole width.
    m_openProgress = new OpenProgressPanel(this);
    m_openProgress->hide();
    auto *central = new QWidget(this);
    auto *layout = new QVBoxLayout(central);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_openProgress);
    layout->addWidget(m_splitter, 1);
    setCentralWidget(central);
    setTabOrder(m_openProgress->cancelButton(), m_sidebar);
    setTabOrder(m_sidebar, m_stack);
}

void MainWindow::createStatusBar()
{
    m_fundStatus = new FundStatusIndicator(this);
    m_databaseLabel = new QLabel(this);
    m_databaseLabel->setObjectName(QStringLiteral("databasePathLabel"));
    m_databaseLabel->setTextFormat(Qt::PlainText);

    statusBar()->addWidget(m_fundStatus, 1);
    statusBar()->addPermanentWidget(m_databaseLabel);
    m_fundStatus->hide(); // until the composition root reports the status
}

void MainWindow::retranslateUi()
{
    //: Menu title; the & marks the keyboard mnemonic
    m_fileMenu->setTitle(Tr::tr("&File"));
    //: Menu title listing the pages; the & marks the keyboard mnemonic
    m_viewMenu->setTitle(Tr::tr("&View"));
    //: Menu title; the & marks the keyboard mnemonic
    m_helpMenu->setTitle(Tr::tr("&Help"));

    //: File menu: create a new fund database
    m_newAction->setText(Tr::tr("&New fund…"));
    m_newAction->setStatusTip(Tr::tr("Create a new, empty fund database"));
    //: File menu: open an existing fund database
    m_openAction->setText(Tr::tr("&Open…"));
    m_openAction->setStatusTip(Tr::tr("Open an existing fund database"));
    //: File menu: save a copy of the open fund database
    m_backupAction->setText(Tr::tr("&Back up…"));
    m_backupAction->setStatusTip(Tr::tr("Save a copy of the open fund database"));
    //: File menu: replace the open fund with a backup copy
    m_restoreAction->setText(Tr::tr("&Restore…"));
    m_restoreAction->setStatusTip(Tr::tr("Replace the fund with a backup, after checking it"));
    //: File menu: import donors, contributions or applications from a CSV file
    m_importAction->setText(Tr::tr("&Import…"));
    m_importAction->setStatusTip(Tr::tr("Import records from a CSV file, after a preview"));
    //: Help menu: open the user manual
    m_manualAction->setText(Tr::tr("&Manual"));
    //: File menu: leave the application
    m_quitAction->setText(Tr::tr("&Quit"));
    m_quitAction->setStatusTip(Tr::tr("Close FundDesk"));
    //: Help menu
    m_aboutAction->setText(Tr::tr("&About FundDesk"));
    //: Help menu
    m_aboutQtAction->setText(Tr::tr("About &Qt"));
    for (const Page page : kAllPages) {
        QAction *action = m_pageActions[static_cast<std::size_t>(pageIndex(page))];
        const PageInfo info = pageInfo(page);
        action->setText(info.title);
        action->setStatusTip(info.toolTip);
    }

    //: Accessible name of the area that shows the current page
    m_stack->setAccessibleName(Tr::tr("Current page"));
    //: Accessible name of the area holding the page list and the current page
    m_splitter->setAccessibleName(Tr::tr("Page list and current page"));
    //: Accessible name of the status bar at the bottom of the main window
    statusBar()->setAccessibleName(Tr::tr("Status"));
    //: Accessible name of the menu bar
    menuBar()->setAccessibleName(Tr::tr("Menu"));
    updateDatabaseTexts();
}

void MainWindow::updateDatabaseTexts()
{
    if (m_databasePath.isEmpty()) {
        setWindowTitle(productName());
        //: Status bar, when no fund database is open
        m_databaseLabel->setText(Tr::tr("No fund open"));
        m_databaseLabel->setToolTip(QString());
    } else {
        const QFileInfo file(m_databasePath);
        //: Window title; %1 is the file name of the open fund database
        setWindowTitle(Tr::tr("FundDesk — %1").arg(file.fileName()));
        //: Status bar; %1 is the file name of the open fund database
        m_databaseLabel->setText(Tr::tr("Fund file: %1").arg(file.fileName()));
        m_databaseLabel->setToolTip(QDir::toNativeSeparators(file.absoluteFilePath()));
    }
    //: Accessible name of the status bar label with the open database
    m_databaseLabel->setAccessibleName(Tr::tr("Open fund file"));
    m_databaseLabel->setAccessibleDescription(m_databaseLabel->toolTip());
}

void MainWindow::restoreSettings()
{
    const WindowSettings settings = WindowSettings::load();
    if (settings.geometry.isEmpty() || !restoreGeometry(settings.geometry)) {
        const QSize available = screen()->availableGeometry().size();
        resize(QSize(1100, 720).boundedTo(available * 0.9));
    }
    if (!settings.state.isEmpty()) {
        restoreState(settings.state);
    }
    if (!settings.splitter.isEmpty()) {
        m_splitter->restoreState(settings.splitter);
    }
    showPage(settings.lastPage.value_or(Page::Dashboard));
}

void MainWindow::saveSettings() const
{
    WindowSettings settings;
    settings.geometry = saveGeometry();
    settings.state = saveState();
    settings.splitter = m_splitter->saveState();
    settings.lastPage = currentPage();
    settings.save();
}

void MainWindow::chooseFundToOpen()
{
    //: Title of the file dialog that opens a fund database
    const QString path = QFileDialog::getOpenFileName(this, Tr::tr("Open fund"), dialogDirectory(),
                                                      fundFileFilters());
    if (!path.isEmpty()) {
        emit openRequested(path);
    }
}

void MainWindow::chooseBackupTarget()
{
    // Suggest a dated copy next to the fund, so backups sort by date and never overwrite it.
    const QFileInfo fund(m_databasePath);
    const QString suffix = fund.suffix().isEmpty() ? QStringLiteral("funddesk") : fund.suffix();
    const QString suggested =
        QStringLiteral("%1-backup-%2.%3")
            .arg(fund.completeBaseName(), QDate::currentDate().toString(Qt::ISODate), suffix);
    //: Title of the file dialog that saves a backup copy of the fund database
    const QString path = QFileDialog::getSaveFileName(this, Tr::tr("Back up fund"),
                                                      QDir(dialogDirectory()).filePath(suggested),
                                                      fundFileFilters());
    if (!path.isEmpty()) {
        emit backupRequested(path);
    }
}

void MainWindow::chooseBackupToRestore()
{
    //: Title of the file dialog that picks a backup to restore
    const QString path = QFileDialog::getOpenFileName(this, Tr::tr("Restore fund from backup"),
                                                      dialogDirectory(), fundFileFilters());
    if (!path.isEmpty()) {
        emit restoreRequested(path);
    }
}

void MainWindow::showAbout()
{
    //: Heading of the About box; %1 is the version number
    const QString heading = Tr::tr("FundDesk %1").arg(QStringLiteral(FUNDDESK_VERSION));
    const QString summary = Tr::tr(
        "FundDesk helps the manager of the UN Voluntary Fund for ICT-security capacity "
        "building record contributions, review applications and report on spending, "
        "offline on a laptop.");
    const QString html = QStringLiteral("<h3>%1</h3><p>%2</p>")
                             .arg(heading.toHtmlEscaped(), summary.toHtmlEscaped());
    //: Title of the About box
    QMessageBox::about(this, Tr::tr("About FundDesk"), html);
}

QString MainWindow::dialogDirectory() const
{
    if (!m_databasePath.isEmpty()) {
        return QFileInfo(m_databasePath).absolutePath();
    }
    return QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
}

QString MainWindow::fundFileFilters() const
{
    return QStringList{
        //: File dialog filter; keep the patterns in parentheses unchanged
        Tr::tr("Fund databases (*.funddesk *.sqlite)"),
        //: File dialog filter; keep the pattern in parentheses unchanged
        Tr::tr("All files (*)"),
    }
        .join(QStringLiteral(";;"));
}

} // namespace FundDesk::Ui
