import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Madang.App

// A touch keypad for a 4–6 digit PIN. Digits show as dots; OK submits. Typing on a keyboard works too.
ColumnLayout {
    id: pad
    property string pin: ""
    property string errorText: ""
    signal submitted(string pin)
    function clear() { pin = "" }
    spacing: 12
    focus: true
    Keys.onPressed: event => {
        if (event.key >= Qt.Key_0 && event.key <= Qt.Key_9 && pin.length < 6) {
            pin += String(event.key - Qt.Key_0)
            event.accepted = true
        } else if (event.key === Qt.Key_Backspace) {
            pin = pin.slice(0, -1)
            event.accepted = true
        } else if ((event.key === Qt.Key_Return || event.key === Qt.Key_Enter) && pin.length >= 4) {
            pad.submitted(pin)
            event.accepted = true
        }
    }

    Row {
        objectName: "pinDots"
        spacing: 14
        Layout.alignment: Qt.AlignHCenter
        Layout.preferredHeight: 28
        Repeater {
            model: 6
            delegate: Rectangle {
                required property int index
                width: 20
                height: 20
                radius: 10
                visible: index < Math.max(4, pad.pin.length)
                color: index < pad.pin.length ? Theme.accent : "transparent"
                border.color: Theme.accent
                border.width: 2
            }
        }
    }
    Label {
        objectName: "pinError"
        text: pad.errorText
        visible: text.length > 0
        color: Theme.danger
        wrapMode: Text.WordWrap
        horizontalAlignment: Text.AlignHCenter
        Layout.fillWidth: true
    }
    GridLayout {
        columns: 3
        rowSpacing: 10
        columnSpacing: 10
        Layout.alignment: Qt.AlignHCenter
        Repeater {
            model: ["1", "2", "3", "4", "5", "6", "7", "8", "9", "⌫", "0", "OK"]
            delegate: TouchButton {
                required property string modelData
                objectName: "pinKey_" + (modelData === "⌫" ? "back" : modelData)
                text: modelData === "OK" ? qsTr("OK") : modelData
                primary: modelData === "OK"
                enabled: modelData !== "OK" || pad.pin.length >= 4
                implicitWidth: 88
                implicitHeight: 68
                leftPadding: 6
                rightPadding: 6
                font.pixelSize: Theme.fontTitle
                onClicked: {
                    if (modelData === "⌫")
                        pad.pin = pad.pin.slice(0, -1)
                    else if (modelData === "OK")
                        pad.submitted(pad.pin)
                    else if (pad.pin.length < 6)
                        pad.pin += modelData
                }
            }
        }
    }
}
