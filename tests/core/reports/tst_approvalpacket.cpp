#include "documenttestfund.h"

#include "core/domain/eligibilitycriterion.h"
#include "core/reports/approvalpacket.h"
#include "core/reports/reporttext.h"
#include "core/services/referencedataservice.h"

#include <QTest>

using namespace FundDesk::Core;
using namespace Qt::StringLiterals;

class TestApprovalPacket : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void activityPacketHoldsTheRecord();
    void sponsorshipPacketHoldsTheChecklist();
    void balanceBeforeAndAfterTheCommitment();
    void checksumFollowsTheRecordNotTheLanguage();
    void everyPacketIsMarkedInternal();
    void unknownReferenceIsNamed();
    void slatePacketHasASummaryThenOneSectionPerDelegate();

private:
    ApprovalPacket packet(Language language = Language::English) const
    {
        return ApprovalPacket(m_fund.db(), *m_reference, language, kNow);
    }

    const QDateTime kNow{QDate(2026, 7, 1), QTime(9, 30), Qt::UTC};
    WorkflowTest::Fund m_fund;
    std::optional<ReferenceDataService> m_reference;
};

void TestApprovalPacket::init()
{
    m_fund = {};
    const QString failed = DocumentTest::makeFund(m_fund, 3);
    QVERIFY2(failed.isEmpty(), qPrintable(failed));
    auto reference = ReferenceDataService::load(m_fund.db());
    QVERIFY(reference);
    m_reference = std::move(reference).value();
}

void TestApprovalPacket::activityPacketHoldsTheRecord()
{
    const auto document = packet().forItem(u"cb-2026-001"_s);
    QVERIFY2(document, document ? "" : qPrintable(document.error().message));
    const QString text = ReportText::toText(*document);
    for (const QString &expected :
         {u"Test fund"_s, u"CB-2026-001"_s, u"CERT for Fiji"_s, u"Fiji"_s, u"2026"_s, u"2027"_s,
          u"USD 80,000.00"_s, u"USD 40,000.00"_s, u"USD 120,000.00"_s, u"Dr. Reviewer One"_s,
          u"Dr. Reviewer Two"_s, u"Former adviser to the applicant"_s, u"Sound plan"_s,
          u"Meets every criterion; strongly recommended"_s, u"Amina Diallo"_s, u"Go ahead"_s,
          u"Estonia, Ghana"_s, focusAreaDisplayName(FocusArea::IncidentResponse),
          u"High Representative"_s, u"7/1/26"_s}) {
        QVERIFY2(text.contains(expected), qPrintable(expected + u"\n"_s + text));
    }
    // The recused reviewer's line carries no score.
    const auto tables = document->tables();
    const auto scores = std::find_if(tables.cbegin(), tables.cend(),
                                     [](const DocumentTable &t) { return t.key == u"scores"_s; });
    QVERIFY(scores != tables.cend());
    QCOMPARE(scores->rows.size(), 2);
    QCOMPARE(scores->rows.at(0).at(1).number, 4);
    QCOMPARE(scores->rows.at(1).at(1).text, u"—"_s);
    QVERIFY(scores->rows.at(1).last().text.startsWith(u"Recused"_s));
}

void TestApprovalPacket::sponsorshipPacketHoldsTheChecklist()
{
    const auto document = packet().forItem(u"SP-1"_s);
    QVERIFY2(document, document ? "" : qPrintable(document.error().message));
    const QString text = ReportText::toText(*document);
    for (const QString &expected :
         {u"Grace Mwangi"_s, u"Kenya"_s, u"PM-1 — First session, New York"_s, u"¶21(a)"_s,
          u"¶21(e)"_s, eligibilityCriterionDescription(EligibilityCriterion::AbleToTravel),
          u"USD 5,000.00"_s}) {
        QVERIFY2(text.contains(expected), qPrintable(expected + u"\n"_s + text));
    }
    const auto tables = document->tables();
    QCOMPARE(tables.first().key, u"checklist"_s);
    QCOMPARE(tables.first().rows.size(), 5);
}

