#include "ui/dialogs/meetingdialog.h"

#include "core/domain/moneyformat.h"
#include "core/services/fundservices.h"
#include "core/services/sponsorshipcost.h"
#include "ui/dialogs/fielderrors.h"
#include "ui/dialogs/leadingalignment.h"
#include "ui/dialogs/sponsorshipmoneyfield.h"
#include "ui/logging.h"
#include "ui/uitr.h"
#include "ui/widgets/formscrollarea.h"

#include <QDateEdit>
#include <QDialogButtonBox>
#include <QEvent>
#include <QFormLayout>
#include <QGridLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QSpinBox>
#include <QVBoxLayout>

namespace FundDesk::Ui {

namespace {

QLineEdit *lineEdit(const QString &name, QWidget *parent)
{
    auto *edit = new QLineEdit(parent);
    edit->setObjectName(name);
    return edit;
}

QSpinBox *daysBox(const QString &name, QWidget *parent)
{
    auto *box = new QSpinBox(parent);
    box->setObjectName(name);
    box->setRange(0, 366);
    return box;
}

} // namespace

MeetingDialog::MeetingDialog(Core::FundServices &services, QWidget *parent)
    : QDialog(parent), m_services(services), m_errors(new FieldErrors(this))
{
    setObjectName(QStringLiteral("meetingDialog"));
    buildWidgets();
    retranslateUi();
    updatePerDelegate();
    // Wide enough for a meeting's full name. The form scrolls rather than squeezing its rows
    // when the text is large (150 %) or an error shown under a field makes it taller.
    resize(qMax(sizeHint().width(), 560), sizeHint().height());
}

QWidget *MeetingDialog::airfareGrid()
{
    // One row per region of origin: the label names the region, the box takes USD.
    auto *grid = new QWidget(this);
    auto *layout = new QFormLayout(grid);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    for (const Core::Region region : Core::allRegions()) {
        QLineEdit *edit = SponsorshipMoneyField::create(
            QStringLiteral("airfareEdit_") + Core::regionKey(region), grid);
        auto *label = new QLabel(grid);
        label->setBuddy(edit);
        layout->addRow(label, edit);
        m_airfare.insert(region, edit);
        m_airfareLabels.insert(region, label);
        connect(edit, &QLineEdit::textChanged, this, &MeetingDialog::updatePerDelegate);
    }
    return grid;
}

void MeetingDialog::buildWidgets()
{
    m_reference = lineEdit(QStringLiteral("referenceEdit"), this);
    m_name = lineEdit(QStringLiteral("nameEdit"), this);
    m_city = lineEdit(QStringLiteral("cityEdit"), this);
    const QDate today = QDate::currentDate();
    m_start = new QDateEdit(today.addMonths(3), this);
    m_start->setObjectName(QStringLiteral("startEdit"));
    m_start->setCalendarPopup(true);
    m_end = new QDateEdit(today.addMonths(3).addDays(4), this);
    m_end->setObjectName(QStringLiteral("endEdit"));
    m_end->setCalendarPopup(true);
    m_formalDays = daysBox(QStringLiteral("formalDaysBox"), this);
    m_formalDays->setValue(5);
    m_dsaRate = SponsorshipMoneyField::create(QStringLiteral("dsaRateEdit"), this);
    m_dsaDays = daysBox(QStringLiteral("dsaDaysBox"), this);
    m_dsaDays->setValue(6);
    m_terminal = SponsorshipMoneyField::create(QStringLiteral("terminalEdit"), this);
    m_perDelegate = new QLabel(this);
    m_perDelegate->setObjectName(QStringLiteral("perDelegateLabel"));
    m_perDelegate->setWordWrap(true);
    m_perDelegate->setTextFormat(Qt::PlainText);
    LeadingAlignment::keep(m_perDelegate);
    QWidget *airfares = airfareGrid();

    auto *formWidget = new QWidget(this);
    formWidget->setObjectName(QStringLiteral("meetingForm"));
    auto *form = new QFormLayout(formWidget);
    form->setContentsMargins(0, 0, 0, 0);
    form->setRowWrapPolicy(QFormLayout::WrapLongRows);
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    const QList<std::pair<QString, QWidget *>> rows{
        {QStringLiteral("reference"), m_reference},
        {QStringLiteral("name"), m_name},
        {QStringLiteral("city"), m_city},
        {QStringLiteral("start"), m_start},
        {QStringLiteral("end"), m_end},
        {QStringLiteral("formalDays"), m_formalDays},
        {QStringLiteral("airfare"), airfares},
        {QStringLiteral("dsaRate"), m_dsaRate},
        {QStringLiteral("dsaDays"), m_dsaDays},
        {QStringLiteral("terminal"), m_terminal},
        {QStringLiteral("_perDelegate"), m_perDelegate}};
    for (const auto &[field, editor] : rows) {
        // One line: a long label gets a row of its own above its field (WrapLongRows); a
        // wrapping label in a form's label column is given one line's height and is cut.
        auto *label = new QLabel(this);
        if (field != QLatin1String("airfare")) {
            label->setBuddy(editor);
        } else {
            label->setBuddy(m_airfare.first());
            label->setAlignment(Qt::AlignLeading | Qt::AlignTop);
        }
        QWidget *row =
            field.startsWith(u'_')
                ? editor
                : m_errors->wrap(field, editor,
                                 field == QLatin1String("airfare") ? m_airfare.first() : nullptr);
        if (field == QLatin1String("airfare")) {
            // The longest label, over the whole width: the other labels keep a narrow column.
            form->addRow(label);
            form->addRow(row);
        } else {
            form->addRow(label, row);
        }
        m_labels.insert(field, label);
    }
    for (QLineEdit *edit : {m_dsaRate, m_terminal}) {
        connect(edit, &QLineEdit::textChanged, this, &MeetingDialog::updatePerDelegate);
    }
    connect(m_dsaDays, &QSpinBox::valueChanged, this, &MeetingDialog::updatePerDelegate);

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &MeetingDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &MeetingDialog::reject);

