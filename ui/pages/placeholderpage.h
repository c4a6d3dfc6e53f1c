#pragma once

#include "ui/pages/page.h"

#include <QWidget>

class QLabel;

namespace FundDesk::Ui {

// Stands in for a page that a later issue implements: its title as a heading and a paragraph
// on what the page will hold. The composition root replaces it with MainWindow::setPage().
class PlaceholderPage final : public QWidget
{
    Q_OBJECT

public:
    explicit PlaceholderPage(Page page, QWidget *parent = nullptr);

    Page page() const { return m_page; }

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void alignToLayoutDirection();

    Page m_page;
    QLabel *m_heading = nullptr;
    QLabel *m_description = nullptr;
};

} // namespace FundDesk::Ui
