import QtQuick
import Madang.App
import QtQuick.Controls
import QtQuick.Layouts

// One large, tappable card for a kind of business.
AbstractButton {
    id: control
    property string title
    property string detail
    checkable: true
    implicitWidth: 200
    implicitHeight: 150
    background: Rectangle {
        radius: Theme.radius
        color: control.checked ? Theme.accentLight : Theme.surface
        border.width: control.checked ? 3 : 1
        border.color: control.checked ? Theme.accent : Theme.border
    }
    contentItem: ColumnLayout {
        spacing: 6
        Label {
            text: control.title
            font.pixelSize: Theme.fontTitle
            font.bold: true
            color: Theme.text
            Layout.alignment: Qt.AlignHCenter
        }
        Label {
            text: control.detail
            font.pixelSize: Theme.fontSmall
            color: Theme.muted
            wrapMode: Text.WordWrap
            horizontalAlignment: Text.AlignHCenter
            Layout.fillWidth: true
        }
    }
}
