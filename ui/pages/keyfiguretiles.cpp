#include "ui/pages/keyfiguretiles.h"

#include "ui/models/reportcelltext.h"

#include <QFrame>
#include <QGridLayout>
#include <QLabel>
#include <QVBoxLayout>

namespace FundDesk::Ui {

namespace {

constexpr int kTilesPerRow = 5;

} // namespace

KeyFigureTiles::KeyFigureTiles(QWidget *parent) : QWidget(parent), m_grid(new QGridLayout(this))
{
    m_grid->setContentsMargins(0, 0, 0, 0);
}

void KeyFigureTiles::setTable(const Core::ReportTable &table)
{
    m_table = table;
    while (QLayoutItem *item = m_grid->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    const int key = table.columnIndex(u"key");
    const int label = table.columnIndex(u"figure");
    const int amount = table.columnIndex(u"amount");
    const int status = table.columnIndex(u"status");
    int index = 0;
    for (const QVariantList &row : table.rows) {
        const QVariant value = row.value(amount);
        const QString shown = value.isNull() || !value.isValid()
                                  ? row.value(status).toString()
                                  : ReportCellText::display(value, Core::ReportCellKind::Money,
                                                            locale());
        if (shown.isEmpty()) {
            continue; // an unset threshold has no tile
        }
        auto *tile = new QFrame(this);
        tile->setObjectName(QStringLiteral("tile_") + row.value(key).toString());
        tile->setFrameShape(QFrame::StyledPanel);
        auto *caption = new QLabel(row.value(label).toString(), tile);
        caption->setWordWrap(true);
        auto *number = new QLabel(shown, tile);
        number->setObjectName(QStringLiteral("value"));
        number->setWordWrap(true);
        number->setTextInteractionFlags(Qt::TextSelectableByMouse);
        QFont big = number->font();
        if (big.pointSizeF() > 0) {
            big.setPointSizeF(big.pointSizeF() * 1.35);
        }
        big.setBold(true);
        number->setFont(big);
        auto *layout = new QVBoxLayout(tile);
        layout->addWidget(caption);
        layout->addWidget(number);
        layout->addStretch();
        tile->setAccessibleName(QStringLiteral("%1: %2").arg(caption->text(), shown));
        m_grid->addWidget(tile, index / kTilesPerRow, index % kTilesPerRow);
        ++index;
    }
    for (int column = 0; column < kTilesPerRow; ++column) {
        m_grid->setColumnStretch(column, 1);
    }
}

QString KeyFigureTiles::valueText(const QString &key) const
{
    auto *tile = findChild<QFrame *>(QStringLiteral("tile_") + key);
    auto *value = tile ? tile->findChild<QLabel *>(QStringLiteral("value")) : nullptr;
    return value ? value->text() : QString();
}

} // namespace FundDesk::Ui
