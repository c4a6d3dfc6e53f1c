#pragma once

#include "ui/pages/page.h"

#include <QListWidget>

namespace FundDesk::Ui {

// The page list on the leading side of the main window: one item per Page, in Page order, so
// the row is the page. Up/Down and the mouse both change the page through pageActivated().
class NavigationSidebar final : public QListWidget
{
    Q_OBJECT

public:
    explicit NavigationSidebar(QWidget *parent = nullptr);

    Page currentPage() const;
    void setCurrentPage(Page page);

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

signals:
    void pageActivated(FundDesk::Ui::Page page);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
};

} // namespace FundDesk::Ui
