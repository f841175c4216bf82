import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Madang.App

// One table on the plan: its shape, name, seats or guests, and the running total.
Rectangle {
    id: tile
    property string name
    property int seats
    property int guests
    property string totalText
    property int minutes: -1
    property string joinedToName // set when a seated party's reservation joined this table to another
    property bool round
    property bool selected
    property color fill: Theme.surface
    property color edge: Theme.border
    readonly property bool roomy: width >= 110 && height >= 96

    radius: round ? Math.min(width, height) / 2 : 14
    color: fill
    border.color: selected ? Theme.accent : edge
    border.width: selected ? 4 : 2

    ColumnLayout {
        anchors.centerIn: parent
        width: parent.width - (tile.round ? parent.width * 0.22 : 12)
        spacing: 0
        Label {
            text: tile.name
            font.pixelSize: tile.roomy ? Theme.fontTitle : Theme.fontBody
            font.bold: true
            color: Theme.text
            horizontalAlignment: Text.AlignHCenter
            elide: Text.ElideRight
            Layout.fillWidth: true
        }
        Label {
            text: tile.joinedToName.length > 0 ? qsTr("With table %1").arg(tile.joinedToName)
                  : tile.guests > 0 ? qsTr("%1 guests").arg(tile.guests) + (tile.minutes >= 0 ? " · " + qsTr("%1 min").arg(tile.minutes) : "")
                  : qsTr("%1 seats").arg(tile.seats)
            font.pixelSize: Theme.fontSmall
            color: tile.guests > 0 || tile.joinedToName.length > 0 ? Theme.text : Theme.muted
            horizontalAlignment: Text.AlignHCenter
            elide: Text.ElideRight
            Layout.fillWidth: true
        }
        Label {
            text: tile.totalText
            visible: text.length > 0 && tile.roomy
            font.pixelSize: Theme.fontSmall
            font.bold: true
            color: Theme.text
            horizontalAlignment: Text.AlignHCenter
            elide: Text.ElideRight
            Layout.fillWidth: true
        }
    }
}
