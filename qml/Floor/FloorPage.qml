import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Madang.App
import Madang.ViewModels

// The restaurant floor: areas as tabs, tables where they stand, coloured by status. Tap a free table
// to seat a party, an occupied one to open its ticket; hold a table to move or merge its party.
// Takeaway opens the counter checkout for sales without a table.
Pane {
    id: page
    required property AppStore store
    padding: 0
    background: Rectangle { color: Theme.background }

    // A sale that belongs to no table (takeaway, a drink at the counter): the shell shows the counter.
    signal takeawayRequested()

    FloorModel {
        id: floorModel
        store: page.store
    }
    // Minutes since seating move on their own.
    Timer {
        interval: 60000
        repeat: true
        running: page.visible && stack.depth === 1
        onTriggered: floorModel.refresh()
    }
    onVisibleChanged: if (visible && stack.depth === 1) floorModel.refresh()

    function fillFor(status) {
        return status === "seated" ? "#FFE7A6" : status === "ordered" ? "#C4DCFF" : status === "bill" ? "#F6C4BE" : Theme.surface
    }
    function edgeFor(status) {
        return status === "seated" ? "#C99A12" : status === "ordered" ? "#2F6FDE" : status === "bill" ? Theme.danger : "#9AA5A0"
    }
    function openTable(tableId) {
        stack.push(tablePageComponent, { tableId: tableId })
    }
    // From elsewhere (a seated reservation): the floor, then that table's ticket.
    function showTable(tableId) {
        stack.pop(null)
        floorModel.refresh()
        openTable(tableId)
    }

    StackView {
        id: stack
        anchors.fill: parent
        initialItem: planComponent
        pushEnter: null
        pushExit: null
        popEnter: null
        popExit: null
        onDepthChanged: if (depth === 1) floorModel.refresh()
    }

    Component {
        id: tablePageComponent
        TablePage {
            store: page.store
            floor: floorModel
            onClosed: stack.pop(null)
        }
    }
    Component {
        id: editorComponent
        FloorEditor {
            floor: floorModel
            onClosed: stack.pop(null)
        }
    }

    Component {
        id: planComponent
        ColumnLayout {
            spacing: 12

            RowLayout {
                spacing: 8
                Layout.fillWidth: true
                Layout.topMargin: 20
                Layout.leftMargin: 24
                Layout.rightMargin: 24
                Repeater {
                    model: floorModel.areas
                    delegate: TouchButton {
                        required property var modelData
                        required property int index
                        objectName: "area_" + index
                        text: modelData.name
                        primary: floorModel.areaId === modelData.areaId
                        onClicked: floorModel.areaId = modelData.areaId
                    }
                }
                Item { Layout.fillWidth: true }
                Label {
                    objectName: "floorSummary"
                    text: qsTr("%1 of %2 tables taken · %3 guests").arg(floorModel.occupiedCount).arg(floorModel.count).arg(floorModel.guestCount)
                    color: Theme.muted
                    font.pixelSize: Theme.fontSmall
                }
                TouchButton {
                    objectName: "takeaway"
                    text: qsTr("Takeaway")
                    primary: true
                    onClicked: page.takeawayRequested()
                }
                TouchButton {
                    objectName: "editFloor"
                    text: qsTr("Edit floor")
                    visible: page.store.session.isManager
                    onClicked: stack.push(editorComponent)
                }
            }

            RowLayout {
                spacing: 20
                Layout.fillWidth: true
                Layout.leftMargin: 24
                Layout.rightMargin: 24
                Repeater {
                    model: ["free", "seated", "ordered", "bill"]
                    delegate: RowLayout {
                        required property string modelData
                        spacing: 8
                        Rectangle {
                            implicitWidth: 26
                            implicitHeight: 26
                            radius: 6
                            color: page.fillFor(parent.modelData)
                            border.color: page.edgeFor(parent.modelData)
                            border.width: 2
                        }
                        Label {
                            text: floorModel.statusText(parent.modelData)
                            font.pixelSize: Theme.fontSmall
                            color: Theme.text
                        }
                    }
                }
                Item { Layout.fillWidth: true }
                Label {
                    text: qsTr("Tap a table to open it · hold it to move or merge")
                    font.pixelSize: Theme.fontSmall
                    color: Theme.muted
                    elide: Text.ElideRight
                    Layout.fillWidth: true
                    horizontalAlignment: Text.AlignRight
                }
            }

            Label {
                objectName: "floorError"
                text: floorModel.error
                visible: text.length > 0
                color: Theme.danger
                wrapMode: Text.WordWrap
                Layout.fillWidth: true
                Layout.leftMargin: 24
            }

            Item {
                id: plan
                clip: true
                Layout.fillWidth: true
                Layout.fillHeight: true
                Layout.margins: 24
                Layout.topMargin: 0
                // The area's tables fill the view at one scale, centred, with a margin.
                readonly property rect box: floorModel.bounds
                readonly property real margin: 30
                readonly property real scale: Math.min(1.3, width / (box.width + 2 * margin), height / (box.height + 2 * margin))
                readonly property real offsetX: (width - box.width * scale) / 2 - box.x * scale
                readonly property real offsetY: (height - box.height * scale) / 2 - box.y * scale

                Rectangle {
                    anchors.fill: parent
                    radius: Theme.radius
                    color: "#ECEEEA"
                    border.color: Theme.border
                }
                Label {
                    anchors.centerIn: parent
                    visible: floorModel.count === 0
                    text: qsTr("No tables in this area yet. A manager can add them with Edit floor.")
                    color: Theme.muted
                }
                Repeater {
                    model: floorModel
                    delegate: TableTile {
                        id: tile
                        required name
                        required seats
                        required guests
                        required totalText
                        required minutes
                        required round
                        required property string tableId
                        required property string status
                        required joinedToName
                        required property string joinedTo
                        required property int planX
                        required property int planY
                        required property int planWidth
                        required property int planHeight
                        objectName: "table_" + name
                        x: plan.offsetX + planX * plan.scale
                        y: plan.offsetY + planY * plan.scale
                        width: planWidth * plan.scale
                        height: planHeight * plan.scale
                        fill: page.fillFor(status)
                        edge: page.edgeFor(status)
                        MouseArea {
                            anchors.fill: parent
                            onClicked: {
                                if (tile.joinedTo.length > 0)
                                    page.openTable(tile.joinedTo) // the party's ticket is on that table
                                else if (tile.status === "free")
                                    guestsDialog.ask(tile.tableId, tile.name, tile.seats)
                                else
                                    page.openTable(tile.tableId)
                            }
                            onPressAndHold: if (tile.status !== "free" && tile.joinedTo.length === 0) actions.show(tile.tableId, tile.name)
                        }
                    }
                }
            }
        }
    }

    GuestsDialog {
        id: guestsDialog
        onChosen: (tableId, guests) => {
            if (floorModel.open(tableId, guests))
                page.openTable(tableId)
        }
    }
    TableActionsDialog {
        id: actions
        floor: floorModel
    }
}
