#pragma once

#include <QDir>
#include <QProcess>
#include <QString>

namespace FundDesk::Test {

// A small tmpfs mounted for one test (needs root, as in CI containers); unmounted when done.
// isMounted() is false where mounting is not allowed: the test then skips with the reason.
class TmpfsMount final
{
public:
    TmpfsMount(const QString &folder, const QString &size) : m_folder(folder)
    {
        QDir().mkpath(folder);
        m_mounted = runMount({QStringLiteral("-t"), QStringLiteral("tmpfs"), QStringLiteral("-o"),
                              QStringLiteral("size=") + size, QStringLiteral("tmpfs"), folder});
    }
    ~TmpfsMount()
    {
        if (m_mounted) {
            QProcess::execute(QStringLiteral("umount"), {QStringLiteral("-l"), m_folder});
        }
    }
    TmpfsMount(const TmpfsMount &) = delete;
    TmpfsMount &operator=(const TmpfsMount &) = delete;

    bool isMounted() const { return m_mounted; }
    QString error() const { return m_error; }
    bool remountReadOnly()
    {
        return runMount({QStringLiteral("-o"), QStringLiteral("remount,ro"), m_folder});
    }

private:
    bool runMount(const QStringList &arguments)
    {
        QProcess mount;
        mount.start(QStringLiteral("mount"), arguments);
        if (!mount.waitForFinished(10'000) || mount.exitStatus() != QProcess::NormalExit ||
            mount.exitCode() != 0) {
            m_error = QString::fromLocal8Bit(mount.readAllStandardError()) + mount.errorString();
            return false;
        }
        return true;
    }

    QString m_folder;
    QString m_error;
    bool m_mounted = false;
};

} // namespace FundDesk::Test
