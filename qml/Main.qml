import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material
import Madang.ViewModels

// The window: the setup wizard until the terminal is set up, then the shell.
ApplicationWindow {
    id: window
    required property AppStore store
    // Fill a counter screen; stay a comfortable window on a large desktop.
    width: Math.min(1440, Screen.desktopAvailableWidth)
    height: Math.min(900, Screen.desktopAvailableHeight)
    minimumWidth: 1024
    minimumHeight: 700
    visible: true
    title: store.setUp ? store.businessName + " · Madang" : "Madang"
    font.family: Theme.fontFamily
    font.pixelSize: Theme.fontBody
    color: Theme.background
    Material.theme: Material.Light
    Material.accent: Theme.accent
    Material.primary: Theme.accent

    Loader {
        anchors.fill: parent
        sourceComponent: !window.store.setUp ? wizardComponent
                         : window.store.session.signedIn ? shellComponent : signInComponent
    }
    Component {
        id: wizardComponent
        SetupWizard {
            store: window.store
        }
    }
    Component {
        id: signInComponent
        SignInPage {
            store: window.store
        }
    }
    Component {
        id: shellComponent
        Shell {
            store: window.store
        }
    }
}
