#include "shell/screenwarmup.h"

#include <QQmlComponent>
#include <QQuickWindow>
#include <algorithm>

ScreenWarmUp::ScreenWarmUp(QQmlEngine &engine, QQuickWindow *window, QList<QUrl> screens, QObject *parent)
    : QObject(parent), m_engine(engine), m_screens(std::move(screens))
{
    // Queued: frameSwapped comes from the render thread; the components are made on this one.
    connect(window, &QQuickWindow::frameSwapped, this, &ScreenWarmUp::start,
            static_cast<Qt::ConnectionType>(Qt::QueuedConnection | Qt::SingleShotConnection));
}

void ScreenWarmUp::start()
{
    for (const QUrl &url : std::as_const(m_screens)) {
        m_components << new QQmlComponent(&m_engine, url, QQmlComponent::Asynchronous, this);
    }
}

int ScreenWarmUp::readyCount() const
{
    return static_cast<int>(
        std::count_if(m_components.cbegin(), m_components.cend(), [](const QQmlComponent *c) { return c->isReady(); }));
}
