#include "shell/startupprobe.h"

#include <QCoreApplication>
#include <QFile>
#include <QQuickWindow>
#include <QTimer>
#include <cstdio>
#include <unistd.h>

StartupProbe::StartupProbe(QQuickWindow *window, qint64 catalogItems, QObject *parent)
    : QObject(parent), m_catalogItems(catalogItems)
{
    connect(window, &QQuickWindow::frameSwapped, this, &StartupProbe::report, Qt::QueuedConnection);
    QTimer::singleShot(30000, this, [] {
        std::fprintf(stderr, "madang: no frame was rendered within 30 s\n");
        QCoreApplication::exit(3);
    });
}

void StartupProbe::report()
{
    if (m_done) {
        return;
    }
    m_done = true;
    const qint64 elapsed = msSinceProcessStart();
    std::printf("{\"startup_ms\":%lld,\"catalog_items\":%lld}\n", static_cast<long long>(elapsed),
                static_cast<long long>(m_catalogItems));
    std::fflush(stdout);
    QCoreApplication::quit();
}

qint64 StartupProbe::msSinceProcessStart()
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
