#pragma once

#include "core/domain/gender.h"
#include "core/domain/publicationconsent.h"
#include "core/domain/regions.h"
#include "core/domain/result.h"
#include "core/domain/workflowitem.h"

#include <QHash>
#include <QList>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>

namespace FundDesk::Core {

// Receipts of one donor in the year under one publication consent (¶17), grouped only: the
// annual report applies the consent with PublicDonorLines, as the public list does.
struct AnnualDonorReceipts
{
    qint64 donorId = 0;
    QString donorName;
    QString donorStateIso3; // empty for a donor that is not a State
    PublicationConsent publication = PublicationConsent::Publish;
    int contributions = 0;
    qint64 usdMinor = 0;
};

// Sponsored delegates (approved, active, completed) of the year's meetings from one State.
struct AnnualSponsoredDelegates
{
    QString stateIso3;
    Gender gender = Gender::Woman;
    int delegates = 0;
};

// Disbursements net of refunds dated in the year, by item kind and recipient region.
struct AnnualDisbursed
{
    WorkflowItemKind kind = WorkflowItemKind::Activity;
    Region region = Region::Africa;
    qint64 usdMinor = 0;
};

// A funded activity with money in the year: committed or paid in it.
struct AnnualActivity
{
    qint64 id = 0;
    QString reference;
    QString title;
    QString applicantIso3;
    QString regionKey; // of the applicant State
    QString statusKey;
    QString results;
    qint64 approvedMinor = 0;  // the commitment, or the amount requested when there is none
    qint64 disbursedMinor = 0; // in the year, net of refunds
    QStringList focusAreaKeys;
};

// The annual report's data (¶27) as a few SQL aggregates over the indexes: at scale 100 the
// whole-table service calls took seconds, while the report needs only the year's totals.
class AnnualReportRepository final
{
public:
    explicit AnnualReportRepository(QSqlDatabase db);

    Result<QList<AnnualDonorReceipts>> receiptsByDonor(int year) const;
    Result<QList<AnnualSponsoredDelegates>> sponsoredDelegates(int year) const;
    Result<QList<AnnualDisbursed>> disbursed(int year) const;
    // By id; approved, active or completed activities only.
    Result<QList<AnnualActivity>> activities(int year) const;
    // Co-applicant States of the given activities, in their stated order.
    Result<QHash<qint64, QStringList>> coApplicants(const QList<qint64> &activityIds) const;

private:
    QSqlDatabase m_db;
};

} // namespace FundDesk::Core
