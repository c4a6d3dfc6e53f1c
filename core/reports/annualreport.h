#pragma once

#include "core/domain/language.h"
#include "core/domain/result.h"
#include "core/reports/reportcontent.h"

#include <QDateTime>
#include <QSqlDatabase>

namespace FundDesk::Core {

class ReferenceDataService;

// The one consolidated annual report to donors (¶27): contributions by donor as each consent
// allows (¶17), sponsorships, activities funded and their results, the source and use of funds
// in aggregate, and charts. A public document: no applicant is named (¶11).
class AnnualReport final
{
public:
    AnnualReport(QSqlDatabase db, const ReferenceDataService &reference, Language language,
                 QDateTime now = QDateTime::currentDateTimeUtc());

    Result<ReportDocument> build(int year) const;

private:
    Result<ReportSection> contributions(int year) const;
    Result<ReportSection> sponsorships(int year) const;
    Result<ReportSection> activities(int year) const;
    Result<ReportSection> funds(int year) const;

    QSqlDatabase m_db;
    const ReferenceDataService &m_reference;
    Language m_language;
    QDateTime m_now;
};

} // namespace FundDesk::Core
