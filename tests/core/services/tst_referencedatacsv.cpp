#include "core/services/referencedatacsv.h"

#include <QFile>
#include <QTest>

using namespace FundDesk::Core;
using namespace Qt::StringLiterals;

namespace {

const QByteArray kHeader = "iso3,m49,name_en,name_fr,name_es,name_ru,name_zh,name_ar,region,"
                           "subregion,un_regional_group,ldc,lldc,sids\n";
const QByteArray kFrance = "FRA,250,France,France,Francia,Франция,法国,فرنسا,Europe,"
                           "Western Europe,Western European and other States,0,0,0\n";

QByteArray sourceFile(const QString &relativePath)
{
    // ctest sets FUNDDESK_SOURCE_DIR; run by hand, the test finds the tree from its own source.
    QString root = qEnvironmentVariable("FUNDDESK_SOURCE_DIR");
    if (root.isEmpty()) {
        root = QStringLiteral(QT_TESTCASE_SOURCEDIR "/../../..");
    }
    QFile file(root + u'/' + relativePath);
    if (!file.open(QIODevice::ReadOnly)) {
        return {};
    }
    return file.readAll();
}

} // namespace

class TestReferenceDataCsv final : public QObject
{
    Q_OBJECT

private slots:
    void parsesOneRow();
    void quotedFields();
    void crlfLineEndings();
    void byteOrderMarkAndTrailingBlankLines();
    void columnsFoundByName();
    void missingColumn();
    void badFlag_data();
    void badFlag();
    void badValues_data();
    void badValues();
    void wrongFieldCount();
    void unterminatedQuote();
    void strayQuote();
    void duplicateCode();
    void invalidUtf8();
    void emptyInput();
    void realFiles();
};

void TestReferenceDataCsv::parsesOneRow()
{
    const auto states = ReferenceDataCsv::parse(kHeader + kFrance, true);
    QVERIFY2(states.ok(), qPrintable(states.ok() ? QString() : states.error().message));
    QCOMPARE(states->size(), 1);
    const State &france = states->constFirst();
    QCOMPARE(france.iso3, u"FRA"_s);
    QCOMPARE(france.m49, u"250"_s);
    QCOMPARE(france.name(Language::English), u"France"_s);
    QCOMPARE(france.name(Language::Spanish), u"Francia"_s);
    QCOMPARE(france.name(Language::Russian), u"Франция"_s);
    QCOMPARE(france.name(Language::Chinese), u"法国"_s);
    QCOMPARE(france.name(Language::Arabic), u"فرنسا"_s);
    QCOMPARE(france.region, Region::Europe);
    QCOMPARE(france.subregion, u"Western Europe"_s);
    QCOMPARE(france.regionalGroup, RegionalGroup::WesternEuropeanOther);
    QCOMPARE(france.priority, PriorityGroups());
    QVERIFY(france.member);

    const auto observer = ReferenceDataCsv::parse(kHeader + kFrance, false);
    QVERIFY(observer.ok());
    QVERIFY(!observer->constFirst().member);
}

void TestReferenceDataCsv::quotedFields()
{
    const QByteArray csv = kHeader +
                           "BOL,068,\"Bolivia (Plurinational State of)\",\"Bolivie (État "
                           "plurinational de)\",Bolivia,Боливия,玻利维亚,بوليفيا,Americas,"
                           "\"Latin America, \"\"the\"\" Caribbean\",\"Latin American and "
                           "Caribbean States\",\"0\",1,\"\"\n";
    // The last field is "" (quoted empty): not a valid flag, so first check the rest with 0.
    const auto refused = ReferenceDataCsv::parse(csv, true);
    QVERIFY(!refused.ok());
    QCOMPARE(refused.error().field, u"sids"_s);

    QByteArray fixed = csv;
    fixed.replace(",1,\"\"\n", ",1,\"0\"\n");
    const auto states = ReferenceDataCsv::parse(fixed, true);
    QVERIFY2(states.ok(), qPrintable(states.ok() ? QString() : states.error().message));
    const State &bolivia = states->constFirst();
    QCOMPARE(bolivia.name(Language::English), u"Bolivia (Plurinational State of)"_s);
    QCOMPARE(bolivia.name(Language::French), u"Bolivie (État plurinational de)"_s);
    QCOMPARE(bolivia.subregion, u"Latin America, \"the\" Caribbean"_s);
    QCOMPARE(bolivia.regionalGroup, RegionalGroup::LatinAmericanCaribbean);
    QCOMPARE(bolivia.priority, PriorityGroups(PriorityGroup::Lldc));
}

