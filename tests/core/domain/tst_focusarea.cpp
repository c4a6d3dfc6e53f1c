#include "core/domain/focusarea.h"

#include <QSet>
#include <QTest>

using namespace FundDesk::Core;
using namespace Qt::StringLiterals;

class TestFocusArea final : public QObject
{
    Q_OBJECT

private slots:
    void exactlyTheNineAreasOfParagraph26();
    void keysRoundTripAndAreDistinct();
    void keysAreStable();
    void unknownKeyIsRefused();
    void lettersFollowTheReport();
    void namesAreWordedAsTheReport();
};

void TestFocusArea::exactlyTheNineAreasOfParagraph26()
{
    const auto areas = allFocusAreas();
    QCOMPARE(areas.size(), 9);
    QCOMPARE(areas.constFirst(), FocusArea::NationalStrategies);
    QCOMPARE(areas.constLast(), FocusArea::PointsOfContact);
    QSet<FocusArea> distinct(areas.cbegin(), areas.cend());
    QCOMPARE(distinct.size(), 9);
}

void TestFocusArea::keysRoundTripAndAreDistinct()
{
    QSet<QString> keys;
    for (FocusArea area : allFocusAreas()) {
        const QString key = focusAreaKey(area);
        QVERIFY(!key.isEmpty());
        QCOMPARE(focusAreaFromKey(key), std::optional<FocusArea>(area));
        keys.insert(key);
        QVERIFY(!focusAreaDisplayName(area).isEmpty());
    }
    QCOMPARE(keys.size(), 9);
}

void TestFocusArea::keysAreStable()
{
    // Stored in databases: changing one would orphan every stored application's areas.
    QStringList keys;
    for (FocusArea area : allFocusAreas()) {
        keys << focusAreaKey(area);
    }
    QCOMPARE(keys, QStringList({u"national_strategies"_s, u"international_law"_s,
                                u"incident_response"_s, u"critical_infrastructure"_s,
                                u"awareness_education"_s, u"training_workforce"_s, u"norms"_s,
                                u"confidence_building_measures"_s, u"points_of_contact"_s}));
}

void TestFocusArea::unknownKeyIsRefused()
{
    QVERIFY(!focusAreaFromKey(u"cyber"_s).has_value());
    QVERIFY(!focusAreaFromKey(u""_s).has_value());
    QVERIFY(!focusAreaFromKey(u"NORMS"_s).has_value());
}

void TestFocusArea::lettersFollowTheReport()
{
    QString letters;
    for (FocusArea area : allFocusAreas()) {
        letters += focusAreaLetter(area);
    }
    QCOMPARE(letters, u"abcdefghi"_s);
}

void TestFocusArea::namesAreWordedAsTheReport()
{
    QCOMPARE(focusAreaDisplayName(FocusArea::NationalStrategies),
             u"National strategies, laws and regulations"_s);
    QCOMPARE(focusAreaDisplayName(FocusArea::IncidentResponse),
             u"ICT incident management and response, including computer emergency response "
             "teams"_s);
    QCOMPARE(focusAreaDisplayName(FocusArea::PointsOfContact),
             u"Participation in the global intergovernmental Points of Contact directory"_s);
}

QTEST_APPLESS_MAIN(TestFocusArea)
#include "tst_focusarea.moc"
