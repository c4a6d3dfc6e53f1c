#include "ui/charts/chartpanel.h"

#include "core/domain/result.h"
#include "ui/uitr.h"

#include <QAction>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QCursor>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QLineSeries>
#include <QMessageBox>
#include <QPainter>
#include <QPushButton>
#include <QSvgGenerator>
#include <QToolTip>
#include <QVBoxLayout>
#include <QAbstractBarSeries>

namespace FundDesk::Ui {

namespace {

Core::Error saveError(const QString &path)
{
    //: %1 is a file path
    return {Core::ErrorCode::Io,
            Tr::tr("The chart could not be saved to “%1”. Check that the folder exists and that "
                   "you may write to it.")
                .arg(path),
            QStringLiteral("ChartPanel: cannot write %1").arg(path), QString()};
}

} // namespace

ChartPanel::ChartPanel(ChartKind kind, QWidget *parent)
    : QWidget(parent), m_kind(kind), m_view(new QChartView(this)),
      //: button under a chart
      m_save(new QPushButton(Tr::tr("&Save chart…"), this))
{
    m_view->setRenderHint(QPainter::Antialiasing);
    m_view->setMinimumHeight(fontMetrics().height() * 18);
    m_view->setContextMenuPolicy(Qt::ActionsContextMenu);
    auto *png = new QAction(Tr::tr("Save as &PNG…"), m_view);
    auto *svg = new QAction(Tr::tr("Save as S&VG…"), m_view);
    m_view->addAction(png);
    m_view->addAction(svg);
    const auto saveAs = [this](const QString &filter, const QString &suffix) {
        const QString path = QFileDialog::getSaveFileName(
            this, Tr::tr("Save chart"), m_table.name + suffix, filter);
        if (path.isEmpty()) {
            return;
        }
        const auto saved = path.endsWith(QStringLiteral(".svg"), Qt::CaseInsensitive)
                               ? saveSvg(path)
                               : savePng(path);
        if (!saved) {
            QMessageBox::warning(this, Tr::tr("Save chart"), saved.error().message);
        }
    };
    connect(png, &QAction::triggered, this,
            [saveAs] { saveAs(Tr::tr("PNG image (*.png)"), QStringLiteral(".png")); });
    connect(svg, &QAction::triggered, this,
            [saveAs] { saveAs(Tr::tr("SVG drawing (*.svg)"), QStringLiteral(".svg")); });
    connect(m_save, &QPushButton::clicked, this, [saveAs] {
        saveAs(Tr::tr("PNG image (*.png);;SVG drawing (*.svg)"), QStringLiteral(".png"));
    });

    auto *buttons = new QHBoxLayout;
    buttons->addStretch();
    buttons->addWidget(m_save);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_view, 1);
    layout->addLayout(buttons);
}

void ChartPanel::setTable(const Core::ReportTable &table)
{
    m_table = table;
    QChart *old = m_view->chart();
    m_view->setChart(ChartAdapter::makeChart(table, m_kind, locale()));
    delete old;
    m_view->setAccessibleName(table.title);
    //: accessible description of a chart; %1 is its title
    m_view->setAccessibleDescription(
        Tr::tr("Chart: %1. Right-click to save it as PNG or SVG.").arg(table.title));
    //: %1 is a chart's title
    m_save->setAccessibleName(Tr::tr("Save the chart “%1”").arg(table.title));
    connectSeries();
}

void ChartPanel::connectSeries()
{
    const QList<int> barColumns = m_table.columnsWithRole(Core::ReportColumnRole::Value)
                                  + m_table.columnsWithRole(Core::ReportColumnRole::Projection);
    for (QAbstractSeries *series : m_view->chart()->series()) {
        if (auto *bars = qobject_cast<QAbstractBarSeries *>(series)) {
            const QList<QBarSet *> sets = bars->barSets();
            for (qsizetype i = 0; i < sets.size() && i < barColumns.size(); ++i) {
                const int column = barColumns.at(i);
                connect(sets.at(i), &QBarSet::hovered, this, [this, column](bool on, int row) {
                    if (on) {
                        showTooltip(row, column);
                    } else {
                        QToolTip::hideText();
                    }
                });
                connect(sets.at(i), &QBarSet::clicked, this, [this, column](int row) {
                    emit barClicked(row, m_table.columns.at(column).key);
                });
            }
        } else if (auto *line = qobject_cast<QLineSeries *>(series)) {
            const int column = [&] {
                for (qsizetype c = 0; c < m_table.columns.size(); ++c) {
                    if (m_table.columns.at(c).header == line->name()) {
                        return int(c);
                    }
                }
                return -1;
            }();
            connect(line, &QLineSeries::hovered, this, [this, column](QPointF point, bool on) {
                const int row = qBound(0, qRound(point.x()), int(m_table.rows.size()) - 1);
                if (on && column >= 0 && !m_table.rows.isEmpty()) {
                    showTooltip(row, column);
                } else {
                    QToolTip::hideText();
                }
            });
        }
    }
}

void ChartPanel::showTooltip(int row, int column)
{
    if (row < 0 || row >= m_table.rows.size() || column < 0) {
        return;
    }
    const QList<int> categories = m_table.columnsWithRole(Core::ReportColumnRole::Category);
    const QString category =
        categories.isEmpty() ? QString() : m_table.rows.at(row).value(categories.first()).toString();
    const Core::ReportColumn &info = m_table.columns.at(column);
    //: chart tooltip: %1 the category (a region, a month), %2 the series, %3 the value
    QToolTip::showText(QCursor::pos(),
                       Tr::tr("%1\n%2: %3")
                           .arg(category, info.header,
                                ChartAdapter::displayValue(m_table.rows.at(row).value(column),
                                                           info.kind, locale())),
                       m_view);
}

Core::Result<void> ChartPanel::savePng(const QString &path) const
{
    if (!m_view->grab().save(path, "PNG")) {
        return saveError(path);
    }
    return {};
}

Core::Result<void> ChartPanel::saveSvg(const QString &path) const
{
    QSvgGenerator generator;
    generator.setFileName(path);
    generator.setSize(m_view->size());
    generator.setViewBox(QRect(QPoint(0, 0), m_view->size()));
    generator.setTitle(m_table.title);
    QPainter painter;
    if (!painter.begin(&generator)) {
        return saveError(path);
    }
    m_view->render(&painter);
    painter.end();
    return {};
}

} // namespace FundDesk::Ui
