#include "badinputcatalogue.h"

#include "tests/ui/testsupport/activityfixtures.h"
#include "tests/ui/testsupport/sponsorshipfixtures.h"
#include "tests/ui/testsupport/testfund.h"
#include "ui/dialogs/activitydialog.h"
#include "ui/dialogs/consultationdialog.h"
#include "ui/dialogs/scoringdialog.h"
#include "ui/dialogs/sponsorshipdialog.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QTest>

#include <functional>

using namespace FundDesk;
using namespace Qt::StringLiterals;

namespace {

// Short Latin text is typed key by key; the rest is set at once, as a paste does.
void enterText(QWidget *editor, const QString &text)
{
    QVERIFY(editor);
    const bool typeable = text.size() < 200 && std::all_of(text.cbegin(), text.cend(), [](QChar c) {
                              return c.unicode() >= 0x20 && c.unicode() < 0x7F;
                          });
    if (auto *line = qobject_cast<QLineEdit *>(editor)) {
        line->clear();
        typeable ? QTest::keyClicks(line, text) : line->setText(text);
    } else if (auto *plain = qobject_cast<QPlainTextEdit *>(editor)) {
        plain->clear();
        typeable ? QTest::keyClicks(plain, text) : plain->setPlainText(text);
    }
}

using Fill = std::function<void(QDialog *)>;

} // namespace

Q_DECLARE_METATYPE(Fill)

// Issue 12, bad input through the application forms (sponsorship, activity, scoring,
// consultation): the value entered, OK or Save pressed; the message appears beside the field
// (on its tab), the dialog stays open, nothing is stored.
class TestBadInputApplicationDialogs final : public QObject
{
    Q_OBJECT

private slots:
    void init()
    {
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
        m_fund = Tests::TestFund::create();
        QVERIFY(m_fund);
        m_meeting = Tests::addMeeting(m_fund->services(), Tests::newYorkMeeting());
        QVERIFY(m_meeting.isValid());
        m_activity = Tests::addActivity(m_fund->services(), {});
        QVERIFY(m_activity.isValid());
    }
    void cleanup() { m_fund.reset(); }

    void refusedBesideTheField_data()
    {
        QTest::addColumn<QString>("dialog");
        QTest::addColumn<QString>("editor");
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("field");
        QTest::addColumn<QString>("message");
        const QString longText = BadInput::veryLong();
        QTest::newRow("sponsorship: applicant only zero-width marks")
            << u"sponsorship"_s << u"applicantNameEdit"_s << BadInput::zeroWidthOnly()
            << u"applicantName"_s << u"Enter the applicant's name"_s;
        QTest::newRow("sponsorship: ministry pasted 100,000 characters")
            << u"sponsorship"_s << u"ministryEdit"_s << longText << u"ministry"_s
            << u"at most 200"_s;
        QTest::newRow("sponsorship: notes pasted 100,000 characters")
            << u"sponsorship"_s << u"notesEdit"_s << longText << u"notes"_s << u"at most 10000"_s;
        QTest::newRow("activity: title only direction marks")
            << u"activity"_s << u"titleEdit"_s << BadInput::directionMarksOnly() << u"title"_s
            << u"enter the title"_s;
        QTest::newRow("scoring: reviewer only zero-width marks")
            << u"scoring"_s << u"reviewerEdit"_s << BadInput::zeroWidthOnly() << u"reviewer"_s
            << u"enter the name of the reviewer"_s;
        QTest::newRow("scoring: reviewer pasted 100,000 characters")
            << u"scoring"_s << u"reviewerEdit"_s << longText << u"reviewer"_s << u"at most 200"_s;
        QTest::newRow("consultation: a participant of zero-width marks")
            << u"consultation"_s << u"participantsEdit"_s
            << u"Estonia\n"_s + BadInput::zeroWidthOnly() << u"participants"_s
            << u"a line of the list is empty"_s;
        QTest::newRow("consultation: notes pasted 100,000 characters")
            << u"consultation"_s << u"consultationNotesEdit"_s << longText << u"notes"_s
            << u"at most 10000"_s;
    }

    void refusedBesideTheField()
    {
        QFETCH(QString, dialog);
        QFETCH(QString, editor);
        QFETCH(QString, text);
        QFETCH(QString, field);
        QFETCH(QString, message);
        std::unique_ptr<QDialog> form = make(dialog);
        QVERIFY(form);
        form->show();
        QVERIFY(QTest::qWaitForWindowExposed(form.get()));
        prefill(dialog, form.get());
        enterText(form->findChild<QWidget *>(editor), text);
        const QSqlDatabase db = m_fund->services().database().connection();
        const auto before = BadInput::tableCounts(db);
        const qint64 started = BadInput::cpuMilliseconds();
        auto *buttons = form->findChild<QDialogButtonBox *>();
        QVERIFY(buttons);
        QPushButton *ok = buttons->button(QDialogButtonBox::Ok);
        QTest::mouseClick(ok ? ok : buttons->button(QDialogButtonBox::Save), Qt::LeftButton);
        QVERIFY(BadInput::cpuMilliseconds() - started < 2000);

        QVERIFY(form->isVisible());
        auto *label = form->findChild<QLabel *>(u"error_"_s + field);
        QVERIFY2(label, qPrintable(field));
        QVERIFY2(label->isVisible(), qPrintable(label->text()));
        QVERIFY2(label->text().contains(message), qPrintable(label->text()));
        QCOMPARE(label->textFormat(), Qt::PlainText);
        QCOMPARE(BadInput::tableCounts(db), before);
    }

private:
    std::unique_ptr<QDialog> make(const QString &dialog)
    {
        Core::FundServices &services = m_fund->services();
        if (dialog == u"sponsorship") {
            return std::make_unique<Ui::SponsorshipDialog>(services, m_meeting);
        }
        if (dialog == u"activity") {
            return std::make_unique<Ui::ActivityDialog>(services);
        }
        if (dialog == u"scoring") {
            return std::make_unique<Ui::ScoringDialog>(services,
                                                       *services.activities().find(m_activity));
        }
        return std::make_unique<Ui::ConsultationDialog>(services);
    }

    // The fields a row does not try, filled with good values so the row's field is reached.
    static void prefill(const QString &dialog, QDialog *form)
    {
        if (dialog == u"sponsorship") {
            enterText(form->findChild<QLineEdit *>(u"applicantNameEdit"_s), u"Ana Silva"_s);
        } else if (dialog == u"scoring") {
            auto *noConflict = form->findChild<QRadioButton *>(u"noConflictRadio"_s);
            QVERIFY(noConflict);
            QTest::mouseClick(noConflict, Qt::LeftButton, {}, QPoint(4, noConflict->height() / 2));
            QVERIFY(noConflict->isChecked());
        } else if (dialog == u"consultation") {
            enterText(form->findChild<QPlainTextEdit *>(u"participantsEdit"_s), u"Estonia"_s);
        }
    }

    std::unique_ptr<Tests::TestFund> m_fund;
    Core::MeetingId m_meeting;
    Core::ActivityId m_activity;
};

QTEST_MAIN(TestBadInputApplicationDialogs)
#include "tst_badinput_applicationdialogs.moc"
