import QtQuick
import Madang.App
import QtQuick.Controls
import QtQuick.Layouts

// A figure with a caption, for the Today screen.
Rectangle {
    id: card
    property string caption
    property string value
    property string note
    implicitWidth: 240
    implicitHeight: Math.max(140, column.implicitHeight + 40)
    radius: Theme.radius
    color: Theme.surface
    border.color: Theme.border
    ColumnLayout {
        id: column
        anchors.fill: parent
        anchors.margins: 20
        spacing: 4
        Label {
            text: card.caption
            font.pixelSize: Theme.fontSmall
            color: Theme.muted
            elide: Text.ElideRight
            Layout.fillWidth: true
        }
        Label {
            text: card.value
            font.pixelSize: Theme.fontHero
            font.bold: true
            color: Theme.text
            Layout.fillWidth: true
            elide: Text.ElideRight
        }
        Label {
            text: card.note
            visible: text.length > 0
            font.pixelSize: Theme.fontSmall
            color: Theme.muted
            wrapMode: Text.WordWrap
            Layout.fillWidth: true
        }
    }
}
