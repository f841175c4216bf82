#include "base/processtime.h"

#include <QByteArray>
#include <QFile>
#include <QList>
#include <unistd.h>

namespace madang {

qint64 msSinceProcessStart()
{
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
    return static_cast<qint64>((nowS - startedS) * 1000.0);
}

} // namespace madang
