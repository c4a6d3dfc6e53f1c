#include "core/db/database.h"
#include "core/services/fundopener.h"
#include "core/services/referencedataservice.h"
#include "ui/dialogs/importdialog.h"

#include <QApplication>
#include <QFile>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace FundDesk;

namespace {

const QByteArray kHeader =
    "date,donor,donor_kind,country,type,amount,currency,usd_rate,publication,conditions,"
    "reference\n";

QPushButton *button(QWidget &dialog, const QString &text)
{
    for (QPushButton *candidate : dialog.findChildren<QPushButton *>()) {
        if (candidate->text() == text) {
            return candidate;
        }
    }
    return nullptr;
}

} // namespace

// The import dialog driven as a user would: type the file, press Enter to check, read the
// preview and the problems, Import only when there are none.
class TestImportDialog final : public QObject
{
    Q_OBJECT

private slots:
    void init()
    {
        QVERIFY(m_dir.isValid());
        m_database = std::move(
            Core::FundOpener::open(QString::fromLatin1(Core::Database::InMemory)).value());
        m_reference = Core::ReferenceDataService::load(m_database->connection()).value();
    }

    void badFileShowsProblemsAndCannotImport()
    {
        Ui::ImportDialog dialog(m_database->connection(), m_reference);
        dialog.setKind(Core::ImportKind::Contributions);
        dialog.show();
        const QString path =
            write(u"bad.csv", kHeader +
                                  "2025-01-15,,member_state,FRA,pledge,10,USD,,publish,,\n"
                                  "2025-01-16,,member_state,XYZ,pledge,ten,USD,,publish,,\n");
        auto *file = dialog.findChild<QLineEdit *>();
        file->setFocus();
        file->setText(path);
        QTest::keyClick(file, Qt::Key_Return);
        QTRY_VERIFY(!dialog.isBusy() && dialog.preview());
        auto *issues = dialog.findChild<QListWidget *>();
        QCOMPARE(issues->count(), 2);
        QVERIFY(issues->item(0)->text().startsWith(u"Line 3, column "));
        auto *table = dialog.findChild<QTableView *>();
        QCOMPARE(table->model()->rowCount(), 2);
        const int problems = table->model()->columnCount() - 1;
        QVERIFY(table->model()->index(1, problems).data().toString().contains(u"XYZ"));
        QVERIFY(table->model()->index(0, problems).data().toString().isEmpty());
        QVERIFY(!button(dialog, u"&Import"_qs)->isEnabled());
        dialog.grab().save(QStringLiteral("/tmp/csv-io-importdialog-bad.png"));
        QCOMPARE(count(), 0);
    }

    void goodFileImportsAllRows()
    {
        Ui::ImportDialog dialog(m_database->connection(), m_reference);
        dialog.setKind(Core::ImportKind::Contributions);
        dialog.show();
        QByteArray bytes = kHeader;
        for (int i = 0; i < 3000; ++i) {
            bytes += "2025-01-15,,member_state,FRA,pledge," + QByteArray::number(i + 1) +
                     ",USD,,publish,,REF-" + QByteArray::number(i) + '\n';
        }
        dialog.setFilePath(write(u"good.csv", bytes));
        QTest::mouseClick(button(dialog, u"C&heck"_qs), Qt::LeftButton);
        QTRY_VERIFY(!dialog.isBusy() && dialog.preview());
        QPushButton *import = button(dialog, u"&Import"_qs);
        QVERIFY(import->isEnabled());
        QCOMPARE(dialog.findChild<QListWidget *>()->count(), 0);
        dialog.grab().save(QStringLiteral("/tmp/csv-io-importdialog-good.png"));
        QSignalSpy imported(&dialog, &Ui::ImportDialog::imported);
        QTest::mouseClick(import, Qt::LeftButton);
        QCOMPARE(imported.count(), 1);
        QCOMPARE(imported.first().first().toInt(), 3000);
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        QCOMPARE(count(), 3000);
    }

    void rightToLeft()
    {
        QApplication::setLayoutDirection(Qt::RightToLeft);
        Ui::ImportDialog dialog(m_database->connection(), m_reference);
        dialog.show();
        dialog.setFilePath(write(u"empty.csv", QByteArray()));
        dialog.check();
        QTRY_VERIFY(!dialog.isBusy() && dialog.preview());
        QVERIFY(dialog.findChild<QListWidget *>()->item(0)->text().contains(u"empty"));
        dialog.grab().save(QStringLiteral("/tmp/csv-io-importdialog-rtl.png"));
        QApplication::setLayoutDirection(Qt::LeftToRight);
    }

private:
    QString write(QStringView name, const QByteArray &bytes)
    {
        const QString path = m_dir.filePath(name.toString());
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size()) {
            return {};
        }
        return path;
    }

    qint64 count() const
    {
        QSqlQuery query(m_database->connection());
        return query.exec(QStringLiteral("SELECT count(*) FROM contributions")) && query.next()
                   ? query.value(0).toLongLong()
                   : -1;
    }

    QTemporaryDir m_dir;
    std::unique_ptr<Core::Database> m_database;
    Core::ReferenceDataService m_reference;
};

QTEST_MAIN(TestImportDialog)
#include "tst_importdialog.moc"
