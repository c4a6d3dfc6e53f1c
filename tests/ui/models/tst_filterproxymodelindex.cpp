// FilterProxyModel over a table model with a prepared TableIndex: the rows and their order are
// those the HaystackRole / RawValueRole path gives, without reading the rows' strings.
#include "core/services/textfilter.h"
#include "ui/models/filterproxymodel.h"
#include "ui/models/modelroles.h"
#include "ui/models/sortkeys.h"
#include "ui/models/tableindex.h"

#include <QAbstractItemModelTester>
#include <QAbstractTableModel>
#include <QRandomGenerator>
#include <QSortFilterProxyModel>
#include <QTest>

using FundDesk::Core::TextFilter;
using FundDesk::Ui::FilterProxyModel;
using FundDesk::Ui::HaystackRole;
using FundDesk::Ui::IdRole;
using FundDesk::Ui::IndexedTableModel;
using FundDesk::Ui::RawValueRole;
using FundDesk::Ui::SortKeys;
using FundDesk::Ui::tableCollator;
using FundDesk::Ui::TableIndex;
using Qt::StringLiterals::operator""_s;

// Not in an anonymous namespace: the models below hold it (-Wsubobject-linkage in unity builds).
struct PaymentRow
{
    QString name;
    QString state;
    QVariant cents; // empty: not yet valued
};

static QString centsText(const PaymentRow &row)
{
    return row.cents.isValid() ? QString::number(row.cents.toLongLong()) : QString();
}

// Column 0: a name, 1: a State (text), 2: an amount (number or empty). Counts how often the
// rows' strings are read (HaystackRole, RawValueRole of the text columns).
class PaymentsModel : public QAbstractTableModel
{
public:
    virtual void reset(QList<PaymentRow> rows)
    {
        beginResetModel();
        m_rows = std::move(rows);
        endResetModel();
    }
    int stringReads() const { return m_stringReads; }
    void clearStringReads() { m_stringReads = 0; }

    int rowCount(const QModelIndex &parent = {}) const override
    {
        return parent.isValid() ? 0 : int(m_rows.size());
    }
    int columnCount(const QModelIndex &parent = {}) const override
    {
        return parent.isValid() ? 0 : 3;
    }
    QVariant data(const QModelIndex &index, int role) const override
    {
        const PaymentRow &row = m_rows.at(index.row());
        switch (role) {
        case Qt::DisplayRole:
            return index.column() == 0   ? row.name
                   : index.column() == 1 ? row.state
                                         : centsText(row);
        case RawValueRole:
            if (index.column() == 2) {
                return row.cents;
            }
            ++m_stringReads;
            return index.column() == 0 ? row.name : row.state;
        case HaystackRole:
            ++m_stringReads;
            return TextFilter::haystack({row.name, row.state, centsText(row)});
        case IdRole:
            return qint64(index.row() + 1);
        default:
            return {};
        }
    }

protected:
    QList<PaymentRow> m_rows;

private:
    mutable int m_stringReads = 0;
};

// The same table with the index a loader thread would prepare: the search text and the text
// columns' keys, collated for indexLocale.
class IndexedPaymentsModel final : public PaymentsModel, public IndexedTableModel
{
public:
    QLocale indexLocale = QLocale(QLocale::English, QLocale::UnitedStates);
    bool indexMissesLastRow = false; // a stale index: the proxy must not use it

    void reset(QList<PaymentRow> rows) override
    {
        beginResetModel();
        m_rows = std::move(rows);
        m_index = {};
        const qsizetype indexed = m_rows.size() - (indexMissesLastRow && !m_rows.isEmpty());
        QList<QVariant> names;
        QList<QVariant> states;
        for (qsizetype i = 0; i < indexed; ++i) {
            const PaymentRow &row = m_rows.at(i);
            m_index.search.addField(row.name);
            m_index.search.addField(row.state, true);
            m_index.search.addField(centsText(row));
            m_index.search.endRow();
            names.append(row.name);
            states.append(row.state);
        }
        m_index.search.finish();
        m_index.collationLocale = indexLocale;
        const QCollator collator = tableCollator(indexLocale);
        m_index.sortKeys.insert(0, SortKeys::compute(names, collator));
        m_index.sortKeys.insert(1, SortKeys::compute(states, collator));
        endResetModel();
    }
    const TableIndex &tableIndex() const override { return m_index; }

private:
    TableIndex m_index;
};

