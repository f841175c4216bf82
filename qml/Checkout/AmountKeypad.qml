import QtQuick
import QtQuick.Layouts
import Madang.App

// A touch keypad for amounts and approval numbers: 1–9, 00, 0 and ⌫. It never takes the focus, so a
// text field being typed into keeps it.
GridLayout {
    id: pad
    signal digits(string text)
    signal back()
    columns: 3
    rowSpacing: 8
    columnSpacing: 8
    Repeater {
        model: ["1", "2", "3", "4", "5", "6", "7", "8", "9", "00", "0", "⌫"]
        delegate: TouchButton {
            id: key
            required property string modelData
            objectName: "amountKey_" + (modelData === "⌫" ? "back" : modelData)
            text: modelData
            focusPolicy: Qt.NoFocus
            implicitWidth: 92
            implicitHeight: 64
            leftPadding: 4
            rightPadding: 4
            font.pixelSize: Theme.fontTitle
            Layout.fillWidth: true
            onClicked: key.modelData === "⌫" ? pad.back() : pad.digits(key.modelData)
        }
    }
}
