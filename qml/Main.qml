import QtQuick
import Madang.ViewModels

// The window: the setup wizard until the terminal is set up, then the shell. A plain Qt Quick Window, not an
// ApplicationWindow, so that the first frame (the sign-in page, also plain Qt Quick) does not wait for Qt Quick
// Controls and its style to load; the controls' colours and font come from qtquickcontrols2.conf.
Window {
    id: window
    required property AppStore store
    // Fill a counter screen; stay a comfortable window on a large desktop.
    width: Math.min(1440, Screen.desktopAvailableWidth)
    height: Math.min(900, Screen.desktopAvailableHeight)
    minimumWidth: 1024
    minimumHeight: 700
    visible: true
    title: store.setUp ? store.businessName + " · Madang" : "Madang"
    color: Theme.background

    // Each screen loads by URL, so that starting up compiles and creates only the screen shown: a Component here
    // would make the engine load every page behind the shell before the first frame.
    Loader {
        id: screen
        anchors.fill: parent
        focus: true
        readonly property string wanted: !window.store.setUp ? "Setup/SetupWizard.qml"
                                         : window.store.session.signedIn ? "Shell/Shell.qml" : "SignIn/SignInPage.qml"
        onWantedChanged: setSource(wanted, {store: window.store})
        Component.onCompleted: setSource(wanted, {store: window.store})
    }
}
