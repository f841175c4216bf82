import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Madang.App
import Madang.ViewModels

// Moving a party to a free table, or merging its ticket into another occupied table.
Dialog {
    id: dialog
    required property FloorModel floor
    property string tableId
    property string tableName
    property var freeTables: []
    property var takenTables: []
    signal moved(string toTableId)
    signal merged(string intoTableId)

    function show(id, name) {
        tableId = id
        tableName = name
        freeTables = floor.moveTargets(id, false)
        takenTables = floor.moveTargets(id, true)
        open()
    }

    modal: true
    anchors.centerIn: Overlay.overlay
    width: Math.min(760, Overlay.overlay ? Overlay.overlay.width - 80 : 760)
    padding: 24
    background: Rectangle { color: Theme.surface; radius: Theme.radius; border.color: Theme.border }
    header: Label {
        text: qsTr("Table %1").arg(dialog.tableName)
        font.pixelSize: Theme.fontTitle
        font.bold: true
        padding: 24
        bottomPadding: 4
    }

    component TargetGrid: Flow {
        id: grid
        property var targets: []
        signal picked(string tableId)
        spacing: 10
        Layout.fillWidth: true
        Repeater {
            model: grid.targets
            delegate: TouchButton {
                required property var modelData
                objectName: "target_" + modelData.name
                text: modelData.areaName + " " + modelData.name
                onClicked: grid.picked(modelData.tableId)
            }
        }
    }

    contentItem: ColumnLayout {
        spacing: 12
        Label {
            text: qsTr("Move the party to a free table")
            font.pixelSize: Theme.fontBody
            font.bold: true
        }
        Label {
            text: qsTr("No table is free.")
            visible: dialog.freeTables.length === 0
            color: Theme.muted
        }
        TargetGrid {
            targets: dialog.freeTables
            onPicked: id => {
                if (dialog.floor.transfer(dialog.tableId, id)) {
                    dialog.close()
                    dialog.moved(id)
                }
            }
        }
        Label {
            text: qsTr("Merge this ticket into another table")
            font.pixelSize: Theme.fontBody
            font.bold: true
            Layout.topMargin: 8
        }
        Label {
            text: qsTr("No other table is taken.")
            visible: dialog.takenTables.length === 0
            color: Theme.muted
        }
        TargetGrid {
            targets: dialog.takenTables
            onPicked: id => {
                if (dialog.floor.merge(dialog.tableId, id)) {
                    dialog.close()
                    dialog.merged(id)
                }
            }
        }
        Label {
            text: dialog.floor.error
            visible: text.length > 0 && dialog.visible
            color: Theme.danger
            wrapMode: Text.WordWrap
            Layout.fillWidth: true
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
