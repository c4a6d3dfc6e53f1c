#include <QProcess>
#include <QTemporaryDir>
#include <QtTest>

// The real binary, as a script would call it: exit codes and streams.
class tst_FundDeskExecutable final : public QObject
{
    Q_OBJECT

    struct Run
    {
        int code = -1;
        QByteArray out;
        QByteArray err;
    };

    static Run funddesk(const QStringList &arguments)
    {
        QProcess process;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.remove(QStringLiteral("DISPLAY")); // headless commands must not need a display
        env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
        process.setProcessEnvironment(env);
        process.start(QStringLiteral(FUNDDESK_BINARY), arguments);
        if (!process.waitForFinished(60000)) {
            process.kill();
            return {};
        }
        return {process.exitCode(), process.readAllStandardOutput(),
                process.readAllStandardError()};
    }

private slots:
    void versionAndHelpSucceed()
    {
        const Run version = funddesk({QStringLiteral("--version")});
        QCOMPARE(version.code, 0);
        QVERIFY(version.out.startsWith("FundDesk "));
        const Run help = funddesk({QStringLiteral("--help")});
        QCOMPARE(help.code, 0);
        QVERIFY(help.out.contains("check"));
    }

    void badUsageExitsTwo()
    {
        const Run run = funddesk({QStringLiteral("no-such-command")});
        QCOMPARE(run.code, 2);
        QVERIFY(run.out.isEmpty());
        QVERIFY(run.err.contains("no-such-command"));
    }

    void demoThenCheck()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("demo.funddesk"));
        QCOMPARE(funddesk({QStringLiteral("demo"), QStringLiteral("--database"), path}).code, 0);
        const Run check = funddesk({QStringLiteral("check"), QStringLiteral("--database"), path});
        QCOMPARE(check.code, 0);
        QVERIFY(check.err.isEmpty());
    }

    void checkOfAMissingFileFails()
    {
        QTemporaryDir dir;
        const Run run = funddesk({QStringLiteral("check"), QStringLiteral("--database"),
                                  dir.filePath(QStringLiteral("absent.funddesk"))});
        QCOMPARE(run.code, 1);
        QCOMPARE(run.err.trimmed().count('\n'), 0);
    }
};

QTEST_GUILESS_MAIN(tst_FundDeskExecutable)
#include "tst_funddeskexecutable.moc"
