#pragma once

// A fund for the document tests, on top of the workflow test fund (France USD 1,000,000 on
// 2026-01-15, sponsorship SP-1 for Grace Mwangi of Kenya, activity CB-2026-001 for Fiji):
// donors with every publication consent (one named like HTML), an approved sponsorship and
// activity with their recommendation, reviews (one recused), a consultation, disbursements,
// and optionally a slate of extra recommended delegates at PM-1.

#include "../services/workflowtestfund.h"

#include "core/domain/consultation.h"
#include "core/domain/disbursement.h"
#include "core/services/consultationservice.h"
#include "core/services/disbursementservice.h"
#include "core/services/reviewservice.h"
#include "core/services/workflowservice.h"

namespace DocumentTest {

using namespace FundDesk::Core;
using namespace Qt::StringLiterals;

inline const QString kPublished = QStringLiteral("Nordic Cyber Trust");
inline const QString kAnonymous = QStringLiteral("Quiet Philanthropy Fund");
inline const QString kUnpublished = QStringLiteral("Secretive Holdings Ltd");
inline const QString kHtmlDonor = QStringLiteral("<b>Bold & Co</b>");

inline bool addDonor(WorkflowTest::Fund &fund, qint64 id, const QString &name,
                     const QString &publication, qint64 cents, const QString &date)
{
    return fund.exec(QStringLiteral("INSERT INTO donors (id, kind, name, due_diligence) VALUES "
                                    "(?, 'foundation', ?, 'cleared')"),
                     {id, name}) &&
           fund.exec(QStringLiteral("INSERT INTO contributions (donor_id, type, date, "
                                    "amount_minor, currency, usd_rate_e9, usd_minor, publication) "
                                    "VALUES (?, 'receipt', ?, ?, 'USD', 1000000000, ?, ?)"),
                     {id, date, cents, cents, publication});
}

// Empty on success, else what failed.
inline QString makeFund(WorkflowTest::Fund &fund, int extraDelegates = 0)
{
    if (QString failed = WorkflowTest::makeFund(fund); !failed.isEmpty()) {
        return failed;
    }
    if (!addDonor(fund, 10, kPublished, u"publish"_s, 250'000'00, u"2026-03-01"_s)
        || !addDonor(fund, 11, kAnonymous, u"anonymous"_s, 75'000'00, u"2026-04-01"_s)
        || !addDonor(fund, 12, kUnpublished, u"withhold"_s, 40'000'00, u"2026-05-01"_s)
        || !addDonor(fund, 13, kHtmlDonor, u"publish"_s, 1'000'00, u"2026-05-02"_s)) {
        return QStringLiteral("could not add the donors");
    }
    ReviewService reviews(fund.db(), [] { return WorkflowTest::kToday; });
    const auto first = reviews.declare(ActivityId(1), u"Dr. Reviewer One"_s, false, {});
    const auto second = reviews.declare(ActivityId(1), u"Dr. Reviewer Two"_s, true,
                                        u"Former adviser to the applicant"_s);
    if (!first || !second
        || !reviews.score(*first, {4, 3, 5, 4, 3, 4}, u"Sound plan, strong ownership"_s)) {
        return QStringLiteral("could not add the reviews");
    }
    Consultation consultation;
    consultation.date = QDate(2026, 6, 1);
    consultation.participants = {u"Estonia"_s, u"Ghana"_s};
    consultation.advice = {{ActivityId(1), ConsultationStance::Supports, u"Go ahead"_s}};
    if (!ConsultationService(fund.db(), [] { return WorkflowTest::kToday; }).add(consultation)) {
        return QStringLiteral("could not add the consultation");
    }
    WorkflowService workflow(fund.db(), [] { return WorkflowTest::kToday; });
    for (const WorkflowItem &item : {fund.sponsorship, fund.activity}) {
        if (!fund.setStatus(item, u"under_review"_s)) {
            return QStringLiteral("could not set the status");
        }
        if (auto done = workflow.transition(item, ApplicationStatus::Recommended,
                                            u"Meets every criterion; strongly recommended"_s,
                                            fund.manager);
            !done) {
            return done.error().message;
        }
        if (auto done = workflow.transition(item, ApplicationStatus::Approved, u"Signed"_s,
                                            fund.office);
            !done) {
            return done.error().message;
        }
    }
    DisbursementService disbursements(fund.db(), [] { return WorkflowTest::kToday; });
    Disbursement travel;
    travel.date = QDate(2026, 6, 20);
    travel.amount = Money::usd(4'800'00);
    travel.payee = u"Travel agency"_s;
    travel.item = fund.sponsorship;
    travel.recipientIso3 = u"KEN"_s;
    Disbursement tranche = travel;
    tranche.amount = Money::usd(60'000'00);
    tranche.payee = u"Fiji CERT"_s;
    tranche.item = fund.activity;
    tranche.recipientIso3 = u"FJI"_s;
    for (const Disbursement &payment : {travel, tranche}) {
        if (auto done = disbursements.record(payment, fund.finance); !done) {
            return done.error().message;
        }
    }
    for (int i = 0; i < extraDelegates; ++i) {
        if (!fund.exec(QStringLiteral(
                "INSERT INTO sponsorships (meeting_id, applicant_name, gender, state_iso3, "
                "capital_based, met_a, met_b, met_c, met_d, met_e, letter_received, "
                "estimated_minor, status) VALUES (1, ?, ?, ?, 1, 1, 1, 1, 1, 1, 1, 450000, "
                "'recommended')"),
                {QStringLiteral("Delegate %1").arg(i + 2), i % 2 ? u"man"_s : u"woman"_s,
                 QStringList{u"NPL"_s, u"BOL"_s, u"TON"_s, u"SEN"_s}.at(i % 4)})) {
            return QStringLiteral("could not add delegate %1").arg(i + 2);
        }
    }
    return {};
}

} // namespace DocumentTest
