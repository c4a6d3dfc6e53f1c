#include "badinputcatalogue.h"

#include "core/services/meetingservice.h"
#include "tests/core/io/importtestfund.h"

#include <QSqlQuery>
#include <QTest>

using namespace FundDesk::Core;
using namespace Qt::StringLiterals;
using ImportTest::Fund;

namespace {

const QByteArray kDonorHeader =
    "name,donor_kind,country,due_diligence,due_diligence_date,"
    "due_diligence_note,contact,notes\n";
const QByteArray kContributionHeader =
    "date,donor,donor_kind,country,type,amount,currency,"
    "usd_rate,publication,conditions,reference\n";

// A CSV field that carries any text: quoted, inner quotes doubled.
QByteArray quoted(const QString &text)
{
    QString field = text;
    field.replace(u'"', u"\"\""_s);
    return '"' + field.toUtf8() + '"';
}

// A donor row of a cleared foundation with one column replaced.
QByteArray donorRow(int column, const QByteArray &value)
{
    QList<QByteArray> fields = {"Open Data Foundation", "foundation", "USA",     "cleared",
                                "2025-05-01",           "ok",         "a@b.org", ""};
    fields[column] = value;
    return fields.join(',') + '\n';
}

// A receipt row of France with one column replaced.
QByteArray receiptRow(int column, const QByteArray &value)
{
    QList<QByteArray> fields = {"2026-03-31", "",       "member_state", "FRA", "receipt", "1000.00",
                                "EUR",        "1.0825", "publish",      "",    "BANK-1"};
    fields[column] = value;
    return fields.join(',') + '\n';
}

// An issue of the row (line 2) in the column; with no column, one about the whole row, which
// the reader may report before the row has columns (line 0: a field past its length limit).
const QByteArray kSponsorshipHeader =
    "meeting,applicant_name,gender,state,ministry,title,capital_based,contact,criterion_a,"
    "criterion_b,criterion_c,criterion_d,criterion_e,nominating_letter,cost_override,"
    "override_reason,notes\n";
const QByteArray kActivityHeader =
    "reference,applicant,co_applicants,partners,title,summary,objectives,expected_outputs,"
    "outcomes,start,end,requested,currency,co_funding,co_funding_source,needs_assessment,"
    "needs_document,focus_areas\n";

// A sponsorship row for the meeting the test adds, with one column replaced.
QByteArray sponsorshipRow(int column, const QByteArray &value)
{
    QList<QByteArray> fields = QByteArray(
                                   "PM-2026-1,Amina Odhiambo,woman,KEN,Ministry of ICT,"
                                   "Director,yes,amina@example.org,yes,yes,yes,yes,yes,"
                                   "yes,,,First session")
                                   .split(',');
    fields[column] = value;
    return fields.join(',') + '\n';
}

// An activity row of Kenya, with one column replaced.
QByteArray activityRow(int column, const QByteArray &value)
{
    QList<QByteArray> fields =
        QByteArray(
            "CB-2026-101,KEN,,,CERT training,Summary,Objectives,Outputs,Outcomes,"
            "2026-09-01,2027-06-30,2026:50000.00 2027:25000.00,USD,10000,Government,"
            "Needs,,incident_response")
            .split(',');
    fields[column] = value;
    return fields.join(',') + '\n';
}

Meeting importMeeting()
{
    Meeting meeting;
    meeting.reference = u"PM-2026-1"_s;
    meeting.name = u"Permanent mechanism, first session 2026"_s;
    meeting.city = u"New York"_s;
    meeting.start = QDate(2026, 3, 9);
    meeting.end = QDate(2026, 3, 13);
    meeting.formalMeetingDays = 5;
    meeting.norms.dsaDailyRate = Money::usd(421'00);
    meeting.norms.dsaDays = 6;
    return meeting;
}

bool hasIssue(const ImportPreview &preview, const QString &column, const QString &text)
{
    for (const ImportIssue &issue : preview.issues) {
        const bool line = column.isEmpty() ? issue.line == 0 || issue.line == 2 : issue.line == 2;
        if (line && issue.column == column && issue.message.contains(text)) {
            return true;
        }
    }
    return false;
}

QString issuesText(const ImportPreview &preview)
{
    QStringList lines;
    for (const ImportIssue &issue : preview.issues) {
        lines.append(
            QStringLiteral("%1 %2: %3").arg(issue.line).arg(issue.column, issue.message.left(300)));
    }
    return lines.join(u'\n');
}

} // namespace

// Issue 12, bad input, for every column of the donor and contribution files: the row is
// refused with its line, its column and the fix, nothing is written (all or nothing), and
// awkward but valid text is imported byte for byte.
class TestBadInputImports final : public QObject
{
    Q_OBJECT

private slots:
    void refusesAndWritesNothing_data()
    {
        QTest::addColumn<int>("kind");
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("column");
        QTest::addColumn<QString>("message");
        const int donors = int(ImportKind::Donors);
        const int contributions = int(ImportKind::Contributions);
        // 100,000 characters stop the reader itself (a field longer than 32768 characters is
        // a quote left open); 5,000 reach the column's own limit.
        const QByteArray veryLong = BadInput::veryLong().toUtf8();
        const QByteArray tooLong(5000, 'x');
        const QString readerLimit = u"longer than 32768 characters"_s;
        const auto d = [&](const char *name, int column, const QByteArray &value,
                           const QString &columnName, const QString &message) {
            QTest::newRow(name) << donors << kDonorHeader + donorRow(column, value) << columnName
                                << message;
        };
        const auto c = [&](const char *name, int column, const QByteArray &value,
                           const QString &columnName, const QString &message) {
            QTest::newRow(name) << contributions << kContributionHeader + receiptRow(column, value)
                                << columnName << message;
        };
        // Donors: name, donor_kind, country, due_diligence, due_diligence_date,
        // due_diligence_note, contact, notes.
        d("donor name empty", 0, "", u"name"_s, u"column is empty"_s);
        d("donor name only zero-width marks", 0, BadInput::zeroWidthOnly().toUtf8(), u"name"_s,
          u"column is empty"_s);
        d("donor name only direction marks", 0, BadInput::directionMarksOnly().toUtf8(), u"name"_s,
          u"column is empty"_s);
        d("donor name 100,000 characters", 0, veryLong, {}, readerLimit);
        d("donor name 5,000 characters", 0, tooLong, u"name"_s, u"at most 200"_s);
        d("donor kind a number", 1, "42", u"donor_kind"_s, u"“42”"_s);
        d("donor kind SQL-looking", 1, "foundation'; DROP TABLE donors;--", u"donor_kind"_s,
          u"DROP TABLE"_s);
        d("donor country HTML-looking", 2, "<b>USA</b>", u"country"_s, u"<b>USA</b>"_s);
        d("donor clearance a number", 3, "1", u"due_diligence"_s, u"“1”"_s);
        d("donor clearance date a word", 4, "yesterday", u"due_diligence_date"_s, u"not a date"_s);
        d("donor clearance date 1850", 4, "1850-01-01", u"due_diligence_date"_s,
          u"before 1 January 2000"_s);
        d("donor clearance date 9999", 4, "9999-12-31", u"due_diligence_date"_s,
          u"after 31 December 2099"_s);
        d("donor clearance note 100,000 characters", 5, veryLong, {}, readerLimit);
        d("donor clearance note 5,000 characters", 5, tooLong, u"due_diligence_note"_s,
          u"5000 characters"_s);
        d("donor contact 100,000 characters", 6, veryLong, {}, readerLimit);
        d("donor contact 5,000 characters", 6, tooLong, u"contact"_s, u"at most 1000"_s);
        d("donor notes 100,000 characters", 7, veryLong, {}, readerLimit);
        d("donor notes 5,000 characters", 7, tooLong, u"notes"_s, u"at most 4000"_s);
        // Contributions: date, donor, donor_kind, country, type, amount, currency, usd_rate,
        // publication, conditions, reference.
        c("date empty", 0, "", u"date"_s, u"not a date"_s);
        c("date a number", 0, "45000", u"date"_s, u"not a date"_s);
        c("date 1850", 0, "1850-01-01", u"date"_s, u"before 1 January 2000"_s);
        c("date 9999 (pledge)", 0, "9999-12-31", u"date"_s, u"after 31 December 2099"_s);
        c("date with SQL", 0, "2026-03-31'--", u"date"_s, u"not a date"_s);
        c("donor kind a number", 2, "7", u"donor_kind"_s, u"“7”"_s);
        c("country unknown", 3, "<i>XX</i>", u"country"_s, u"<i>XX</i>"_s);
        c("type a number", 4, "1", u"type"_s, u"“1”"_s);
        c("amount empty", 5, "", u"amount"_s, u"not an amount above zero"_s);
        c("amount a word", 5, "lots", u"amount"_s, u"“lots”"_s);
        c("amount zero", 5, "0", u"amount"_s, u"above zero"_s);
        c("amount negative", 5, "-1000.00", u"amount"_s, u"above zero"_s);
        c("amount beyond 64 bits", 5, "99999999999999999999", u"amount"_s,
          u"99999999999999999999"_s);
        c("amount beyond USD 10 billion", 5, "10000000000.00", u"amount"_s,
          u"at most 10000000000.00 USD"_s);
        c("amount in exponent form", 5, "1e9", u"amount"_s, u"“1e9”"_s);
        c("amount with thousands separators", 5, "\"1,000.00\"", u"amount"_s, u"“1,000.00”"_s);
        c("currency a number", 6, "978", u"currency"_s, u"“978”"_s);
        c("rate zero", 7, "0", u"usd_rate"_s, u"“0”"_s);
        c("rate negative", 7, "-1.08", u"usd_rate"_s, u"“-1.08”"_s);
        c("rate a word", 7, "high", u"usd_rate"_s, u"“high”"_s);
        c("publication a number", 8, "1", u"publication"_s, u"“1”"_s);
        c("conditions 100,000 characters", 9, veryLong, {}, readerLimit);
        c("conditions 5,000 characters", 9, tooLong, u"conditions"_s, u"at most 4000"_s);
        c("reference 100,000 characters", 10, veryLong, {}, readerLimit);
        c("reference 5,000 characters", 10, tooLong, u"reference"_s, u"at most 200"_s);
        // Sponsorships (issue 7's importer): the columns the catalogue reaches.
        const int sponsorships = int(ImportKind::Sponsorships);
        const auto sp = [&](const char *name, int column, const QByteArray &value,
                            const QString &columnName, const QString &message) {
            QTest::newRow(name) << sponsorships
                                << kSponsorshipHeader + sponsorshipRow(column, value) << columnName
                                << message;
        };
        sp("sponsorship meeting SQL-looking", 0, "PM-2026-1'; DROP TABLE meetings;--", u"meeting"_s,
           u"DROP TABLE"_s);
        sp("sponsorship applicant zero-width", 1, BadInput::zeroWidthOnly().toUtf8(),
           u"applicant_name"_s, u"column is empty"_s);
        sp("sponsorship applicant 5,000 characters", 1, tooLong, u"applicant_name"_s,
           u"at most 200"_s);
        sp("sponsorship gender a number", 2, "1", u"gender"_s, u"“1”"_s);
        sp("sponsorship state HTML-looking", 3, "<b>KEN</b>", u"state"_s, u"<b>KEN</b>"_s);
        sp("sponsorship capital_based a number", 6, "2", u"capital_based"_s, u"“2”"_s);
        sp("sponsorship cost negative", 14, "-5", u"cost_override"_s, u"“-5”"_s);
        sp("sponsorship cost beyond 64 bits", 14, "99999999999999999999", u"cost_override"_s,
           u"99999999999999999999"_s);
        sp("sponsorship notes 100,000 characters", 16, veryLong, {}, readerLimit);
        sp("sponsorship notes 20,000 characters", 16, QByteArray(20'000, 'n'), u"notes"_s,
           u"at most 10000"_s);
        // Activities.
        const int activities = int(ImportKind::Activities);
        const auto ac = [&](const char *name, int column, const QByteArray &value,
                            const QString &columnName, const QString &message) {
            QTest::newRow(name) << activities << kActivityHeader + activityRow(column, value)
                                << columnName << message;
        };
        ac("activity title zero-width", 4, BadInput::zeroWidthOnly().toUtf8(), u"title"_s,
           u"column is empty"_s);
        ac("activity title 5,000 characters", 4, tooLong, u"title"_s, u"at most 200"_s);
        ac("activity start 1850", 9, "1850-01-01", u"start"_s, u"before 1 January 2000"_s);
        ac("activity end 9999", 10, "9999-12-31", u"end"_s, u"after 31 December 2099"_s);
        ac("activity start a word", 9, "soon", u"start"_s, u"not a date"_s);
        ac("activity requested a word", 11, "lots", u"requested"_s, u"“lots”"_s);
        ac("activity requested negative", 11, "2026:-5", u"requested"_s, u"more than zero"_s);
        ac("activity requested beyond 64 bits", 11, "2026:99999999999999999999", u"requested"_s,
           u"99999999999999999999"_s);
        ac("activity summary 100,000 characters", 5, veryLong, {}, readerLimit);
        QTest::newRow("donor name only zero-width marks")
            << contributions
            << kContributionHeader + "2026-03-31," + BadInput::zeroWidthOnly().toUtf8() +
                   ",foundation,USA,pledge,1000.00,USD,,publish,,\n"
            << u"donor"_s << u"column is empty"_s;
    }

    void refusesAndWritesNothing()
    {
        QFETCH(int, kind);
        QFETCH(QByteArray, bytes);
        QFETCH(QString, column);
        QFETCH(QString, message);
        Fund fund = Fund::open();
        if (ImportKind(kind) == ImportKind::Sponsorships) {
            QVERIFY(MeetingService(fund.db()).add(importMeeting()));
        }
        const auto before = BadInput::tableCounts(fund.db());
        const qint64 started = BadInput::cpuMilliseconds();
        const auto preview = fund.importer().preview(ImportKind(kind), bytes);
        QVERIFY(BadInput::cpuMilliseconds() - started < 2000);
        QVERIFY(preview);
        QVERIFY(!preview->acceptable());
        QVERIFY2(hasIssue(*preview, column, message), qPrintable(issuesText(*preview)));
        for (const ImportIssue &issue : preview->issues) {
            QVERIFY(issue.message.size() < 1000); // never echoes 100k characters back
        }
        QVERIFY(!fund.importer().apply(*preview));
        QCOMPARE(BadInput::tableCounts(fund.db()), before);
    }

    void importsAwkwardTextExactly_data()
    {
        QTest::addColumn<QString>("text");
        for (const auto &[name, text] : BadInput::awkwardValidTexts()) {
            QTest::newRow(name) << text;
        }
        QTest::newRow("spreadsheet formula") << u"=HYPERLINK(\"http://x\",\"y\")"_s;
    }

    void importsAwkwardTextExactly()
    {
        QFETCH(QString, text);
        Fund fund = Fund::open();
        const QByteArray donors = kDonorHeader + quoted(text) +
                                  ",foundation,USA,cleared,"
                                  "2025-05-01," +
                                  quoted(text) + ',' + quoted(text) + ',' + quoted(text) + '\n';
        QCOMPARE(fund.import(ImportKind::Donors, donors), 1);
        QSqlQuery query(fund.db());
        QVERIFY(query.exec(u"SELECT name, due_diligence_note, contact, notes FROM donors"_s));
        QVERIFY(query.next());
        for (int i = 0; i < 4; ++i) {
            QCOMPARE(query.value(i).toString().toUtf8(), text.toUtf8());
        }
        const QByteArray pledge = kContributionHeader + "2026-03-31," + quoted(text) +
                                  ",foundation,USA,pledge,1000.00,USD,,publish," + quoted(text) +
                                  ',' + quoted(text) + '\n';
        QCOMPARE(fund.import(ImportKind::Contributions, pledge), 1);
        QVERIFY(query.exec(u"SELECT conditions, reference FROM contributions"_s));
        QVERIFY(query.next());
        QCOMPARE(query.value(0).toString().toUtf8(), text.toUtf8());
        QCOMPARE(query.value(1).toString().toUtf8(), text.toUtf8());
        QCOMPARE(fund.count(u"donors"_s), 1); // the pledge found the donor by its exact name
    }
};

QTEST_GUILESS_MAIN(TestBadInputImports)
#include "tst_badinput_imports.moc"