void TestReferenceDataCsv::crlfLineEndings()
{
    QByteArray csv = kHeader + kFrance +
                     "MLI,466,Mali,Mali,Malí,Мали,马里,مالي,Africa,Sub-Saharan Africa,"
                     "African States,1,1,0\n";
    csv.replace("\n", "\r\n");
    const auto states = ReferenceDataCsv::parse(csv, true);
    QVERIFY2(states.ok(), qPrintable(states.ok() ? QString() : states.error().message));
    QCOMPARE(states->size(), 2);
    // No stray carriage return in the last column or the names.
    QCOMPARE(states->at(1).priority, PriorityGroup::Ldc | PriorityGroup::Lldc);
    QCOMPARE(states->at(0).name(Language::English), u"France"_s);
    QCOMPARE(states->at(1).subregion, u"Sub-Saharan Africa"_s);
}

void TestReferenceDataCsv::byteOrderMarkAndTrailingBlankLines()
{
    const auto states = ReferenceDataCsv::parse("\xEF\xBB\xBF" + kHeader + kFrance + "\n\n", true);
    QVERIFY2(states.ok(), qPrintable(states.ok() ? QString() : states.error().message));
    QCOMPARE(states->size(), 1);
    QCOMPARE(states->constFirst().iso3, u"FRA"_s);

    // No final line break at all.
    QByteArray noFinalNewline = kHeader + kFrance;
    noFinalNewline.chop(1);
    const auto last = ReferenceDataCsv::parse(noFinalNewline, true);
    QVERIFY(last.ok());
    QCOMPARE(last->constFirst().priority, PriorityGroups());
}

void TestReferenceDataCsv::columnsFoundByName()
{
    const QByteArray csv = "sids,ldc,lldc,name_ar,name_zh,name_ru,name_es,name_fr,name_en,"
                           "un_regional_group,subregion,region,m49,iso3,extra\n"
                           "1,0,0,جامايكا,牙买加,Ямайка,Jamaica,Jamaïque,Jamaica,Latin American "
                           "and Caribbean States,Latin America and the Caribbean,Americas,388,"
                           "JAM,ignored\n";
    const auto states = ReferenceDataCsv::parse(csv, true);
    QVERIFY2(states.ok(), qPrintable(states.ok() ? QString() : states.error().message));
    const State &jamaica = states->constFirst();
    QCOMPARE(jamaica.iso3, u"JAM"_s);
    QCOMPARE(jamaica.m49, u"388"_s);
    QCOMPARE(jamaica.name(Language::French), u"Jamaïque"_s);
    QCOMPARE(jamaica.region, Region::Americas);
    QCOMPARE(jamaica.priority, PriorityGroups(PriorityGroup::Sids));
}

void TestReferenceDataCsv::missingColumn()
{
    QByteArray header = kHeader;
    header.replace(",lldc,", ",landlocked,");
    const auto states = ReferenceDataCsv::parse(header + kFrance, true);
    QVERIFY(!states.ok());
    QCOMPARE(states.error().code, ErrorCode::InvalidInput);
    QCOMPARE(states.error().field, u"lldc"_s);
    QVERIFY2(states.error().message.contains(u"“lldc”"_s), qPrintable(states.error().message));
}

void TestReferenceDataCsv::badFlag_data()
{
    QTest::addColumn<QByteArray>("flags");
    QTest::addColumn<QString>("column");

    QTest::newRow("ldc 2") << QByteArray("2,0,0") << u"ldc"_s;
    QTest::newRow("lldc yes") << QByteArray("0,yes,0") << u"lldc"_s;
    QTest::newRow("sids empty") << QByteArray("0,0,") << u"sids"_s;
    QTest::newRow("sids space") << QByteArray("0,0, 1") << u"sids"_s;
}

void TestReferenceDataCsv::badFlag()
{
    QFETCH(QByteArray, flags);
    QFETCH(QString, column);

    QByteArray row = kFrance;
    row.replace(",0,0,0\n", QByteArray(',' + flags + '\n'));
    // Row 2 is fine; the bad flag is on row 3.
    QByteArray valid = kFrance;
    valid.replace("FRA,250", "DEU,276");
    const auto states = ReferenceDataCsv::parse(kHeader + valid + row, true);
    QVERIFY(!states.ok());
    QCOMPARE(states.error().field, column);
    const QString message = states.error().message;
    QVERIFY2(message.contains(u"row 3"_s), qPrintable(message));
    QVERIFY2(message.contains(u'“' + column + u'”'), qPrintable(message));
}

