// ScoringDialog: loading a reviewer's earlier review and saving through ReviewService. The
// widgets and their layout are in scoringdialog.cpp.

#include "ui/dialogs/scoringdialog.h"

#include "core/services/fundservices.h"
#include "ui/dialogs/fielderrors.h"
#include "ui/dialogs/scoringcriteriabox.h"
#include "ui/logging.h"
#include "ui/models/activitytext.h"
#include "ui/uitr.h"

#include <QCompleter>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPlainTextEdit>
#include <QRadioButton>
#include <QStringListModel>

namespace FundDesk::Ui {

void ScoringDialog::setReviewer(const QString &name)
{
    m_reviewer->setText(name);
    loadExisting();
}

void ScoringDialog::loadReviews()
{
    const auto reviews = m_services.reviews().reviewsFor(m_application.id);
    if (!reviews) {
        qCWarning(lcUi) << "reviews not loaded:" << reviews.error().detail;
        m_errors->show(reviews.error());
        return;
    }
    m_reviews = *reviews;
    QStringList names;
    for (const Core::Review &review : std::as_const(m_reviews)) {
        names << review.reviewer;
    }
    if (auto *model = qobject_cast<QStringListModel *>(m_reviewer->completer()->model())) {
        model->setStringList(names);
    }
    updateAggregate();
}

std::optional<Core::Review> ScoringDialog::existingReview(const QString &name) const
{
    for (const Core::Review &review : m_reviews) {
        if (review.reviewer.compare(name.trimmed(), Qt::CaseInsensitive) == 0) {
            return review;
        }
    }
    return std::nullopt;
}

void ScoringDialog::loadExisting()
{
    const auto review = existingReview(m_reviewer->text());
    if (!review) {
        return;
    }
    (review->conflictDeclared ? m_conflict : m_noConflict)->setChecked(true);
    m_note->setText(review->conflictNote);
    if (review->scored) {
        m_criteria->setScores(review->scores);
        m_justification->setPlainText(review->justification);
    }
    //: %1 is a reviewer's name
    m_status->setText(Tr::tr("%1 has already declared for this application: saving changes "
                             "that review.")
                          .arg(review->reviewer));
}

void ScoringDialog::updateAggregate()
{
    if (!m_aggregate) {
        return;
    }
    const auto weights = m_services.reviews().weights();
    const Core::RubricAggregate aggregate =
        Core::RubricAggregate::compute(m_reviews, weights ? *weights : Core::RubricWeights());
    //: %1 the aggregate with its spread and reviewer counts
    m_aggregate->setText(Tr::tr("Reviews of this application: %1")
                             .arg(ActivityText::aggregate(aggregate, QLocale())));
}

Core::Result<void> ScoringDialog::store(const QString &name, bool conflict, const QString &note)
{
    Core::ReviewService &reviews = m_services.reviews();
    if (const auto existing = existingReview(name)) {
        return scoreExisting(*existing, conflict, note);
    }
    const auto id = reviews.declare(m_application.id, name, conflict, note);
    if (!id) {
        return id.error();
    }
    if (conflict) {
        return {};
    }
    if (auto scored = reviews.score(*id, m_criteria->scores(), m_justification->toPlainText());
        !scored) {
        // One save, one outcome: a refused score leaves no declaration behind either.
        if (auto removed = reviews.remove(*id); !removed) {
            qCWarning(lcUi) << "declaration not withdrawn:" << removed.error().detail;
        }
        return scored;
    }
    return {};
}

Core::Result<void> ScoringDialog::scoreExisting(const Core::Review &review, bool conflict,
                                                const QString &note)
{
    Core::ReviewService &reviews = m_services.reviews();
    const bool redeclare = review.conflictDeclared != conflict
                           || (conflict && review.conflictNote != note.trimmed());
    if (redeclare) {
        if (auto declared = reviews.redeclare(review.id, conflict, note); !declared) {
            return declared;
        }
    }
    if (conflict) {
        return {};
    }
    auto scored = reviews.score(review.id, m_criteria->scores(), m_justification->toPlainText());
    if (!scored && redeclare) {
        // Back to the recusal it was: the refused save changes nothing.
        if (auto restored = reviews.redeclare(review.id, true, review.conflictNote); !restored) {
            qCWarning(lcUi) << "declaration not restored:" << restored.error().detail;
        }
    }
    return scored;
}

bool ScoringDialog::save()
{
    m_errors->clear();
    m_status->clear();
    if (!m_noConflict->isChecked() && !m_conflict->isChecked()) {
        m_errors->show(Core::makeError(
            Core::ErrorCode::InvalidInput,
            Tr::tr("Conflict of interest: declare first whether you have a conflict of interest "
                   "with this application."),
            {}, QStringLiteral("conflict")));
        return false;
    }
    const QString name = m_reviewer->text().trimmed();
    const bool conflict = m_conflict->isChecked();
    if (auto stored = store(name, conflict, m_note->text()); !stored) {
        m_errors->show(stored.error());
        loadReviews();
        return false;
    }
    m_saved = true;
    loadReviews();
    m_status->setText(conflict
                          //: %1 is a reviewer's name
                          ? Tr::tr("The conflict of interest of %1 is recorded: %1 does not score "
                                   "this application and is left out of its aggregate.")
                                .arg(name)
                          : Tr::tr("The scores of %1 are saved.").arg(name));
    return true;
}

} // namespace FundDesk::Ui
