import QtQuick
import Madang.App
import QtQuick.Controls

// A search box that reports what was typed after a short pause, so every keystroke does not query.
TextField {
    id: field
    signal searched(string text)
    implicitHeight: Theme.touch
    font.pixelSize: Theme.fontBody
    placeholderText: qsTr("Name, SKU, barcode or initials (ㄱㅊ)")
    inputMethodHints: Qt.ImhNoPredictiveText
    onTextChanged: pause.restart()
    Keys.onEscapePressed: field.clear()
    Timer {
        id: pause
        interval: 120
        onTriggered: field.searched(field.text)
    }
}
