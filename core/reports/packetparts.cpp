#include "core/reports/packetparts.h"

#include "core/coretr.h"
#include "core/services/balanceservice.h"
#include "core/services/commitmentservice.h"
#include "core/services/fundsettingsservice.h"
#include "core/services/referencedataservice.h"

namespace FundDesk::Core {

PacketParts::PacketParts(QSqlDatabase db, const ReferenceDataService &reference,
                         Language language, QDateTime now)
    : m_db(std::move(db)), m_reference(reference), m_language(language), m_now(std::move(now))
{}

QString PacketParts::stateName(const QString &iso3) const
{
    const QString name = m_reference.name(iso3, m_language);
    return name.isEmpty() ? iso3 : name;
}

QString PacketParts::yesNo(const std::optional<bool> &value) const
{
    if (!value) {
        //: a ¶21 criterion not assessed yet
        return Tr::tr("Not known");
    }
    //: a ¶21 criterion is met / not met
    return *value ? Tr::tr("Met") : Tr::tr("Not met");
}

Result<ReportSection> PacketParts::balance(const WorkflowItem &item, const Money &cost) const
{
    const auto commitment = CommitmentService(m_db).commitment(item);
    if (!commitment) {
        return commitment.error();
    }
    const int year = *commitment ? (*commitment)->date.year() : m_now.date().year();
    const auto fund = BalanceService(m_db).balance(year);
    if (!fund) {
        return fund.error();
    }
    const Money committed = *commitment ? (*commitment)->amount : cost;
    // Once approved the commitment is already out of the available balance.
    const auto before = *commitment ? fund->available.add(committed) : Result<Money>(fund->available);
    if (!before) {
        return before.error();
    }
    const auto after = *commitment ? Result<Money>(fund->available) : before->subtract(committed);
    if (!after) {
        return after.error();
    }
    ReportSection section;
    section.title = Tr::tr("Available balance");
    section.lines({
        {Tr::tr("Year"), ReportCell::ofYear(year)},
        {Tr::tr("Available before this item"), ReportCell::ofMoney(*before)},
        {*commitment ? Tr::tr("Amount committed") : Tr::tr("Amount to commit"),
         ReportCell::ofMoney(committed)},
        {Tr::tr("Available after this item"), ReportCell::ofMoney(*after)},
    });
    if (after->isNegative()) {
        section.paragraph(Tr::tr("The fund's available balance does not cover this item."));
    }
    return section;
}

ReportSection PacketParts::recommendation(const QList<StatusTransition> &history) const
{
    ReportSection section;
    section.title = Tr::tr("Fund manager's recommendation");
    for (auto it = history.crbegin(); it != history.crend(); ++it) {
        if (it->to == ApplicationStatus::Recommended
            || it->to == ApplicationStatus::NotRecommended) {
            section.lines({
                {Tr::tr("Recommendation"),
                 ReportCell::ofText(applicationStatusDisplayName(it->to))},
                {Tr::tr("By"), ReportCell::ofText(it->profileName)},
                {Tr::tr("Date"), ReportCell::ofDate(it->date)},
            });
            section.paragraph(Tr::tr("Justification: %1").arg(it->note));
            return section;
        }
    }
    section.paragraph(Tr::tr("The fund manager has not made a recommendation yet."));
    return section;
}

ReportSection PacketParts::history(const QList<StatusTransition> &history) const
{
    ReportSection section;
    section.title = Tr::tr("Workflow history");
    if (history.isEmpty()) {
        section.paragraph(Tr::tr("No status change is recorded."));
        return section;
    }
    DocumentTable table;
    table.key = QStringLiteral("history");
    table.header = {Tr::tr("Date"), Tr::tr("From"), Tr::tr("To"), Tr::tr("By"), Tr::tr("Note")};
    for (const StatusTransition &step : history) {
        table.rows << QList<ReportCell>{ReportCell::ofDate(step.date),
                                        ReportCell::ofText(applicationStatusDisplayName(step.from)),
                                        ReportCell::ofText(applicationStatusDisplayName(step.to)),
                                        ReportCell::ofText(step.profileName),
                                        ReportCell::ofText(step.note)};
    }
    section.table(table);
    return section;
}

ReportSection PacketParts::signature() const
{
    ReportSection section;
    section.title = Tr::tr("Decision of the High Representative for Disarmament Affairs");
    //: a blank line to sign or write on
    const QString blank = QStringLiteral("______________________________");
    section.signature({
        {Tr::tr("Name"), ReportCell::ofText(blank)},
        {Tr::tr("Date"), ReportCell::ofText(blank)},
        //: two boxes to tick on the printed packet
        {Tr::tr("Decision"), ReportCell::ofText(Tr::tr("☐ Approve      ☐ Reject"))},
        {Tr::tr("Signature"), ReportCell::ofText(blank)},
    });
    return section;
}

QString PacketParts::canonical(const QList<StatusTransition> &history)
{
    QString text;
    for (const StatusTransition &step : history) {
        text += QStringLiteral("transition=%1|%2|%3|%4|%5\n")
                    .arg(step.date.toString(Qt::ISODate), applicationStatusKey(step.from),
                         applicationStatusKey(step.to), step.profileName, step.note);
    }
    return text;
}

void PacketParts::finish(ReportDocument &document, const QString &canonicalText) const
{
    const auto settings = FundSettingsService(m_db).load();
    document.language = m_language;
    document.title = settings && !settings->name.isEmpty()
                         ? settings->name
                         : Tr::tr("UN Voluntary Fund for ICT-security capacity building");
    //: on every page of an approval packet (¶11)
    document.notice = Tr::tr("Internal — contains personal data");
    //: page footer, %1 this page, %2 the number of pages
    document.pageTemplate = Tr::tr("Page %1 of %2");
    document.madeAt = m_now;
    document.checksum = recordChecksum(canonicalText);
    //: document footer: %1 date and time made (UTC), %2 the SHA-256 of the record shown
    document.footer = Tr::tr("Made %1 UTC · record SHA-256 %2")
                          .arg(m_now.toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm")),
                               document.checksum);
}

} // namespace FundDesk::Core
