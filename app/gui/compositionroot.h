#pragma once

#include "core/db/database.h"
#include "core/services/fundservices.h"
#include "ui/mainwindow/languageswitcher.h"

#include <QObject>
#include <QStringList>

#include <memory>

namespace FundDesk::Ui {
class FundOpenFlow;
class MainWindow;
class ProfilePicker;
class StagedBuild;
}

namespace FundDesk::App {

// Builds the window and the services it needs and connects them; owns the open fund. Nothing
// here decides a fund rule: that is core's work.
class CompositionRoot final : public QObject
{
    Q_OBJECT

public:
    CompositionRoot();
    ~CompositionRoot() override;

    // arguments without the program name; returns the exit code of the event loop.
    int run(const QStringList &arguments);

private:
    QString chooseStartDatabase(const QStringList &arguments) const;
    void welcomeOnFirstRun(const QString &path);
    void createFundWith(const QString &path, const Core::FundSettings &settings);
    void exploreDemoFund(const QString &path);
    QString automaticBackupFolder() const;
    // Starts opening path in the background (FundOpenFlow: the window stays responsive, with
    // progress and Cancel); adoptOpenedFund() follows when it succeeds.
    void openFund(const QString &path,
                  Core::Database::Mode mode = Core::Database::Mode::ReadWrite);
    void adoptOpenedFund(std::unique_ptr<Core::Database> database);
    // The open fund again, without its checks (they ran when it was opened): after an import.
    bool reopenCheckedFund();
    // When the window is active again: a deleted or replaced file stops all writing, once.
    void checkFundFileInPlace();
    void installPages();
    void createNewFund();
    void backUp(const QString &targetPath);
    // File ▸ Import…: the preview dialog, then every page reloaded.
    void importCsv();
    void restore(const QString &backupPath);
    void openManual();
    void backUpAutomatically();
    void refreshFundStatus();
    void showError(const QString &title, const QString &message);

    Ui::LanguageSwitcher m_languages;
    std::unique_ptr<Core::Database> m_database;
    std::unique_ptr<Core::FundServices> m_services; // borrows m_database: declared after it
    std::unique_ptr<Ui::MainWindow> m_window;
    Ui::FundOpenFlow *m_openFlow = nullptr; // a child of the window
    Ui::StagedBuild *m_pageBuild = nullptr; // builds the pages one per event-loop turn
    Ui::ProfilePicker *m_profilePicker = nullptr; // in the window's status bar
};

} // namespace FundDesk::App
