#include "ui/pages/slatepanel.h"

#include "core/domain/language.h"
#include "core/services/fundservices.h"
#include "core/services/slate/slatebuilder.h"
#include "ui/dialogs/leadingalignment.h"
#include "ui/dialogs/sponsorshipmoneyfield.h"
#include "ui/documents/exportpacketdialog.h"
#include "ui/logging.h"
#include "ui/models/modelroles.h"
#include "ui/models/slatelistmodel.h"
#include "ui/pages/slatefiguresbox.h"
#include "ui/uitr.h"

#include <QAction>
#include <QComboBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMessageBox>
#include <QProgressBar>
#include <QPushButton>
#include <QSettings>
#include <QSpinBox>
#include <QSplitter>
#include <QTableView>
#include <QThread>
#include <QVBoxLayout>

#include <memory>

namespace FundDesk::Ui {

namespace {

// The scenario combo's data: the seats of a ¶20 scenario, or 0 for any other number.
constexpr int kOtherSeats = 0;

const auto kSplitterKey = QStringLiteral("sponsorships/slateSplitter");

QLabel *heading(const QString &name, QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setObjectName(name);
    QFont font = label->font();
    font.setBold(true);
    label->setFont(font);
    label->setWordWrap(true);
    LeadingAlignment::keep(label);
    return label;
}

} // namespace

SlatePanel::SlatePanel(Core::FundServices &services, QWidget *parent)
    : QWidget(parent),
      m_services(services),
      m_selectedModel(new SlateListModel(SlateListModel::Side::Selected, this)),
      m_leftOutModel(new SlateListModel(SlateListModel::Side::LeftOut, this))
{
    setObjectName(QStringLiteral("slatePanel"));
    buildWidgets();
    retranslateUi();
    m_figures->clear();
}

SlatePanel::~SlatePanel()
{
    // The worker only reads its own copies; wait for it so none outlives the panel.
    if (m_thread) {
        m_thread->disconnect(this);
        m_thread->wait();
        delete m_thread;
    }
    QSettings().setValue(kSplitterKey, m_splitter->saveState());
}

QTableView *SlatePanel::makeView(SlateListModel *model, const QString &name)
{
    auto *view = new QTableView(this);
    view->setObjectName(name);
    view->setModel(model);
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->setSelectionMode(QAbstractItemView::SingleSelection);
    view->setAlternatingRowColors(true);
    view->setWordWrap(false);
    view->verticalHeader()->setVisible(false);
    // Not stretched: a stretched last column keeps its old width when the others fill the
    // view, narrower than a long title; sized to contents, every column fits its title.
    view->horizontalHeader()->setStretchLastSection(false);
    view->setTabKeyNavigation(false);
    connect(model, &QAbstractItemModel::modelReset, view, &QTableView::resizeColumnsToContents);
    connect(model, &SlateListModel::pinRequested, this, &SlatePanel::setPinned);
    connect(model, &SlateListModel::excludeRequested, this, &SlatePanel::setExcluded);
    addKeyActions(view);
    return view;
}

void SlatePanel::addKeyActions(QTableView *view)
{
    // Widget shortcuts: they act only while this list has focus; the same actions make the
    // context menu.
    auto *pin = new QAction(view);
    pin->setObjectName(QStringLiteral("pinAction"));
    pin->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_P));
    pin->setShortcutContext(Qt::WidgetShortcut);
    connect(pin, &QAction::triggered, this, [this, view] { toggleCurrent(view, true); });
    auto *exclude = new QAction(view);
    exclude->setObjectName(QStringLiteral("excludeAction"));
    exclude->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_E));
    exclude->setShortcutContext(Qt::WidgetShortcut);
    connect(exclude, &QAction::triggered, this, [this, view] { toggleCurrent(view, false); });
    view->addAction(pin);
    view->addAction(exclude);
    view->setContextMenuPolicy(Qt::ActionsContextMenu);
}

