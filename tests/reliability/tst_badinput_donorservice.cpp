#include "badinputcatalogue.h"

#include "core/services/inputchecks.h"
#include "tests/ui/testsupport/testfund.h"

#include <QTest>

using namespace FundDesk;
using namespace FundDesk::Core;
using namespace Qt::StringLiterals;

Q_DECLARE_METATYPE(FundDesk::Core::Donor)
Q_DECLARE_METATYPE(FundDesk::Core::ErrorCode)

namespace {

Donor foundation(const QString &name)
{
    Donor donor;
    donor.kind = DonorKind::PhilanthropicFoundation;
    donor.name = name;
    donor.dueDiligence = {DueDiligenceStatus::Cleared, QDate(2024, 1, 15), {}};
    return donor;
}

} // namespace

// Issue 12, bad input: every field DonorService stores, tried with the catalogue. A refusal
// names the field, says what to do, and stores nothing (not even an audit entry); awkward but
// valid text comes back byte for byte.
class TestBadInputDonorService final : public QObject
{
    Q_OBJECT

private slots:
    void init()
    {
        m_fund = Tests::TestFund::create();
        QVERIFY(m_fund);
    }

    void refusesAndStoresNothing_data()
    {
        QTest::addColumn<Donor>("donor");
        QTest::addColumn<ErrorCode>("code");
        QTest::addColumn<QString>("field");
        QTest::addColumn<QString>("message");
        const auto with = [](auto change) {
            Donor donor = foundation(QStringLiteral("Open Data Foundation"));
            change(donor);
            return donor;
        };
        const QString enterName = QStringLiteral("Enter the donor's name");
        QTest::newRow("name empty")
            << foundation({}) << ErrorCode::InvalidInput << u"name"_s << enterName;
        QTest::newRow("name only spaces") << foundation(BadInput::spacesOnly())
                                          << ErrorCode::InvalidInput << u"name"_s << enterName;
        QTest::newRow("name only zero-width marks")
            << foundation(BadInput::zeroWidthOnly()) << ErrorCode::InvalidInput << u"name"_s
            << enterName;
        QTest::newRow("name only direction marks")
            << foundation(BadInput::directionMarksOnly()) << ErrorCode::InvalidInput << u"name"_s
            << enterName;
        QTest::newRow("name 100,000 characters")
            << foundation(BadInput::veryLong()) << ErrorCode::InvalidInput << u"name"_s
            << u"at most 200 characters"_s;
        QTest::newRow("name 201 characters")
            << foundation(QString(201, u'n')) << ErrorCode::InvalidInput << u"name"_s
            << u"201 characters"_s;
        QTest::newRow("contact 100,000 characters")
            << with([](Donor &d) { d.contact = BadInput::veryLong(); }) << ErrorCode::InvalidInput
            << u"contact"_s << u"at most 10000 characters"_s;
        QTest::newRow("notes 100,000 characters")
            << with([](Donor &d) { d.notes = BadInput::veryLong(); }) << ErrorCode::InvalidInput
            << u"notes"_s << u"100000 characters long"_s;
        QTest::newRow("clearance note 100,000 characters")
            << with([](Donor &d) { d.dueDiligence.note = BadInput::veryLong(); })
            << ErrorCode::InvalidInput << u"dueDiligenceNote"_s << u"at most 10000"_s;
        QTest::newRow("clearance dated 1850")
            << with([](Donor &d) { d.dueDiligence.date = QDate(1850, 1, 1); })
            << ErrorCode::InvalidInput << u"dueDiligence"_s << u"1850-01-01"_s;
        QTest::newRow("clearance dated 9999")
            << with([](Donor &d) { d.dueDiligence.date = QDate(9999, 12, 31); })
            << ErrorCode::InvalidInput << u"dueDiligence"_s << u"after 31 December 2099"_s;
        QTest::newRow("clearance without its date")
            << with([](Donor &d) { d.dueDiligence.date = QDate(); }) << ErrorCode::InvalidInput
            << u"dueDiligence"_s << u"date of the due-diligence decision"_s;
        QTest::newRow("kind out of range")
            << with([](Donor &d) { d.kind = DonorKind(99); }) << ErrorCode::InvalidInput
            << u"kind"_s << u"what kind of donor"_s;
        QTest::newRow("state code SQL-looking") <<
            [] {
                Donor d;
                d.kind = DonorKind::MemberState;
                d.stateIso3 = u"FRA'; DROP TABLE donors;--"_s;
                return d;
            }() << ErrorCode::InvalidInput << u"state"_s
                                                << u"DROP TABLE"_s;
        QTest::newRow("country HTML-looking")
            << with([](Donor &d) { d.countryIso3 = u"<b>FRA</b>"_s; }) << ErrorCode::InvalidInput
            << u"country"_s << u"<B>FRA</B>"_s;
    }