void TestApprovalPacket::balanceBeforeAndAfterTheCommitment()
{
    // 1,000,000 + 366,000 received; 5,000 + 120,000 committed: 1,241,000 available after.
    const auto document = packet().forItem(u"CB-2026-001"_s);
    QVERIFY(document);
    const auto section = std::find_if(document->sections.cbegin(), document->sections.cend(),
                                      [](const ReportSection &s) {
                                          return s.title == u"Available balance"_s;
                                      });
    QVERIFY(section != document->sections.cend());
    const auto &lines = section->blocks.first().lines;
    QCOMPARE(lines.at(1).value.money, Money::usd(1'361'000'00));
    QCOMPARE(lines.at(2).value.money, Money::usd(120'000'00));
    QCOMPARE(lines.at(3).value.money, Money::usd(1'241'000'00));
}

void TestApprovalPacket::checksumFollowsTheRecordNotTheLanguage()
{
    const auto english = packet().forItem(u"CB-2026-001"_s);
    const auto arabic = packet(Language::Arabic).forItem(u"CB-2026-001"_s);
    QVERIFY(english && arabic);
    QCOMPARE(english->checksum.size(), 64);
    QCOMPARE(arabic->checksum, english->checksum);
    QVERIFY(ReportText::toText(*arabic).contains(m_reference->name(u"FJI"_s, Language::Arabic)));
    QVERIFY(m_fund.exec(u"UPDATE activities SET title = 'CERT for Fiji and Tonga' WHERE id = 1"_s));
    const auto changed = packet().forItem(u"CB-2026-001"_s);
    QVERIFY(changed);
    QVERIFY(changed->checksum != english->checksum);
    QVERIFY(english->footer.contains(english->checksum));
    QVERIFY(english->footer.contains(u"2026-07-01 09:30"_s));
}

void TestApprovalPacket::everyPacketIsMarkedInternal()
{
    for (const QString &reference : {u"CB-2026-001"_s, u"SP-1"_s}) {
        const auto document = packet().forItem(reference);
        QVERIFY(document);
        QCOMPARE(document->notice, u"Internal — contains personal data"_s);
    }
    const auto slate = packet().forMeeting(u"PM-1"_s);
    QVERIFY(slate);
    QCOMPARE(slate->notice, u"Internal — contains personal data"_s);
}

void TestApprovalPacket::unknownReferenceIsNamed()
{
    const auto missing = packet().forItem(u"CB-1999-404"_s);
    QVERIFY(!missing);
    QCOMPARE(missing.error().code, ErrorCode::NotFound);
    QVERIFY(missing.error().message.contains(u"CB-1999-404"_s));
    QVERIFY(!packet().forItem(u"SP-999"_s));
    QVERIFY(!packet().forMeeting(u"PM-404"_s));
}

void TestApprovalPacket::slatePacketHasASummaryThenOneSectionPerDelegate()
{
    const auto document = packet().forMeeting(u"PM-1"_s);
    QVERIFY2(document, document ? "" : qPrintable(document.error().message));
    const DocumentTable summary = document->tables().first();
    QCOMPARE(summary.key, u"slate"_s);
    QCOMPARE(summary.rows.size(), 4 + 1); // Grace Mwangi, three delegates, the total
    QCOMPARE(summary.rows.last().last().money, Money::usd(5'000'00 + 3 * 4'500'00));
    int delegates = 0;
    for (const ReportSection &section : document->sections) {
        delegates += section.startsPage ? 1 : 0;
    }
    QCOMPARE(delegates, 4);
    const QString text = ReportText::toText(*document);
    QVERIFY(text.contains(u"Delegate 4"_s));
    QVERIFY(text.contains(u"Nepal"_s));
}

QTEST_APPLESS_MAIN(TestApprovalPacket)
#include "tst_approvalpacket.moc"
