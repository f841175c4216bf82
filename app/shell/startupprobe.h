#pragma once

#include <QObject>
#include <functional>

class QQuickWindow;

/// For `madang --smoke`: waits for the window's first rendered frame, prints
/// {"startup_ms":N,"catalog_items":N} on stdout and quits. Gives up (exit 3) after a timeout. The items are
/// counted after the time is taken, so that the probe does not delay the frame it measures.
class StartupProbe : public QObject
{
    Q_OBJECT
public:
    StartupProbe(QQuickWindow *window, std::function<qint64()> catalogItems, QObject *parent = nullptr);

private:
    void report();

    std::function<qint64()> m_catalogItems;
    bool m_done = false;
};