void SlatePanel::buildWidgets()
{
    m_scenarioLabel = new QLabel(this);
    m_scenario = new QComboBox(this);
    m_scenario->setObjectName(QStringLiteral("scenarioCombo"));
    m_scenario->addItem(QString(), Core::SlateRequest::smallScaleSeats);
    m_scenario->addItem(QString(), Core::SlateRequest::mediumScaleSeats);
    m_scenario->addItem(QString(), kOtherSeats);
    m_scenario->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_seatsLabel = new QLabel(this);
    m_seats = new QSpinBox(this);
    m_seats->setObjectName(QStringLiteral("seatsBox"));
    m_seats->setRange(1, Core::SlateRequest::maximumSeats);
    m_seats->setValue(Core::SlateRequest::smallScaleSeats);
    m_budgetLabel = new QLabel(this);
    m_budget = SponsorshipMoneyField::create(QStringLiteral("budgetEdit"), this);
    m_propose = new QPushButton(this);
    m_propose->setObjectName(QStringLiteral("proposeButton"));
    m_propose->setDefault(false);
    m_clearPins = new QPushButton(this);
    m_clearPins->setObjectName(QStringLiteral("clearPinsButton"));
    m_packet = new QPushButton(this);
    m_packet->setObjectName(QStringLiteral("slatePacketButton"));
    m_packet->setEnabled(false); // until a meeting is chosen
    m_busy = new QProgressBar(this);
    m_busy->setObjectName(QStringLiteral("slateBusy"));
    m_busy->setRange(0, 0);
    m_busy->setTextVisible(false);
    m_busy->hide();
    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("slateMessage"));
    m_message->setWordWrap(true);
    m_message->setTextFormat(Qt::PlainText);
    LeadingAlignment::keep(m_message);
    m_scenarioLabel->setBuddy(m_scenario);
    m_seatsLabel->setBuddy(m_seats);
    m_budgetLabel->setBuddy(m_budget);

    auto *inputs = new QHBoxLayout;
    inputs->addWidget(m_scenarioLabel);
    inputs->addWidget(m_scenario);
    inputs->addSpacing(12);
    inputs->addWidget(m_seatsLabel);
    inputs->addWidget(m_seats);
    inputs->addSpacing(12);
    inputs->addWidget(m_budgetLabel);
    inputs->addWidget(m_budget, 1);
    inputs->addSpacing(12);
    inputs->addWidget(m_propose);
    inputs->addWidget(m_clearPins);
    inputs->addWidget(m_packet);
    inputs->addWidget(m_busy);

    m_selectedHeading = heading(QStringLiteral("selectedHeading"), this);
    m_leftOutHeading = heading(QStringLiteral("leftOutHeading"), this);
    m_selectedView = makeView(m_selectedModel, QStringLiteral("selectedView"));
    m_leftOutView = makeView(m_leftOutModel, QStringLiteral("leftOutView"));
    m_figures = new SlateFiguresBox(this);

    const auto column = [this](QLabel *label, QTableView *view) {
        auto *box = new QWidget(this);
        auto *layout = new QVBoxLayout(box);
        layout->setContentsMargins(0, 0, 0, 0);
        layout->addWidget(label);
        layout->addWidget(view, 1);
        return box;
    };
    auto *lists = new QSplitter(Qt::Vertical, this);
    lists->setChildrenCollapsible(false);
    lists->addWidget(column(m_selectedHeading, m_selectedView));
    lists->addWidget(column(m_leftOutHeading, m_leftOutView));
    auto *figures = new QWidget(this);
    auto *figuresLayout = new QVBoxLayout(figures);
    figuresLayout->setContentsMargins(0, 0, 0, 0);
    figuresLayout->addWidget(m_figures);
    figuresLayout->addStretch(1);
    m_splitter = new QSplitter(Qt::Horizontal, this);
    m_splitter->setObjectName(QStringLiteral("slateSplitter"));
    m_splitter->setChildrenCollapsible(false);
    m_splitter->addWidget(lists);
    m_splitter->addWidget(figures);
    m_splitter->setStretchFactor(0, 3);
    m_splitter->setStretchFactor(1, 1);
    m_splitter->restoreState(QSettings().value(kSplitterKey).toByteArray());

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(inputs);
    layout->addWidget(m_message);
    layout->addWidget(m_splitter, 1);

    connect(m_scenario, &QComboBox::activated, this, &SlatePanel::scenarioChosen);
    connect(m_seats, &QSpinBox::valueChanged, this, &SlatePanel::seatsChanged);
    connect(m_propose, &QPushButton::clicked, this, &SlatePanel::propose);
    connect(m_clearPins, &QPushButton::clicked, this, &SlatePanel::clearPins);
    connect(m_packet, &QPushButton::clicked, this, &SlatePanel::openSlatePacket);
    connect(m_budget, &QLineEdit::returnPressed, this, &SlatePanel::propose);
}

void SlatePanel::scenarioChosen()
{
    const int seats = m_scenario->currentData().toInt();
    if (seats != kOtherSeats) {
        m_seats->setValue(seats);
    } else {
        m_seats->setFocus(Qt::OtherFocusReason);
        m_seats->selectAll();
    }
}

void SlatePanel::seatsChanged()
{
    const int index = m_scenario->findData(m_seats->value());
    m_scenario->setCurrentIndex(index >= 0 ? index : m_scenario->findData(kOtherSeats));
}

