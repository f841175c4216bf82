import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Madang.App

// How many guests sit down at a free table: one tap on the number.
Dialog {
    id: dialog
    property string tableId
    property string tableName
    property int seats: 4
    signal chosen(string tableId, int guests)

    function ask(id, name, tableSeats) {
        tableId = id
        tableName = name
        seats = tableSeats
        more.value = Math.max(13, tableSeats + 1)
        open()
    }

    modal: true
    anchors.centerIn: Overlay.overlay
    width: 560
    padding: 24
    background: Rectangle { color: Theme.surface; radius: Theme.radius; border.color: Theme.border }
    header: Label {
        text: qsTr("Table %1: how many guests?").arg(dialog.tableName)
        font.pixelSize: Theme.fontTitle
        font.bold: true
        padding: 24
        bottomPadding: 4
        elide: Text.ElideRight
    }

    contentItem: ColumnLayout {
        spacing: 16
        GridLayout {
            columns: 4
            rowSpacing: 10
            columnSpacing: 10
            Layout.fillWidth: true
            Repeater {
                model: 12
                delegate: TouchButton {
                    required property int index
                    objectName: "guests_" + (index + 1)
                    text: String(index + 1)
                    primary: index + 1 === dialog.seats
                    implicitHeight: 68
                    font.pixelSize: Theme.fontTitle
                    Layout.fillWidth: true
                    onClicked: {
                        dialog.close()
                        dialog.chosen(dialog.tableId, index + 1)
                    }
                }
            }
        }
        RowLayout {
            spacing: 10
            Layout.fillWidth: true
            Label {
                text: qsTr("More:")
                font.pixelSize: Theme.fontBody
            }
            TouchButton {
                text: "−"
                implicitWidth: 64
                onClicked: more.value = Math.max(1, more.value - 1)
            }
            Label {
                id: more
                property int value: 13
                text: String(value)
                font.pixelSize: Theme.fontTitle
                horizontalAlignment: Text.AlignHCenter
                Layout.preferredWidth: 56
            }
            TouchButton {
                text: "+"
                implicitWidth: 64
                onClicked: more.value = Math.min(99, more.value + 1)
            }
            Item { Layout.fillWidth: true }
            TouchButton {
                text: qsTr("Seat %1").arg(more.value)
                onClicked: {
                    dialog.close()
                    dialog.chosen(dialog.tableId, more.value)
                }
            }
        }
    }
    footer: DialogButtonBox {
        padding: 16
        background: null
        TouchButton {
            text: qsTr("Cancel")
            flat: true
            DialogButtonBox.buttonRole: DialogButtonBox.RejectRole
        }
    }
}
