#pragma once

#include "core/reports/publiccontributions.h"

#include <QDialog>

class QTableWidget;

namespace FundDesk::Ui {

// Before publishing (¶17): what the public page and CSV will show, and every contribution
// they withhold or anonymise with the reason. Internal: it names the donors it withholds.
class PublicationPreviewDialog final : public QDialog
{
    Q_OBJECT

public:
    PublicationPreviewDialog(const Core::PublicContributions &list, QWidget *parent = nullptr);

    QTableWidget *publishedTable() const { return m_published; }
    QTableWidget *withheldTable() const { return m_withheld; }

private:
    QTableWidget *m_published = nullptr;
    QTableWidget *m_withheld = nullptr;
};

} // namespace FundDesk::Ui
