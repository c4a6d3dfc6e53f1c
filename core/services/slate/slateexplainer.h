#pragma once

#include "core/services/slate/slate.h"
#include "core/services/slate/slatecandidate.h"
#include "core/services/slate/slateitem.h"
#include "core/services/slate/slaterequest.h"

#include <QList>

namespace FundDesk::Core {

// Puts SlateBuilder's decisions into words: for each applicant in, why; for each left out,
// what would have to change — found by trying the applicant in place of each unpinned delegate
// and naming the first objective the best such swap loses on.
class SlateExplainer final
{
public:
    // items are the selectable, non-excluded candidates; itemCandidate[i] is the index in
    // candidates of items[i]; chosen are indices into items.
    SlateExplainer(const QList<SlateCandidate> &candidates, const SlateRequest &request,
                   const QList<SlateItem> &items, const QList<int> &itemCandidate,
                   const QList<int> &chosen);

    QList<SlateDecision> explain() const;

private:
    QStringList whyIn(int item) const;
    QStringList whyLeftOut(int item) const;
    QStringList whyNotSelectable(const SlateCandidate &candidate) const;
    QStringList afterBestSwap(int item) const;
    QString budgetShortfall(qint64 cents) const;
    const SlateCandidate &candidateOf(int item) const;

    const QList<SlateCandidate> &m_candidates;
    const SlateRequest &m_request;
    const QList<SlateItem> &m_items;
    const QList<int> &m_itemCandidate;
    const QList<int> &m_chosen;
    qint64 m_chosenCost = 0;
};

} // namespace FundDesk::Core
