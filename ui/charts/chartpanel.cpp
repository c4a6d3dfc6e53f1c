#include "ui/charts/chartpanel.h"

#include "core/domain/result.h"
#include "ui/uitr.h"
#include "ui/widgets/plainmessage.h"

#include <QAbstractBarSeries>
#include <QAction>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QCursor>
#include <QEvent>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QLineSeries>
#include <QMenu>
#include <QMessageBox>
#include <QMetaMethod>
#include <QPainter>
#include <QPushButton>
#include <QSvgGenerator>
#include <QToolTip>
#include <QVBoxLayout>

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
    : QWidget(parent), m_kind(kind), m_view(new QChartView(this)), m_save(new QPushButton(this))
{
    m_view->setRenderHint(QPainter::Antialiasing);
    m_view->setMinimumHeight(fontMetrics().height() * 18);
    m_view->setContextMenuPolicy(Qt::ActionsContextMenu);
    auto *png = m_savePng = new QAction(m_view);
    auto *svg = m_saveSvg = new QAction(m_view);
    m_view->addAction(png);
    m_view->addAction(svg);
    // The keyboard's way to "click a bar": the context menu (Menu key, Shift+F10) lists the
    // bars' categories when someone listens to barClicked.
    m_records = new QMenu(m_view);
    m_records->setObjectName(QStringLiteral("chartRecordsMenu"));
    m_records->menuAction()->setVisible(false);
    m_view->addAction(m_records->menuAction());
    const auto saveAs = [this](const QString &filter, const QString &suffix) {
        const QString path =
            QFileDialog::getSaveFileName(this, Tr::tr("Save chart"), m_table.name + suffix, filter);
        if (path.isEmpty()) {
            return;
        }
        const auto saved = path.endsWith(QStringLiteral(".svg"), Qt::CaseInsensitive)
                               ? saveSvg(path)
                               : savePng(path);
        if (!saved) {
            PlainMessage::warning(this, Tr::tr("Save chart"), saved.error().message);
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
    retranslateUi();
}

void ChartPanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslateUi();
    }
    QWidget::changeEvent(event);
}

void ChartPanel::retranslateUi()
{
    //: button under a chart
    m_save->setText(Tr::tr("&Save chart…"));
    m_savePng->setText(Tr::tr("Save as &PNG…"));
    m_saveSvg->setText(Tr::tr("Save as S&VG…"));
    //: Context menu of a dashboard chart: a submenu listing the bars (regions, groups)
    m_records->menuAction()->setText(Tr::tr("Show the &records of"));
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
    fillRecordsMenu();
}

void ChartPanel::fillRecordsMenu()
{
    m_records->clear();
    const QList<int> categories = m_table.columnsWithRole(Core::ReportColumnRole::Category);
    const QList<int> values = m_table.columnsWithRole(Core::ReportColumnRole::Value);
    const bool listened = isSignalConnected(QMetaMethod::fromSignal(&ChartPanel::barClicked));
    const bool bars = m_kind != ChartKind::Lines && !categories.isEmpty() && !values.isEmpty();
    m_records->menuAction()->setVisible(listened && bars && !m_table.rows.isEmpty());
    if (!m_records->menuAction()->isVisible()) {
        return;
    }
    const QString key = m_table.columns.at(values.first()).key;
    for (int row = 0; row < m_table.rows.size(); ++row) {
        const QString category = m_table.rows.at(row).value(categories.first()).toString();
        connect(m_records->addAction(category), &QAction::triggered, this,
                [this, row, key] { emit barClicked(row, key); });
    }
}

void ChartPanel::connectSeries()
{
    const QList<int> barColumns = m_table.columnsWithRole(Core::ReportColumnRole::Value) +
                                  m_table.columnsWithRole(Core::ReportColumnRole::Projection);
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
    const QString category = categories.isEmpty()
                                 ? QString()
                                 : m_table.rows.at(row).value(categories.first()).toString();
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
