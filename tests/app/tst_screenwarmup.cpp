// ScreenWarmUp: nothing is compiled before the window's first frame; after it, every screen that can be compiled is,
// in the background, and a screen that cannot be does not stop the others.
#include "shell/screenwarmup.h"

#include <QQmlApplicationEngine>
#include <QQuickWindow>
#include <QTemporaryDir>
#include <QTest>

class tst_ScreenWarmUp : public QObject
{
    Q_OBJECT
private slots:
    void compilesAfterTheFirstFrame_data();
    void compilesAfterTheFirstFrame();
    void waitsForTheFirstFrame();
};

namespace {
QUrl writeQml(const QTemporaryDir &dir, const QString &name, const QByteArray &text)
{
    QFile file(dir.filePath(name));
    if (!file.open(QIODevice::WriteOnly) || file.write(text) != text.size()) {
        return {};
    }
    return QUrl::fromLocalFile(file.fileName());
}
} // namespace

void tst_ScreenWarmUp::compilesAfterTheFirstFrame_data()
{
    QTest::addColumn<QStringList>("screens"); // names of files in the scratch folder
    QTest::addColumn<int>("ready");
    QTest::newRow("none") << QStringList{} << 0;
    QTest::newRow("one") << QStringList{QStringLiteral("Good.qml")} << 1;
    QTest::newRow("two") << QStringList{QStringLiteral("Good.qml"), QStringLiteral("Other.qml")} << 2;
    QTest::newRow("a broken one does not stop the rest")
        << QStringList{QStringLiteral("Broken.qml"), QStringLiteral("Good.qml")} << 1;
    QTest::newRow("a missing one does not stop the rest")
        << QStringList{QStringLiteral("Missing.qml"), QStringLiteral("Other.qml")} << 1;
}

void tst_ScreenWarmUp::compilesAfterTheFirstFrame()
{
    QFETCH(QStringList, screens);
    QFETCH(int, ready);
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QVERIFY(!writeQml(dir, QStringLiteral("Good.qml"), "import QtQuick\nRectangle { width: 10; color: \"red\" }\n")
                 .isEmpty());
    QVERIFY(!writeQml(dir, QStringLiteral("Other.qml"), "import QtQuick\nText { text: \"x\" }\n").isEmpty());
    QVERIFY(!writeQml(dir, QStringLiteral("Broken.qml"), "import QtQuick\nRectangle { width: \n").isEmpty());
    QList<QUrl> urls;
    for (const QString &name : std::as_const(screens)) {
        urls << QUrl::fromLocalFile(dir.filePath(name));
    }

    QQmlApplicationEngine engine;
    engine.loadData("import QtQuick\nWindow { width: 200; height: 100; visible: true }\n");
    QCOMPARE(engine.rootObjects().size(), 1);
    auto *window = qobject_cast<QQuickWindow *>(engine.rootObjects().constFirst());
    QVERIFY(window != nullptr);
    ScreenWarmUp warmUp(engine, window, urls);
    QCOMPARE(warmUp.readyCount(), 0); // nothing before the first frame

    QVERIFY(QTest::qWaitForWindowExposed(window));
    QTRY_COMPARE(warmUp.readyCount(), ready);
    QTest::qWait(50);
    QCOMPARE(warmUp.readyCount(), ready); // and it stays so: later frames do not start it again
}

void tst_ScreenWarmUp::waitsForTheFirstFrame()
{
    QTemporaryDir dir;
    const QUrl good = writeQml(dir, QStringLiteral("Good.qml"), "import QtQuick\nItem {}\n");
    QVERIFY(!good.isEmpty());
    QQmlApplicationEngine engine;
    engine.loadData("import QtQuick\nWindow { width: 200; height: 100; visible: false }\n");
    auto *window = qobject_cast<QQuickWindow *>(engine.rootObjects().value(0));
    QVERIFY(window != nullptr);
    ScreenWarmUp warmUp(engine, window, {good});
    QTest::qWait(300); // long enough for a compile that had started
    QCOMPARE(warmUp.readyCount(), 0);
    window->show();
    QVERIFY(QTest::qWaitForWindowExposed(window));
    QTRY_COMPARE(warmUp.readyCount(), 1);
}

QTEST_MAIN(tst_ScreenWarmUp)
#include "tst_screenwarmup.moc"
