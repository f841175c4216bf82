import QtQuick
import Madang.App
import QtQuick.Controls

// One entry of the navigation rail: large, with a bar marking the current screen.
ItemDelegate {
    id: control
    property bool current: false
    /// A count to flag (failed print jobs on Settings); hidden at 0.
    property int badge: 0
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
    Rectangle {
        objectName: "navBadge"
        visible: control.badge > 0
        anchors.right: parent.right
        anchors.top: parent.top
        anchors.margins: 8
        width: Math.max(height, badgeText.implicitWidth + 12)
        height: 26
        radius: 13
        color: Theme.danger
        Label {
            id: badgeText
            anchors.centerIn: parent
            text: control.badge
            color: "white"
            font.pixelSize: Theme.fontSmall
            font.bold: true
        }
    }
}
