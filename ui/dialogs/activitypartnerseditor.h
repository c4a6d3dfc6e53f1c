#pragma once

#include "core/domain/activitypartner.h"

#include <QList>
#include <QWidget>

class QPushButton;
class QTableWidget;

namespace FundDesk::Ui {

// The implementing partners named with an application (¶24): a small table of name and kind
// with Add and Remove buttons. Empty names are kept so the rules can refuse them by position.
class ActivityPartnersEditor final : public QWidget
{
    Q_OBJECT

public:
    explicit ActivityPartnersEditor(QWidget *parent = nullptr);

    void setPartners(const QList<Core::ImplementingPartner> &partners);
    QList<Core::ImplementingPartner> partners() const;

    QTableWidget *table() const { return m_table; }
    QPushButton *addButton() const { return m_add; }
    QPushButton *removeButton() const { return m_remove; }

public slots:
    void addPartner();
    void removeCurrent();

protected:
    void changeEvent(QEvent *event) override;

private:
    void appendRow(const Core::ImplementingPartner &partner);
    void updateButtons();
    void retranslateUi();

    QTableWidget *m_table = nullptr;
    QPushButton *m_add = nullptr;
    QPushButton *m_remove = nullptr;
};

} // namespace FundDesk::Ui
