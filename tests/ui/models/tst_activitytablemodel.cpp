#include "tests/ui/testsupport/activityfixtures.h"
#include "tests/ui/testsupport/testfund.h"
#include "ui/models/activityfilterproxymodel.h"
#include "ui/models/activitytablemodel.h"
#include "ui/models/activitytext.h"
#include "ui/models/backgroundreader.h"
#include "ui/models/filterproxymodel.h"
#include "ui/models/modelroles.h"
#include "ui/models/sortkeys.h"

#include <QAbstractItemModelTester>
#include <QIcon>
#include <QLocale>
#include <QTemporaryDir>
#include <QTest>

#include <optional>

using namespace FundDesk;
using FundDesk::Ui::ActivityTableModel;
using Qt::StringLiterals::operator""_s;

class TestActivityTableModel final : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void emptyFund();
    void displayIsFormattedForTheLocale();
    void scoresShowTheAggregateAndSpread();
    void belowFloorIsFlaggedWithIconAndText();
    void amountsAndScoresSortAsNumbers();
    void filtersCombineWithTheTextBox();
    void arabicDigitsInArabic();
    void aggregatesAreExactAsTheReviewServiceComputesThem();
    void readOnAWorkerGivesTheRowsOfReload();
    void readStopsWhenToldTo();
    void indexFindsAccentlessTextAndSortsLikeTheProxy();

private:
    QString text(int row, int column) const
    {
        return m_model->index(row, column).data().toString();
    }

    std::unique_ptr<Tests::TestFund> m_fund;
    std::unique_ptr<ActivityTableModel> m_model;
    std::unique_ptr<QAbstractItemModelTester> m_tester;
};

void TestActivityTableModel::init()
{
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    m_fund = Tests::TestFund::create();
    QVERIFY(m_fund);
    m_model = std::make_unique<ActivityTableModel>(m_fund->services());
    m_tester = std::make_unique<QAbstractItemModelTester>(
        m_model.get(), QAbstractItemModelTester::FailureReportingMode::QtTest);
}

void TestActivityTableModel::cleanup()
{
    m_tester.reset();
    m_model.reset();
    m_fund.reset();
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
}

void TestActivityTableModel::emptyFund()
{
    QVERIFY(m_model->reload().ok());
    QCOMPARE(m_model->rowCount(), 0);
    QCOMPARE(m_model->columnCount(), int(ActivityTableModel::ColumnCount));
    QCOMPARE(m_model->headerData(ActivityTableModel::Requested, Qt::Horizontal).toString(),
             u"Requested (USD)"_s);
}

void TestActivityTableModel::displayIsFormattedForTheLocale()
{
    Tests::ActivitySpec spec;
    spec.coApplicants = {u"UGA"_s, u"TZA"_s};
    spec.areas = {Core::FocusArea::PointsOfContact, Core::FocusArea::NationalStrategies,
                  Core::FocusArea::IncidentResponse};
    const auto id = Tests::addActivity(m_fund->services(), spec);
    QVERIFY(id.isValid());
    QVERIFY(m_model->reload().ok());
    QCOMPARE(m_model->rowCount(), 1);
    QCOMPARE(text(0, ActivityTableModel::Reference), u"CB-%1-001"_s.arg(QDate::currentDate().year()));
    QCOMPARE(text(0, ActivityTableModel::Title), spec.title);
    QCOMPARE(text(0, ActivityTableModel::Applicant), u"Kenya + 2"_s);
    QCOMPARE(text(0, ActivityTableModel::Region), u"Africa"_s);
    QCOMPARE(text(0, ActivityTableModel::FocusAreas), u"a, c, i"_s);
    QCOMPARE(text(0, ActivityTableModel::Years), u"2026–2027"_s);
    QCOMPARE(text(0, ActivityTableModel::Requested), u"120,000.00"_s);
    QCOMPARE(text(0, ActivityTableModel::Score), QString());
    QCOMPARE(text(0, ActivityTableModel::Status), u"Submitted"_s);
    QCOMPARE(text(0, ActivityTableModel::Floor), QString());
    const QModelIndex requested = m_model->index(0, ActivityTableModel::Requested);
    QCOMPARE(requested.data(Ui::RawValueRole).toLongLong(), 120'000'00);
    QCOMPARE(requested.data(Ui::IdRole).toLongLong(), id.value());
    QVERIFY(requested.data(Qt::TextAlignmentRole).value<Qt::Alignment>() & Qt::AlignTrailing);
    // The haystack finds the co-applicants and the status.
    const QString haystack = requested.data(Ui::HaystackRole).toString();
    QVERIFY(haystack.contains(u"uganda"_s));
    QVERIFY(haystack.contains(u"submitted"_s));
    QVERIFY(m_model->index(0, ActivityTableModel::FocusAreas)
                .data(Qt::ToolTipRole)
                .toString()
                .contains(u"(i) "_s));
}

