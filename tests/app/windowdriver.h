#pragma once

// Drives the real Madang window from a test the way a person would: find a visible item by its objectName,
// press it, type into it, drag it, and grab the window as a PNG. The window tests inherit it next to QObject,
// so their steps read click("nav1"), typeInto(...), shoot(...).
//
// The helpers fail the way QTest expects: they use QVERIFY and QTRY_VERIFY inside void functions, which
// only leave the helper. The caller checks QTest::currentTestFailed() after each call; STEP does that.

#include <QPointer>
#include <QQuickWindow>
#include <QString>
#include <QStringList>
#include <QTest>
#include <utility>

class AppStore;
class QQmlApplicationEngine;
class QQuickItem;

/// Runs one helper call and leaves the calling test function if that call failed.
#define STEP(call)                                                                                                     \
    do {                                                                                                               \
        call;                                                                                                          \
        if (QTest::currentTestFailed())                                                                                \
            return;                                                                                                    \
    } while (false)

class WindowDriver
{
public:
    /// How one test presses and photographs the window. The tests grew slightly different habits; each
    /// keeps its own here. Tests fill it with designated initializers; every member has a default (even
    /// `= {}`), so GCC does not warn about the ones left out.
    struct Options
    {
        /// Every control the test presses must be at least this high and this wide (room for a thumb).
        int minClickHeight = 44;
        int minClickWidth = 0;
        /// Wait (QTRY) for the item to become enabled before pressing it, instead of requiring it at once.
        bool waitUntilEnabled = false;
        /// How long to wait after a press, so that animations and closing dialogs settle.
        int clickSettleMs = 50;
        /// Items whose name starts with one of these (keypad keys, menu tiles) settle after quickSettleMs.
        QStringList quickClickPrefixes = {};
        int quickSettleMs = 60;
        /// true: focus the field, select all, erase it and commit the text to the focused object.
        /// false: focus the field and commit the text straight to it, after what it already holds.
        bool typeReplaces = true;
        /// Put before each screenshot's name in its file name, e.g. "floor-".
        QString shotPrefix = {};
        /// How long to wait before a grab, so that dialogs finish opening.
        int shotSettleMs = 400;
        /// Fail on a grab that is all one colour (nothing rendered).
        bool shotMustShowSomething = false;
    };

    explicit WindowDriver(Options options) : m_options(std::move(options)) {}

    /// Loads Main.qml with `store` as its initial property into `engine`, sizes the window to 1366x768
    /// and waits until it is shown. The window lives as long as the engine.
    void openMainWindow(QQmlApplicationEngine &engine, AppStore &store);
    [[nodiscard]] QQuickWindow *window() const { return m_window; }

    /// The language the screenshots are named after ("ko", "en").
    void setLanguage(const QString &lang) { m_lang = lang; }

    /// The visible item called `objectName`, in the content or in a popup, or nullptr.
    [[nodiscard]] QQuickItem *item(const QString &objectName) const;
    [[nodiscard]] QQuickItem *item(const char *objectName) const { return item(QString::fromUtf8(objectName)); }
    /// The open popup (a Dialog) called `objectName`, or nullptr: the screens may hold several of that name.
    [[nodiscard]] QObject *openPopup(const QString &objectName) const;

    /// Waits for the item, checks it is enabled and big enough to touch, and clicks its centre.
    void click(const QString &objectName);
    void click(const char *objectName) { click(QString::fromUtf8(objectName)); }

    /// Puts `text` into a field the way a Hangul input method delivers it: as a committed string.
    void typeInto(const QString &objectName, const QString &text);
    void typeInto(const char *objectName, const QString &text) { typeInto(QString::fromUtf8(objectName), text); }

    /// Presses the money keypad's key for each digit ("moneyKey_1", ...).
    void typeAmount(const QString &digits);
    /// Presses the PIN pad's key for each digit ("pinKey_1", ...), then OK.
    void enterPin(const QString &pin);

    /// Presses the item's centre, moves by (dx, dy) in steps, and releases.
    void dragBy(const QString &objectName, int dx, int dy);

    /// Grabs the window; with MADANG_SCREENSHOT_DIR set, saves it there as <prefix><name>-<language>.png.
    void shoot(const QString &name);

private:
    Options m_options;
    QPointer<QQuickWindow> m_window; // cleared when the engine that owns the window goes
    QString m_lang;
};
