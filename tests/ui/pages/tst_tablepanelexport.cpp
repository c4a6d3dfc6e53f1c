#include "ui/models/modelroles.h"
#include "ui/pages/tablecsvexport.h"
#include "ui/pages/tablepanel.h"

#include <QApplication>
#include <QFile>
#include <QFileDialog>
#include <QHeaderView>
#include <QLineEdit>
#include <QPushButton>
#include <QStandardItemModel>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using namespace FundDesk;

// Export CSV… under any table: the rows the filter shows, in the view's sort order, the
// visible columns in their on-screen order, with their headers; Ctrl+Shift+E asks for the file.
class TestTablePanelExport final : public QObject
{
    Q_OBJECT

private slots:
    void exportsWhatTheViewShows()
    {
        QStandardItemModel model(0, 3);
        model.setHorizontalHeaderLabels(
            {QStringLiteral("Donor"), QStringLiteral("Amount"), QStringLiteral("Note")});
        const QList<QStringList> rows{
            {QStringLiteral("Norway"), QStringLiteral("300"), {}},
            {QStringLiteral("France"), QStringLiteral("1,500"), QStringLiteral("said \"yes\"")},
            {QStringLiteral("Kenya"), QStringLiteral("20"), {}}};
        for (const QStringList &row : rows) {
            QList<QStandardItem *> items;
            for (const QString &cell : row) {
                items.append(new QStandardItem(cell));
            }
            items.first()->setData(row.join(u' ').toLower(), Ui::HaystackRole);
            model.appendRow(items);
        }
        Ui::TablePanel panel(&model);
        panel.setTitle(QStringLiteral("Contributions"));
        panel.show();
        QVERIFY(QTest::qWaitForWindowExposed(&panel));
        QTest::keyClicks(panel.filterEdit(), QStringLiteral("a")); // Norway, France, Kenya all
        panel.view()->sortByColumn(0, Qt::DescendingOrder);
        panel.view()->horizontalHeader()->moveSection(1, 0); // Amount first
        panel.view()->setColumnHidden(2, false);

        const Core::CsvTable table = Ui::TableCsvExport::visibleTable(*panel.view());
        QCOMPARE(table.header, QStringList({QStringLiteral("Amount"), QStringLiteral("Donor"),
                                            QStringLiteral("Note")}));
        QCOMPARE(table.rows.size(), 3);
        QCOMPARE(table.rows.first().at(1).toString(), QStringLiteral("Norway"));

        QTest::keyClicks(panel.filterEdit(), QStringLiteral("n")); // "an": France only
        panel.view()->setColumnHidden(2, true);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("shown.csv"));
        bool answered = false;
        QTimer::singleShot(0, this, [&] {
            auto *dialog = qobject_cast<QFileDialog *>(QApplication::activeModalWidget());
            QVERIFY(dialog);
            QCOMPARE(dialog->objectName(), QStringLiteral("tableCsvExportDialog"));
            dialog->selectFile(path);
            QMetaObject::invokeMethod(dialog, "accept");
            answered = true;
        });
        panel.view()->setFocus();
        QTest::keyClick(panel.view(), Qt::Key_E, Qt::ControlModifier | Qt::ShiftModifier);
        QVERIFY(answered);
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(file.readAll(), QByteArray("Amount,Donor\r\n\"1,500\",France\r\n"));
        QCOMPARE(panel.exportButton()->text(), QStringLiteral("E&xport CSV…"));
    }
};

QTEST_MAIN(TestTablePanelExport)
#include "tst_tablepanelexport.moc"