void TestActivityTableModel::scoresShowTheAggregateAndSpread()
{
    const auto id = Tests::addActivity(m_fund->services(), {});
    QVERIFY(Tests::scoreActivity(m_fund->services(), id, u"Ana"_s, 4));
    QVERIFY(Tests::scoreActivity(m_fund->services(), id, u"Ben"_s, 3));
    // A recused reviewer counts for nothing in the aggregate.
    QVERIFY(m_fund->services().reviews().declare(id, u"Chen"_s, true, u"Adviser"_s).ok());
    QVERIFY(m_model->reload().ok());
    QCOMPARE(text(0, ActivityTableModel::Score), u"3.50"_s);
    QCOMPARE(text(0, ActivityTableModel::Spread), u"1.00"_s);
    QCOMPARE(m_model->index(0, ActivityTableModel::Score).data(Ui::RawValueRole).toLongLong(),
             350);
    QCOMPARE(m_model->index(0, ActivityTableModel::Spread).data(Ui::RawValueRole).toLongLong(),
             100);
    QVERIFY(m_model->index(0, ActivityTableModel::Score)
                .data(Qt::ToolTipRole)
                .toString()
                .contains(u"1 recused"_s));
}

void TestActivityTableModel::belowFloorIsFlaggedWithIconAndText()
{
    QVERIFY(Tests::setFloor(m_fund->services(), 50'000'00));
    Tests::ActivitySpec small;
    small.cents = 10'000'00;
    QVERIFY(Tests::addActivity(m_fund->services(), small).isValid());
    QVERIFY(m_model->reload().ok());
    const QModelIndex floor = m_model->index(0, ActivityTableModel::Floor);
    QCOMPARE(floor.data().toString(), u"Below floor"_s);
    QVERIFY(!floor.data(Qt::DecorationRole).value<QIcon>().isNull());
    QVERIFY(floor.data(Qt::ToolTipRole).toString().contains(u"floor"_s));
    QVERIFY(m_model->isBelowFloorAt(0));
}

void TestActivityTableModel::amountsAndScoresSortAsNumbers()
{
    // As text, "100,000.00" < "25,000.00" < "9,000.00": the sort must be by the raw value.
    const QList<std::pair<qint64, int>> rows{{100'000'00, 2}, {9'000'00, 5}, {25'000'00, 3}};
    for (const auto &[cents, score] : rows) {
        Tests::ActivitySpec spec;
        spec.cents = cents;
        const auto id = Tests::addActivity(m_fund->services(), spec);
        QVERIFY(Tests::scoreActivity(m_fund->services(), id, u"Ana"_s, score));
    }
    QVERIFY(m_model->reload().ok());
    Ui::FilterProxyModel proxy;
    proxy.setSourceModel(m_model.get());
    proxy.sort(ActivityTableModel::Requested, Qt::AscendingOrder);
    const auto column = [&proxy](int section) {
        QStringList values;
        for (int row = 0; row < proxy.rowCount(); ++row) {
            values << proxy.index(row, section).data().toString();
        }
        return values;
    };
    QCOMPARE(column(ActivityTableModel::Requested),
             QStringList({u"9,000.00"_s, u"25,000.00"_s, u"100,000.00"_s}));
    proxy.sort(ActivityTableModel::Score, Qt::DescendingOrder);
    QCOMPARE(column(ActivityTableModel::Score),
             QStringList({u"5.00"_s, u"3.00"_s, u"2.00"_s}));
}

