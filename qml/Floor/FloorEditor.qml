import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Madang.App
import Madang.ViewModels

// The floor plan editor: drag tables where they stand, resize them by the corner handle, add and remove
// them, and change a table's name, seats, shape and size. Areas (rooms, a terrace) can be added and renamed.
Pane {
    id: editor
    required property FloorModel floor
    property string selectedId
    property var selected: ({})
    signal closed()
    padding: 20
    background: Rectangle { color: Theme.background }

    function select(tableId) {
        selectedId = tableId
        selected = tableId.length > 0 ? floor.table(tableId) : ({})
        nameField.text = selected.name || ""
        groupField.text = selected.combineGroup || ""
    }
    Connections {
        target: editor.floor
        function onRefreshed() {
            editor.selected = editor.selectedId.length > 0 ? editor.floor.table(editor.selectedId) : ({})
            if (!editor.selected.tableId)
                editor.selectedId = ""
        }
    }
    Component.onCompleted: floor.clearError()

    component Stepper: RowLayout {
        id: stepper
        property string label
        property string valueText
        signal less()
        signal more()
        spacing: 8
        Layout.fillWidth: true
        Label {
            text: stepper.label
            font.pixelSize: Theme.fontBody
            Layout.fillWidth: true
        }
        TouchButton {
            text: "−"
            implicitWidth: 56
            leftPadding: 0
            rightPadding: 0
            onClicked: stepper.less()
        }
        Label {
            text: stepper.valueText
            font.pixelSize: Theme.fontBody
            font.bold: true
            horizontalAlignment: Text.AlignHCenter
            Layout.preferredWidth: 48
        }
        TouchButton {
            text: "+"
            implicitWidth: 56
            leftPadding: 0
            rightPadding: 0
            onClicked: stepper.more()
        }
    }

    ColumnLayout {
        anchors.fill: parent
        spacing: 12

        RowLayout {
            spacing: 8
            Layout.fillWidth: true
            TouchButton {
                objectName: "editorDone"
                text: qsTr("‹ Done")
                onClicked: editor.closed()
            }
            Label {
                text: qsTr("Edit floor")
                font.pixelSize: Theme.fontTitle
                font.bold: true
                Layout.rightMargin: 12
            }
            Repeater {
                model: editor.floor.areas
                delegate: TouchButton {
                    required property var modelData
                    text: modelData.name
                    primary: editor.floor.areaId === modelData.areaId
                    onClicked: {
                        editor.select("")
                        editor.floor.areaId = modelData.areaId
                    }
                }
            }
            Item { Layout.fillWidth: true }
            TouchButton {
                objectName: "addArea"
                text: qsTr("+ Area")
                onClicked: areaDialog.ask("")
            }
            TouchButton {
                text: qsTr("Rename area")
                enabled: editor.floor.areaId.length > 0
                onClicked: areaDialog.ask(editor.floor.areaId)
            }
        }

        RowLayout {
            spacing: 16
            Layout.fillWidth: true
            Layout.fillHeight: true

            Item {
                id: room
                Layout.fillWidth: true
                Layout.fillHeight: true
                // The whole plan (1000 × 1000 units) at one scale.
                readonly property real scale: Math.min(width, height) / 1000
                Rectangle {
                    id: plan
                    width: 1000 * room.scale
                    height: width
                    anchors.centerIn: parent
                    color: "#ECEEEA"
                    border.color: Theme.border
                    TapHandler {
                        onTapped: editor.select("")
                    }
                    Repeater {
                        model: 9
                        delegate: Item {
                            required property int index
                            Rectangle { x: (index + 1) * 100 * room.scale; width: 1; height: plan.height; color: "#DADFDB" }
                            Rectangle { y: (index + 1) * 100 * room.scale; height: 1; width: plan.width; color: "#DADFDB" }
                        }
                    }
                    Repeater {
                        model: editor.floor
                        delegate: TableTile {
                            id: tile
                            required name
                            required seats
                            required round
                            required property string tableId
                            required property int planX
                            required property int planY
                            required property int planWidth
                            required property int planHeight
                            objectName: "editTable_" + name
                            x: planX * room.scale
                            y: planY * room.scale
                            width: planWidth * room.scale
                            height: planHeight * room.scale
                            selected: editor.selectedId === tableId
                            fill: selected ? Theme.accentLight : Theme.surface
                            MouseArea {
                                anchors.fill: parent
                                drag.target: tile
                                drag.minimumX: 0
                                drag.minimumY: 0
                                drag.maximumX: plan.width - tile.width
                                drag.maximumY: plan.height - tile.height
                                drag.threshold: 8
                                onPressed: editor.select(tile.tableId)
                                onReleased: {
                                    if (drag.active || tile.x !== tile.planX * room.scale || tile.y !== tile.planY * room.scale)
                                        editor.floor.moveTable(tile.tableId, Math.round(tile.x / room.scale), Math.round(tile.y / room.scale))
                                }
                            }
                            // The selected table's bottom-right corner: drag it to resize (snapped to 10 plan
                            // units; the model keeps it at least kMinTableSize and inside the plan).
                            Rectangle {
                                objectName: "resizeHandle_" + tile.name
                                visible: tile.selected
                                width: 48
                                height: 48
                                radius: 24
                                x: tile.width - width / 2
                                y: tile.height - height / 2
                                color: Theme.accent
                                border.color: "white"
                                border.width: 3
                                Label {
                                    anchors.centerIn: parent
                                    text: "\u2198"
                                    color: "white"
                                    font.pixelSize: 22
                                    font.bold: true
                                }
                                MouseArea {
                                    id: resizer
                                    anchors.fill: parent
                                    preventStealing: true
                                    property point start
                                    property size startSize
                                    function snapped(pixels) { return Math.round(pixels / room.scale / 10) * 10 }
                                    onPressed: (mouse) => {
                                        start = mapToItem(plan, mouse.x, mouse.y)
                                        startSize = Qt.size(tile.width, tile.height)
                                    }
                                    onPositionChanged: (mouse) => {
                                        const p = mapToItem(plan, mouse.x, mouse.y)
                                        const least = 60 * room.scale
                                        tile.width = Math.max(least, Math.min(plan.width - tile.x, startSize.width + p.x - start.x))
                                        tile.height = Math.max(least, Math.min(plan.height - tile.y, startSize.height + p.y - start.y))
                                    }
                                    onReleased: {
                                        editor.floor.resizeTable(tile.tableId, snapped(tile.width), snapped(tile.height))
                                        // Back to following the model (which may have clamped the size).
                                        tile.width = Qt.binding(() => tile.planWidth * room.scale)
                                        tile.height = Qt.binding(() => tile.planHeight * room.scale)
                                    }
                                }
                            }
                        }
                    }
                }
            }

            Rectangle {
                radius: Theme.radius
                color: Theme.surface
                border.color: Theme.border
                Layout.preferredWidth: 360
                Layout.fillHeight: true
                // Scrolls when an error message and every field of a table do not fit.
                ScrollView {
                    anchors.fill: parent
                    anchors.margins: 16
                    contentWidth: availableWidth
                    clip: true
                    ColumnLayout {
                        width: parent.width
                        spacing: 10
                        TouchButton {
                            objectName: "addTable"
                            text: qsTr("+ Add table")
                            primary: true
                            Layout.fillWidth: true
                            onClicked: {
                                const id = editor.floor.addTable()
                                if (id.length > 0)
                                    editor.select(id)
                            }
                        }
                        Label {
                            objectName: "editorError"
                            text: editor.floor.error
                            visible: text.length > 0
                            color: Theme.danger
                            wrapMode: Text.WordWrap
                            Layout.fillWidth: true
                        }
                        Label {
                            text: qsTr("Tap a table to change it. Drag it to move it.")
                            visible: editor.selectedId.length === 0
                            color: Theme.muted
                            wrapMode: Text.WordWrap
                            Layout.fillWidth: true
                        }
                        ColumnLayout {
                            spacing: 10
                            visible: editor.selectedId.length > 0
                            Layout.fillWidth: true
                            Label {
                                text: qsTr("Name")
                                color: Theme.muted
                                font.pixelSize: Theme.fontSmall
                            }
                            TextField {
                                id: nameField
                                objectName: "editTableName"
                                font.pixelSize: Theme.fontBody
                                implicitHeight: Theme.touch
                                Layout.fillWidth: true
                                onEditingFinished: if (text !== editor.selected.name) editor.floor.renameTable(editor.selectedId, text)
                            }
                            Stepper {
                                objectName: "seatsStepper"
                                label: qsTr("Seats")
                                valueText: String(editor.selected.seats || 0)
                                onLess: editor.floor.setSeats(editor.selectedId, editor.selected.seats - 1)
                                onMore: editor.floor.setSeats(editor.selectedId, editor.selected.seats + 1)
                            }
                            Stepper {
                                label: qsTr("Width")
                                valueText: String(editor.selected.planWidth || 0)
                                onLess: editor.floor.resizeTable(editor.selectedId, editor.selected.planWidth - 20, editor.selected.planHeight)
                                onMore: editor.floor.resizeTable(editor.selectedId, editor.selected.planWidth + 20, editor.selected.planHeight)
                            }
                            Stepper {
                                label: qsTr("Depth")
                                valueText: String(editor.selected.planHeight || 0)
                                onLess: editor.floor.resizeTable(editor.selectedId, editor.selected.planWidth, editor.selected.planHeight - 20)
                                onMore: editor.floor.resizeTable(editor.selectedId, editor.selected.planWidth, editor.selected.planHeight + 20)
                            }
                            // Reservations push tables of one group together, neighbours by place, for larger parties.
                            Label {
                                text: qsTr("Pushes together with (group)")
                                color: Theme.muted
                                font.pixelSize: Theme.fontSmall
                            }
                            TextField {
                                id: groupField
                                objectName: "editTableGroup"
                                placeholderText: qsTr("None: stands alone")
                                font.pixelSize: Theme.fontBody
                                implicitHeight: Theme.touch
                                Layout.fillWidth: true
                                onEditingFinished: if (text !== (editor.selected.combineGroup || ""))
                                    editor.floor.setCombine(editor.selectedId, text, Math.max(1, editor.selected.combinePosition || 0))
                            }
                            Stepper {
                                objectName: "groupPlaceStepper"
                                visible: (editor.selected.combineGroup || "").length > 0
                                label: qsTr("Position")
                                valueText: String(editor.selected.combinePosition || 0)
                                onLess: editor.floor.setCombine(editor.selectedId, editor.selected.combineGroup, editor.selected.combinePosition - 1)
                                onMore: editor.floor.setCombine(editor.selectedId, editor.selected.combineGroup, editor.selected.combinePosition + 1)
                            }
                            RowLayout {
                                spacing: 8
                                Layout.fillWidth: true
                                TouchButton {
                                    text: qsTr("Square")
                                    primary: !editor.selected.round
                                    Layout.fillWidth: true
                                    onClicked: editor.floor.setRound(editor.selectedId, false)
                                }
                                TouchButton {
                                    objectName: "makeRound"
                                    text: qsTr("Round")
                                    primary: !!editor.selected.round
                                    Layout.fillWidth: true
                                    onClicked: editor.floor.setRound(editor.selectedId, true)
                                }
                            }
                            TouchButton {
                                objectName: "removeTable"
                                text: qsTr("Remove table")
                                Layout.fillWidth: true
                                contentItem: Label {
                                    text: parent.text
                                    font: parent.font
                                    color: Theme.danger
                                    horizontalAlignment: Text.AlignHCenter
                                    verticalAlignment: Text.AlignVCenter
                                }
                                onClicked: if (editor.floor.retireTable(editor.selectedId)) editor.select("")
                            }
                        }
                    }
                }
            }
        }
    }

    Dialog {
        id: areaDialog
        property string areaId
        function ask(id) {
            areaId = id
            const areas = editor.floor.areas
            areaName.text = ""
            for (let i = 0; i < areas.length; ++i)
                if (areas[i].areaId === id)
                    areaName.text = areas[i].name
            open()
            areaName.forceActiveFocus()
        }
        modal: true
        anchors.centerIn: Overlay.overlay
        width: 520
        padding: 24
        background: Rectangle { color: Theme.surface; radius: Theme.radius; border.color: Theme.border }
        header: Label {
            text: areaDialog.areaId.length > 0 ? qsTr("Rename the area") : qsTr("New area")
            font.pixelSize: Theme.fontTitle
            font.bold: true
            padding: 24
            bottomPadding: 4
        }
        contentItem: TextField {
            id: areaName
            objectName: "areaName"
            placeholderText: qsTr("e.g. 2층, Terrace")
            font.pixelSize: Theme.fontBody
            implicitHeight: Theme.touch
        }
        footer: DialogButtonBox {
            padding: 16
            background: null
            TouchButton {
                text: qsTr("Cancel")
                flat: true
                DialogButtonBox.buttonRole: DialogButtonBox.RejectRole
            }
            TouchButton {
                text: qsTr("Save")
                primary: true
                onClicked: {
                    const ok = areaDialog.areaId.length > 0 ? editor.floor.renameArea(areaDialog.areaId, areaName.text)
                                                            : editor.floor.addArea(areaName.text).length > 0
                    if (ok)
                        areaDialog.close()
                }
            }
        }
    }
}
