#include "core/domain/donorkind.h"

#include <QSet>
#include <QTest>

using namespace FundDesk::Core;
using namespace Qt::StringLiterals;

class TestDonorKind final : public QObject
{
    Q_OBJECT

private slots:
    void keys_data();
    void keys();
    void everyKindRoundTrips();
    void unknownKeysAreRefused_data();
    void unknownKeysAreRefused();
    void displayNamesAreDistinct();
};

void TestDonorKind::keys_data()
{
    QTest::addColumn<DonorKind>("kind");
    QTest::addColumn<QString>("key");
    QTest::addColumn<bool>("state");
    QTest::addColumn<bool>("dueDiligence");

    // The keys are stored and imported: these exact strings must never change.
    QTest::newRow("Member State") << DonorKind::MemberState << u"member_state"_s << true << false;
    QTest::newRow("observer State")
        << DonorKind::ObserverState << u"observer_state"_s << true << false;
    QTest::newRow("IGO") << DonorKind::IntergovernmentalOrganization << u"igo"_s << false << false;
    QTest::newRow("foundation") << DonorKind::PhilanthropicFoundation << u"foundation"_s << false
                                << true;
    QTest::newRow("private sector")
        << DonorKind::PrivateSector << u"private_sector"_s << false << true;
    QTest::newRow("other NGO") << DonorKind::OtherNonGovernmental << u"other_ngo"_s << false
                               << true;
}

void TestDonorKind::keys()
{
    QFETCH(DonorKind, kind);
    QFETCH(QString, key);
    QFETCH(bool, state);
    QFETCH(bool, dueDiligence);

    QCOMPARE(donorKindKey(kind), key);
    QCOMPARE(donorKindFromKey(key), std::optional<DonorKind>(kind));
    QCOMPARE(isStateDonor(kind), state);
    QCOMPARE(needsDueDiligence(kind), dueDiligence);
    QVERIFY(!donorKindDisplayName(kind).isEmpty());
}

void TestDonorKind::everyKindRoundTrips()
{
    const QList<DonorKind> kinds = allDonorKinds();
    QCOMPARE(kinds.size(), 6);
    for (DonorKind kind : kinds) {
        QCOMPARE(donorKindFromKey(donorKindKey(kind)), std::optional<DonorKind>(kind));
    }
}

void TestDonorKind::unknownKeysAreRefused_data()
{
    QTest::addColumn<QString>("key");
    QTest::newRow("empty") << QString();
    QTest::newRow("upper case") << u"MEMBER_STATE"_s;
    QTest::newRow("display name") << u"Member State"_s;
    QTest::newRow("padded") << u" igo"_s;
    QTest::newRow("other") << u"ngo"_s;
}

void TestDonorKind::unknownKeysAreRefused()
{
    QFETCH(QString, key);
    QVERIFY(!donorKindFromKey(key).has_value());
}

void TestDonorKind::displayNamesAreDistinct()
{
    QSet<QString> names;
    for (DonorKind kind : allDonorKinds()) {
        names.insert(donorKindDisplayName(kind));
    }
    QCOMPARE(names.size(), allDonorKinds().size());
}

QTEST_APPLESS_MAIN(TestDonorKind)
#include "tst_donorkind.moc"
