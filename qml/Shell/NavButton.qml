import QtQuick
import Madang.App
import QtQuick.Controls

// One entry of the navigation rail: large, with a bar marking the current screen.
ItemDelegate {
    id: control
    property bool current: false
    implicitHeight: 72
    font.pixelSize: Theme.fontBody
    font.bold: current
    background: Rectangle {
        color: control.current ? Theme.accentLight : (control.down ? "#ECEFED" : "transparent")
        Rectangle {
            width: 5
            height: parent.height
            color: Theme.accent
            visible: control.current
        }
    }
    contentItem: Label {
        text: control.text
        font: control.font
        color: control.current ? Theme.accent : Theme.text
        horizontalAlignment: Text.AlignHCenter
        verticalAlignment: Text.AlignVCenter
        elide: Text.ElideRight
    }
}
