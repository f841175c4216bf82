import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Madang.App
import Madang.ViewModels

// The sign-in page's panel once a name is tapped: the PIN keypad, or for a locked-out account the way to unlock
// it with a manager's PIN. The page sets the properties when it loads this file.
ColumnLayout {
    id: panel
    anchors.fill: parent // the page's Loader: a Loader leaves an item it does not size at its implicit size
    property AppStore store
    property string staffId
    property string staffName
    property bool locked: false
    spacing: Theme.gap

    /// A name was tapped (again): start a fresh PIN with the keyboard's focus.
    function reset() {
        if (pad.item) {
            pad.item.clear()
            pad.item.forceActiveFocus()
        }
    }

    // Made when needed: the keypad of a locked-out account is never built.
    Loader {
        id: pad
        active: !panel.locked
        visible: active // an emptied Loader keeps its last size, which the layout would still make room for
        Layout.alignment: Qt.AlignHCenter
        onLoaded: item.forceActiveFocus()
        sourceComponent: PinPad {
            objectName: "signInPad"
            errorText: panel.store ? panel.store.session.error : ""
            onSubmitted: pin => {
                panel.store.session.signIn(panel.staffId, pin)
                clear()
            }
        }
    }
    Label {
        visible: panel.locked
        text: qsTr("Too many wrong PINs. A manager or the owner must unlock this account.")
        color: Theme.danger
        wrapMode: Text.WordWrap
        Layout.fillWidth: true
    }
    TouchButton {
        objectName: "unlockButton"
        visible: panel.locked
        text: qsTr("Unlock with a manager's PIN")
        primary: true
        Layout.fillWidth: true
        onClicked: unlockDialog.active ? unlockDialog.item.open() : unlockDialog.active = true
    }
    Item { Layout.fillHeight: true }

    // Made the first time it is needed: a locked account is rare.
    Loader {
        id: unlockDialog
        active: false
        onLoaded: item.open()
        sourceComponent: ApprovalDialog {
            store: panel.store
            unlockStaffId: panel.staffId
            subject: qsTr("Unlock %1").arg(panel.staffName)
            onUnlocked: panel.store.session.clearError()
        }
    }
}
