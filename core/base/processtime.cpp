#include "base/processtime.h"

#include <QByteArray>
#include <QFile>
#include <QList>
#include <ctime>
#include <unistd.h>

namespace madang {

qint64 monotonicNs()
{
    timespec now{};
    clock_gettime(CLOCK_MONOTONIC, &now);
    return static_cast<qint64>(now.tv_sec) * 1'000'000'000 + now.tv_nsec;
}

double msSinceProcessStart()
{
    bool ok = false;
    const qint64 spawnedAt = qEnvironmentVariable(kSpawnedAtNsVariable).toLongLong(&ok);
    if (ok && spawnedAt > 0) {
        const qint64 now = monotonicNs();
        if (now >= spawnedAt) {
            return static_cast<double>(now - spawnedAt) / 1e6;
        }
    }
    QFile stat(QStringLiteral("/proc/self/stat"));
    QFile uptime(QStringLiteral("/proc/uptime"));
    if (!stat.open(QIODevice::ReadOnly) || !uptime.open(QIODevice::ReadOnly)) {
        return -1;
    }
    // Field 22 (starttime, in clock ticks since boot) follows the parenthesised command name.
    const QByteArray line = stat.readAll();
    const QList<QByteArray> fields = line.mid(line.lastIndexOf(')') + 2).split(' ');
    const long ticks = sysconf(_SC_CLK_TCK);
    if (fields.size() < 20 || ticks <= 0) {
        return -1;
    }
    const double startedS = fields.at(19).toDouble() / static_cast<double>(ticks);
    const double nowS = uptime.readAll().split(' ').value(0).toDouble();
    return (nowS - startedS) * 1000.0;
}

} // namespace madang
