import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Madang.App

// A keypad for an amount in minor units: digits, 00 and 000, backspace and clear. Typing on a
// keyboard works too. `value` is the amount; the screen shows it in its currency.
GridLayout {
    id: pad
    property real value: 0
    property real maximum: 1e13
    property int keyHeight: 64
    columns: 3
    rowSpacing: 8
    columnSpacing: 8
    focus: true

    function press(key) {
        if (key === "⌫")
            value = Math.floor(value / 10)
        else if (key === "C")
            value = 0
        else {
            const next = value * Math.pow(10, key.length) + Number(key)
            if (next <= maximum)
                value = next
        }
    }
    Keys.onPressed: event => {
        if (event.key >= Qt.Key_0 && event.key <= Qt.Key_9) {
            press(String(event.key - Qt.Key_0))
            event.accepted = true
        } else if (event.key === Qt.Key_Backspace) {
            press("⌫")
            event.accepted = true
        }
    }

    Repeater {
        model: ["1", "2", "3", "4", "5", "6", "7", "8", "9", "00", "0", "⌫", "000", "C"]
        delegate: TouchButton {
            required property string modelData
            objectName: "moneyKey_" + (modelData === "⌫" ? "back" : modelData)
            text: modelData
            implicitHeight: pad.keyHeight
            implicitWidth: 80
            leftPadding: 4
            rightPadding: 4
            font.pixelSize: Theme.fontTitle
            Layout.fillWidth: true
            Layout.columnSpan: modelData === "C" ? 2 : 1
            onClicked: pad.press(modelData)
        }
    }
}
