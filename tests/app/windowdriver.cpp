#include "windowdriver.h"

#include "shell/appstore.h"

#include <QDir>
#include <QGuiApplication>
#include <QImage>
#include <QInputMethodEvent>
#include <QQmlApplicationEngine>
#include <QQuickItem>

namespace {
/// Depth-first search of the visible tree (popups live in the overlay, beside the content item).
QQuickItem *findVisible(QQuickItem *root, const QString &name)
{
    if (!root->isVisible()) {
        return nullptr; // hidden pages keep their items alive; skip them
    }
    if (root->objectName() == name) {
        return root;
    }
    const auto children = root->childItems();
    for (QQuickItem *child : children) {
        if (QQuickItem *found = findVisible(child, name)) {
            return found;
        }
    }
    return nullptr;
}

QPoint centreOf(const QQuickItem *target)
{
    return target->mapToScene(QPointF(target->width() / 2, target->height() / 2)).toPoint();
}
} // namespace

void WindowDriver::openMainWindow(QQmlApplicationEngine &engine, AppStore &store)
{
    engine.addImportPath(QStringLiteral("qrc:/qt/qml"));
    engine.setInitialProperties({{QStringLiteral("store"), QVariant::fromValue(&store)}});
    engine.load(QUrl(QStringLiteral("qrc:/qt/qml/Madang/App/Main.qml")));
    QVERIFY(!engine.rootObjects().isEmpty());
    m_window = qobject_cast<QQuickWindow *>(engine.rootObjects().constFirst());
    QVERIFY(m_window);
    m_window->resize(1366, 768);
    QVERIFY(QTest::qWaitForWindowExposed(m_window));
}

QQuickItem *WindowDriver::item(const QString &objectName) const
{
    QQuickItem *root =
        m_window->contentItem()->parentItem() ? m_window->contentItem()->parentItem() : m_window->contentItem();
    return findVisible(root, objectName);
}

QObject *WindowDriver::openPopup(const QString &objectName) const
{
    const QList<QObject *> found = m_window->findChildren<QObject *>(objectName);
    for (QObject *popup : found) {
        if (popup->property("opened").toBool()) {
            return popup;
        }
    }
    return nullptr;
}

void WindowDriver::click(const QString &objectName)
{
    QQuickItem *target = nullptr;
    QTRY_VERIFY2((target = item(objectName)) != nullptr, qPrintable(objectName));
    if (m_options.waitUntilEnabled) {
        QTRY_VERIFY2(target->isEnabled(), qPrintable(objectName));
    } else {
        QVERIFY2(target->isEnabled(), qPrintable(objectName));
    }
    // A thumb needs room: every control the test presses must be big enough to touch.
    QVERIFY2(target->height() >= m_options.minClickHeight && target->width() >= m_options.minClickWidth,
             qPrintable(objectName));
    QTest::mouseClick(m_window, Qt::LeftButton, {}, centreOf(target));
    // A dialog that closes fades out and keeps catching clicks meanwhile; keypads and menus do not.
    bool quick = false;
    for (const QString &prefix : std::as_const(m_options.quickClickPrefixes)) {
        quick = quick || objectName.startsWith(prefix);
    }
    QTest::qWait(quick ? m_options.quickSettleMs : m_options.clickSettleMs);
}

void WindowDriver::typeInto(const QString &objectName, const QString &text)
{
    QQuickItem *field = nullptr;
    QTRY_VERIFY2((field = item(objectName)) != nullptr, qPrintable(objectName));
    field->forceActiveFocus();
    QInputMethodEvent commit;
    commit.setCommitString(text);
    if (!m_options.typeReplaces) {
        QCoreApplication::sendEvent(field, &commit);
        return;
    }
    QTRY_VERIFY(field->hasActiveFocus());
    QMetaObject::invokeMethod(field, "selectAll");
    QTest::keyClick(m_window, Qt::Key_Backspace);
    QCoreApplication::sendEvent(QGuiApplication::focusObject(), &commit);
}

void WindowDriver::typeAmount(const QString &digits)
{
    for (const QChar d : digits) {
        click(QStringLiteral("moneyKey_") + d);
        if (QTest::currentTestFailed()) {
            return;
        }
    }
}

void WindowDriver::enterPin(const QString &pin)
{
    for (const QChar digit : pin) {
        click(QStringLiteral("pinKey_") + digit);
        if (QTest::currentTestFailed()) {
            return;
        }
    }
    click(QStringLiteral("pinKey_OK"));
}

void WindowDriver::dragBy(const QString &objectName, int dx, int dy)
{
    QQuickItem *target = nullptr;
    QTRY_VERIFY2((target = item(objectName)) != nullptr, qPrintable(objectName));
    QVERIFY2(target->width() >= 44 && target->height() >= 44, qPrintable(objectName)); // room for a thumb
    const QPoint from = centreOf(target);
    QTest::mousePress(m_window, Qt::LeftButton, {}, from);
    constexpr int kSteps = 6;
    for (int i = 1; i <= kSteps; ++i) {
        QTest::mouseMove(m_window, from + QPoint(dx * i / kSteps, dy * i / kSteps), 20);
    }
    QTest::mouseRelease(m_window, Qt::LeftButton, {}, from + QPoint(dx, dy), 20);
    QTest::qWait(100);
}

void WindowDriver::shoot(const QString &name)
{
    QTest::qWait(m_options.shotSettleMs); // let list updates and dialog animations settle
    const QImage image = m_window->grabWindow();
    QVERIFY2(!image.isNull(), qPrintable(name));
    if (m_options.shotMustShowSomething) {
        // A blank grab means nothing rendered: the sampled pixels must not all be one colour.
        const QRgb a = image.pixel(image.width() / 2, image.height() / 3);
        bool varied = false;
        for (int y = 0; y < image.height() && !varied; y += 7) {
            for (int x = 0; x < image.width() && !varied; x += 7) {
                varied = image.pixel(x, y) != a;
            }
        }
        QVERIFY2(varied, qPrintable(name + QStringLiteral(" rendered nothing")));
    }
    const QString dir = qEnvironmentVariable("MADANG_SCREENSHOT_DIR");
    if (!dir.isEmpty()) {
        QDir().mkpath(dir);
        const QString file = QStringLiteral("%1%2-%3.png").arg(m_options.shotPrefix, name, m_lang);
        QVERIFY(image.save(QDir(dir).filePath(file)));
    }
}
