#include "ui/dialogs/activitycoapplicantlist.h"

#include "core/services/textfilter.h"
#include "ui/dialogs/leadingalignment.h"
#include "ui/uitr.h"

#include <QEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QStringList>
#include <QVBoxLayout>

namespace FundDesk::Ui {

namespace {

constexpr int kHaystackRole = Qt::UserRole + 1;

} // namespace

ActivityCoApplicantList::ActivityCoApplicantList(QWidget *parent)
    : QWidget(parent),
      m_filter(new QLineEdit(this)),
      m_list(new QListWidget(this)),
      m_count(new QLabel(this))
{
    m_filter->setObjectName(QStringLiteral("coApplicantFilterEdit"));
    m_filter->setClearButtonEnabled(true);
    m_list->setObjectName(QStringLiteral("coApplicantList"));
    m_list->setUniformItemSizes(true);
    m_count->setObjectName(QStringLiteral("coApplicantCountLabel"));
    m_count->setTextFormat(Qt::PlainText);
    m_count->setWordWrap(true);
    LeadingAlignment::keep(m_count);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_filter);
    layout->addWidget(m_list, 1);
    layout->addWidget(m_count);

    connect(m_filter, &QLineEdit::textChanged, this, &ActivityCoApplicantList::applyFilter);
    connect(m_list, &QListWidget::itemChanged, this, [this] {
        updateCount();
        emit selectionChanged();
    });
    retranslateUi();
}

void ActivityCoApplicantList::setStates(const QList<Core::State> &states, Core::Language language)
{
    const QStringList chosen = selected();
    const QSignalBlocker blocker(m_list);
    m_list->clear();
    for (const Core::State &state : states) {
        auto *item = new QListWidgetItem(state.name(language), m_list);
        item->setData(Qt::UserRole, state.iso3);
        item->setData(kHaystackRole,
                      Core::TextFilter::haystack({state.name(language),
                                                  state.name(Core::Language::English),
                                                  state.iso3}));
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable);
        item->setCheckState(chosen.contains(state.iso3) ? Qt::Checked : Qt::Unchecked);
    }
    applyFilter();
    updateCount();
}

void ActivityCoApplicantList::setSelected(const QStringList &iso3)
{
    {
        const QSignalBlocker blocker(m_list);
        for (int row = 0; row < m_list->count(); ++row) {
            QListWidgetItem *item = m_list->item(row);
            const bool on = iso3.contains(item->data(Qt::UserRole).toString());
            item->setCheckState(on ? Qt::Checked : Qt::Unchecked);
        }
    }
    updateCount();
    emit selectionChanged();
}

QStringList ActivityCoApplicantList::selected() const
{
    QStringList codes;
    for (int row = 0; row < m_list->count(); ++row) {
        const QListWidgetItem *item = m_list->item(row);
        if (item->checkState() == Qt::Checked) {
            codes << item->data(Qt::UserRole).toString();
        }
    }
    return codes;
}

void ActivityCoApplicantList::applyFilter()
{
    const Core::TextFilter filter(m_filter->text());
    for (int row = 0; row < m_list->count(); ++row) {
        QListWidgetItem *item = m_list->item(row);
        item->setHidden(!filter.matches(item->data(kHaystackRole).toString()));
    }
}

void ActivityCoApplicantList::updateCount()
{
    QStringList names;
    for (int row = 0; row < m_list->count(); ++row) {
        if (m_list->item(row)->checkState() == Qt::Checked) {
            names << m_list->item(row)->text();
        }
    }
    if (names.isEmpty()) {
        //: Under the co-applicant list when no State is ticked
        m_count->setText(Tr::tr("No co-applicant State: a national activity."));
        return;
    }
    //: Under the co-applicant list: %1 lists the ticked States' names
    m_count->setText(Tr::tr("%n co-applicant State(s) chosen: %1", nullptr, int(names.size()))
                         .arg(names.join(Tr::tr(", "))));
}

void ActivityCoApplicantList::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslateUi();
    }
    QWidget::changeEvent(event);
}

void ActivityCoApplicantList::retranslateUi()
{
    //: Placeholder of the filter box above the co-applicant States
    m_filter->setPlaceholderText(Tr::tr("Filter States by name or code…"));
    m_filter->setAccessibleName(Tr::tr("Filter co-applicant States"));
    //: Accessible name of the checkable list of co-applicant States
    m_list->setAccessibleName(Tr::tr("Co-applicant States"));
    updateCount();
}

} // namespace FundDesk::Ui
