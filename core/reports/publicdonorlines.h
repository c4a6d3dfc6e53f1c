#pragma once

#include "core/domain/language.h"
#include "core/domain/money.h"
#include "core/domain/publicationconsent.h"
#include "core/domain/result.h"

#include <QHash>
#include <QList>
#include <QString>
#include <QStringView>

namespace FundDesk::Core {

class ReferenceDataService;

// How a public output shows a receipt under its donor's consent (¶17). The public list and the
// annual report both ask here, so they name, hide and aggregate the same donors.
enum class PublicShowing {
    ByName,      // the donor's name and the amount
    Anonymous,   // the amount, on a line of its own as "Anonymous donor"
    InAggregate, // only inside the one line of donors not published at their request
};
PublicShowing publicShowing(PublicationConsent consent);
// Why a public output does not name the donor, for the internal preview (translated); empty
// when it does.
QString publicShowingReason(PublicationConsent consent);

// What public outputs call a donor: its State's name in the language, else its own name.
QString publicDonorName(const QString &name, QStringView stateIso3,
                        const ReferenceDataService &reference, Language language);

// One line of a public list: a published donor's name or "Anonymous donor", never a person.
struct PublicContributionLine
{
    QString donor;
    bool anonymous = false;
    int contributions = 0;
    Money usd = Money::usd(0);
};

// Receipts added up as publicShowing() says: one line per named donor, one per anonymous
// donor, the withheld ones only in a count and a sum. Fed one contribution at a time (the
// public list) or with SQL groups of them (the annual report); the lines come out the same.
class PublicDonorLines final
{
public:
    // contributions receipts of one donor under one consent, adding up to usd. name is what
    // public outputs call the donor (publicDonorName()); unused unless shown by name.
    Result<void> add(qint64 donorId, const QString &name, PublicationConsent consent,
                     int contributions, const Money &usd);

    // Named donors A–Z in the language's collation, then anonymous ones largest first; equal
    // lines in donor id order, whatever order they were added in.
    QList<PublicContributionLine> lines(Language language) const;
    int withheldCount() const { return m_withheldCount; }
    Money withheldUsd() const { return m_withheldUsd; }
    Money totalUsd() const { return m_totalUsd; }

private:
    struct DonorLine
    {
        qint64 donorId = 0;
        PublicContributionLine line;
    };

    QHash<qint64, qsizetype> m_namedAt; // donor id → index in m_named
    QHash<qint64, qsizetype> m_anonymousAt;
    QList<DonorLine> m_named;
    QList<DonorLine> m_anonymous;
    int m_withheldCount = 0;
    Money m_withheldUsd = Money::usd(0);
    Money m_totalUsd = Money::usd(0);
};

} // namespace FundDesk::Core
