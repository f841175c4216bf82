import QtQuick
import Madang.App
import QtQuick.Controls
import QtQuick.Layouts

// An honest placeholder for a screen that a later release fills.
Pane {
    id: page
    property string title
    property string description
    background: Rectangle { color: Theme.background }
    ColumnLayout {
        anchors.centerIn: parent
        width: Math.min(parent.width - 64, 640)
        spacing: Theme.gap
        Label {
            text: page.title
            font.pixelSize: Theme.fontHero
            font.bold: true
            color: Theme.text
            Layout.alignment: Qt.AlignHCenter
        }
        Label {
            text: page.description
            wrapMode: Text.WordWrap
            horizontalAlignment: Text.AlignHCenter
            font.pixelSize: Theme.fontBody
            color: Theme.muted
            Layout.fillWidth: true
        }
        Label {
            text: qsTr("Coming in a later release.")
            font.pixelSize: Theme.fontSmall
            color: Theme.accent
            Layout.alignment: Qt.AlignHCenter
        }
    }
}
