#pragma once

// A fresh :memory: fund with the reference States and one meeting, shared by the tests of the
// sponsorship services.
#include "core/db/database.h"
#include "core/db/migrator.h"
#include "core/db/schema.h"
#include "core/domain/meeting.h"
#include "core/domain/sponsorshipapplication.h"
#include "core/services/referencedataloader.h"
#include "core/services/referencedataservice.h"

#include <QSqlQuery>

#include <memory>

namespace SponsorshipFixture {

using namespace FundDesk::Core;

inline std::unique_ptr<Database> freshFund()
{
    auto db = Database::open(QString::fromLatin1(Database::InMemory));
    if (!db || !Migrator(fundDeskMigrations()).migrate(**db) ||
        !ReferenceDataLoader::ensureLoaded((*db)->connection())) {
        return {};
    }
    return std::move(db).value();
}

// New York, 9–13 March 2026; USD: airfares 2,900 Africa, 1,100 Americas, 3,100 Asia,
// 1,500 Europe, 3,800 Oceania; DSA 421 × 6 days; terminal 230.
inline Meeting newYork()
{
    Meeting meeting;
    meeting.reference = QStringLiteral("PM-2026-1");
    meeting.name = QStringLiteral("Permanent mechanism, first session 2026");
    meeting.city = QStringLiteral("New York");
    meeting.start = QDate(2026, 3, 9);
    meeting.end = QDate(2026, 3, 13);
    meeting.formalMeetingDays = 5;
    meeting.norms.airfare = {{Region::Africa, Money::usd(2'900'00)},
                             {Region::Americas, Money::usd(1'100'00)},
                             {Region::Asia, Money::usd(3'100'00)},
                             {Region::Europe, Money::usd(1'500'00)},
                             {Region::Oceania, Money::usd(3'800'00)}};
    meeting.norms.dsaDailyRate = Money::usd(421'00);
    meeting.norms.dsaDays = 6;
    meeting.norms.terminalExpenses = Money::usd(230'00);
    return meeting;
}

inline SponsorshipApplication application(MeetingId meeting, const QString &iso3,
                                          const QString &name = QStringLiteral("Ana Silva"))
{
    SponsorshipApplication a;
    a.meetingId = meeting;
    a.applicantName = name;
    a.gender = Gender::Woman;
    a.stateIso3 = iso3;
    a.capitalBased = true;
    for (CriterionAssessment &assessment : a.criteria) {
        assessment = {true, QStringLiteral("seen")};
    }
    a.status = ApplicationStatus::Submitted;
    return a;
}

inline int rows(Database &db, const QString &table)
{
    QSqlQuery query(db.connection());
    if (!query.exec(QStringLiteral("SELECT count(*) FROM ") + table) || !query.next()) {
        return -1;
    }
    return query.value(0).toInt();
}

} // namespace SponsorshipFixture