void SlatePanel::setMeeting(Core::MeetingId meeting)
{
    m_meeting = meeting;
    m_packet->setEnabled(meeting.isValid());
    m_request.pinned.clear();
    m_request.excluded.clear();
    m_hasSlate = false;
    m_slate = {};
    m_selectedModel->clear();
    m_leftOutModel->clear();
    m_figures->clear();
    loadCandidates();
}

void SlatePanel::openSlatePacket()
{
    if (!m_meeting.isValid()) {
        return;
    }
    const auto meeting = m_services.meetings().find(m_meeting);
    if (!meeting) {
        QMessageBox::warning(this, Tr::tr("Slate packet"), meeting.error().message);
        return;
    }
    ExportPacketDialog dialog(m_services, ExportPacketDialog::Scope::MeetingSlate,
                              meeting->reference, this);
    dialog.exec();
}

void SlatePanel::reload()
{
    loadCandidates();
    // Pins of applicants no longer in the running are dropped.
    QSet<Core::SponsorshipId> present;
    for (const Core::SlateCandidate &candidate : std::as_const(m_candidates)) {
        present.insert(candidate.id);
    }
    m_request.pinned.intersect(present);
    m_request.excluded.intersect(present);
    if (m_hasSlate) {
        propose();
    }
}

void SlatePanel::loadCandidates()
{
    // A proposal still running for the old candidates is dropped when it ends.
    ++m_generation;
    m_candidates.clear();
    m_message->clear();
    if (!m_meeting.isValid()) {
        m_propose->setEnabled(false);
        return;
    }
    const auto candidates =
        m_services.slates().candidates(m_meeting, Core::languageForLocale(QLocale()));
    if (!candidates) {
        qCWarning(lcUi) << "slate candidates not loaded:" << candidates.error().detail;
        m_message->setText(candidates.error().message);
        m_propose->setEnabled(false);
        return;
    }
    m_candidates = *candidates;
    m_propose->setEnabled(!m_candidates.isEmpty());
    if (m_candidates.isEmpty()) {
        m_message->setText(
            Tr::tr("No application for this meeting is in the running yet: "
                   "submitted applications that meet ¶21 can be proposed."));
    }
}

void SlatePanel::propose()
{
    m_request.seats = m_seats->value();
    auto budget =
        SponsorshipMoneyField::read(m_budget, QStringLiteral("budget"), m_budgetLabel->text());
    if (!budget) {
        m_message->setText(budget.error().message);
        m_budget->setFocus(Qt::OtherFocusReason);
        return;
    }
    m_request.budget = *budget;
    if (auto valid = Core::SlatePlanner::validate(m_request); !valid) {
        m_message->setText(valid.error().message);
        return;
    }
    if (m_thread) {
        // The running proposal is already stale; one more run follows it with the latest pins.
        m_rerun = true;
        return;
    }
    run(m_request);
}

void SlatePanel::run(const Core::SlateRequest &request)
{
    m_message->clear();
    const QList<Core::SlateCandidate> candidates = m_candidates;
    const int generation = m_generation;
    auto result = std::make_shared<Core::Slate>();
    m_thread = QThread::create([candidates, request, result] {
        *result = Core::SlateBuilder::build(candidates, request);
    });
    m_thread->setObjectName(QStringLiteral("slateBuilder"));
    connect(m_thread, &QThread::finished, this, [this, generation, result] {
        m_thread->deleteLater();
        m_thread = nullptr;
        m_busy->hide();
        if (generation == m_generation) {
            showSlate(*result);
        }
        if (m_rerun) {
            m_rerun = false;
            propose();
            return;
        }
        emit proposed();
    });
    m_busy->show();
    m_thread->start();
}

void SlatePanel::showSlate(const Core::Slate &slate)
{
    const qint64 selectedId = m_selectedView->currentIndex().data(IdRole).toLongLong();
    const qint64 leftOutId = m_leftOutView->currentIndex().data(IdRole).toLongLong();
    m_slate = slate;
    m_hasSlate = true;
    m_selectedModel->setSlate(m_candidates, slate);
    m_leftOutModel->setSlate(m_candidates, slate);
    m_figures->setFigures(slate.figures);
    //: Shown above the slate when pins exceed the seats or the budget; %1 the warnings
    m_message->setText(slate.warnings.join(u'\n'));
    // Keep the focus row where the person was working, in whichever list it now is.
    for (const auto &[view, model] :
         {std::pair{m_selectedView, m_selectedModel}, std::pair{m_leftOutView, m_leftOutModel}}) {
        for (int row = 0; row < model->rowCount(); ++row) {
            const qint64 id = model->idAt(row).value();
            if (id == selectedId || id == leftOutId) {
                view->setCurrentIndex(model->index(row, SlateListModel::Applicant));
            }
        }
    }
    retranslateUi();
}

