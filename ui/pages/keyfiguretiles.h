#pragma once

#include "core/reports/reporttable.h"

#include <QWidget>

class QGridLayout;

namespace FundDesk::Ui {

// The dashboard's key figures (¶16) as tiles: a caption and a large value each, in a grid
// that mirrors right to left and lets long captions wrap.
class KeyFigureTiles final : public QWidget
{
    Q_OBJECT

public:
    explicit KeyFigureTiles(QWidget *parent = nullptr);

    // The key-figures table (KeyFiguresReport).
    void setTable(const Core::ReportTable &table);
    // The value shown for a figure's key ("available"), for tests.
    QString valueText(const QString &key) const;

private:
    QGridLayout *m_grid = nullptr;
    Core::ReportTable m_table;
};

} // namespace FundDesk::Ui
