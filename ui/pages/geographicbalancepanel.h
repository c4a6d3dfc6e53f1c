#pragma once

#include <QWidget>

class QLabel;
class QTableView;

namespace FundDesk::Core {
class FundServices;
struct GeographicBalance;
} // namespace FundDesk::Core

namespace FundDesk::Ui {

class BackgroundReader;
class GeographicBalanceModel;

// The geographic balance tab of the Activities page (¶25c): requested and recommended amounts
// by M49 region and by UN regional group, each as a table with a bar per row and the equal
// share marked as a dashed line and as a last row.
class GeographicBalancePanel final : public QWidget
{
    Q_OBJECT

public:
    explicit GeographicBalancePanel(Core::FundServices &services, QWidget *parent = nullptr);

    void reload();

    GeographicBalanceModel *regionModel() const { return m_regionModel; }
    GeographicBalanceModel *groupModel() const { return m_groupModel; }
    QTableView *regionView() const { return m_regionView; }
    QTableView *groupView() const { return m_groupView; }

protected:
    void changeEvent(QEvent *event) override;

private:
    void showBalance(const Core::GeographicBalance &balance);
    QTableView *makeView(GeographicBalanceModel *model, const QString &name);
    void retranslateUi();

    Core::FundServices &m_services;
    GeographicBalanceModel *m_regionModel = nullptr;
    GeographicBalanceModel *m_groupModel = nullptr;
    QLabel *m_explanation = nullptr;
    QLabel *m_regionHeading = nullptr;
    QTableView *m_regionView = nullptr;
    QLabel *m_groupHeading = nullptr;
    QTableView *m_groupView = nullptr;
    QLabel *m_totals = nullptr;
    BackgroundReader *m_reader = nullptr; // the balance reads every application
};

} // namespace FundDesk::Ui
