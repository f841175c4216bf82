// A small tmpfs mounted for one test (needs root and mount; tests skip without them).
#pragma once

#include <QDir>
#include <QProcess>
#include <QStandardPaths>
#include <QString>

namespace madang::test {

/// A tmpfs of `size` on `folder`, unmounted again on destruction.
class TmpfsMount
{
public:
    TmpfsMount(const QString &folder, const QString &size) : m_folder(folder)
    {
        const QString mount = QStandardPaths::findExecutable(QStringLiteral("mount"));
        if (mount.isEmpty() || !QDir().mkpath(folder)) {
            return;
        }
        m_mounted = run({QStringLiteral("-t"), QStringLiteral("tmpfs"), QStringLiteral("-o"),
                         QStringLiteral("size=") + size, QStringLiteral("madang-test"), folder});
    }
    ~TmpfsMount()
    {
        if (m_mounted) {
            QProcess::execute(QStringLiteral("umount"), {m_folder});
        }
    }
    TmpfsMount(const TmpfsMount &) = delete;
    TmpfsMount &operator=(const TmpfsMount &) = delete;
    [[nodiscard]] bool mounted() const { return m_mounted; }
    /// Makes the mount read-only, as a disk that went read-only after an error would be.
    bool remountReadOnly() { return m_mounted && run({QStringLiteral("-o"), QStringLiteral("remount,ro"), m_folder}); }

private:
    static bool run(const QStringList &args)
    {
        QProcess p;
        p.start(QStandardPaths::findExecutable(QStringLiteral("mount")), args);
        return p.waitForFinished(10000) && p.exitStatus() == QProcess::NormalExit && p.exitCode() == 0;
    }

    QString m_folder;
    bool m_mounted = false;
};

} // namespace madang::test