class TestFilterProxyModelIndex final : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void filtersGiveTheSameRows_data();
    void filtersGiveTheSameRows();
    void typingNarrowingAndClearingGiveTheSameRows();
    void sortingGivesTheSameOrder();
    void indexCollatedForAnotherLocaleIsNotUsed();
    void staleIndexIsNotUsed();
    void throughAnotherProxy();
    void reloadGivesTheSameRows();

private:
    static QList<qint64> shownIds(const QAbstractItemModel &proxy);
    int firstRowStartingWith(const QString &prefix) const;
    static QList<PaymentRow> randomRows(int count, quint32 seed);
    void setBoth(const QList<PaymentRow> &rows);
    void filterBoth(const QString &text);
    void sortBoth(int column, Qt::SortOrder order);

    std::unique_ptr<PaymentsModel> m_plain;
    std::unique_ptr<IndexedPaymentsModel> m_indexed;
    std::unique_ptr<FilterProxyModel> m_reference; // over m_plain: HaystackRole, RawValueRole
    std::unique_ptr<FilterProxyModel> m_proxy;     // over m_indexed
    std::unique_ptr<QAbstractItemModelTester> m_tester;
};

namespace {

const QLocale english(QLocale::English, QLocale::UnitedStates);
const QLocale swedish(QLocale::Swedish, QLocale::Sweden);

} // namespace

