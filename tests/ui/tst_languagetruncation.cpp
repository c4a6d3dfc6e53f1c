// Every page and main dialog, made in each of the six languages on the demo fund, at the
// manual's window size (dialogs at their own size): no button, label, wrapped text, column
// header or group box title is cut (Tests::textFitProblems). One picture per window per
// language is saved under <build>/tests/ui/language-screenshots/<code>/ for a person to look
// at (the Sponsorships page also with a proposed slate, the Dashboard also on its spending tab).

#include "core/domain/language.h"
#include "core/services/demo/demofundgenerator.h"
#include "tests/ui/testsupport/everywindow.h"
#include "tests/ui/testsupport/testfund.h"
#include "tests/ui/testsupport/textfitaudit.h"
#include "ui/mainwindow/languageswitcher.h"
#include "ui/pages/slatepanel.h"

#include <QApplication>
#include <QDir>
#include <QEventLoop>
#include <QSettings>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTest>
#include <QTimer>

#include <memory>

using namespace FundDesk;
using Tests::WidgetFactory;

namespace {

constexpr QSize kPageSize(1200, 760); // the manual's pictures, within a 1280×800 screen

// Cut text in files other sessions own, found by this test and handed to them; each entry
// turns into an expected failure, so the test says when it is fixed (XPASS).
struct KnownCut
{
    const char *languages; // language codes separated by spaces
    const char *shot;
    const char *reason;
};
// Empty now; kept so a cut found later can be recorded here while it is being fixed.
const QList<KnownCut> kKnownCuts;

const char *knownCut(const QString &language, const QString &shot)
{
    for (const KnownCut &cut : kKnownCuts) {
        const QStringList codes = QString::fromLatin1(cut.languages).split(u' ');
        if (codes.contains(language) && shot == QLatin1String(cut.shot)) {
            return cut.reason;
        }
    }
    return nullptr;
}

QString shotName(const char *window)
{
    return QString::fromLatin1(window).replace(u' ', u'-');
}

} // namespace

class TestLanguageTruncation final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void nothingIsCut_data();
    void nothingIsCut();

private:
    void checkAndSave(QWidget *window, const QString &language, const QString &name);
    std::unique_ptr<Tests::TestFund> m_fund;
    Ui::LanguageSwitcher *m_languages = nullptr;
    QDir m_shots;
};

void TestLanguageTruncation::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QSettings().clear();
    QFont font = QApplication::font();
    font.setFamilies({QStringLiteral("Noto Sans"), QStringLiteral("Noto Sans Arabic"),
                      QStringLiteral("Noto Sans CJK SC")});
    font.setPointSize(9); // as the manual's pictures
    QApplication::setFont(font);
    m_languages = new Ui::LanguageSwitcher(this);
    m_fund = Tests::TestFund::create();
    QVERIFY(m_fund);
    const auto demo = Core::DemoFundGenerator(1, QDate(2026, 11, 25))
                          .generate(m_fund->services().database());
    QVERIFY2(demo.ok(), demo.ok() ? "" : qPrintable(demo.error().message));
    m_shots = QDir(QCoreApplication::applicationDirPath() + QStringLiteral("/language-screenshots"));
    QVERIFY(m_shots.mkpath(QStringLiteral(".")));
}

void TestLanguageTruncation::cleanupTestCase()
{
    m_languages->apply(Core::Language::English);
}

void TestLanguageTruncation::nothingIsCut_data()
{
    QTest::addColumn<Core::Language>("language");
    QTest::addColumn<QString>("name");
    QTest::addColumn<WidgetFactory>("make");
    for (const Core::Language language : Core::allLanguages()) {
        for (const auto &[name, make] : Tests::everyWindow()) {
            QTest::addRow("%s %s", qPrintable(Core::languageCode(language)), name)
                << language << shotName(name) << make;
        }
    }
}

void TestLanguageTruncation::checkAndSave(QWidget *window, const QString &language,
                                          const QString &name)
{
    for (int i = 0; i < 3; ++i) {
        QCoreApplication::sendPostedEvents();
        QCoreApplication::processEvents();
    }
    QDir folder(m_shots.filePath(language));
    QVERIFY(folder.mkpath(QStringLiteral(".")));
    const QString path = folder.filePath(name + QStringLiteral(".png"));
    QVERIFY2(window->grab().save(path), qPrintable(path));
    const QStringList problems = Tests::textFitProblems(window);
    if (const char *reason = knownCut(language, name)) {
        QEXPECT_FAIL("", reason, Continue);
    }
    QVERIFY2(problems.isEmpty(),
             qPrintable(QStringLiteral("%1 (picture: %2)\n").arg(name, path) + problems.join(u'\n')));
}

void TestLanguageTruncation::nothingIsCut()
{
    QFETCH(Core::Language, language);
    QFETCH(QString, name);
    QFETCH(WidgetFactory, make);
    m_languages->apply(language);
    const std::unique_ptr<QWidget> window = make(m_fund->services());
    QVERIFY(window);
    if (qobject_cast<QDialog *>(window.get())) {
        // The size it opens at (its own, or its size hint when it sets none), within the screen.
        window->resize(window->size().boundedTo(kPageSize));
    } else {
        window->resize(kPageSize);
    }
    window->show();
    QVERIFY(QTest::qWaitForWindowExposed(window.get()));
    QCOMPARE(window->isRightToLeft(), language == Core::Language::Arabic);
    const QString code = Core::languageCode(language);
    checkAndSave(window.get(), code, name);

    if (auto *dashboard = qobject_cast<Ui::DashboardPage *>(window.get())) {
        dashboard->yearBox()->setValue(2026);
        for (int tab = 1; tab < dashboard->tabs()->count(); ++tab) {
            dashboard->tabs()->setCurrentIndex(tab);
            checkAndSave(window.get(), code, QStringLiteral("%1-tab%2").arg(name).arg(tab));
        }
    }
    if (auto *sponsorships = qobject_cast<Ui::SponsorshipsPage *>(window.get())) {
        sponsorships->tabs()->setCurrentIndex(Ui::SponsorshipsPage::SlateTab);
        Ui::SlatePanel *slate = sponsorships->slatePanel();
        QEventLoop loop;
        connect(slate, &Ui::SlatePanel::proposed, &loop, &QEventLoop::quit);
        QTimer::singleShot(60000, &loop, &QEventLoop::quit);
        slate->propose();
        if (slate->isRunning()) {
            loop.exec();
        }
        QVERIFY(!slate->isRunning());
        checkAndSave(window.get(), code, name + QStringLiteral("-slate"));
    }
}

QTEST_MAIN(TestLanguageTruncation)
#include "tst_languagetruncation.moc"
