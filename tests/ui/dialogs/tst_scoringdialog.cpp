#include "tests/ui/testsupport/activityfixtures.h"
#include "tests/ui/testsupport/testfund.h"
#include "ui/dialogs/fielderrors.h"
#include "ui/dialogs/scoringcriteriabox.h"
#include "ui/dialogs/scoringdialog.h"

#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QSpinBox>
#include <QTest>

using namespace FundDesk;
using FundDesk::Ui::ScoringDialog;
using Qt::StringLiterals::operator""_s;

class TestScoringDialog final : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void scoresStayDisabledUntilNoConflictIsDeclared();
    void conflictRecordsARecusalLeftOutOfTheAggregate();
    void conflictNeedsANote();
    void scoresAndJustificationAreStored();
    void missingJustificationIsRefusedAndNothingStored();
    void unsetScoreIsRefusedBesideIt();
    void anchorsAreExplained();
    void anEarlierReviewIsLoadedAndChanged();

private:
    template<typename T>
    T *child(const QString &name) const
    {
        return m_dialog->findChild<T *>(name);
    }
    void open();
    void typeInto(QWidget *widget, const QString &text);
    void clickSave();
    // On the indicator: a radio button is wider than its text, and only the text and the
    // indicator take clicks.
    void choose(const QString &name)
    {
        auto *radio = child<QRadioButton>(name);
        QTest::mouseClick(radio, Qt::LeftButton, {}, QPoint(6, radio->height() / 2));
        QVERIFY(radio->isChecked());
    }
    void scoreAll(const QList<int> &values);
    QList<Core::Review> reviews() const;

    std::unique_ptr<Tests::TestFund> m_fund;
    Core::ActivityId m_activity;
    std::unique_ptr<ScoringDialog> m_dialog;
};

void TestScoringDialog::init()
{
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    m_fund = Tests::TestFund::create();
    QVERIFY(m_fund);
    m_activity = Tests::addActivity(m_fund->services(), {});
    QVERIFY(m_activity.isValid());
    QVERIFY(Tests::scoreActivity(m_fund->services(), m_activity, u"Ana"_s, 4));
    open();
}

void TestScoringDialog::open()
{
    const auto application = m_fund->services().activities().find(m_activity);
    QVERIFY(application.ok());
    m_dialog = std::make_unique<ScoringDialog>(m_fund->services(), *application);
    m_dialog->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_dialog.get()));
}

void TestScoringDialog::cleanup()
{
    m_dialog.reset();
    m_fund.reset();
}

void TestScoringDialog::typeInto(QWidget *widget, const QString &text)
{
    widget->setFocus();
    QTest::keyClicks(widget, text);
}

void TestScoringDialog::clickSave()
{
    QTest::mouseClick(child<QPushButton>(u"saveButton"_s), Qt::LeftButton);
}

void TestScoringDialog::scoreAll(const QList<int> &values)
{
    const QList<Core::RubricCriterion> criteria = Core::allRubricCriteria();
    for (int i = 0; i < criteria.size(); ++i) {
        QSpinBox *spin = m_dialog->criteria()->spinBox(criteria.at(i));
        spin->setFocus();
        // From "–" (unset) up by arrow keys, as a keyboard user would.
        for (int step = -1; step < values.at(i); ++step) {
            QTest::keyClick(spin, Qt::Key_Up);
        }
        QCOMPARE(spin->value(), values.at(i));
    }
}

QList<Core::Review> TestScoringDialog::reviews() const
{
    const auto found = m_fund->services().reviews().reviewsFor(m_activity);
    return found ? *found : QList<Core::Review>{};
}

void TestScoringDialog::scoresStayDisabledUntilNoConflictIsDeclared()
{
    auto *scoring = child<QGroupBox>(u"scoringGroup"_s);
    QVERIFY(!scoring->isEnabled());
    choose(u"conflictRadio"_s);
    QVERIFY(!scoring->isEnabled());
    QVERIFY(child<QLineEdit>(u"conflictNoteEdit"_s)->isEnabled());
    choose(u"noConflictRadio"_s);
    QVERIFY(scoring->isEnabled());
    QVERIFY(!child<QLineEdit>(u"conflictNoteEdit"_s)->isEnabled());
    // Saving with no declaration at all is refused beside the declaration.
    open();
    typeInto(child<QLineEdit>(u"reviewerEdit"_s), u"Ben"_s);
    clickSave();
    QVERIFY(m_dialog->fieldErrors()->errorLabel(u"conflict"_s)->isVisible());
    QCOMPARE(reviews().size(), 1);
}

void TestScoringDialog::conflictRecordsARecusalLeftOutOfTheAggregate()
{
    typeInto(child<QLineEdit>(u"reviewerEdit"_s), u"Ben"_s);
    choose(u"conflictRadio"_s);
    typeInto(child<QLineEdit>(u"conflictNoteEdit"_s), u"Advised the applicant in 2025"_s);
    QVERIFY(!child<QGroupBox>(u"scoringGroup"_s)->isEnabled());
    clickSave();
    QVERIFY(m_dialog->hasSaved());
    const QList<Core::Review> stored = reviews();
    QCOMPARE(stored.size(), 2);
    const Core::Review &ben = stored.at(1);
    QCOMPARE(ben.reviewer, u"Ben"_s);
    QVERIFY(ben.isRecused());
    QVERIFY(!ben.scored);
    QCOMPARE(ben.conflictNote, u"Advised the applicant in 2025"_s);
    const auto aggregate = m_fund->services().reviews().aggregate(m_activity);
    QVERIFY(aggregate.ok());
    QCOMPARE(aggregate->scoredReviewers, 1);
    QCOMPARE(aggregate->recusedReviewers, 1);
    QCOMPARE(aggregate->score->toPlainString(), u"4.00"_s);
    // The dialog shows the aggregate without Ben.
    const QString shown = m_dialog->aggregateLabel()->text();
    QVERIFY2(shown.contains(u"4.00"_s) && shown.contains(u"1 recused"_s), qPrintable(shown));
}

