import QtQuick
import QtQuick.Layouts
import Madang.App

// A touch keypad for amounts and approval numbers: 1–9, 00, 0 and ⌫; with `wide`, 000 and C as well (the
// payment's keypad). It never takes the focus, so a text field being typed into keeps it.
GridLayout {
    id: pad
    property bool wide: false
    property int keyHeight: 64
    signal digits(string text)
    signal back()
    signal cleared()
    columns: 3
    rowSpacing: 8
    columnSpacing: 8
    Repeater {
        model: ["1", "2", "3", "4", "5", "6", "7", "8", "9", "00", "0", "⌫"].concat(pad.wide ? ["000", "C"] : [])
        delegate: TouchButton {
            id: key
            required property string modelData
            objectName: "amountKey_" + (modelData === "⌫" ? "back" : modelData)
            text: modelData
            focusPolicy: Qt.NoFocus
            implicitWidth: 92
            implicitHeight: pad.keyHeight
            leftPadding: 4
            rightPadding: 4
            font.pixelSize: Theme.fontTitle
            Layout.fillWidth: true
            Layout.columnSpan: modelData === "C" ? 2 : 1
            onClicked: {
                if (key.modelData === "⌫")
                    pad.back()
                else if (key.modelData === "C")
                    pad.cleared()
                else
                    pad.digits(key.modelData)
            }
        }
    }
}
