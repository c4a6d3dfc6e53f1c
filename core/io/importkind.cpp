#include "core/io/importkind.h"

#include "core/coretr.h"

namespace FundDesk::Core {

QList<ImportKind> allImportKinds()
{
    return {ImportKind::Donors, ImportKind::Contributions, ImportKind::Sponsorships,
            ImportKind::Activities};
}

QString importKindKey(ImportKind kind)
{
    switch (kind) {
    case ImportKind::Donors:
        return QStringLiteral("donors");
    case ImportKind::Contributions:
        return QStringLiteral("contributions");
    case ImportKind::Sponsorships:
        return QStringLiteral("sponsorships");
    case ImportKind::Activities:
        return QStringLiteral("activities");
    }
    return {};
}

std::optional<ImportKind> importKindFromKey(QStringView key)
{
    for (const ImportKind kind : allImportKinds()) {
        if (key.compare(importKindKey(kind), Qt::CaseInsensitive) == 0) {
            return kind;
        }
    }
    return std::nullopt;
}

QString importKindDisplayName(ImportKind kind)
{
    switch (kind) {
    case ImportKind::Donors:
        return Tr::tr("Donors");
    case ImportKind::Contributions:
        return Tr::tr("Contributions");
    case ImportKind::Sponsorships:
        //: sponsorship applications of delegates, as a kind of CSV file
        return Tr::tr("Sponsorship applications");
    case ImportKind::Activities:
        //: capacity-building activity applications, as a kind of CSV file
        return Tr::tr("Activity applications");
    }
    return {};
}

QStringList importColumns(ImportKind kind)
{
    switch (kind) {
    case ImportKind::Donors:
        return {QStringLiteral("name"),
                QStringLiteral("donor_kind"),
                QStringLiteral("country"),
                QStringLiteral("due_diligence"),
                QStringLiteral("due_diligence_date"),
                QStringLiteral("due_diligence_note"),
                QStringLiteral("contact"),
                QStringLiteral("notes")};
    case ImportKind::Contributions:
        return {
            QStringLiteral("date"),       QStringLiteral("donor"),    QStringLiteral("donor_kind"),
            QStringLiteral("country"),    QStringLiteral("type"),     QStringLiteral("amount"),
            QStringLiteral("currency"),   QStringLiteral("usd_rate"), QStringLiteral("publication"),
            QStringLiteral("conditions"), QStringLiteral("reference")};
    case ImportKind::Sponsorships:
        return {QStringLiteral("meeting"),
                QStringLiteral("applicant_name"),
                QStringLiteral("gender"),
                QStringLiteral("state"),
                QStringLiteral("ministry"),
                QStringLiteral("title"),
                QStringLiteral("capital_based"),
                QStringLiteral("contact"),
                QStringLiteral("criterion_a"),
                QStringLiteral("criterion_b"),
                QStringLiteral("criterion_c"),
                QStringLiteral("criterion_d"),
                QStringLiteral("criterion_e"),
                QStringLiteral("nominating_letter"),
                QStringLiteral("cost_override"),
                QStringLiteral("override_reason"),
                QStringLiteral("notes")};
    case ImportKind::Activities:
        return {QStringLiteral("reference"),
                QStringLiteral("applicant"),
                QStringLiteral("co_applicants"),
                QStringLiteral("partners"),
                QStringLiteral("title"),
                QStringLiteral("summary"),
                QStringLiteral("objectives"),
                QStringLiteral("expected_outputs"),
                QStringLiteral("outcomes"),
                QStringLiteral("start"),
                QStringLiteral("end"),
                QStringLiteral("requested"),
                QStringLiteral("currency"),
                QStringLiteral("co_funding"),
                QStringLiteral("co_funding_source"),
                QStringLiteral("needs_assessment"),
                QStringLiteral("needs_document"),
                QStringLiteral("focus_areas")};
    }
    return {};
}

} // namespace FundDesk::Core
