#pragma once

#include <QObject>

class QQuickWindow;

/// For `madang --smoke`: waits for the window's first rendered frame, prints
/// {"startup_ms":N,"catalog_items":N} on stdout and quits. Gives up (exit 3) after a timeout.
class StartupProbe : public QObject
{
    Q_OBJECT
public:
    StartupProbe(QQuickWindow *window, qint64 catalogItems, QObject *parent = nullptr);

private:
    void report();

    qint64 m_catalogItems;
    bool m_done = false;
};
