#pragma once

#include <QList>
#include <QObject>
#include <QUrl>

class QQmlComponent;
class QQmlEngine;
class QQuickWindow;

/// Once the window has shown its first frame, compiles the given screens in the engine's background thread and
/// keeps them, so that neither the first frame nor the next tap waits for them (the sign-in panel and the shell
/// bring in Qt Quick Controls and its style, which the first screen does without).
class ScreenWarmUp : public QObject
{
    Q_OBJECT
public:
    ScreenWarmUp(QQmlEngine &engine, QQuickWindow *window, QList<QUrl> screens, QObject *parent = nullptr);

    /// How many of the screens are compiled and ready (tests).
    int readyCount() const;

private:
    void start();

    QQmlEngine &m_engine;
    QList<QUrl> m_screens;
    QList<QQmlComponent *> m_components;
};
