import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Madang.App
import Madang.ViewModels

// An amount on a keypad, with a reason when asked for: the opening float, cash in or out, the counted
// cash at closing. A no-sale asks only for the reason.
Dialog {
    id: dialog
    required property ShiftModel shift
    property string heading
    property string confirmText: qsTr("OK")
    property bool needsAmount: true
    property bool needsReason: false
    property string hint
    signal confirmed(real amount, string reason)

    function ask(titleText, okText, amountNeeded, reasonNeeded, hintText) {
        heading = titleText
        confirmText = okText
        needsAmount = amountNeeded
        needsReason = reasonNeeded
        hint = hintText || ""
        keypad.value = 0
        reasonField.text = ""
        shift.clearError()
        open()
    }

    modal: true
    anchors.centerIn: Overlay.overlay
    width: 560
    padding: 24
    background: Rectangle { color: Theme.surface; radius: Theme.radius; border.color: Theme.border }
    header: Label {
        text: dialog.heading
        font.pixelSize: Theme.fontTitle
        font.bold: true
        padding: 24
        bottomPadding: 4
    }
    contentItem: ColumnLayout {
        spacing: 12
        Label {
            text: dialog.hint
            visible: text.length > 0
            color: Theme.muted
            wrapMode: Text.WordWrap
            Layout.fillWidth: true
        }
        Label {
            objectName: "amountDisplay"
            visible: dialog.needsAmount
            text: dialog.shift.amountText(keypad.value)
            font.pixelSize: Theme.fontHero
            font.bold: true
            horizontalAlignment: Text.AlignRight
            Layout.fillWidth: true
        }
        MoneyKeypad {
            id: keypad
            visible: dialog.needsAmount
            keyHeight: 56
            Layout.fillWidth: true
        }
        TextField {
            id: reasonField
            objectName: "cashReason"
            visible: dialog.needsReason
            placeholderText: qsTr("Reason (e.g. change from the bank, supplier paid)")
            font.pixelSize: Theme.fontBody
            implicitHeight: Theme.touch
            Layout.fillWidth: true
        }
        Label {
            objectName: "amountError"
            text: dialog.shift.error
            visible: text.length > 0
            color: Theme.danger
            wrapMode: Text.WordWrap
            Layout.fillWidth: true
        }
    }
    footer: DialogButtonBox {
        padding: 16
        background: null
        TouchButton {
            text: qsTr("Cancel")
            flat: true
            DialogButtonBox.buttonRole: DialogButtonBox.RejectRole
        }
        TouchButton {
            objectName: "amountConfirm"
            text: dialog.confirmText
            primary: true
            enabled: !dialog.needsReason || reasonField.text.trim().length > 0
            onClicked: dialog.confirmed(keypad.value, reasonField.text)
        }
    }
}
