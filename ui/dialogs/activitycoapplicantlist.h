#pragma once

#include "core/domain/language.h"
#include "core/domain/state.h"

#include <QList>
#include <QStringList>
#include <QWidget>

class QLabel;
class QLineEdit;
class QListWidget;

namespace FundDesk::Ui {

// The co-applicant States of a regional activity (¶24): the Member States as a checkable list
// with a filter box above it (typing part of a name or a code narrows the list) and a count of
// the States chosen below it. Choices survive filtering.
class ActivityCoApplicantList final : public QWidget
{
    Q_OBJECT

public:
    explicit ActivityCoApplicantList(QWidget *parent = nullptr);

    // states already sorted for display; their names in `language`.
    void setStates(const QList<Core::State> &states, Core::Language language);
    void setSelected(const QStringList &iso3);
    // In list order.
    QStringList selected() const;

    QLineEdit *filterEdit() const { return m_filter; }
    QListWidget *list() const { return m_list; }

signals:
    void selectionChanged();

protected:
    void changeEvent(QEvent *event) override;

private:
    void applyFilter();
    void updateCount();
    void retranslateUi();

    QLineEdit *m_filter = nullptr;
    QListWidget *m_list = nullptr;
    QLabel *m_count = nullptr;
};

} // namespace FundDesk::Ui