QList<PaymentRow> TestFilterProxyModelIndex::randomRows(int count, quint32 seed)
{
    const QStringList names{
        u"Diana Fund"_s,   u"Fondation Diane"_s, u"Örebro Trust"_s,  u"Zeta Ltd"_s, u"Oslo Forum"_s,
        u"Straße AG"_s,    u"Ádám Foundation"_s, u"diamond works"_s, u"R-9"_s,      u"R-10"_s,
        u"مؤسسة الخليج"_s, u"中国基金"_s};
    const QStringList states{u"Côte d’Ivoire"_s, u"Türkiye"_s, u"India"_s,
                             u"Sweden"_s,        u"Ägypten"_s, QString()};
    QRandomGenerator random(seed);
    QList<PaymentRow> rows;
    for (int i = 0; i < count; ++i) {
        PaymentRow row;
        row.name = names.at(int(random.bounded(names.size()))) + u' ' +
                   QString::number(random.bounded(30));
        row.state = states.at(int(random.bounded(states.size())));
        if (random.bounded(10) != 0) {
            row.cents = qint64(random.bounded(100'000));
        }
        rows.append(row);
    }
    return rows;
}

void TestFilterProxyModelIndex::init()
{
    m_plain = std::make_unique<PaymentsModel>();
    m_indexed = std::make_unique<IndexedPaymentsModel>();
    m_reference = std::make_unique<FilterProxyModel>();
    m_proxy = std::make_unique<FilterProxyModel>();
    m_reference->setCollationLocale(english);
    m_proxy->setCollationLocale(english);
    m_reference->setSourceModel(m_plain.get());
    m_proxy->setSourceModel(m_indexed.get());
    m_tester = std::make_unique<QAbstractItemModelTester>(
        m_proxy.get(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    setBoth(randomRows(1500, 7));
}

void TestFilterProxyModelIndex::cleanup()
{
    m_tester.reset();
    m_proxy.reset();
    m_reference.reset();
    m_indexed.reset();
    m_plain.reset();
}

QList<qint64> TestFilterProxyModelIndex::shownIds(const QAbstractItemModel &proxy)
{
    QList<qint64> ids;
    for (int row = 0; row < proxy.rowCount(); ++row) {
        ids << proxy.index(row, 0).data(IdRole).toLongLong();
    }
    return ids;
}

int TestFilterProxyModelIndex::firstRowStartingWith(const QString &prefix) const
{
    for (int row = 0; row < m_proxy->rowCount(); ++row) {
        if (m_proxy->index(row, 0).data().toString().startsWith(prefix)) {
            return row;
        }
    }
    return -1;
}

void TestFilterProxyModelIndex::setBoth(const QList<PaymentRow> &rows)
{
    m_plain->reset(rows);
    m_indexed->reset(rows);
    m_indexed->clearStringReads();
}

void TestFilterProxyModelIndex::filterBoth(const QString &text)
{
    m_reference->setFilterText(text);
    m_proxy->setFilterText(text);
}

void TestFilterProxyModelIndex::sortBoth(int column, Qt::SortOrder order)
{
    m_reference->sort(column, order);
    m_proxy->sort(column, order);
}

void TestFilterProxyModelIndex::filtersGiveTheSameRows_data()
{
    QTest::addColumn<QString>("query");
    QTest::newRow("one letter") << u"d"_s;
    QTest::newRow("accent ignored") << u"orebro"_s;
    QTest::newRow("accent typed") << u"ÖREBRO"_s;
    QTest::newRow("apostrophe") << u"cote d'ivoire"_s;
    QTest::newRow("sharp s") << u"strasse"_s;
    QTest::newRow("words in two fields") << u"dian india"_s;
    QTest::newRow("amount") << u"12"_s;
    QTest::newRow("Arabic") << u"الخليج"_s;
    QTest::newRow("Chinese") << u"基金"_s;
    QTest::newRow("nothing") << u"xyz"_s;
    QTest::newRow("across fields") << u"trustsweden"_s;
}

void TestFilterProxyModelIndex::filtersGiveTheSameRows()
{
    QFETCH(QString, query);
    filterBoth(query);
    QCOMPARE(shownIds(*m_proxy), shownIds(*m_reference));
    QCOMPARE(m_indexed->stringReads(), 0);
    QVERIFY(m_reference->rowCount() < m_plain->rowCount());
}

void TestFilterProxyModelIndex::typingNarrowingAndClearingGiveTheSameRows()
{
    sortBoth(0, Qt::DescendingOrder);
    const QStringList typed{u"d"_s,    u"di"_s,     u"dia"_s,  u"dia "_s, u"dia 1"_s, u"dia 1"_s,
                            u"dia"_s,  u"di"_s,     QString(), u"xyz"_s,  u"c"_s,     u"co"_s,
                            u"côte"_s, u"côte 2"_s, u"r-1"_s,  u"r-10"_s, QString()};
    for (const QString &text : typed) {
        filterBoth(text);
        QCOMPARE(m_reference->rowCount() == 0, text == u"xyz"_s);
        QCOMPARE(shownIds(*m_proxy), shownIds(*m_reference));
    }
    QCOMPARE(m_indexed->stringReads(), 0);
}

void TestFilterProxyModelIndex::sortingGivesTheSameOrder()
{
    for (const QString &text : {QString(), u"dia"_s}) {
        filterBoth(text);
        for (const int column : {0, 1, 2}) {
            for (const Qt::SortOrder order : {Qt::AscendingOrder, Qt::DescendingOrder}) {
                sortBoth(column, order);
                QCOMPARE(shownIds(*m_proxy), shownIds(*m_reference));
                filterBoth(text + u" 1"_s); // narrowing keeps the order
                QCOMPARE(shownIds(*m_proxy), shownIds(*m_reference));
                filterBoth(text);
                QCOMPARE(shownIds(*m_proxy), shownIds(*m_reference));
            }
        }
    }
    // Column 2 holds numbers: its RawValueRole is read once, the text columns never.
    QCOMPARE(m_indexed->stringReads(), 0);
}

void TestFilterProxyModelIndex::indexCollatedForAnotherLocaleIsNotUsed()
{
    m_indexed->indexLocale = swedish; // Swedish sorts Ö after Z, English with O
    setBoth(randomRows(800, 21));
    sortBoth(0, Qt::AscendingOrder);
    QCOMPARE(shownIds(*m_proxy), shownIds(*m_reference));
    QVERIFY(m_indexed->stringReads() > 0); // the names were read and collated for English
    QVERIFY(firstRowStartingWith(u"Ö"_s) < firstRowStartingWith(u"Z"_s));

    m_reference->setCollationLocale(swedish);
    m_proxy->setCollationLocale(swedish);
    m_indexed->clearStringReads();
    QCOMPARE(shownIds(*m_proxy), shownIds(*m_reference));
    sortBoth(1, Qt::DescendingOrder);
    QCOMPARE(shownIds(*m_proxy), shownIds(*m_reference));
    QCOMPARE(m_indexed->stringReads(), 0); // now the index's keys serve

    // The index's Swedish keys do sort as Swedish: "Örebro" after "Zeta".
    sortBoth(0, Qt::AscendingOrder);
    QCOMPARE(shownIds(*m_proxy), shownIds(*m_reference));
    QVERIFY(firstRowStartingWith(u"Ö"_s) > firstRowStartingWith(u"Z"_s));
    QCOMPARE(m_indexed->stringReads(), 0);
}

void TestFilterProxyModelIndex::staleIndexIsNotUsed()
{
    m_indexed->indexMissesLastRow = true;
    setBoth(randomRows(600, 5));
    for (const QString &text : {u"d"_s, u"di"_s, u"xyz"_s, QString()}) {
        filterBoth(text);
        QCOMPARE(shownIds(*m_proxy), shownIds(*m_reference));
    }
    sortBoth(1, Qt::AscendingOrder);
    QCOMPARE(shownIds(*m_proxy), shownIds(*m_reference));
    QVERIFY(m_indexed->stringReads() > 0);
}

void TestFilterProxyModelIndex::throughAnotherProxy()
{
    // A page's combo filter between the table model and the filter box.
    const auto overStates = [](QAbstractItemModel *model) {
        auto proxy = std::make_unique<QSortFilterProxyModel>();
        proxy->setSourceModel(model);
        proxy->setFilterKeyColumn(1);
        proxy->setFilterFixedString(u"i"_s); // Côte d’Ivoire, Türkiye, India
        return proxy;
    };
    const auto plainStates = overStates(m_plain.get());
    const auto indexedStates = overStates(m_indexed.get());
    FilterProxyModel reference;
    FilterProxyModel proxy;
    reference.setCollationLocale(english);
    proxy.setCollationLocale(english);
    reference.setSourceModel(plainStates.get());
    proxy.setSourceModel(indexedStates.get());
    // No QAbstractItemModelTester here: FlatProxyModel forwards the QSortFilterProxyModel's
    // headerDataChanged while it removes rows, before the rows shown are updated, and the
    // tester reads them then (the pages' combo filters are FlatProxyModels: layout changes).
    const int indexedReads = m_indexed->stringReads(); // the combo filter's own reads
    proxy.sort(0, Qt::DescendingOrder);
    reference.sort(0, Qt::DescendingOrder);
    for (const QString &text : {u"d"_s, u"di"_s, u"dia 2"_s, QString(), u"turkiye"_s}) {
        reference.setFilterText(text);
        proxy.setFilterText(text);
        QCOMPARE(shownIds(proxy), shownIds(reference));
        QVERIFY(reference.rowCount() < m_plain->rowCount());
    }
    QCOMPARE(m_indexed->stringReads(), indexedReads);

    reference.setFilterText(u"fo"_s);
    proxy.setFilterText(u"fo"_s);
    plainStates->setFilterFixedString(u"Sweden"_s);
    indexedStates->setFilterFixedString(u"Sweden"_s);
    QCOMPARE(shownIds(proxy), shownIds(reference));
    QVERIFY(proxy.rowCount() > 0);
}

void TestFilterProxyModelIndex::reloadGivesTheSameRows()
{
    sortBoth(1, Qt::AscendingOrder);
    filterBoth(u"fo"_s);
    setBoth(randomRows(900, 99));
    QCOMPARE(shownIds(*m_proxy), shownIds(*m_reference));
    QVERIFY(m_proxy->rowCount() > 0);
    filterBoth(u"fon"_s);
    QCOMPARE(shownIds(*m_proxy), shownIds(*m_reference));
    QCOMPARE(m_indexed->stringReads(), 0);
}

QTEST_MAIN(TestFilterProxyModelIndex)
#include "tst_filterproxymodelindex.moc"