void TestActivityTableModel::filtersCombineWithTheTextBox()
{
    Tests::ActivitySpec kenya;
    kenya.status = Core::ApplicationStatus::Eligible;
    Tests::ActivitySpec chile;
    chile.applicant = u"CHL"_s;
    chile.title = u"Cybersecurity law drafting"_s;
    chile.areas = {Core::FocusArea::NationalStrategies};
    chile.start = QDate(2027, 1, 1);
    chile.end = QDate(2027, 12, 31);
    Tests::ActivitySpec fiji;
    fiji.applicant = u"FJI"_s;
    fiji.coApplicants = {u"KEN"_s};
    fiji.title = u"Pacific points of contact"_s;
    fiji.areas = {Core::FocusArea::PointsOfContact, Core::FocusArea::NationalStrategies};
    for (const auto &spec : {kenya, chile, fiji}) {
        QVERIFY(Tests::addActivity(m_fund->services(), spec).isValid());
    }
    QVERIFY(m_model->reload().ok());
    Ui::ActivityFilterProxyModel filtered(m_model.get(), m_fund->services().reference());
    QAbstractItemModelTester tester(&filtered,
                                    QAbstractItemModelTester::FailureReportingMode::QtTest);
    Ui::FilterProxyModel text;
    text.setSourceModel(&filtered);
    QCOMPARE(text.rowCount(), 3);

    Core::ActivityFilter filter;
    filter.region = Core::Region::Africa; // Kenya, and Fiji's co-applicant Kenya
    filtered.setFilter(filter);
    QCOMPARE(text.rowCount(), 2);
    filter.focusArea = Core::FocusArea::NationalStrategies;
    filtered.setFilter(filter);
    QCOMPARE(text.rowCount(), 1);
    QCOMPARE(text.index(0, ActivityTableModel::Title).data().toString(), fiji.title);

    filter = Core::ActivityFilter();
    filter.year = 2027; // Kenya runs 2026–2027, Chile 2027, Fiji 2026–2027
    filtered.setFilter(filter);
    QCOMPARE(text.rowCount(), 3);
    filter.status = Core::ApplicationStatus::Eligible;
    filtered.setFilter(filter);
    QCOMPARE(text.rowCount(), 1);

    filtered.setFilter(Core::ActivityFilter());
    text.setFilterText(u"chile"_s);
    QCOMPARE(text.rowCount(), 1);
    text.setFilterText(u"kenya"_s);
    QCOMPARE(text.rowCount(), 2);
}

void TestActivityTableModel::arabicDigitsInArabic()
{
    QLocale::setDefault(QLocale(QLocale::Arabic, QLocale::Egypt));
    const auto id = Tests::addActivity(m_fund->services(), {});
    QVERIFY(Tests::scoreActivity(m_fund->services(), id, u"Ana"_s, 4));
    QVERIFY(m_model->reload().ok());
    const QLocale arabic;
    QCOMPARE(text(0, ActivityTableModel::Score),
             arabic.toString(4) + arabic.decimalPoint() + arabic.toString(0) + arabic.toString(0));
    QVERIFY(!text(0, ActivityTableModel::Years).contains(u'2'));
}

