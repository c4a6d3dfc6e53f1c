#include "ui/dialogs/donordialog.h"

#include "core/domain/language.h"
#include "core/services/fundservices.h"
#include "core/services/referencedataservice.h"
#include "ui/dialogs/fielderrors.h"
#include "ui/uitr.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QEvent>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPlainTextEdit>
#include <QVBoxLayout>

namespace FundDesk::Ui {

namespace {

void selectData(QComboBox *combo, const QVariant &value)
{
    const int index = combo->findData(value);
    if (index >= 0) {
        combo->setCurrentIndex(index);
    }
}

} // namespace

DonorDialog::DonorDialog(Core::FundServices &services, QWidget *parent)
    : QDialog(parent), m_services(services), m_errors(new FieldErrors(this))
{
    setObjectName(QStringLiteral("donorDialog"));
    buildForm();
    retranslateUi();
    updateKindRows();
    updateDueDiligenceDate();
}

void DonorDialog::buildForm()
{
    m_kind = new QComboBox(this);
    m_kind->setObjectName(QStringLiteral("kindCombo"));
    for (Core::DonorKind kind : Core::allDonorKinds()) {
        m_kind->addItem(QString(), int(kind));
    }
    m_state = new QComboBox(this);
    m_state->setObjectName(QStringLiteral("stateCombo"));
    m_name = new QLineEdit(this);
    m_name->setObjectName(QStringLiteral("nameEdit"));
    m_country = new QComboBox(this);
    m_country->setObjectName(QStringLiteral("countryCombo"));
    m_ddStatus = new QComboBox(this);
    m_ddStatus->setObjectName(QStringLiteral("dueDiligenceCombo"));
    for (Core::DueDiligenceStatus status : Core::allDueDiligenceStatuses()) {
        m_ddStatus->addItem(QString(), int(status));
    }
    m_ddDate = new QDateEdit(QDate::currentDate(), this);
    m_ddDate->setObjectName(QStringLiteral("dueDiligenceDateEdit"));
    m_ddDate->setCalendarPopup(true);
    m_ddNote = new QLineEdit(this);
    m_ddNote->setObjectName(QStringLiteral("dueDiligenceNoteEdit"));
    m_contact = new QLineEdit(this);
    m_contact->setObjectName(QStringLiteral("contactEdit"));
    m_notes = new QPlainTextEdit(this);
    m_notes->setObjectName(QStringLiteral("notesEdit"));
    m_notes->setTabChangesFocus(true);

    const auto label = [this](QWidget *buddy) {
        auto *l = new QLabel(this);
        l->setBuddy(buddy);
        l->setWordWrap(true);
        return l;
    };
    m_kindLabel = label(m_kind);
    m_stateLabel = label(m_state);
    m_nameLabel = label(m_name);
    m_countryLabel = label(m_country);
    m_ddStatusLabel = label(m_ddStatus);
    m_ddDateLabel = label(m_ddDate);
    m_ddNoteLabel = label(m_ddNote);
    m_contactLabel = label(m_contact);
    m_notesLabel = label(m_notes);

    m_form = new QFormLayout;
    m_form->setRowWrapPolicy(QFormLayout::WrapLongRows);
    m_form->addRow(m_kindLabel, m_errors->wrap(QStringLiteral("kind"), m_kind));
    m_stateRow = m_errors->wrap(QStringLiteral("state"), m_state);
    m_form->addRow(m_stateLabel, m_stateRow);
    m_nameRow = m_errors->wrap(QStringLiteral("name"), m_name);
    m_form->addRow(m_nameLabel, m_nameRow);
    m_countryRow = m_errors->wrap(QStringLiteral("country"), m_country);
    m_form->addRow(m_countryLabel, m_countryRow);
    m_form->addRow(m_ddStatusLabel, m_errors->wrap(QStringLiteral("dueDiligence"), m_ddStatus));
    m_form->addRow(m_ddDateLabel, m_ddDate);
    m_form->addRow(m_ddNoteLabel, m_errors->wrap(QStringLiteral("dueDiligenceNote"), m_ddNote));
    m_form->addRow(m_contactLabel, m_errors->wrap(QStringLiteral("contact"), m_contact));
    m_form->addRow(m_notesLabel, m_errors->wrap(QStringLiteral("notes"), m_notes));

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &DonorDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &DonorDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(m_form);
    layout->addWidget(m_errors->generalLabel());
    layout->addWidget(m_buttons);

    connect(m_kind, &QComboBox::currentIndexChanged, this, &DonorDialog::updateKindRows);
    connect(m_ddStatus, &QComboBox::currentIndexChanged, this,
            &DonorDialog::updateDueDiligenceDate);
}

void DonorDialog::fillStates()
{
    const auto kind = Core::DonorKind(m_kind->currentData().toInt());
    const Core::Language language = Core::languageForLocale(QLocale());
    const Core::ReferenceDataService &reference = m_services.reference();

    const QString chosenState = m_state->currentData().toString();
    m_state->clear();
    const QList<Core::State> states = Core::ReferenceDataService::sortedByName(
        language,
        kind == Core::DonorKind::ObserverState ? reference.observers() : reference.members());
    for (const Core::State &state : states) {
        m_state->addItem(state.name(language), state.iso3);
    }
    selectData(m_state, chosenState);

    const QString chosenCountry = m_country->currentData().toString();
    m_country->clear();
    //: Country of a non-State donor: none chosen
    m_country->addItem(Tr::tr("(None)"), QString());
    for (const Core::State &state :
         Core::ReferenceDataService::sortedByName(language, reference.all())) {
        m_country->addItem(state.name(language), state.iso3);
    }
    selectData(m_country, chosenCountry);
}

void DonorDialog::updateKindRows()
{
    const auto kind = Core::DonorKind(m_kind->currentData().toInt());
    const bool state = Core::isStateDonor(kind);
    fillStates();
    m_form->setRowVisible(m_stateRow, state);
    m_form->setRowVisible(m_nameRow, !state);
    m_form->setRowVisible(m_countryRow, !state);

    const bool dd = Core::needsDueDiligence(kind);
    const auto status = Core::DueDiligenceStatus(m_ddStatus->currentData().toInt());
    if (!dd) {
        selectData(m_ddStatus, int(Core::DueDiligenceStatus::NotRequired));
    } else if (status == Core::DueDiligenceStatus::NotRequired) {
        // ¶14: a non-governmental donor is pending until the UN decides.
        selectData(m_ddStatus, int(Core::DueDiligenceStatus::Pending));
    }
    m_ddStatus->setEnabled(dd);
    m_ddNote->setEnabled(dd);
    updateDueDiligenceDate();
}

void DonorDialog::updateDueDiligenceDate()
{
    const auto status = Core::DueDiligenceStatus(m_ddStatus->currentData().toInt());
    m_ddDate->setEnabled(status == Core::DueDiligenceStatus::Cleared ||
                         status == Core::DueDiligenceStatus::Declined);
}

void DonorDialog::setDonor(const Core::Donor &donor)
{
    m_original = donor;
    selectData(m_kind, int(donor.kind));
    updateKindRows();
    selectData(m_state, donor.stateIso3);
    m_name->setText(donor.name);
    selectData(m_country, donor.countryIso3);
    selectData(m_ddStatus, int(donor.dueDiligence.status));
    if (donor.dueDiligence.date.isValid()) {
        m_ddDate->setDate(donor.dueDiligence.date);
    }
    m_ddNote->setText(donor.dueDiligence.note);
    m_contact->setText(donor.contact);
    m_notes->setPlainText(donor.notes);
    updateDueDiligenceDate();
    retranslateUi();
}

Core::Donor DonorDialog::donor() const
{
    Core::Donor donor = m_original;
    donor.kind = Core::DonorKind(m_kind->currentData().toInt());
    if (Core::isStateDonor(donor.kind)) {
        donor.stateIso3 = m_state->currentData().toString();
        donor.countryIso3.clear();
    } else {
        donor.stateIso3.clear();
        donor.name = m_name->text().trimmed();
        donor.countryIso3 = m_country->currentData().toString();
    }
    donor.dueDiligence.status = Core::DueDiligenceStatus(m_ddStatus->currentData().toInt());
    donor.dueDiligence.date = m_ddDate->isEnabled() ? m_ddDate->date() : QDate();
    donor.dueDiligence.note = m_ddNote->isEnabled() ? m_ddNote->text().trimmed() : QString();
    donor.contact = m_contact->text().trimmed();
    donor.notes = m_notes->toPlainText().trimmed();
    return donor;
}

void DonorDialog::accept()
{
    m_errors->clear();
    const Core::Donor edited = donor();
    if (auto valid = m_services.donors().validate(edited); !valid) {
        m_errors->show(valid.error());
        return;
    }
    if (edited.id.isValid()) {
        if (auto updated = m_services.donors().update(edited); !updated) {
            m_errors->show(updated.error());
            return;
        }
        m_stored = edited.id;
    } else {
        auto added = m_services.donors().add(edited);
        if (!added) {
            m_errors->show(added.error());
            return;
        }
        m_stored = *added;
    }
    QDialog::accept();
}

void DonorDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslateUi();
        fillStates();
    }
    QDialog::changeEvent(event);
}

