#pragma once

#include "app/translationloader.h"
#include "core/db/database.h"
#include "core/services/fundservices.h"

#include <QObject>
#include <QStringList>

#include <memory>

namespace FundDesk::Ui {
class MainWindow;
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
    bool offerDemoOnFirstRun(const QString &path);
    bool openFund(const QString &path);
    void installPages();
    void createNewFund();
    void backUp(const QString &targetPath);
    void restore(const QString &backupPath);
    void openManual();
    void backUpAutomatically();
    void refreshFundStatus();
    void warnIfAuditTrailBroken();
    void showError(const QString &title, const QString &message);

    TranslationLoader m_translations;
    std::unique_ptr<Core::Database> m_database;
    std::unique_ptr<Core::FundServices> m_services; // borrows m_database: declared after it
    std::unique_ptr<Ui::MainWindow> m_window;
};

} // namespace FundDesk::App
