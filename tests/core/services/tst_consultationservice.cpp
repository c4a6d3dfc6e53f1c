#include "core/db/database.h"
#include "core/db/migrator.h"
#include "core/db/schema.h"
#include "core/services/activityservice.h"
#include "core/services/consultationservice.h"
#include "core/services/referencedataloader.h"
#include "core/services/referencedataservice.h"

#include <QSqlQuery>
#include <QTest>

#include <functional>

using namespace FundDesk::Core;
using namespace Qt::StringLiterals;

namespace {

const QDate kToday(2026, 6, 30);

using Change = std::function<void(Consultation &)>;

} // namespace

class TestConsultationService final : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void recordsDateParticipantsAndAdvice();
    void refusesBadInput_data();
    void refusesBadInput();
    void updateReplacesParticipantsAndAdvice();
    void adviceForOneApplicationAcrossConsultations();
    void removeTakesItsAdvice();

private:
    Consultation good() const;
    int rows(const QString &table) const;
    ConsultationService service() const;

    std::unique_ptr<Database> m_db;
    ReferenceDataService m_reference;
    ActivityId m_first;
    ActivityId m_second;
};

void TestConsultationService::init()
{
    auto db = Database::open(QString::fromLatin1(Database::InMemory));
    QVERIFY(db.ok());
    m_db = std::move(db).value();
    QVERIFY(Migrator(fundDeskMigrations()).migrate(*m_db).ok());
    QVERIFY(ReferenceDataLoader::ensureLoaded(m_db->connection()).ok());
    m_reference = ReferenceDataService::load(m_db->connection()).value();
    ActivityService activities(m_db->connection(), m_reference, [] { return kToday; });
    ActivityApplication application;
    application.applicantIso3 = u"SEN"_s;
    application.title = u"Regional workshop on applying international law to ICT use"_s;
    application.start = QDate(2026, 10, 1);
    application.end = QDate(2026, 10, 31);
    application.requested = {{2026, Money::usd(90'000'00)}};
    application.focusAreas = {FocusArea::InternationalLaw};
    application.needsAssessment = u"ECOWAS needs survey"_s;
    m_first = activities.add(application).value();
    application.applicantIso3 = u"FJI"_s;
    m_second = activities.add(application).value();
}

void TestConsultationService::cleanup()
{
    m_db.reset();
}

ConsultationService TestConsultationService::service() const
{
    return ConsultationService(m_db->connection(), [] { return kToday; });
}

int TestConsultationService::rows(const QString &table) const
{
    QSqlQuery query(m_db->connection());
    if (!query.exec(u"SELECT count(*) FROM "_s + table) || !query.next()) {
        return -1;
    }
    return query.value(0).toInt();
}

Consultation TestConsultationService::good() const
{
    Consultation consultation;
    consultation.date = QDate(2026, 5, 12);
    consultation.participants = {u"Canada"_s, u"Kenya"_s, u"Fiji"_s};
    consultation.advice = {
        {m_first, ConsultationStance::SupportsWithChanges, u"Add a gender plan."_s},
        {m_second, ConsultationStance::NoView, {}},
    };
    consultation.notes = u"Virtual meeting"_s;
    return consultation;
}

void TestConsultationService::recordsDateParticipantsAndAdvice()
{
    ConsultationService consultations = service();
    Consultation consultation = good();
    consultation.participants[0] = u"  Canada "_s;
    const auto id = consultations.add(consultation);
    QVERIFY2(id.ok(), qPrintable(id.ok() ? QString() : id.error().message));
    const auto stored = consultations.find(*id);
    QVERIFY(stored.ok());
    QCOMPARE(stored->date, QDate(2026, 5, 12));
    QCOMPARE(stored->participants, QStringList({u"Canada"_s, u"Kenya"_s, u"Fiji"_s}));
    QCOMPARE(stored->advice, good().advice);
    QCOMPARE(stored->notes, u"Virtual meeting"_s);
    QCOMPARE(consultations.all()->size(), 1);
}

