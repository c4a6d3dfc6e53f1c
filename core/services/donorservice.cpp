#include "core/services/donorservice.h"

#include "core/coretr.h"
#include "core/db/transactionguard.h"
#include "core/domain/language.h"
#include "core/repositories/contributionrepository.h"
#include "core/repositories/donorrepository.h"
#include "core/services/inputchecks.h"
#include "core/services/referencedataservice.h"

#include <QLocale>

#include <utility>

namespace FundDesk::Core {

namespace {

constexpr qsizetype kMaxNameLength = InputChecks::kMaxShortText;

const QString kKindField = QStringLiteral("kind");
const QString kNameField = QStringLiteral("name");
const QString kStateField = QStringLiteral("state");
const QString kCountryField = QStringLiteral("country");
const QString kDueDiligenceField = QStringLiteral("dueDiligence");
const QString kContactField = QStringLiteral("contact");
const QString kNotesField = QStringLiteral("notes");
const QString kDueDiligenceNoteField = QStringLiteral("dueDiligenceNote");

Error invalid(const QString &message, const QString &field, const QString &detail = {})
{
    return makeError(ErrorCode::InvalidInput, message, detail, field);
}

// What the form may leave loose: spaces, lower-case codes, a code in the field the kind does
// not use, and the default clearance of a non-governmental donor (¶14: pending until decided).
Donor normalized(Donor donor)
{
    donor.name = donor.name.trimmed();
    donor.stateIso3 = donor.stateIso3.trimmed().toUpper();
    donor.countryIso3 = donor.countryIso3.trimmed().toUpper();
    if (isStateDonor(donor.kind)) {
        donor.countryIso3.clear();
    } else {
        donor.stateIso3.clear();
    }
    if (needsDueDiligence(donor.kind) &&
        donor.dueDiligence.status == DueDiligenceStatus::NotRequired) {
        donor.dueDiligence.status = DueDiligenceStatus::Pending;
    }
    return donor;
}

QString stateName(const ReferenceDataService &reference, const QString &iso3)
{
    const QString name = reference.name(iso3, languageForLocale(QLocale()));
    return name.isEmpty() ? iso3 : name;
}

} // namespace

DonorService::DonorService(QSqlDatabase db, const ReferenceDataService &reference)
    : m_db(std::move(db)), m_reference(reference)
{}

Result<QList<Donor>> DonorService::all() const
{
    return DonorRepository(m_db).all();
}

Result<Donor> DonorService::find(DonorId id) const
{
    auto donor = DonorRepository(m_db).find(id);
    if (!donor) {
        return donor.error();
    }
    if (!donor->has_value()) {
        return makeError(ErrorCode::NotFound,
                         Tr::tr("The donor is no longer in the fund's database. Reload the list "
                                "of donors and try again."),
                         QStringLiteral("no donor with id %1").arg(id.value()));
    }
    return std::move(**donor);
}

Result<void> DonorService::validate(const Donor &input) const
{
    const Donor donor = normalized(input);
    if (donorKindKey(donor.kind).isEmpty()) {
        return invalid(Tr::tr("Choose what kind of donor this is."), kKindField,
                       QStringLiteral("donor kind %1").arg(int(donor.kind)));
    }

    if (isStateDonor(donor.kind)) {
        if (donor.stateIso3.isEmpty()) {
            return invalid(Tr::tr("Choose the State from the list."), kStateField);
        }
        const auto state = m_reference.state(donor.stateIso3);
        if (!state) {
            //: %1 is a code such as FRA
            return invalid(Tr::tr("“%1” is not a State of the reference list. Choose the State "
                                  "from the list.")
                               .arg(donor.stateIso3),
                           kStateField);
        }
        const QString name = stateName(m_reference, donor.stateIso3);
        if (donor.kind == DonorKind::MemberState && !state->member) {
            //: %1 is a State's name
            return invalid(Tr::tr("%1 is an observer State, not a Member State. Choose "
                                  "“Observer State” as the kind of donor, or another State.")
                               .arg(name),
                           kStateField);
        }
        if (donor.kind == DonorKind::ObserverState && state->member) {
            //: %1 is a State's name
            return invalid(Tr::tr("%1 is a Member State, not an observer State. Choose "
                                  "“Member State” as the kind of donor, or another State.")
                               .arg(name),
                           kStateField);
        }
        const auto existing = DonorRepository(m_db).findByState(donor.stateIso3);
        if (!existing) {
            return existing.error();
        }
        if (existing->has_value() && (*existing)->id != donor.id) {
            //: %1 is a State's name
            return makeError(ErrorCode::Conflict,
                             Tr::tr("%1 already has a donor record, and a State has only one. "
                                    "Choose that record instead of adding a new one.")
                                 .arg(name),
                             QStringLiteral("donor %1 already holds state %2")
                                 .arg(QString::number((*existing)->id.value()), donor.stateIso3),
                             kStateField);
        }
    } else {
        if (InputChecks::isBlank(donor.name)) {
            return invalid(Tr::tr("Enter the donor's name."), kNameField);
        }
        if (donor.name.size() > kMaxNameLength) {
            return invalid(Tr::tr("The donor's name is %1 characters long. Shorten it to at most "
                                  "%2 characters.")
                               .arg(donor.name.size())
                               .arg(kMaxNameLength),
                           kNameField);
        }
        if (!donor.countryIso3.isEmpty() && !m_reference.contains(donor.countryIso3)) {
            //: %1 is a code such as FRA
            return invalid(Tr::tr("“%1” is not a country of the reference list. Choose the "
                                  "country from the list, or leave it empty.")
                               .arg(donor.countryIso3),
                           kCountryField);
        }
    }

    if (auto error =
            InputChecks::tooLong(donor.contact, InputChecks::kMaxLongText, kContactField)) {
        return *error;
    }
    if (auto error = InputChecks::tooLong(donor.notes, InputChecks::kMaxLongText, kNotesField)) {
        return *error;
    }
    if (auto error = InputChecks::tooLong(donor.dueDiligence.note, InputChecks::kMaxLongText,
                                          kDueDiligenceNoteField)) {
        return *error;
    }
    if (auto error = InputChecks::implausibleDate(donor.dueDiligence.date, kDueDiligenceField)) {
        return *error;
    }

    const DueDiligenceStatus status = donor.dueDiligence.status;
    if (!needsDueDiligence(donor.kind) && status != DueDiligenceStatus::NotRequired) {
        //: %1 is a kind of donor, such as "Member State"
        return invalid(Tr::tr("A donor of the kind “%1” needs no due-diligence clearance. Set "
                              "the clearance to “Not required”.")
                           .arg(donorKindDisplayName(donor.kind)),
                       kDueDiligenceField);
    }
    if ((status == DueDiligenceStatus::Cleared || status == DueDiligenceStatus::Declined) &&
        !donor.dueDiligence.date.isValid()) {
        //: %1 is a due-diligence status: "Cleared" or "Declined"
        return invalid(Tr::tr("Enter the date of the due-diligence decision (%1).")
                           .arg(dueDiligenceDisplayName(status)),
                       kDueDiligenceField);
    }
    return {};
}

Result<DonorId> DonorService::add(Donor donor)
{
    donor = normalized(std::move(donor));
    donor.id = DonorId();
    TransactionGuard transaction(m_db);
    if (!transaction.isActive()) {
        return transaction.beginError();
    }
    if (auto valid = validate(donor); !valid) {
        return valid.error();
    }
    if (isStateDonor(donor.kind)) {
        donor.name = m_reference.name(donor.stateIso3, Language::English);
    }
    auto id = DonorRepository(m_db).insert(donor);
    if (!id) {
        return id.error();
    }
    if (auto committed = transaction.commit(); !committed) {
        return committed.error();
    }
    return id;
}

Result<void> DonorService::update(Donor donor)
{
    donor = normalized(std::move(donor));
    TransactionGuard transaction(m_db);
    if (!transaction.isActive()) {
        return transaction.beginError();
    }
    if (auto existing = find(donor.id); !existing) {
        return existing.error();
    }
    if (auto valid = validate(donor); !valid) {
        return valid;
    }
    if (isStateDonor(donor.kind)) {
        donor.name = m_reference.name(donor.stateIso3, Language::English);
    }
    if (auto updated = DonorRepository(m_db).update(donor); !updated) {
        return updated;
    }
    return transaction.commit();
}

Result<void> DonorService::remove(DonorId id)
{
    TransactionGuard transaction(m_db);
    if (!transaction.isActive()) {
        return transaction.beginError();
    }
    const auto donor = find(id);
    if (!donor) {
        return donor.error();
    }
    const auto contributions = ContributionRepository(m_db).countForDonor(id);
    if (!contributions) {
        return contributions.error();
    }
    if (*contributions > 0) {
        //: %1 is the donor's name
        return makeError(ErrorCode::RuleViolation,
                         Tr::tr("%1 has %n contribution(s) recorded, so the donor cannot be "
                                "deleted: the fund's books must keep who gave what. Delete the "
                                "contributions first if they were entered by mistake.",
                                nullptr, *contributions)
                             .arg(donor->name),
                         QStringLiteral("donor %1 has %2 contributions")
                             .arg(QString::number(id.value()), QString::number(*contributions)));
    }
    if (auto removed = DonorRepository(m_db).remove(id); !removed) {
        return removed;
    }
    return transaction.commit();
}

Result<Donor> DonorService::stateDonor(const QString &iso3)
{
    const QString code = iso3.trimmed().toUpper();
    const auto state = m_reference.state(code);
    if (!state) {
        //: %1 is a code such as FRA
        return invalid(Tr::tr("“%1” is not a State of the reference list. Choose the State "
                              "from the list.")
                           .arg(code),
                       kStateField);
    }
    const auto existing = DonorRepository(m_db).findByState(code);
    if (!existing) {
        return existing.error();
    }
    if (existing->has_value()) {
        return **existing;
    }
    Donor donor;
    donor.kind = state->member ? DonorKind::MemberState : DonorKind::ObserverState;
    donor.stateIso3 = code;
    auto id = add(donor);
    if (!id) {
        return id.error();
    }
    return find(*id);
}

} // namespace FundDesk::Core
