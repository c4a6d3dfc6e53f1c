#pragma once

// Every page and every main dialog of FundDesk, each made on a fund: the rows of the UI audits
// (tst_accessibilityaudit, tst_keyboardnavigation, tst_languagetruncation). Add a row for each
// new page or dialog; a factory may return null when the fund lacks what it shows.

#include "core/services/fundservices.h"
#include "ui/dialogs/activitydialog.h"
#include "ui/dialogs/consultationdialog.h"
#include "ui/dialogs/contributiondialog.h"
#include "ui/dialogs/contributionhistorydialog.h"
#include "ui/dialogs/disbursementdialog.h"
#include "ui/dialogs/donordialog.h"
#include "ui/dialogs/importdialog.h"
#include "ui/dialogs/meetingdialog.h"
#include "ui/dialogs/scoringdialog.h"
#include "ui/dialogs/sponsorshipdialog.h"
#include "ui/dialogs/welcomedialog.h"
#include "ui/dialogs/workflowdialog.h"
#include "ui/documents/exportpacketdialog.h"
#include "ui/mainwindow/mainwindow.h"
#include "ui/pages/activitiespage.h"
#include "ui/pages/contributionspage.h"
#include "ui/pages/dashboardpage.h"
#include "ui/pages/disbursementspage.h"
#include "ui/pages/reportspage.h"
#include "ui/pages/settingspage.h"
#include "ui/pages/sponsorshipspage.h"
#include "ui/widgets/openprogresspanel.h"

#include <QTest>
#include <QWidget>

#include <functional>
#include <memory>

namespace FundDesk::Tests {
using WidgetFactory = std::function<std::unique_ptr<QWidget>(Core::FundServices &)>;
} // namespace FundDesk::Tests

Q_DECLARE_METATYPE(FundDesk::Tests::WidgetFactory)

namespace FundDesk::Tests {

// Each window's name (a test row's name) and how to make it.
inline QList<std::pair<const char *, WidgetFactory>> everyWindow()
{
    QList<std::pair<const char *, WidgetFactory>> windows;
    const auto add = [&windows](const char *name, WidgetFactory make) {
        windows.append({name, std::move(make)});
    };
    add("main window", WidgetFactory([](Core::FundServices &) {
        return std::make_unique<Ui::MainWindow>();
    }));
    add("main window opening a fund", WidgetFactory([](Core::FundServices &) {
        auto window = std::make_unique<Ui::MainWindow>();
        window->openProgress()->begin(QStringLiteral("a-fund-with-a-long-name.funddesk"));
        window->openProgress()->setStep(Core::FundOpenStep::VerifyingAuditTrail, 1, 3);
        window->openProgress()->show();
        return window;
    }));
    add("contributions page", WidgetFactory([](Core::FundServices &services) {
        return std::make_unique<Ui::ContributionsPage>(services);
    }));
    add("activities page", WidgetFactory([](Core::FundServices &services) {
        return std::make_unique<Ui::ActivitiesPage>(services);
    }));
    add("settings page", WidgetFactory([](Core::FundServices &services) {
        return std::make_unique<Ui::SettingsPage>(services);
    }));
    add("donor dialog", WidgetFactory([](Core::FundServices &services) {
        return std::make_unique<Ui::DonorDialog>(services);
    }));
    add("contribution dialog", WidgetFactory([](Core::FundServices &services) {
        return std::make_unique<Ui::ContributionDialog>(services);
    }));
    add("contribution history dialog", WidgetFactory([](Core::FundServices &services) {
               const auto contributions = services.contributions().all();
               QList<Core::ContributionChange> history;
               if (contributions && !contributions->isEmpty()) {
                   if (auto changes = services.contributions().history(contributions->first().id)) {
                       history = *changes;
                   }
               }
               return std::make_unique<Ui::ContributionHistoryDialog>(history);
           }));
    add("activity dialog", WidgetFactory([](Core::FundServices &services) {
        return std::make_unique<Ui::ActivityDialog>(services);
    }));
    add("scoring dialog", WidgetFactory(
        [](Core::FundServices &services) -> std::unique_ptr<QWidget> {
            const auto applications = services.activities().all();
            if (!applications || applications->isEmpty()) {
                return nullptr;
            }
            return std::make_unique<Ui::ScoringDialog>(services, applications->first());
        }));
    add("consultation dialog", WidgetFactory([](Core::FundServices &services) {
        return std::make_unique<Ui::ConsultationDialog>(services);
    }));
    add("welcome dialog", WidgetFactory([](Core::FundServices &) {
        return std::make_unique<Ui::WelcomeDialog>(QStringLiteral("/tmp/new.funddesk"));
    }));
    add("sponsorships page", WidgetFactory([](Core::FundServices &services) {
        return std::make_unique<Ui::SponsorshipsPage>(services);
    }));
    add("disbursements page", WidgetFactory([](Core::FundServices &services) {
        return std::make_unique<Ui::DisbursementsPage>(services);
    }));
    add("dashboard page", WidgetFactory([](Core::FundServices &services) {
        return std::make_unique<Ui::DashboardPage>(services);
    }));
    add("reports page", WidgetFactory([](Core::FundServices &services) {
        return std::make_unique<Ui::ReportsPage>(services);
    }));
    add("meeting dialog", WidgetFactory([](Core::FundServices &services) {
        return std::make_unique<Ui::MeetingDialog>(services);
    }));
    add("sponsorship dialog", WidgetFactory(
        [](Core::FundServices &services) -> std::unique_ptr<QWidget> {
            const auto meetings = services.meetings().all();
            if (!meetings || meetings->isEmpty()) {
                return nullptr;
            }
            return std::make_unique<Ui::SponsorshipDialog>(services, meetings->first().id);
        }));
    add("workflow dialog", WidgetFactory(
        [](Core::FundServices &services) -> std::unique_ptr<QWidget> {
            const auto applications = services.activities().all();
            if (!applications || applications->isEmpty()) {
                return nullptr;
            }
            const auto &first = applications->first();
            return std::make_unique<Ui::WorkflowDialog>(
                services, Core::WorkflowItem::activity(first.id.value()), first.reference);
        }));
    add("import dialog", WidgetFactory([](Core::FundServices &services) {
        return std::make_unique<Ui::ImportDialog>(services.database().connection(),
                                                  services.reference());
    }));
    add("export packet dialog", WidgetFactory(
        [](Core::FundServices &services) -> std::unique_ptr<QWidget> {
            const auto applications = services.activities().all();
            if (!applications || applications->isEmpty()) {
                return nullptr;
            }
            return std::make_unique<Ui::ExportPacketDialog>(
                services, Ui::ExportPacketDialog::Scope::Item, applications->first().reference);
        }));
    add("payment dialog", WidgetFactory([](Core::FundServices &services) {
        return std::make_unique<Ui::DisbursementDialog>(services,
                                                        Ui::DisbursementDialog::Kind::Payment);
    }));
    return windows;
}

// Adds the column "make" (a WidgetFactory) and one row per window.
inline void addEveryWindow()
{
    QTest::addColumn<WidgetFactory>("make");
    for (const auto &[name, make] : everyWindow()) {
        QTest::newRow(name) << make;
    }
}

} // namespace FundDesk::Tests
