#pragma once

#include "core/domain/focusarea.h"

#include <QList>
#include <QWidget>

class QCheckBox;

namespace FundDesk::Ui {

// The nine focus areas of ¶26(a)–(i) as check boxes, worded as the report words them
// (core's focusAreaDisplayName) with their letters, in the report's order.
class ActivityFocusAreasBox final : public QWidget
{
    Q_OBJECT

public:
    explicit ActivityFocusAreasBox(QWidget *parent = nullptr);

    void setAreas(const QList<Core::FocusArea> &areas);
    // In ¶26 order.
    QList<Core::FocusArea> areas() const;
    QCheckBox *checkBox(Core::FocusArea area) const;

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();

    QList<QCheckBox *> m_boxes; // indexed like allFocusAreas()
};

} // namespace FundDesk::Ui
