#include "ui/dialogs/activityfocusareasbox.h"

#include "ui/models/activitytext.h"

#include <QCheckBox>
#include <QEvent>
#include <QVBoxLayout>

namespace FundDesk::Ui {

ActivityFocusAreasBox::ActivityFocusAreasBox(QWidget *parent) : QWidget(parent)
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    for (Core::FocusArea area : Core::allFocusAreas()) {
        auto *box = new QCheckBox(this);
        box->setObjectName(QStringLiteral("focusArea_") + Core::focusAreaKey(area));
        m_boxes.append(box);
        layout->addWidget(box);
    }
    layout->addStretch(1);
    retranslateUi();
}

void ActivityFocusAreasBox::setAreas(const QList<Core::FocusArea> &areas)
{
    const QList<Core::FocusArea> all = Core::allFocusAreas();
    for (int i = 0; i < all.size(); ++i) {
        m_boxes.at(i)->setChecked(areas.contains(all.at(i)));
    }
}

QList<Core::FocusArea> ActivityFocusAreasBox::areas() const
{
    QList<Core::FocusArea> chosen;
    const QList<Core::FocusArea> all = Core::allFocusAreas();
    for (int i = 0; i < all.size(); ++i) {
        if (m_boxes.at(i)->isChecked()) {
            chosen.append(all.at(i));
        }
    }
    return chosen;
}

QCheckBox *ActivityFocusAreasBox::checkBox(Core::FocusArea area) const
{
    return m_boxes.value(Core::allFocusAreas().indexOf(area));
}

void ActivityFocusAreasBox::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslateUi();
    }
    QWidget::changeEvent(event);
}

void ActivityFocusAreasBox::retranslateUi()
{
    const QList<Core::FocusArea> all = Core::allFocusAreas();
    for (int i = 0; i < all.size(); ++i) {
        m_boxes.at(i)->setText(ActivityText::focusAreaLabel(all.at(i)));
        // Long wordings: the full text stays reachable when a narrow window cuts it.
        m_boxes.at(i)->setToolTip(Core::focusAreaDisplayName(all.at(i)));
    }
}

} // namespace FundDesk::Ui