void TestReferenceDataCsv::badValues_data()
{
    QTest::addColumn<QByteArray>("from");
    QTest::addColumn<QByteArray>("to");
    QTest::addColumn<QString>("column");

    QTest::newRow("iso3 lower case") << QByteArray("FRA,") << QByteArray("fra,") << u"iso3"_s;
    QTest::newRow("iso3 two letters") << QByteArray("FRA,") << QByteArray("FR,") << u"iso3"_s;
    QTest::newRow("m49 no leading zero") << QByteArray(",250,") << QByteArray(",25,") << u"m49"_s;
    QTest::newRow("empty Chinese name") << QByteArray("法国") << QByteArray() << u"name_zh"_s;
    QTest::newRow("unknown region") << QByteArray(",Europe,") << QByteArray(",Eurasia,")
                                    << u"region"_s;
    QTest::newRow("empty subregion") << QByteArray("Western Europe") << QByteArray()
                                     << u"subregion"_s;
    QTest::newRow("unknown group") << QByteArray("Western European and other States")
                                   << QByteArray("WEOG") << u"un_regional_group"_s;
}

void TestReferenceDataCsv::badValues()
{
    QFETCH(QByteArray, from);
    QFETCH(QByteArray, to);
    QFETCH(QString, column);

    QByteArray row = kFrance;
    row.replace(from, to);
    const auto states = ReferenceDataCsv::parse(kHeader + row, true);
    QVERIFY(!states.ok());
    QCOMPARE(states.error().field, column);
    QVERIFY2(states.error().message.contains(u"row 2"_s), qPrintable(states.error().message));
}

void TestReferenceDataCsv::wrongFieldCount()
{
    const auto states = ReferenceDataCsv::parse(kHeader + kFrance + "MLI,466,Mali\n", true);
    QVERIFY(!states.ok());
    QVERIFY2(states.error().message.contains(u"row 3"_s), qPrintable(states.error().message));
}

void TestReferenceDataCsv::unterminatedQuote()
{
    QByteArray row = kFrance;
    row.replace(",Western Europe,", ",\"Western Europe,");
    const auto states = ReferenceDataCsv::parse(kHeader + row, true);
    QVERIFY(!states.ok());
    QVERIFY2(states.error().message.contains(u"row 2"_s), qPrintable(states.error().message));
}

void TestReferenceDataCsv::strayQuote()
{
    QByteArray row = kFrance;
    row.replace(",Western Europe,", ",Western \"Europe\",");
    const auto states = ReferenceDataCsv::parse(kHeader + row, true);
    QVERIFY(!states.ok());
    QVERIFY2(states.error().message.contains(u"row 2, column 10"_s),
             qPrintable(states.error().message));
}

void TestReferenceDataCsv::duplicateCode()
{
    const auto states = ReferenceDataCsv::parse(kHeader + kFrance + kFrance, true);
    QVERIFY(!states.ok());
    QCOMPARE(states.error().field, u"iso3"_s);
    QVERIFY2(states.error().message.contains(u"row 3"_s), qPrintable(states.error().message));
}

void TestReferenceDataCsv::invalidUtf8()
{
    QByteArray row = kFrance;
    row.replace("Francia", "Franc\xFF\xFE");
    const auto states = ReferenceDataCsv::parse(kHeader + row, true);
    QVERIFY(!states.ok());
    QCOMPARE(states.error().code, ErrorCode::InvalidInput);
}

void TestReferenceDataCsv::emptyInput()
{
    QVERIFY(!ReferenceDataCsv::parse(QByteArray(), true).ok());
    // A header and no rows is a valid, empty list.
    const auto states = ReferenceDataCsv::parse(kHeader, true);
    QVERIFY(states.ok());
    QVERIFY(states->isEmpty());
}

void TestReferenceDataCsv::realFiles()
{
    const QByteArray members = sourceFile(u"resources/reference/un-member-states.csv"_s);
    const QByteArray observers = sourceFile(u"resources/reference/observer-states.csv"_s);
    QVERIFY(!members.isEmpty());
    QVERIFY(!observers.isEmpty());

    const auto memberStates = ReferenceDataCsv::parse(members, true);
    QVERIFY2(memberStates.ok(),
             qPrintable(memberStates.ok() ? QString() : memberStates.error().message));
    QCOMPARE(memberStates->size(), 193);
    const auto observerStates = ReferenceDataCsv::parse(observers, false);
    QVERIFY(observerStates.ok());
    QCOMPARE(observerStates->size(), 2);
}

QTEST_APPLESS_MAIN(TestReferenceDataCsv)
#include "tst_referencedatacsv.moc"
