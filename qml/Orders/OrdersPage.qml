import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Madang.App
import Madang.ViewModels

// Orders: finalized sales, refunds and voids. Search and day filter on the left, the chosen order on
// the right, where it can be reprinted, refunded or voided.
Pane {
    id: page
    required property AppStore store
    property string selectedId: ""
    padding: 24
    background: Rectangle { color: Theme.background }
    onVisibleChanged: if (visible) orders.refresh() // the day may have changed since

    OrderListModel {
        id: orders
        store: page.store
    }

    RowLayout {
        anchors.fill: parent
        spacing: Theme.gap

        ColumnLayout {
            spacing: 12
            Layout.preferredWidth: 470
            Layout.maximumWidth: 470
            Layout.fillHeight: true

            SearchField {
                objectName: "orderSearch"
                placeholderText: qsTr("Receipt number or amount")
                inputMethodHints: Qt.ImhPreferNumbers | Qt.ImhNoPredictiveText
                onSearched: text => orders.searchText = text
                Layout.fillWidth: true
            }
            RowLayout {
                spacing: 8
                Layout.fillWidth: true
                Repeater {
                    model: [
                        { day: OrderListModel.Today, text: qsTr("Today") },
                        { day: OrderListModel.Yesterday, text: qsTr("Yesterday") },
                        { day: OrderListModel.LastSevenDays, text: qsTr("7 days") },
                        { day: OrderListModel.AllDays, text: qsTr("All") }
                    ]
                    delegate: TouchButton {
                        id: chip
                        required property var modelData
                        required property int index
                        objectName: "dayChip_" + index
                        text: modelData.text
                        primary: orders.day === chip.modelData.day
                        leftPadding: 8
                        rightPadding: 8
                        implicitWidth: 80
                        Layout.fillWidth: true
                        onClicked: orders.day = chip.modelData.day
                    }
                }
            }
            Rectangle {
                radius: Theme.radius
                color: Theme.surface
                border.color: Theme.border
                clip: true
                Layout.fillWidth: true
                Layout.fillHeight: true

                ListView {
                    id: list
                    objectName: "orderList"
                    anchors.fill: parent
                    anchors.margins: 1
                    model: orders
                    clip: true
                    ScrollBar.vertical: ScrollBar {}
                    delegate: ItemDelegate {
                        id: row
                        required property int index
                        required property string orderId
                        required property string receipt
                        required property string kind
                        required property string kindText
                        required property string time
                        required property string staff
                        required property string total
                        required property real totalMinor
                        required property string tableName
                        required property string correctsReceipt
                        objectName: "orderRow_" + index
                        width: list.width
                        implicitHeight: 76
                        highlighted: page.selectedId === row.orderId
                        onClicked: page.selectedId = row.orderId
                        background: Rectangle {
                            color: row.highlighted ? Theme.accentLight : (row.down ? Theme.background : "transparent")
                            Rectangle {
                                anchors.bottom: parent.bottom
                                width: parent.width
                                height: 1
                                color: Theme.border
                            }
                        }
                        contentItem: RowLayout {
                            spacing: 12
                            ColumnLayout {
                                spacing: 2
                                Layout.fillWidth: true
                                RowLayout {
                                    spacing: 8
                                    Label {
                                        text: row.receipt
                                        font.pixelSize: Theme.fontBody
                                        font.bold: true
                                        color: Theme.text
                                    }
                                    Label {
                                        visible: row.kind !== "sale"
                                        text: row.kindText
                                        font.pixelSize: Theme.fontSmall - 2
                                        font.bold: true
                                        color: Theme.danger
                                        leftPadding: 6
                                        rightPadding: 6
                                        topPadding: 2
                                        bottomPadding: 2
                                        background: Rectangle { color: Theme.dangerLight; radius: 4 }
                                    }
                                }
                                Label {
                                    text: [row.time, row.staff, row.tableName,
                                           row.correctsReceipt.length > 0 ? "↩ " + row.correctsReceipt : ""]
                                          .filter(s => s.length > 0).join("  ·  ")
                                    font.pixelSize: Theme.fontSmall
                                    color: Theme.muted
                                    elide: Text.ElideRight
                                    Layout.fillWidth: true
                                }
                            }
                            Label {
                                text: row.total
                                font.pixelSize: Theme.fontBody
                                font.bold: true
                                color: row.totalMinor < 0 ? Theme.danger : Theme.text
                            }
                        }
                    }
                }
                Label {
                    objectName: "ordersEmpty"
                    anchors.centerIn: parent
                    width: parent.width - 48
                    visible: orders.count === 0
                    text: orders.error.length > 0 ? orders.error
                        : orders.searchText.length > 0 ? qsTr("No orders match this search.")
                        : qsTr("No orders for this period yet.")
                    color: orders.error.length > 0 ? Theme.danger : Theme.muted
                    horizontalAlignment: Text.AlignHCenter
                    wrapMode: Text.WordWrap
                }
            }
            Label {
                text: qsTr("%n order(s)", "", orders.count)
                font.pixelSize: Theme.fontSmall
                color: Theme.muted
            }
        }

        OrderDetailPane {
            store: page.store
            orderId: page.selectedId
            Layout.fillWidth: true
            Layout.fillHeight: true
        }
    }
}