void DonorDialog::retranslateUi()
{
    setWindowTitle(m_original.id.isValid() ? Tr::tr("Edit Donor") : Tr::tr("Add Donor"));
    for (int i = 0; i < m_kind->count(); ++i) {
        m_kind->setItemText(
            i, Core::donorKindDisplayName(Core::DonorKind(m_kind->itemData(i).toInt())));
    }
    for (int i = 0; i < m_ddStatus->count(); ++i) {
        m_ddStatus->setItemText(i, Core::dueDiligenceDisplayName(
                                       Core::DueDiligenceStatus(m_ddStatus->itemData(i).toInt())));
    }
    const std::pair<QLabel *, QString> labels[] = {
        //: Form label: what kind of donor (Member State, foundation …)
        {m_kindLabel, Tr::tr("&Kind:")},
        //: Form label: the donor State, chosen from the reference list
        {m_stateLabel, Tr::tr("&State:")},
        //: Form label: the name of a non-State donor
        {m_nameLabel, Tr::tr("&Name:")},
        //: Form label: the country a non-State donor is based in (optional)
        {m_countryLabel, Tr::tr("&Country (optional):")},
        //: Form label: the UN's due-diligence clearance of the donor (¶14)
        {m_ddStatusLabel, Tr::tr("&Due diligence:")},
        //: Form label: the date the due-diligence decision was taken
        {m_ddDateLabel, Tr::tr("Decision &date:")},
        //: Form label: a note on the due-diligence decision
        {m_ddNoteLabel, Tr::tr("Decision n&ote:")},
        //: Form label: the donor's contact person or address
        {m_contactLabel, Tr::tr("Con&tact:")},
        //: Form label: free notes on the donor
        {m_notesLabel, Tr::tr("N&otes:")},
    };
    for (const auto &[label, text] : labels) {
        label->setText(text);
        // The accessible name without the mnemonic ampersand.
        QString plain = text;
        plain.remove(u'&');
        plain.remove(u':');
        label->buddy()->setAccessibleName(plain.trimmed());
    }
}

} // namespace FundDesk::Ui
