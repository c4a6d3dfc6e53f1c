#include "ui/models/sortkeys.h"

#include <QDate>
#include <QTest>

using FundDesk::Ui::SortKeys;
using Qt::StringLiterals::operator""_s;

class TestSortKeys final : public QObject
{
    Q_OBJECT

private slots:
    void numbersAsNumbers();
    void datesAsDates();
    void textByTheCollator();
    void emptyValuesFirst();
};

namespace {

QCollator frenchCollator()
{
    QCollator collator{QLocale(QLocale::French, QLocale::France)};
    collator.setCaseSensitivity(Qt::CaseInsensitive);
    collator.setNumericMode(true);
    return collator;
}

} // namespace

void TestSortKeys::numbersAsNumbers()
{
    const auto keys = SortKeys::compute({qint64(100'000'00), qint64(9'000'00), 25}, {});
    QVERIFY(keys[2] < keys[1]);
    QVERIFY(keys[1] < keys[0]);
}

void TestSortKeys::datesAsDates()
{
    const auto keys = SortKeys::compute({QDate(2024, 2, 1), QDate(2023, 12, 31)}, {});
    QVERIFY(keys[1] < keys[0]);
}

void TestSortKeys::textByTheCollator()
{
    const auto keys = SortKeys::compute(
        {u"Zeta"_s, u"Éclair"_s, u"eclair"_s, u"R-10"_s, u"R-9"_s, u"Alpha"_s}, frenchCollator());
    QVERIFY(keys[5] < keys[1]); // Alpha < Éclair
    QVERIFY(keys[1] < keys[0]); // Éclair < Zeta, not after it by code point
    QVERIFY(keys[4] < keys[3]); // R-9 < R-10
    // Case never counts: the same word in either case gets one key.
    const auto cased = SortKeys::compute({u"alpha"_s, u"ALPHA"_s}, frenchCollator());
    QCOMPARE(cased[0], cased[1]);
}

void TestSortKeys::emptyValuesFirst()
{
    const auto keys = SortKeys::compute({u"b"_s, QVariant(), u""_s}, frenchCollator());
    QCOMPARE(keys[1], SortKeys::Empty);
    QVERIFY(keys[1] < keys[2]);
    QVERIFY(keys[2] < keys[0]);
    QCOMPARE(SortKeys::compute({QVariant(), 5}, {}).at(0), SortKeys::Empty);
}

QTEST_MAIN(TestSortKeys)
#include "tst_sortkeys.moc"
