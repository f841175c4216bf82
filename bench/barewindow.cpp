// madang-bare-window: the floor of `madang-bench startup`. A Qt Quick window of the app's size and style with
// nothing in it, started the way the app starts; at its first frame it prints {"startup_ms":N} and quits.
// With --text the window shows one line of Korean in the app's font: what any first screen with words pays for
// the font (fontconfig, FreeType, the glyph atlas), the second floor the benchmark prints. With --plain it is a
// plain Qt Quick Window that loads no Qt Quick Controls, like the app's own window: the third floor.
#include "base/processtime.h"

#include <QGuiApplication>
#include <QQmlApplicationEngine>
#include <QQuickStyle>
#include <QQuickWindow>
#include <QTimer>
#include <cstdio>

int main(int argc, char *argv[])
{
    QGuiApplication app(argc, argv);
    QQuickStyle::setStyle(QStringLiteral("Material"));
    QQmlApplicationEngine engine;
    const QStringList args = QCoreApplication::arguments();
    const bool text = args.contains(QStringLiteral("--text"));
    const QByteArray size = QByteArrayLiteral("  width: Math.min(1440, Screen.desktopAvailableWidth)\n"
                                              "  height: Math.min(900, Screen.desktopAvailableHeight)\n"
                                              "  minimumWidth: 1024; minimumHeight: 700\n");
    if (args.contains(QStringLiteral("--plain"))) {
        engine.loadData(QByteArrayLiteral("import QtQuick\nWindow { visible: true\n") + size + "}\n");
    } else {
        engine.loadData(
            QByteArrayLiteral("import QtQuick\nimport QtQuick.Controls\nApplicationWindow { visible: true\n") + size +
            (text ? QByteArrayLiteral("  Label { anchors.centerIn: parent; font.family: \"Noto Sans CJK KR\"\n"
                                      "    font.pixelSize: 18; text: \"직원을 선택하고 PIN을 입력하세요\" }\n")
                  : QByteArray()) +
            QByteArrayLiteral("}\n"));
    }
    auto *window =
        engine.rootObjects().isEmpty() ? nullptr : qobject_cast<QQuickWindow *>(engine.rootObjects().constFirst());
    if (window == nullptr) {
        std::fprintf(stderr, "madang-bare-window: the window failed to load\n");
        return 2;
    }
    bool done = false;
    QObject::connect(
        window, &QQuickWindow::frameSwapped, &app,
        [&done] {
            if (!done) {
                done = true;
                std::printf("{\"startup_ms\":%.1f}\n", madang::msSinceProcessStart());
                std::fflush(stdout);
                QCoreApplication::quit();
            }
        },
        Qt::QueuedConnection);
    QTimer::singleShot(30000, &app, [] { QCoreApplication::exit(3); });
    return QGuiApplication::exec();
}
