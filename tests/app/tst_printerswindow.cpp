// Settings → Printers in the real window, in Korean and in English: a bad address is refused inside the
// add dialog, a printer is added and test-printed, a printer that never answers fails a receipt three
// times (on the fake clock), and the failed job shows in the list, on the Settings badge and in the
// shell's banner until it is cancelled. With MADANG_SCREENSHOT_DIR set the PNGs are kept.
#include "merchantrepository.h"
#include "printingfixture.h"
#include "settingsmodel.h"
#include "store.h"
#include "testsupport.h"
#include "translator.h"

#include <QDir>
#include <QGuiApplication>
#include <QInputMethodEvent>
#include <QQmlApplicationEngine>
#include <QQuickItem>
#include <QQuickStyle>
#include <QQuickWindow>
#include <QTest>

using namespace madang;

class tst_PrintersWindow : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QQuickStyle::setStyle(QStringLiteral("Material")); }
    void printersAndFailedJobs_data();
    void printersAndFailedJobs();

private:
    QQuickItem *item(const QString &objectName) const;
    void click(const QString &objectName);
    void typeInto(const QString &objectName, const QString &text);
    void shoot(const QString &name);

    QQuickWindow *m_window = nullptr;
    QString m_lang;
};

namespace {
QQuickItem *findVisible(QQuickItem *root, const QString &name)
{
    if (!root->isVisible()) {
        return nullptr;
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
} // namespace

QQuickItem *tst_PrintersWindow::item(const QString &objectName) const
{
    QQuickItem *root =
        m_window->contentItem()->parentItem() ? m_window->contentItem()->parentItem() : m_window->contentItem();
    return findVisible(root, objectName);
}

void tst_PrintersWindow::click(const QString &objectName)
{
    QQuickItem *target = nullptr;
    QTRY_VERIFY2((target = item(objectName)) != nullptr, qPrintable(objectName));
    QVERIFY2(target->isEnabled(), qPrintable(objectName));
    QVERIFY2(target->height() >= 48 && target->width() >= 48, qPrintable(objectName));
    const QPoint centre = target->mapToScene(QPointF(target->width() / 2, target->height() / 2)).toPoint();
    QTest::mouseClick(m_window, Qt::LeftButton, {}, centre);
    QTest::qWait(50);
}

void tst_PrintersWindow::typeInto(const QString &objectName, const QString &text)
{
    QQuickItem *field = nullptr;
    QTRY_VERIFY2((field = item(objectName)) != nullptr, qPrintable(objectName));
    field->forceActiveFocus();
    QTRY_VERIFY(field->hasActiveFocus());
    QMetaObject::invokeMethod(field, "selectAll");
    QTest::keyClick(m_window, Qt::Key_Backspace);
    QInputMethodEvent commit;
    commit.setCommitString(text);
    QCoreApplication::sendEvent(QGuiApplication::focusObject(), &commit);
}

void tst_PrintersWindow::shoot(const QString &name)
{
    QTest::qWait(400);
    const QImage image = m_window->grabWindow();
    QVERIFY2(!image.isNull(), qPrintable(name));
    const QString dir = qEnvironmentVariable("MADANG_SCREENSHOT_DIR");
    if (!dir.isEmpty()) {
        QDir().mkpath(dir);
        QVERIFY(image.save(QDir(dir).filePath(QStringLiteral("%1-%2.png").arg(name, m_lang))));
    }
}

void tst_PrintersWindow::printersAndFailedJobs_data()
{
    QTest::addColumn<QString>("lang");
    QTest::newRow("ko") << QStringLiteral("ko");
    QTest::newRow("en") << QStringLiteral("en");
}

void tst_PrintersWindow::printersAndFailedJobs()
{
    QFETCH(QString, lang);
    m_lang = lang;
#define STEP(call)                                                                                                     \
    do {                                                                                                               \
        call;                                                                                                          \
        if (QTest::currentTestFailed())                                                                                \
            return;                                                                                                    \
    } while (false)
    PrintingFixture f(PrintingFixture::Printers::Fail);
    QVERIFY(f.ok());
    MADANG_VERIFY_OK(f.store().merchant().setSetting(SettingsModel::kLanguageKey, lang));
    Translator::apply(lang);
    f.addPrinter(QStringLiteral("kitchen"), QStringLiteral("tcp"), QStringLiteral("192.168.0.51:9100"), 80, false);

    QQmlApplicationEngine engine;
    engine.addImportPath(QStringLiteral("qrc:/qt/qml"));
    engine.setInitialProperties({{QStringLiteral("store"), QVariant::fromValue(&f.app())}});
    engine.load(QUrl(QStringLiteral("qrc:/qt/qml/Madang/App/Main.qml")));
    QVERIFY(!engine.rootObjects().isEmpty());
    m_window = qobject_cast<QQuickWindow *>(engine.rootObjects().constFirst());
    QVERIFY(m_window);
    m_window->resize(1366, 768);
    QVERIFY(QTest::qWaitForWindowExposed(m_window));

    STEP(click(QStringLiteral("nav5")));
    STEP(click(QStringLiteral("printersTab")));
    QTRY_COMPARE(item(QStringLiteral("printerList"))->property("count").toInt(), 1);

    // A port out of range is refused in the dialog, which stays open; then the right address is taken.
    STEP(click(QStringLiteral("addPrinterButton")));
    QTest::qWait(400);
    STEP(typeInto(QStringLiteral("printerName"), QStringLiteral("카운터")));
    STEP(typeInto(QStringLiteral("printerAddress"), QStringLiteral("host:99999")));
    STEP(click(QStringLiteral("printerSave")));
    QTRY_VERIFY(item(QStringLiteral("printerError")) != nullptr);
    QVERIFY(item(QStringLiteral("printerError"))->property("text").toString().contains(QStringLiteral("99999")));
    STEP(shoot(QStringLiteral("printers-01-add-refused")));
    STEP(typeInto(QStringLiteral("printerAddress"), QStringLiteral("127.0.0.1:9")));
    STEP(click(QStringLiteral("printerSave")));
    QTRY_VERIFY(item(QStringLiteral("printerSave")) == nullptr);
    QTRY_COMPARE(item(QStringLiteral("printerList"))->property("count").toInt(), 2);
    STEP(shoot(QStringLiteral("printers-02-list")));

    // A sale's receipt for the printer that never answers: three attempts on the fake clock, then failed.
    f.sellAtCounter();
    for (int attempt = 1; attempt <= PrintQueue::kMaxAttempts; ++attempt) {
        f.printing().drainOnce();
        f.clock().advance(PrintQueue::backoffMs(attempt));
    }
    QTRY_VERIFY(item(QStringLiteral("failedJobList")) != nullptr);
    QCOMPARE(item(QStringLiteral("failedJobList"))->property("count").toInt(), 1);
    QVERIFY(item(QStringLiteral("failedPrintBanner")) != nullptr);
    QVERIFY(item(QStringLiteral("navBadge")) != nullptr);
    STEP(shoot(QStringLiteral("printers-03-failed-job")));

    // The badge and the banner show on other screens too.
    STEP(click(QStringLiteral("nav0")));
    QTRY_VERIFY(item(QStringLiteral("failedPrintBanner")) != nullptr);
    STEP(shoot(QStringLiteral("printers-04-shell-badge")));
    STEP(click(QStringLiteral("showFailedPrints")));
    QTRY_VERIFY(item(QStringLiteral("failedJobList")) != nullptr);
    STEP(click(QStringLiteral("cancelJob")));
    QTRY_VERIFY(item(QStringLiteral("failedPrintBanner")) == nullptr);
    QVERIFY(item(QStringLiteral("navBadge")) == nullptr);
    STEP(shoot(QStringLiteral("printers-05-cancelled")));

    // Edit: the kitchen printer moves to another address; then it is removed. The receipt printer is not.
    const auto printerNamed = [&f](const QString &name) {
        const QList<PrinterConfig> printers = f.queue().listPrinters().value();
        for (const PrinterConfig &p : printers) {
            if (p.name == name) {
                return p;
            }
        }
        return PrinterConfig{};
    };
    STEP(click(QStringLiteral("nav5")));
    STEP(click(QStringLiteral("printersTab")));
    STEP(click(QStringLiteral("editPrinter_kitchen")));
    QTest::qWait(400);
    QCOMPARE(item(QStringLiteral("printerAddress"))->property("text").toString(), QStringLiteral("192.168.0.51:9100"));
    STEP(typeInto(QStringLiteral("printerAddress"), QStringLiteral("192.168.0.52")));
    STEP(shoot(QStringLiteral("printers-06-edit")));
    STEP(click(QStringLiteral("printerSave")));
    QTRY_VERIFY(item(QStringLiteral("printerSave")) == nullptr);
    QTRY_COMPARE(printerNamed(QStringLiteral("kitchen")).address, QStringLiteral("192.168.0.52"));
    STEP(click(QStringLiteral("editPrinter_kitchen")));
    QTest::qWait(400);
    STEP(click(QStringLiteral("printerRemove")));
    QTRY_VERIFY(item(QStringLiteral("printerSave")) == nullptr);
    QTRY_COMPARE(item(QStringLiteral("printerList"))->property("count").toInt(), 1);
    STEP(click(QStringLiteral("editPrinter_카운터")));
    QTest::qWait(400);
    STEP(click(QStringLiteral("printerRemove")));
    QTRY_VERIFY(item(QStringLiteral("printerError")) != nullptr);
    QVERIFY(item(QStringLiteral("printerError"))->property("text").toString().contains(QStringLiteral("카운터")));
    STEP(shoot(QStringLiteral("printers-07-remove-refused")));
    QCOMPARE(f.queue().listPrinters()->size(), 1);

    m_window = nullptr;
}

QTEST_MAIN(tst_PrintersWindow)
#include "tst_printerswindow.moc"