void SlatePanel::toggleCurrent(QTableView *view, bool pin)
{
    const QModelIndex current = view->currentIndex();
    if (!current.isValid()) {
        return;
    }
    auto *model = static_cast<SlateListModel *>(view->model());
    const Core::SlateDecision &decision = model->decisionAt(current.row());
    if (pin) {
        setPinned(decision.id, !decision.pinned);
    } else {
        setExcluded(decision.id, !decision.excluded);
    }
}

void SlatePanel::setPinned(Core::SponsorshipId id, bool pinned)
{
    if (pinned) {
        m_request.pinned.insert(id);
        m_request.excluded.remove(id);
    } else {
        m_request.pinned.remove(id);
    }
    propose();
}

void SlatePanel::setExcluded(Core::SponsorshipId id, bool excluded)
{
    if (excluded) {
        m_request.excluded.insert(id);
        m_request.pinned.remove(id);
    } else {
        m_request.excluded.remove(id);
    }
    propose();
}

void SlatePanel::clearPins()
{
    m_request.pinned.clear();
    m_request.excluded.clear();
    if (m_hasSlate) {
        propose();
    }
}

void SlatePanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslateUi();
        reload(); // State names and reasons change language
    }
    QWidget::changeEvent(event);
}

void SlatePanel::retranslateUi()
{
    //: Label of the ¶20 scenario combo of the slate builder
    m_scenarioLabel->setText(Tr::tr("Sc&enario:"));
    //: ¶20 scenario: USD 2 million a year, 10 sponsored delegates per session
    m_scenario->setItemText(0, Tr::tr("Small scale (¶20): %n delegate(s)", nullptr,
                                      Core::SlateRequest::smallScaleSeats));
    //: ¶20 scenario: USD 5 million a year, 20 sponsored delegates per session
    m_scenario->setItemText(1, Tr::tr("Medium scale (¶20): %n delegate(s)", nullptr,
                                      Core::SlateRequest::mediumScaleSeats));
    //: Scenario combo: a seat count of the person's own choosing
    m_scenario->setItemText(2, Tr::tr("Other number of seats"));
    m_seatsLabel->setText(Tr::tr("&Seats:"));
    //: Label of the optional budget of the slate, in USD
    m_budgetLabel->setText(Tr::tr("&Budget (USD):"));
    m_budget->setPlaceholderText(Tr::tr("No limit"));
    m_propose->setText(Tr::tr("&Propose"));
    m_propose->setToolTip(Tr::tr("Propose the slate for the seats and budget (Alt+P)"));
    //: Button: forget every pin and exclusion and propose again
    m_clearPins->setText(Tr::tr("C&lear Pins"));
    //: Button: preview, print or save the approval packet of the meeting's whole slate
    m_packet->setText(Tr::tr("Slate p&acket…"));
    m_packet->setAccessibleName(Tr::tr("Slate approval packet"));
    m_packet->setToolTip(
        Tr::tr("Preview, print or save the approval packet of this meeting's slate."));
    m_scenario->setAccessibleName(Tr::tr("Scenario"));
    m_seats->setAccessibleName(Tr::tr("Seats"));
    m_budget->setAccessibleName(Tr::tr("Budget in USD"));
    m_busy->setAccessibleName(Tr::tr("Proposing the slate"));
    const int in = m_selectedModel->rowCount();
    const int out = m_leftOutModel->rowCount();
    //: Heading of the list of proposed delegates
    m_selectedHeading->setText(Tr::tr("Proposed slate (%n delegate(s))", nullptr, in));
    //: Heading of the list of applicants not on the slate
    m_leftOutHeading->setText(Tr::tr("Left out (%n applicant(s))", nullptr, out));
    m_selectedView->setAccessibleName(Tr::tr("Proposed slate"));
    m_selectedView->setAccessibleDescription(
        Tr::tr("Ctrl+P pins or unpins the current applicant, Ctrl+E excludes or includes them"));
    m_leftOutView->setAccessibleName(Tr::tr("Applicants left out"));
    m_leftOutView->setAccessibleDescription(m_selectedView->accessibleDescription());
    for (QTableView *view : {m_selectedView, m_leftOutView}) {
        const QList<QAction *> actions = view->actions();
        //: Context menu of the slate lists; Ctrl+P
        actions.value(0)->setText(Tr::tr("Pin to the Slate"));
        //: Context menu of the slate lists; Ctrl+E
        actions.value(1)->setText(Tr::tr("Exclude from the Slate"));
    }
}

} // namespace FundDesk::Ui
