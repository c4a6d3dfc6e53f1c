// FilterProxyModel as the large tables use it: typing narrows the rows shown, each change is
// one layout change that keeps the selection, and the result never depends on the path taken.
#include "core/services/textfilter.h"
#include "ui/models/activityfilterproxymodel.h"
#include "ui/models/filterproxymodel.h"
#include "ui/models/modelroles.h"

#include <QAbstractItemModelTester>
#include <QAbstractTableModel>
#include <QPersistentModelIndex>
#include <QRandomGenerator>
#include <QSignalSpy>
#include <QTest>

using FundDesk::Ui::FilterProxyModel;
using FundDesk::Ui::HaystackRole;
using FundDesk::Ui::IdRole;
using FundDesk::Ui::RawValueRole;
using Qt::StringLiterals::operator""_s;

// Column 0: a name (text), column 1: an amount (number, or empty); the haystack holds both.
class NamesAndAmounts final : public QAbstractTableModel
{
public:
    struct Row
    {
        QString name;
        QVariant cents;
        QString haystack;
    };

    void reset(QList<Row> rows)
    {
        beginResetModel();
        m_rows = std::move(rows);
        endResetModel();
    }
    void append(const Row &row)
    {
        beginInsertRows({}, int(m_rows.size()), int(m_rows.size()));
        m_rows.append(row);
        endInsertRows();
    }
    int rowCount(const QModelIndex &parent = {}) const override
    {
        return parent.isValid() ? 0 : int(m_rows.size());
    }
    int columnCount(const QModelIndex &parent = {}) const override
    {
        return parent.isValid() ? 0 : 2;
    }
    QVariant data(const QModelIndex &index, int role) const override
    {
        const Row &row = m_rows.at(index.row());
        switch (role) {
        case Qt::DisplayRole:
            return index.column() == 0 ? QVariant(row.name) : QVariant(row.cents.toString());
        case RawValueRole:
            return index.column() == 0 ? QVariant(row.name) : row.cents;
        case HaystackRole:
            return row.haystack;
        case IdRole:
            return qint64(index.row() + 1);
        default:
            return {};
        }
    }

private:
    QList<Row> m_rows;
};

class TestFilterProxyModelScale final : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void narrowingGivesTheSameRowsAsFromScratch_data();
    void narrowingGivesTheSameRowsAsFromScratch();
    void eachKeystrokeIsOneLayoutChange();
    void selectionFollowsItsRowThroughFilterAndSort();
    void equalValuesKeepTheModelOrderBothWays();
    void emptyValuesSortFirst();
    void reloadKeepsTheSortAndTheFilter();
    void insertedRowsTakeTheirPlace();

private:
    QList<qint64> shownIds(const FilterProxyModel &proxy) const;
    void fill(int rows);

    std::unique_ptr<NamesAndAmounts> m_model;
    std::unique_ptr<FilterProxyModel> m_proxy;
    std::unique_ptr<QAbstractItemModelTester> m_tester;
};

namespace {

const QStringList names{u"Fountain Trust"_s, u"Forum of Donors"_s, u"Alpha Fund"_s,
                        u"Four Seasons"_s,   u"Zeta Foundation"_s, u"Côte d’Ivoire"_s,
                        u"fourteen"_s,       u"Offshore"_s};

} // namespace