    // Reading order: the airfare boxes were made after the fields below them.
    QList<QWidget *> order{m_reference, m_name, m_city, m_start, m_end, m_formalDays};
    for (const Core::Region region : Core::allRegions()) {
        order.append(m_airfare.value(region));
    }
    order << m_dsaRate << m_dsaDays << m_terminal;
    for (qsizetype i = 1; i < order.size(); ++i) {
        setTabOrder(order.at(i - 1), order.at(i));
    }

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(new FormScrollArea(formWidget, this), 1);
    layout->addWidget(m_errors->generalLabel());
    layout->addWidget(m_buttons);
}

void MeetingDialog::setMeeting(const Core::Meeting &meeting)
{
    m_original = meeting;
    m_reference->setText(meeting.reference);
    m_name->setText(meeting.name);
    m_city->setText(meeting.city);
    m_start->setDate(meeting.start);
    m_end->setDate(meeting.end);
    m_formalDays->setValue(meeting.formalMeetingDays);
    for (auto it = m_airfare.cbegin(); it != m_airfare.cend(); ++it) {
        const auto fare = meeting.norms.airfare.constFind(it.key());
        SponsorshipMoneyField::show(it.value(), fare != meeting.norms.airfare.cend()
                                                    ? std::optional<Core::Money>(*fare)
                                                    : std::nullopt);
    }
    SponsorshipMoneyField::show(m_dsaRate, meeting.norms.dsaDailyRate);
    m_dsaDays->setValue(meeting.norms.dsaDays);
    SponsorshipMoneyField::show(m_terminal, meeting.norms.terminalExpenses);
    retranslateUi();
}

Core::Result<Core::Meeting> MeetingDialog::meeting() const
{
    Core::Meeting m = m_original;
    m.reference = m_reference->text().trimmed();
    m.name = m_name->text().trimmed();
    m.city = m_city->text().trimmed();
    m.start = m_start->date();
    m.end = m_end->date();
    m.formalMeetingDays = m_formalDays->value();
    m.norms.airfare.clear();
    for (auto it = m_airfare.cbegin(); it != m_airfare.cend(); ++it) {
        auto fare = SponsorshipMoneyField::read(it.value(), QStringLiteral("airfare"),
                                                m_airfareLabels.value(it.key())->text());
        if (!fare) {
            return fare.error();
        }
        if (*fare) {
            m.norms.airfare.insert(it.key(), **fare);
        }
    }
    const auto amount = [this](QLineEdit *edit, const char *field) {
        return SponsorshipMoneyField::read(edit, QString::fromLatin1(field),
                                           m_labels.value(QString::fromLatin1(field))->text());
    };
    auto rate = amount(m_dsaRate, "dsaRate");
    if (!rate) {
        return rate.error();
    }
    m.norms.dsaDailyRate = rate->value_or(Core::Money::usd(0));
    m.norms.dsaDays = m_dsaDays->value();
    auto terminal = amount(m_terminal, "terminal");
    if (!terminal) {
        return terminal.error();
    }
    m.norms.terminalExpenses = terminal->value_or(Core::Money::usd(0));
    return m;
}

