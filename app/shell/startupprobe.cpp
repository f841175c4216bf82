#include "shell/startupprobe.h"

#include "base/processtime.h"

#include <QCoreApplication>
#include <QQuickWindow>
#include <QTimer>
#include <cstdio>

StartupProbe::StartupProbe(QQuickWindow *window, std::function<qint64()> catalogItems, QObject *parent)
    : QObject(parent), m_catalogItems(std::move(catalogItems))
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
    const double elapsed = madang::msSinceProcessStart();
    std::printf("{\"startup_ms\":%.1f,\"catalog_items\":%lld}\n", elapsed, static_cast<long long>(m_catalogItems()));
    std::fflush(stdout);
    QCoreApplication::quit();
}