// Unequal weights, several reviewers, one recused and one pending: the table's score and
// spread are the very fractions ReviewService::aggregates() computes from the whole reviews.
void TestActivityTableModel::aggregatesAreExactAsTheReviewServiceComputesThem()
{
    Core::FundServices &services = m_fund->services();
    const auto weights = Core::RubricWeights::create({3, 1, 2, 1, 1, 2});
    QVERIFY(weights.ok());
    QVERIFY(services.reviews().setWeights(*weights).ok());
    const auto first = Tests::addActivity(services, {});
    const auto second = Tests::addActivity(services, {});
    QVERIFY(Tests::addActivity(services, {}).isValid()); // no reviews at all
    const QList<std::pair<QString, Core::RubricScores>> given{
        {u"Ana"_s, {5, 4, 3, 2, 1, 0}}, {u"Ben"_s, {1, 2, 3, 4, 5, 5}}, {u"Cy"_s, {3, 3, 4, 4, 2, 1}}};
    for (const auto &[reviewer, scores] : given) {
        const auto review = services.reviews().declare(first, reviewer, false, {});
        QVERIFY(review.ok());
        QVERIFY(services.reviews().score(*review, scores, u"Reasons."_s).ok());
    }
    QVERIFY(services.reviews().declare(first, u"Dee"_s, true, u"Adviser"_s).ok());
    QVERIFY(services.reviews().declare(first, u"Eve"_s, false, {}).ok());
    QVERIFY(Tests::scoreActivity(services, second, u"Ana"_s, 2));
    QVERIFY(m_model->reload().ok());
    const auto expected = services.reviews().aggregates();
    QVERIFY(expected.ok());
    QCOMPARE(m_model->rowCount(), 3);
    for (int row = 0; row < m_model->rowCount(); ++row) {
        const Core::RubricAggregate aggregate = expected->value(m_model->idAt(row));
        QCOMPARE(m_model->scoreAt(row), aggregate.score);
        QCOMPARE(m_model->spreadAt(row), aggregate.spread);
        QCOMPARE(m_model->index(row, ActivityTableModel::Score).data(Qt::ToolTipRole).toString(),
                 Ui::ActivityText::reviewers(aggregate));
    }
    const int row = m_model->rowOf(first);
    QCOMPARE(m_model->scoreAt(row)->numerator(), expected->value(first).score->numerator());
    QCOMPARE(m_model->scoreAt(row)->denominator(), expected->value(first).score->denominator());
}

// What BackgroundReader runs on a pool thread, on its own connection to a file-backed fund,
// gives the same table as reload() on the window's thread: every row, column and role.
void TestActivityTableModel::readOnAWorkerGivesTheRowsOfReload()
{
    QTemporaryDir dir;
    auto fund = Tests::TestFund::createAt(dir.filePath(u"fund.funddesk"_s));
    QVERIFY(fund);
    Core::FundServices &services = fund->services();
    QVERIFY(Tests::setFloor(services, 50'000'00));
    Tests::ActivitySpec regional;
    regional.coApplicants = {u"UGA"_s, u"TZA"_s};
    regional.areas = {Core::FocusArea::PointsOfContact, Core::FocusArea::Norms};
    Tests::ActivitySpec small;
    small.applicant = u"CIV"_s;
    small.title = u"Réseau national de réponse"_s;
    small.cents = 9'000'00;
    small.start = QDate(2027, 3, 1);
    small.end = QDate(2029, 2, 28);
    for (const auto &spec : {regional, small, Tests::ActivitySpec()}) {
        const auto id = Tests::addActivity(services, spec);
        QVERIFY(id.isValid());
        QVERIFY(Tests::scoreActivity(services, id, u"Ana"_s, int(id.value() % 5)));
    }
    ActivityTableModel synchronous(services);
    QVERIFY(synchronous.reload().ok());

    const qint64 limit = Ui::BackgroundReader::synchronousLimit();
    Ui::BackgroundReader::setSynchronousLimit(-1);
    Ui::BackgroundReader reader(services);
    QVERIFY(reader.readsInBackground());
    std::optional<Core::Result<ActivityTableModel::Snapshot>> delivered;
    const QLocale locale;
    reader.start<ActivityTableModel::Snapshot>(
        [locale](Core::FundServices &worker, const Ui::BackgroundReader::KeepGoing &keepGoing) {
            return ActivityTableModel::read(worker, locale, keepGoing);
        },
        [&delivered](Core::Result<ActivityTableModel::Snapshot> snapshot) {
            delivered = std::move(snapshot);
        });
    Ui::BackgroundReader::setSynchronousLimit(limit);
    QVERIFY(!delivered);
    QTRY_VERIFY(delivered.has_value());
    QVERIFY(delivered->ok());
    ActivityTableModel background(services);
    background.adopt(std::move(*delivered).value());

    QCOMPARE(background.rowCount(), 3);
    QCOMPARE(background.rowCount(), synchronous.rowCount());
    for (int row = 0; row < background.rowCount(); ++row) {
        for (int column = 0; column < ActivityTableModel::ColumnCount; ++column) {
            for (int role : {int(Qt::DisplayRole), int(Ui::RawValueRole), int(Ui::HaystackRole),
                             int(Ui::IdRole), int(Qt::ToolTipRole)}) {
                QCOMPARE(background.index(row, column).data(role),
                         synchronous.index(row, column).data(role));
            }
        }
    }
    QCOMPARE(background.tableIndex().sortKeys, synchronous.tableIndex().sortKeys);
    const int civ = background.rowOf(Core::ActivityId(2));
    QCOMPARE(background.index(civ, ActivityTableModel::Years).data().toString(), u"2027–2029"_s);
    QVERIFY(background.isBelowFloorAt(civ));
    QVERIFY(background.index(civ, ActivityTableModel::Floor)
                .data(Qt::ToolTipRole)
                .toString()
                .contains(u"USD 9000.00"_s));
    QCOMPARE(background.index(0, ActivityTableModel::Applicant).data(Qt::ToolTipRole).toString(),
             u"Kenya\nUganda\nUnited Republic of Tanzania"_s);
}