void MeetingDialog::updatePerDelegate()
{
    const auto read = meeting();
    if (!read) {
        m_perDelegate->setText(read.error().message);
        return;
    }
    // The cheapest and the dearest region: what one delegate costs under these norms.
    std::optional<Core::Money> low;
    std::optional<Core::Money> high;
    for (const Core::Region region : Core::allRegions()) {
        const auto cost = Core::SponsorshipCost::estimate(read->norms, region);
        if (!cost) {
            m_perDelegate->setText(cost.error().message);
            return;
        }
        if (!low || cost->minor() < low->minor()) {
            low = *cost;
        }
        if (!high || cost->minor() > high->minor()) {
            high = *cost;
        }
    }
    const QLocale locale;
    //: Live under the cost norms: %1 the cheapest, %2 the dearest estimate for one delegate
    m_perDelegate->setText(Tr::tr("One delegate: from %1 to %2 by region of origin")
                               .arg(Core::MoneyFormat::format(*low, locale),
                                    Core::MoneyFormat::format(*high, locale)));
}

void MeetingDialog::accept()
{
    m_errors->clear();
    auto meeting = this->meeting();
    if (!meeting) {
        m_errors->show(meeting.error());
        return;
    }
    if (auto valid = m_services.meetings().validate(*meeting); !valid) {
        m_errors->show(valid.error());
        return;
    }
    if (m_original.id.isValid()) {
        if (auto updated = m_services.meetings().update(*meeting); !updated) {
            qCWarning(lcUi) << "meeting not updated:" << updated.error().detail;
            m_errors->show(updated.error());
            return;
        }
        m_stored = m_original.id;
    } else {
        auto added = m_services.meetings().add(*meeting);
        if (!added) {
            qCWarning(lcUi) << "meeting not added:" << added.error().detail;
            m_errors->show(added.error());
            return;
        }
        m_stored = *added;
    }
    QDialog::accept();
}

void MeetingDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslateUi();
    }
    QDialog::changeEvent(event);
}

void MeetingDialog::retranslateUi()
{
    setWindowTitle(m_original.id.isValid()
                       //: Title of the meeting form; %1 is its reference such as PM-2026-1
                       ? Tr::tr("Meeting %1").arg(m_original.reference)
                       : Tr::tr("New Meeting"));
    const auto label = [this](const QString &field, const QString &text) {
        m_labels.value(field)->setText(text);
    };
    label(QStringLiteral("reference"), Tr::tr("&Reference:"));
    label(QStringLiteral("name"), Tr::tr("&Name:"));
    label(QStringLiteral("city"), Tr::tr("&City:"));
    //: Form label: the first day of the meeting
    label(QStringLiteral("start"), Tr::tr("&First day:"));
    label(QStringLiteral("end"), Tr::tr("&Last day:"));
    //: Form label: the days of formal meetings a sponsored delegate attends (¶21d)
    label(QStringLiteral("formalDays"), Tr::tr("Formal &meeting days:"));
    //: Form label above the return airfare estimated per region the delegate travels from
    label(QStringLiteral("airfare"), Tr::tr("Airfare by region of origin (USD):"));
    //: Form label: the daily subsistence allowance rate, in USD
    label(QStringLiteral("dsaRate"), Tr::tr("&DSA rate per day (USD):"));
    //: Form label: how many days of daily subsistence allowance are paid
    label(QStringLiteral("dsaDays"), Tr::tr("DSA da&ys:"));
    //: Form label: the terminal expenses of the trip, in USD
    label(QStringLiteral("terminal"), Tr::tr("&Terminal expenses (USD):"));
    //: Form label: what one delegate costs under these norms
    label(QStringLiteral("_perDelegate"), Tr::tr("Per delegate:"));
    for (auto it = m_airfareLabels.cbegin(); it != m_airfareLabels.cend(); ++it) {
        //: Form label of one airfare box; %1 is a region such as Africa
        it.value()->setText(Tr::tr("%1:").arg(Core::regionDisplayName(it.key())));
        //: Accessible name of an airfare box; %1 is a region such as Africa
        m_airfare.value(it.key())->setAccessibleName(
            Tr::tr("Airfare from %1 in USD").arg(Core::regionDisplayName(it.key())));
    }
    m_reference->setPlaceholderText(Tr::tr("Such as PM-2026-1"));
    for (auto it = m_labels.cbegin(); it != m_labels.cend(); ++it) {
        QWidget *buddy = it.value()->buddy();
        if (buddy && it.key() != QLatin1String("airfare")) {
            QString name = it.value()->text();
            name.remove(u'&');
            if (name.endsWith(u':')) {
                name.chop(1);
            }
            buddy->setAccessibleName(name);
        }
    }
    updatePerDelegate();
}

} // namespace FundDesk::Ui
