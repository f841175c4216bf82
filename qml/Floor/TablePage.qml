import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Madang.App
import Madang.ViewModels

// One table: the menu on the left, the table's ticket on the right with what the kitchen has of each
// line, and send, bill, split and pay.
Pane {
    id: page
    required property AppStore store
    required property FloorModel floor
    property alias tableId: ticket.tableId
    signal closed()
    padding: 20
    background: Rectangle { color: Theme.background }

    TableTicketModel {
        id: ticket
        store: page.store
        onModifiersNeeded: itemId => options.openItem(itemId)
    }
    CatalogListModel {
        id: menu
        store: page.store
        forSaleOnly: true
        limit: 120
    }

    ColumnLayout {
        anchors.fill: parent
        spacing: 12

        RowLayout {
            spacing: 12
            Layout.fillWidth: true
            TouchButton {
                objectName: "backToFloor"
                text: qsTr("‹ Floor")
                onClicked: page.closed()
            }
            Label {
                objectName: "tableTitle"
                text: qsTr("Table %1").arg(ticket.tableName)
                font.pixelSize: Theme.fontTitle
                font.bold: true
            }
            Label {
                text: qsTr("%1 guests").arg(ticket.guests) + " · " + page.floor.statusText(ticket.status)
                color: Theme.muted
                font.pixelSize: Theme.fontBody
                Layout.fillWidth: true
                elide: Text.ElideRight
            }
            TouchButton {
                objectName: "moveTable"
                text: qsTr("Move / merge")
                enabled: ticket.hasTicket
                onClicked: actions.show(ticket.tableId, ticket.tableName)
            }
        }

        RowLayout {
            spacing: 16
            Layout.fillWidth: true
            Layout.fillHeight: true

            // The menu, with the checkout's search: name, SKU, barcode or initials (ㄱㅊ).
            ColumnLayout {
                spacing: 10
                Layout.fillWidth: true
                Layout.fillHeight: true
                SearchField {
                    objectName: "tableSearch"
                    Layout.fillWidth: true
                    onSearched: text => menu.searchText = text
                }
                Flow {
                    spacing: 8
                    Layout.fillWidth: true
                    TouchButton {
                        text: qsTr("All")
                        primary: menu.categoryId === ""
                        implicitHeight: 48
                        onClicked: menu.categoryId = ""
                    }
                    Repeater {
                        model: menu.categories
                        delegate: TouchButton {
                            required property var modelData
                            objectName: "menuCategory_" + modelData.name
                            text: modelData.name
                            primary: menu.categoryId === modelData.categoryId
                            implicitHeight: 48
                            onClicked: menu.categoryId = modelData.categoryId
                        }
                    }
                }
                GridView {
                    id: grid
                    objectName: "menuGrid"
                    clip: true
                    model: menu
                    cellWidth: Math.floor(width / Math.max(1, Math.floor(width / 170)))
                    cellHeight: 96
                    Layout.fillWidth: true
                    Layout.fillHeight: true
                    delegate: Item {
                        id: tile
                        required property string itemId
                        required property string name
                        required property string priceText
                        required property int optionGroups
                        width: grid.cellWidth
                        height: grid.cellHeight
                        Rectangle {
                            anchors.fill: parent
                            anchors.margins: 4
                            radius: 10
                            color: area.pressed ? Theme.accentLight : Theme.surface
                            border.color: Theme.border
                            ColumnLayout {
                                anchors.fill: parent
                                anchors.margins: 10
                                spacing: 0
                                Label {
                                    text: tile.name
                                    font.pixelSize: Theme.fontBody
                                    font.bold: true
                                    wrapMode: Text.WordWrap
                                    maximumLineCount: 2
                                    elide: Text.ElideRight
                                    Layout.fillWidth: true
                                }
                                Item { Layout.fillHeight: true }
                                Label {
                                    text: tile.priceText + (tile.optionGroups > 0 ? "  ·  " + qsTr("options") : "")
                                    color: Theme.accent
                                    font.pixelSize: Theme.fontSmall
                                    elide: Text.ElideRight
                                    Layout.fillWidth: true
                                }
                            }
                            MouseArea {
                                id: area
                                objectName: "menuItem_" + tile.name
                                anchors.fill: parent
                                onClicked: ticket.addItem(tile.itemId)
                            }
                        }
                    }
                    Label {
                        anchors.centerIn: parent
                        visible: grid.count === 0
                        text: menu.error.length > 0 ? menu.error : qsTr("No items match.")
                        color: menu.error.length > 0 ? Theme.danger : Theme.muted
                    }
                }
            }

            TableTicketPanel {
                ticket: ticket
                Layout.preferredWidth: 460
                Layout.fillHeight: true
                onEditNote: (row, name, note) => noteDialog.edit(row, name, note)
                onSplit: splitDialog.start()
                onPay: payDialog.pay([], 0)
                onShowKitchenLog: kitchenLog.open()
            }
        }
    }

    OptionsDialog {
        id: options
        store: page.store
        ticket: ticket
    }
    NoteDialog {
        id: noteDialog
        onSaved: (row, note) => ticket.setNote(row, note)
    }
    SplitDialog {
        id: splitDialog
        ticket: ticket
        onPayPicked: payDialog.pay(ticket.picks(), 0)
        onPayEvenly: shares => payDialog.pay([], shares.length)
    }
    // The table's bill, in the same payment dialog as the counter's: the whole bill, the picked items, or
    // the whole bill in guests' shares.
    TablePaymentModel {
        id: tablePayment
        store: page.store
        onCompleted: {
            ticket.clearPicks()
            ticket.refresh()
        }
    }
    PaymentDialog {
        id: payDialog
        payment: tablePayment
        keepsParts: false
        heading: tablePayment.wholeTable ? qsTr("Table %1").arg(ticket.tableName) : qsTr("Pay the picked items")
        // A whole bill paid frees the table: the worker goes back to the floor. A part paid leaves the rest.
        readonly property bool tableDone: tablePayment.done && (tablePayment.wholeTable || !ticket.hasTicket)
        doneText: tableDone ? qsTr("Back to the floor") : qsTr("Back to the table")
        function pay(picks, ways) {
            tablePayment.tableId = ticket.tableId
            tablePayment.picks = picks
            tablePayment.shareWays = ways
            open()
        }
        onFinished: if (tableDone) page.closed()
    }
    KitchenLogDialog {
        id: kitchenLog
        objectName: "kitchenLogDialog"
        slips: ticket.kitchenLog
    }
    TableActionsDialog {
        id: actions
        floor: page.floor
        onMoved: toTableId => ticket.tableId = toTableId
        onMerged: intoTableId => ticket.tableId = intoTableId
    }
}