void TestFilterProxyModelScale::init()
{
    m_model = std::make_unique<NamesAndAmounts>();
    m_proxy = std::make_unique<FilterProxyModel>();
    m_proxy->setCollationLocale(QLocale(QLocale::English, QLocale::UnitedStates));
    m_proxy->setSourceModel(m_model.get());
    m_tester = std::make_unique<QAbstractItemModelTester>(
        m_proxy.get(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    fill(2000);
}

void TestFilterProxyModelScale::cleanup()
{
    m_tester.reset();
    m_proxy.reset();
    m_model.reset();
}

void TestFilterProxyModelScale::fill(int rows)
{
    QRandomGenerator random(11);
    QList<NamesAndAmounts::Row> list;
    for (int row = 0; row < rows; ++row) {
        const QString name = names.at(int(random.bounded(names.size()))) + u' ' +
                             QString::number(random.bounded(50));
        const qint64 cents = random.bounded(1'000'000);
        list.append({name, cents,
                     FundDesk::Core::TextFilter::haystack({name, QString::number(cents)})});
    }
    m_model->reset(list);
}

QList<qint64> TestFilterProxyModelScale::shownIds(const FilterProxyModel &proxy) const
{
    QList<qint64> ids;
    for (int row = 0; row < proxy.rowCount(); ++row) {
        ids << proxy.index(row, 0).data(IdRole).toLongLong();
    }
    return ids;
}

void TestFilterProxyModelScale::narrowingGivesTheSameRowsAsFromScratch_data()
{
    QTest::addColumn<QStringList>("typed");
    QTest::newRow("one word") << QStringList{u"f"_s, u"fo"_s, u"fou"_s, u"four"_s};
    QTest::newRow("second word") << QStringList{u"fo"_s, u"fo "_s, u"fo 1"_s, u"fo 12"_s};
    QTest::newRow("accent typed later") << QStringList{u"c"_s, u"co"_s, u"cot"_s, u"côte"_s};
    QTest::newRow("backspace widens") << QStringList{u"four"_s, u"fou"_s, u"fo"_s, u"f"_s};
    QTest::newRow("edit in the middle") << QStringList{u"fou"_s, u"fu"_s, u"fun"_s};
}

void TestFilterProxyModelScale::narrowingGivesTheSameRowsAsFromScratch()
{
    QFETCH(QStringList, typed);
    m_proxy->sort(0, Qt::DescendingOrder);
    for (const QString &text : typed) {
        m_proxy->setFilterText(text);
        FilterProxyModel scratch;
        scratch.setCollationLocale(QLocale(QLocale::English, QLocale::UnitedStates));
        scratch.setSourceModel(m_model.get());
        scratch.sort(0, Qt::DescendingOrder);
        scratch.setFilterText(text);
        QCOMPARE(shownIds(*m_proxy), shownIds(scratch));
        QVERIFY2(m_proxy->rowCount() > 0, qPrintable(text));
    }
}

void TestFilterProxyModelScale::eachKeystrokeIsOneLayoutChange()
{
    QSignalSpy layouts(m_proxy.get(), &QAbstractItemModel::layoutChanged);
    QSignalSpy inserted(m_proxy.get(), &QAbstractItemModel::rowsInserted);
    QSignalSpy removed(m_proxy.get(), &QAbstractItemModel::rowsRemoved);
    QSignalSpy resets(m_proxy.get(), &QAbstractItemModel::modelReset);
    m_proxy->setFilterText(u"f"_s);
    m_proxy->setFilterText(u"fo"_s);
    m_proxy->setFilterText(QString());
    m_proxy->sort(1, Qt::AscendingOrder);
    QCOMPARE(layouts.size(), 4);
    QCOMPARE(inserted.size() + removed.size() + resets.size(), 0);
}

void TestFilterProxyModelScale::selectionFollowsItsRowThroughFilterAndSort()
{
    m_proxy->sort(1, Qt::AscendingOrder);
    int row = 0;
    while (!m_proxy->index(row, 0).data().toString().startsWith(u"Fountain"_s)) {
        ++row;
    }
    const QPersistentModelIndex kept(m_proxy->index(row, 1));
    const qint64 id = m_proxy->index(row, 0).data(IdRole).toLongLong();
    m_proxy->setFilterText(u"fount"_s);
    QVERIFY(kept.isValid());
    QCOMPARE(m_proxy->index(kept.row(), 0).data(IdRole).toLongLong(), id);
    QCOMPARE(kept.column(), 1);
    m_proxy->sort(1, Qt::DescendingOrder);
    QCOMPARE(m_proxy->index(kept.row(), 0).data(IdRole).toLongLong(), id);
    m_proxy->setFilterText(u"zeta"_s);
    QVERIFY(!kept.isValid());
}

void TestFilterProxyModelScale::equalValuesKeepTheModelOrderBothWays()
{
    QList<NamesAndAmounts::Row> rows;
    for (const QString &name : {u"b"_s, u"A"_s, u"a"_s, u"B"_s}) {
        rows.append({name, 1, name});
    }
    m_model->reset(rows);
    // Case does not count: "A" and "a" are equal and stay in the model's order.
    m_proxy->sort(0, Qt::AscendingOrder);
    QCOMPARE(shownIds(*m_proxy), (QList<qint64>{2, 3, 1, 4}));
    m_proxy->sort(0, Qt::DescendingOrder);
    QCOMPARE(shownIds(*m_proxy), (QList<qint64>{1, 4, 2, 3}));
}

void TestFilterProxyModelScale::emptyValuesSortFirst()
{
    m_model->reset({{u"a"_s, 5, {}}, {u"b"_s, QVariant(), {}}, {u"c"_s, 1, {}}});
    m_proxy->sort(1, Qt::AscendingOrder);
    QCOMPARE(shownIds(*m_proxy), (QList<qint64>{2, 3, 1}));
}

void TestFilterProxyModelScale::reloadKeepsTheSortAndTheFilter()
{
    m_proxy->sort(1, Qt::AscendingOrder);
    m_proxy->setFilterText(u"zeta"_s);
    fill(500);
    QVERIFY(m_proxy->rowCount() > 0);
    qint64 previous = -1;
    for (int row = 0; row < m_proxy->rowCount(); ++row) {
        QVERIFY(m_proxy->index(row, 0).data().toString().startsWith(u"Zeta"_s));
        const qint64 cents = m_proxy->index(row, 1).data(RawValueRole).toLongLong();
        QVERIFY(cents >= previous);
        previous = cents;
    }
}

void TestFilterProxyModelScale::insertedRowsTakeTheirPlace()
{
    m_proxy->sort(1, Qt::AscendingOrder);
    m_proxy->setFilterText(u"zeta"_s);
    const int before = m_proxy->rowCount();
    const QPersistentModelIndex first(m_proxy->index(0, 0));
    m_model->append({u"Zeta Foundation 99"_s, -1, u"zeta foundation 99"_s});
    m_model->append({u"Alpha Fund 1"_s, -2, u"alpha fund 1"_s});
    QCOMPARE(m_proxy->rowCount(), before + 1);
    QCOMPARE(m_proxy->index(0, 0).data().toString(), u"Zeta Foundation 99"_s);
    QCOMPARE(first.row(), 1);
}

QTEST_MAIN(TestFilterProxyModelScale)
#include "tst_filterproxymodelscale.moc"