void TestConsultationService::refusesBadInput_data()
{
    QTest::addColumn<Change>("change");
    QTest::addColumn<QString>("field");
    const auto row = [](const char *name, Change change, const char *field) {
        QTest::newRow(name) << change << QString::fromLatin1(field);
    };
    row("no date", [](Consultation &c) { c.date = QDate(); }, "date");
    row("future date", [](Consultation &c) { c.date = kToday.addDays(1); }, "date");
    row("no participants", [](Consultation &c) { c.participants.clear(); }, "participants");
    row("empty participant", [](Consultation &c) { c.participants << u"  "_s; },
        "participants");
    row("unknown application", [](Consultation &c) { c.advice[0].activityId = ActivityId(99); },
        "advice");
    row("two advices on one application",
        [](Consultation &c) { c.advice[1].activityId = c.advice[0].activityId; }, "advice");
    row("advice without text",
        [](Consultation &c) { c.advice[0].advice = u" "_s; }, "advice");
}

void TestConsultationService::refusesBadInput()
{
    QFETCH(Change, change);
    QFETCH(QString, field);
    Consultation consultation = good();
    change(consultation);
    const auto id = service().add(consultation);
    QVERIFY(!id.ok());
    QCOMPARE(id.error().field, field);
    QVERIFY(!id.error().message.isEmpty());
    QCOMPARE(rows(u"consultations"_s), 0);
    QCOMPARE(rows(u"consultation_participants"_s), 0);
    QCOMPARE(rows(u"consultation_advice"_s), 0);
}

void TestConsultationService::updateReplacesParticipantsAndAdvice()
{
    ConsultationService consultations = service();
    auto stored = consultations.find(consultations.add(good()).value()).value();
    stored.participants = {u"Japan"_s};
    stored.advice = {{m_second, ConsultationStance::DoesNotSupport, u"Overlaps."_s}};
    QVERIFY(consultations.update(stored).ok());
    QCOMPARE(consultations.find(stored.id).value(), stored);
    QCOMPARE(rows(u"consultation_advice"_s), 1);

    stored.participants.clear();
    QVERIFY(!consultations.update(stored).ok());
    QCOMPARE(rows(u"consultation_participants"_s), 1);
}

void TestConsultationService::adviceForOneApplicationAcrossConsultations()
{
    ConsultationService consultations = service();
    QVERIFY(consultations.add(good()).ok());
    Consultation later = good();
    later.date = QDate(2026, 6, 20);
    later.advice = {{m_first, ConsultationStance::Supports, u"Changes made; supports."_s}};
    QVERIFY(consultations.add(later).ok());

    const auto advice = consultations.adviceFor(m_first).value();
    QCOMPARE(advice.size(), 2);
    QCOMPARE(advice[0].date, QDate(2026, 5, 12));
    QCOMPARE(advice[0].advice.stance, ConsultationStance::SupportsWithChanges);
    QCOMPARE(advice[1].advice.stance, ConsultationStance::Supports);
    QCOMPARE(consultations.adviceFor(m_second)->size(), 1);
    QCOMPARE(consultationStanceFromKey(consultationStanceKey(ConsultationStance::DoesNotSupport)),
             std::optional(ConsultationStance::DoesNotSupport));
}

void TestConsultationService::removeTakesItsAdvice()
{
    ConsultationService consultations = service();
    const auto id = consultations.add(good()).value();
    QVERIFY(consultations.remove(id).ok());
    QCOMPARE(rows(u"consultation_advice"_s), 0);
    QCOMPARE(rows(u"consultation_participants"_s), 0);
    QCOMPARE(consultations.remove(id).error().code, ErrorCode::NotFound);
}

QTEST_APPLESS_MAIN(TestConsultationService)
#include "tst_consultationservice.moc"
