#pragma once

#include "core/domain/activityapplication.h"
#include "core/domain/focusarea.h"
#include "core/domain/language.h"
#include "core/domain/rubricaggregate.h"
#include "core/domain/rubricscore.h"

#include <QList>
#include <QLocale>
#include <QString>

#include <optional>

namespace FundDesk::Core {
class ReferenceDataService;
} // namespace FundDesk::Core

namespace FundDesk::Ui {

// How the Activities page and its dialogs show what is not money (money goes through
// MoneyFormat): scores, years, focus-area letters, the applicant with its co-applicants.
class ActivityText final
{
public:
    ActivityText() = delete;

    // "3.20" with the locale's digits and decimal sign, from the exact score rounded as
    // RubricScore::scaled100() states; no floating point on the way.
    static QString score(const Core::RubricScore &score, const QLocale &locale);
    static QString score(const std::optional<Core::RubricScore> &score, const QLocale &locale);
    // "a, c, f": the ¶26 letters, in ¶26 order.
    static QString focusLetters(const QList<Core::FocusArea> &areas);
    // "(c) ICT incident management …": a check box or a tooltip line.
    static QString focusAreaLabel(Core::FocusArea area);
    // "2026" or "2026–2027" in the locale's digits.
    static QString years(const Core::ActivityApplication &application, const QLocale &locale);
    static QString years(const QDate &start, const QDate &end, const QLocale &locale);
    // The applicant State's name in the current language, "+ 2" when two co-applicants join.
    static QString applicant(const Core::ActivityApplication &application,
                             const Core::ReferenceDataService &reference);
    // The same from the applicant's code and the number of co-applicants, in `language`.
    static QString applicant(const QString &applicantIso3, int coApplicants,
                             const Core::ReferenceDataService &reference, Core::Language language);
    // "3 reviewers scored · 1 recused · 1 pending": what stands behind an aggregate.
    static QString reviewers(const Core::RubricAggregate &aggregate);
    static QString reviewers(int scored, int recused, int pending);
    // "Aggregate 3.20, spread 0.80 (…reviewers…)" or "Not scored yet (…)".
    static QString aggregate(const Core::RubricAggregate &aggregate, const QLocale &locale);
};

} // namespace FundDesk::Ui