void TestActivityTableModel::readStopsWhenToldTo()
{
    QVERIFY(Tests::addActivity(m_fund->services(), {}).isValid());
    const auto stopped =
        ActivityTableModel::read(m_fund->services(), QLocale(), [] { return false; });
    QVERIFY(!stopped.ok());
    QCOMPARE(stopped.error().code, Core::ErrorCode::Cancelled);
}

// The filter box searches the table index without accents or case; the index's sort keys
// order the text columns as FilterProxyModel orders their RawValueRole values.
void TestActivityTableModel::indexFindsAccentlessTextAndSortsLikeTheProxy()
{
    Core::FundServices &services = m_fund->services();
    Tests::ActivitySpec ivoire;
    ivoire.applicant = u"CIV"_s;
    ivoire.title = u"Équipe de réponse aux incidents"_s;
    Tests::ActivitySpec austria;
    austria.applicant = u"AUT"_s;
    austria.title = u"eGovernment security"_s;
    austria.areas = {Core::FocusArea::Norms, Core::FocusArea::NationalStrategies};
    Tests::ActivitySpec zambia;
    zambia.applicant = u"ZMB"_s;
    zambia.title = u"Awareness week"_s;
    zambia.coApplicants = {u"MWI"_s};
    for (const auto &spec : {zambia, ivoire, austria}) {
        QVERIFY(Tests::addActivity(services, spec).isValid());
    }
    QVERIFY(m_model->reload().ok());
    const Ui::TableIndex &index = m_model->tableIndex();
    QCOMPARE(index.search.rowCount(), qsizetype(3));
    const int ivoireRow = m_model->rowOf(Core::ActivityId(2));
    QCOMPARE(index.search.matchingRows(Core::TextFilter(u"equipe reponse"_s)),
             QList<int>{ivoireRow});
    QCOMPARE(index.search.matchingRows(Core::TextFilter(u"COTE IVOIRE"_s)),
             QList<int>{ivoireRow});
    QCOMPARE(index.search.matchingRows(Core::TextFilter(u"malawi"_s)).size(), qsizetype(1));
    QCOMPARE(m_model->index(ivoireRow, 0).data(Ui::HaystackRole).toString(),
             index.search.rowText(ivoireRow));

    const QCollator collator = Ui::tableCollator(QLocale());
    for (int column : {ActivityTableModel::Reference, ActivityTableModel::Title,
                       ActivityTableModel::Applicant, ActivityTableModel::Region,
                       ActivityTableModel::FocusAreas}) {
        QVERIFY(index.sortKeys.contains(column));
        QList<QVariant> values;
        for (int row = 0; row < m_model->rowCount(); ++row) {
            values << m_model->index(row, column).data(Ui::RawValueRole);
        }
        QCOMPARE(index.sortKeys.value(column), Ui::SortKeys::compute(values, collator));
    }
    QCOMPARE(index.collationLocale, QLocale());
    // "Awareness", "eGovernment", "Équipe": case and accents do not put "É" last.
    Ui::FilterProxyModel proxy;
    proxy.setSourceModel(m_model.get());
    proxy.sort(ActivityTableModel::Title, Qt::AscendingOrder);
    QStringList titles;
    for (int row = 0; row < proxy.rowCount(); ++row) {
        titles << proxy.index(row, ActivityTableModel::Title).data().toString();
    }
    QCOMPARE(titles, QStringList({zambia.title, austria.title, ivoire.title}));
}

QTEST_MAIN(TestActivityTableModel)
#include "tst_activitytablemodel.moc"