    void refusesAndStoresNothing()
    {
        QFETCH(Donor, donor);
        QFETCH(ErrorCode, code);
        QFETCH(QString, field);
        QFETCH(QString, message);
        const QSqlDatabase db = m_fund->services().database().connection();
        const auto before = BadInput::tableCounts(db);

        const auto valid = m_fund->services().donors().validate(donor);
        QVERIFY(!valid);
        const qint64 started = BadInput::cpuMilliseconds();
        const auto added = m_fund->services().donors().add(donor);
        // A refusal is quick whatever the input.
        QVERIFY(BadInput::cpuMilliseconds() - started < 1000);
        QVERIFY(!added);
        QCOMPARE(added.error().code, code);
        QCOMPARE(added.error().field, field);
        QVERIFY2(added.error().message.contains(message), qPrintable(added.error().message));
        QVERIFY(added.error().message.size() < 1000); // the message never echoes 100k characters
        QCOMPARE(BadInput::tableCounts(db), before);
    }

    void updateRefusedKeepsTheRecord()
    {
        auto id = m_fund->services().donors().add(foundation(u"Open Data Foundation"_s));
        QVERIFY(id);
        const QSqlDatabase db = m_fund->services().database().connection();
        const auto before = BadInput::tableCounts(db);
        Donor changed = *m_fund->services().donors().find(*id);
        changed.name = BadInput::zeroWidthOnly();
        const auto updated = m_fund->services().donors().update(changed);
        QVERIFY(!updated);
        QCOMPARE(updated.error().field, u"name"_s);
        QCOMPARE(m_fund->services().donors().find(*id)->name, u"Open Data Foundation"_s);
        QCOMPARE(BadInput::tableCounts(db), before);
    }

    void storesAwkwardTextExactly_data()
    {
        QTest::addColumn<QString>("text");
        for (const auto &[name, text] : BadInput::awkwardValidTexts()) {
            QTest::newRow(name) << text;
        }
        QTest::newRow("200 characters of Arabic") << QString(200, QChar(0x0639));
        QTest::newRow("10,000 characters elsewhere") << QString(10'000, u'y');
    }

    void storesAwkwardTextExactly()
    {
        QFETCH(QString, text);
        Donor donor = foundation(text.left(InputChecks::kMaxShortText));
        donor.contact = text;
        donor.notes = text;
        donor.dueDiligence.note = text;
        const QSqlDatabase db = m_fund->services().database().connection();
        const qint64 audited = BadInput::auditEntries(db);
        auto id = m_fund->services().donors().add(donor);
        QVERIFY2(id, id ? "" : qPrintable(id.error().message));
        const auto stored = m_fund->services().donors().find(*id);
        QVERIFY(stored);
        QCOMPARE(stored->name, text.left(InputChecks::kMaxShortText));
        QCOMPARE(stored->contact, text);
        QCOMPARE(stored->notes, text);
        QCOMPARE(stored->dueDiligence.note, text);
        QCOMPARE(stored->name.toUtf8(), donor.name.toUtf8());
        QVERIFY(BadInput::auditEntries(db) > audited);
        // The SQL-looking text did nothing to the tables.
        QVERIFY(BadInput::tableCounts(db).contains(u"donors"_s));
    }

private:
    std::unique_ptr<Tests::TestFund> m_fund;
};

QTEST_GUILESS_MAIN(TestBadInputDonorService)
#include "tst_badinput_donorservice.moc"
