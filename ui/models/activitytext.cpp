#include "ui/models/activitytext.h"

#include "core/domain/language.h"
#include "core/services/referencedataservice.h"
#include "ui/models/displaytext.h"
#include "ui/uitr.h"

#include <QStringList>

namespace FundDesk::Ui {

QString ActivityText::score(const Core::RubricScore &score, const QLocale &locale)
{
    const qint64 scaled = score.scaled100();
    const QString whole = locale.toString(scaled / 100);
    const QString cents = locale.toString(scaled % 100).rightJustified(2, locale.zeroDigit().at(0));
    return QStringLiteral("%1%2%3").arg(whole, locale.decimalPoint(), cents);
}

QString ActivityText::score(const std::optional<Core::RubricScore> &score, const QLocale &locale)
{
    return score ? ActivityText::score(*score, locale) : QString();
}

QString ActivityText::focusLetters(const QList<Core::FocusArea> &areas)
{
    QStringList letters;
    for (Core::FocusArea area : Core::normalizedFocusAreas(areas)) {
        letters << Core::focusAreaLetter(area);
    }
    //: Separator between the focus-area letters in a table cell: "a, c, f"
    return letters.join(Tr::tr(", "));
}

QString ActivityText::focusAreaLabel(Core::FocusArea area)
{
    //: A focus area of ¶26 with its letter: "(c) ICT incident management and response …"
    return Tr::tr("(%1) %2").arg(Core::focusAreaLetter(area), Core::focusAreaDisplayName(area));
}

QString ActivityText::years(const Core::ActivityApplication &application, const QLocale &locale)
{
    return years(application.start, application.end, locale);
}

QString ActivityText::years(const QDate &start, const QDate &end, const QLocale &locale)
{
    if (!start.isValid() || !end.isValid()) {
        return {};
    }
    const int first = start.year();
    const int last = end.year();
    // Years without group separators: "2,026" reads as an amount.
    const QString from = locale.toString(first).remove(locale.groupSeparator());
    if (first == last) {
        return from;
    }
    //: The years an activity runs: %1 the first year, %2 the last (2026–2027)
    return Tr::tr("%1–%2").arg(from, locale.toString(last).remove(locale.groupSeparator()));
}

QString ActivityText::applicant(const Core::ActivityApplication &application,
                                const Core::ReferenceDataService &reference)
{
    return applicant(application.applicantIso3, int(application.coApplicantIso3.size()), reference,
                     Core::languageForLocale(QLocale()));
}

QString ActivityText::applicant(const QString &applicantIso3, int coApplicants,
                                const Core::ReferenceDataService &reference,
                                Core::Language language)
{
    const QString name = DisplayText::countryName(applicantIso3, reference, language);
    if (coApplicants == 0) {
        return name;
    }
    //: The applicant State and how many co-applicant States join it: "Kenya + 2"
    return Tr::tr("%1 + %Ln", nullptr, coApplicants).arg(name);
}

QString ActivityText::reviewers(const Core::RubricAggregate &aggregate)
{
    return reviewers(aggregate.scoredReviewers, aggregate.recusedReviewers,
                     aggregate.pendingReviewers);
}

QString ActivityText::reviewers(int scoredReviewers, int recusedReviewers, int pendingReviewers)
{
    //: Part of the review summary of an application
    const QString scored = Tr::tr("%n reviewer(s) scored", nullptr, scoredReviewers);
    //: Part of the review summary: reviewers who declared a conflict of interest
    const QString recused = Tr::tr("%n recused", nullptr, recusedReviewers);
    //: Part of the review summary: reviewers who declared no conflict and have not scored yet
    const QString pending = Tr::tr("%n pending", nullptr, pendingReviewers);
    //: The review summary: %1 scored, %2 recused, %3 pending reviewers
    return Tr::tr("%1 · %2 · %3").arg(scored, recused, pending);
}

QString ActivityText::aggregate(const Core::RubricAggregate &aggregate, const QLocale &locale)
{
    if (!aggregate.hasScore()) {
        //: %1 is the review summary ("0 reviewers scored · 1 recused · 0 pending")
        return Tr::tr("Not scored yet (%1).").arg(reviewers(aggregate));
    }
    //: %1 the aggregate score (0–5, such as 3.20), %2 the spread between reviewers (0.80),
    //: %3 the review summary
    return Tr::tr("Aggregate score %1 out of 5, spread %2 (%3).")
        .arg(score(aggregate.score, locale), score(aggregate.spread, locale), reviewers(aggregate));
}

} // namespace FundDesk::Ui