void TestScoringDialog::conflictNeedsANote()
{
    typeInto(child<QLineEdit>(u"reviewerEdit"_s), u"Ben"_s);
    choose(u"conflictRadio"_s);
    clickSave();
    QVERIFY(!m_dialog->hasSaved());
    QVERIFY(m_dialog->fieldErrors()->errorLabel(u"conflictNote"_s)->isVisible());
    QCOMPARE(reviews().size(), 1);
}

void TestScoringDialog::scoresAndJustificationAreStored()
{
    typeInto(child<QLineEdit>(u"reviewerEdit"_s), u"Ben"_s);
    choose(u"noConflictRadio"_s);
    scoreAll({5, 4, 3, 2, 1, 0});
    typeInto(child<QPlainTextEdit>(u"justificationEdit"_s), u"Strong needs analysis."_s);
    clickSave();
    QVERIFY(m_dialog->hasSaved());
    const QList<Core::Review> stored = reviews();
    QCOMPARE(stored.size(), 2);
    const Core::Review &ben = stored.at(1);
    QVERIFY(ben.scored);
    QVERIFY(!ben.isRecused());
    QCOMPARE(ben.scores, (Core::RubricScores{5, 4, 3, 2, 1, 0}));
    QCOMPARE(ben.justification, u"Strong needs analysis."_s);
    // Ana 4.00 and Ben 2.50: aggregate 3.25, spread 1.50.
    const QString shown = m_dialog->aggregateLabel()->text();
    QVERIFY2(shown.contains(u"3.25"_s) && shown.contains(u"1.50"_s), qPrintable(shown));
}

void TestScoringDialog::missingJustificationIsRefusedAndNothingStored()
{
    typeInto(child<QLineEdit>(u"reviewerEdit"_s), u"Ben"_s);
    choose(u"noConflictRadio"_s);
    scoreAll({3, 3, 3, 3, 3, 3});
    clickSave();
    QVERIFY(!m_dialog->hasSaved());
    QLabel *error = m_dialog->fieldErrors()->errorLabel(u"justification"_s);
    QVERIFY(error->isVisible());
    QVERIFY(error->text().contains(u"Justification"_s));
    QCOMPARE(QApplication::focusWidget(), child<QPlainTextEdit>(u"justificationEdit"_s));
    // Not even the declaration: one save, one outcome.
    QCOMPARE(reviews().size(), 1);
    // Completing the form then saves.
    typeInto(child<QPlainTextEdit>(u"justificationEdit"_s), u"Adequate."_s);
    clickSave();
    QVERIFY(m_dialog->hasSaved());
    QCOMPARE(reviews().size(), 2);
}

void TestScoringDialog::unsetScoreIsRefusedBesideIt()
{
    typeInto(child<QLineEdit>(u"reviewerEdit"_s), u"Ben"_s);
    choose(u"noConflictRadio"_s);
    typeInto(child<QPlainTextEdit>(u"justificationEdit"_s), u"Partial."_s);
    clickSave();
    QVERIFY(!m_dialog->hasSaved());
    QVERIFY(m_dialog->fieldErrors()->errorLabel(u"score.needs_assessment"_s)->isVisible());
    QCOMPARE(reviews().size(), 1);
}

void TestScoringDialog::anchorsAreExplained()
{
    const QString help = m_dialog->criteria()->helpLabel()->text();
    for (int score = Core::rubricMinScore; score <= Core::rubricMaxScore; ++score) {
        QVERIFY(help.contains(Core::rubricAnchorDescription(score)));
    }
    QSpinBox *spin = m_dialog->criteria()->spinBox(Core::RubricCriterion::GenderMainstreaming);
    QVERIFY(spin->toolTip().contains(Core::rubricAnchorDescription(5)));
    spin->setValue(3);
    auto *anchor = child<QLabel>(u"anchorLabel_gender"_s);
    QCOMPARE(anchor->text(), Core::rubricAnchorName(3));
    QCOMPARE(anchor->toolTip(), Core::rubricAnchorDescription(3));
}

void TestScoringDialog::anEarlierReviewIsLoadedAndChanged()
{
    m_dialog->setReviewer(u"ana"_s);
    QVERIFY(child<QRadioButton>(u"noConflictRadio"_s)->isChecked());
    QCOMPARE(m_dialog->criteria()->spinBox(Core::RubricCriterion::NeedsAssessment)->value(), 4);
    // Ana finds a conflict after scoring: the scores are withdrawn.
    choose(u"conflictRadio"_s);
    typeInto(child<QLineEdit>(u"conflictNoteEdit"_s), u"Former employer"_s);
    clickSave();
    QVERIFY(m_dialog->hasSaved());
    const QList<Core::Review> stored = reviews();
    QCOMPARE(stored.size(), 1);
    QVERIFY(stored.first().isRecused());
    QVERIFY(!stored.first().scored);
    QVERIFY(!m_fund->services().reviews().aggregate(m_activity)->hasScore());
}

QTEST_MAIN(TestScoringDialog)
#include "tst_scoringdialog.moc"
