#include "core/db/database.h"
#include "core/db/transactionguard.h"

#include <QSqlQuery>
#include <QtTest>

using namespace FundDesk::Core;

class tst_TransactionGuard final : public QObject
{
    Q_OBJECT

    std::unique_ptr<Database> m_db;

    int rows()
    {
        QSqlQuery query(m_db->connection());
        return query.exec(QStringLiteral("SELECT count(*) FROM t")) && query.next()
                   ? query.value(0).toInt()
                   : -1;
    }
    bool insert(int x)
    {
        QSqlQuery query(m_db->connection());
        return query.exec(QStringLiteral("INSERT INTO t VALUES (%1)").arg(x));
    }

private slots:
    void init()
    {
        auto db = Database::open(QString::fromLatin1(Database::InMemory));
        QVERIFY(db.ok());
        m_db = std::move(db).value();
        QSqlQuery query(m_db->connection());
        QVERIFY(query.exec(QStringLiteral("CREATE TABLE t (x INTEGER PRIMARY KEY)")));
    }
    void cleanup() { m_db.reset(); }

    void committedWorkStays()
    {
        {
            TransactionGuard guard(m_db->connection());
            QVERIFY(guard.isActive());
            QVERIFY(insert(1));
            QVERIFY(insert(2));
            QVERIFY(guard.commit().ok());
        }
        QCOMPARE(rows(), 2);
    }

    void uncommittedWorkIsRolledBackAtScopeEnd()
    {
        {
            TransactionGuard guard(m_db->connection());
            QVERIFY(insert(1));
            QVERIFY(insert(2));
        }
        QCOMPARE(rows(), 0);
    }

    void failureHalfwayLeavesNothing()
    {
        {
            TransactionGuard guard(m_db->connection());
            QVERIFY(insert(1));
            QVERIFY(!insert(1)); // duplicate key: the caller returns without commit
        }
        QCOMPARE(rows(), 0);
    }

    void nestedGuardIsASavepoint()
    {
        TransactionGuard outer(m_db->connection());
        QVERIFY(outer.isActive());
        QVERIFY(!outer.isNested());
        QVERIFY(insert(1));
        {
            TransactionGuard inner(m_db->connection());
            QVERIFY(inner.isActive());
            QVERIFY(inner.isNested());
            QVERIFY(insert(2));
            QVERIFY(inner.commit().ok());
        }
        {
            TransactionGuard failed(m_db->connection());
            QVERIFY(insert(3));
        } // inner rollback: only 3 goes
        QCOMPARE(rows(), 2);
        QVERIFY(outer.commit().ok());
        QCOMPARE(rows(), 2);
    }

    void outerRollbackUndoesCommittedInnerWork()
    {
        {
            TransactionGuard outer(m_db->connection());
            TransactionGuard inner(m_db->connection());
            QVERIFY(insert(1));
            QVERIFY(inner.commit().ok());
        }
        QCOMPARE(rows(), 0);
        TransactionGuard fresh(m_db->connection()); // depth is back to zero
        QVERIFY(!fresh.isNested());
    }

    void guardsOnDifferentConnectionsDoNotNest()
    {
        auto other = Database::open(QString::fromLatin1(Database::InMemory));
        QVERIFY(other.ok());
        TransactionGuard first(m_db->connection());
        TransactionGuard second((*other)->connection());
        QVERIFY(!second.isNested());
        QVERIFY(second.commit().ok());
        QVERIFY(first.commit().ok());
    }

    void beginFailureIsReportedNotCrashed()
    {
        QSqlDatabase closed = m_db->connection();
        closed.close();
        TransactionGuard guard(closed);
        QVERIFY(!guard.isActive());
        QCOMPARE(guard.beginError().code, ErrorCode::Storage);
        QVERIFY(!guard.commit().ok());
    }
};

QTEST_APPLESS_MAIN(tst_TransactionGuard)
#include "tst_transactionguard.moc"
