import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Madang.App
import Madang.ViewModels

// On the rail: a dot (green in step, amber uploading or connecting, red offline) and one line about the platform;
// a second line in red when something needs someone to look at it. Tapping it opens the detail.
AbstractButton {
    id: control
    required property SyncStatusModel status
    implicitHeight: Math.max(Theme.touch, column.implicitHeight + 16)
    leftPadding: 10
    rightPadding: 8
    background: Rectangle {
        color: control.down ? Theme.accentLight : "transparent"
        radius: 8
    }
    contentItem: RowLayout {
        spacing: 8
        Rectangle {
            objectName: "syncDot"
            width: 12
            height: 12
            radius: 6
            color: control.status.tone === "offline" ? Theme.danger
                   : control.status.tone === "busy" ? Theme.warning : Theme.accent
            Layout.alignment: Qt.AlignVCenter
        }
        ColumnLayout {
            id: column
            spacing: 2
            Layout.fillWidth: true
            Label {
                objectName: "syncHeadline"
                text: control.status.headline
                font.pixelSize: Theme.fontSmall
                color: Theme.text
                wrapMode: Text.WordWrap
                Layout.fillWidth: true
            }
            Label {
                objectName: "syncAttention"
                visible: control.status.needsAttention > 0
                text: qsTr("Needs attention: %1").arg(control.status.needsAttention)
                font.pixelSize: Theme.fontSmall
                color: Theme.danger
                wrapMode: Text.WordWrap
                Layout.fillWidth: true
            }
        }
    }
}
