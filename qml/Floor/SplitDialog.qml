import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Madang.App
import Madang.ViewModels

// Splitting the bill: pick the items one guest pays for, or share the total evenly.
Dialog {
    id: dialog
    required property TableTicketModel ticket
    property bool evenly: false
    property int ways: 2
    // Shares follow the guests and the ticket's total.
    readonly property var shareList: ticket.totalMinor >= 0 ? ticket.shares(ways) : []
    signal payPicked()
    signal payEvenly(var shares)

    function start() {
        ticket.clearPicks()
        ways = Math.max(2, ticket.guests)
        evenly = false
        open()
    }

    modal: true
    anchors.centerIn: Overlay.overlay
    width: Math.min(760, (parent ? parent.width : 760) - 48)
    height: Math.min(660, (parent ? parent.height : 660) - 48)
    padding: 24
    background: Rectangle { color: Theme.surface; radius: Theme.radius; border.color: Theme.border }
    header: RowLayout {
        spacing: 10
        Label {
            text: qsTr("Split the bill")
            font.pixelSize: Theme.fontTitle
            font.bold: true
            Layout.leftMargin: 24
            Layout.topMargin: 20
            Layout.fillWidth: true
        }
        TouchButton {
            objectName: "splitByItems"
            text: qsTr("By items")
            primary: !dialog.evenly
            Layout.topMargin: 20
            onClicked: dialog.evenly = false
        }
        TouchButton {
            objectName: "splitEvenly"
            text: qsTr("Evenly")
            primary: dialog.evenly
            Layout.topMargin: 20
            Layout.rightMargin: 24
            onClicked: dialog.evenly = true
        }
    }

    contentItem: StackLayout {
        currentIndex: dialog.evenly ? 1 : 0
        ListView {
            id: lines
            clip: true
            model: dialog.ticket
            spacing: 6
            delegate: Rectangle {
                id: row
                required property int index
                required property string name
                required property string optionsText
                required property int qty
                required property int picked
                width: lines.width
                height: 64
                radius: 8
                color: picked > 0 ? Theme.accentLight : Theme.background
                RowLayout {
                    anchors.fill: parent
                    anchors.leftMargin: 16
                    anchors.rightMargin: 8
                    spacing: 10
                    Label {
                        text: row.name + (row.optionsText ? " (" + row.optionsText + ")" : "")
                        font.pixelSize: Theme.fontBody
                        elide: Text.ElideRight
                        Layout.fillWidth: true
                    }
                    TouchButton {
                        text: "−"
                        implicitWidth: 56
                        implicitHeight: 48
                        enabled: row.picked > 0
                        onClicked: dialog.ticket.pickLess(row.index)
                    }
                    Label {
                        text: row.picked + " / " + row.qty
                        font.pixelSize: Theme.fontBody
                        font.bold: row.picked > 0
                        horizontalAlignment: Text.AlignHCenter
                        Layout.preferredWidth: 70
                    }
                    TouchButton {
                        objectName: "pickMore_" + row.index
                        text: "+"
                        implicitWidth: 56
                        implicitHeight: 48
                        enabled: row.picked < row.qty
                        onClicked: dialog.ticket.pickMore(row.index)
                    }
                }
            }
        }
        ColumnLayout {
            spacing: 12
            RowLayout {
                spacing: 10
                Label {
                    text: qsTr("Guests paying")
                    font.pixelSize: Theme.fontBody
                    Layout.fillWidth: true
                }
                TouchButton {
                    text: "−"
                    implicitWidth: 64
                    enabled: dialog.ways > 2
                    onClicked: dialog.ways -= 1
                }
                Label {
                    objectName: "splitWays"
                    text: String(dialog.ways)
                    font.pixelSize: Theme.fontTitle
                    font.bold: true
                    horizontalAlignment: Text.AlignHCenter
                    Layout.preferredWidth: 56
                }
                TouchButton {
                    text: "+"
                    implicitWidth: 64
                    enabled: dialog.ways < 20
                    onClicked: dialog.ways += 1
                }
            }
            GridView {
                id: shareGrid
                clip: true
                cellWidth: width / 3
                cellHeight: 64
                model: dialog.shareList
                Layout.fillWidth: true
                Layout.fillHeight: true
                delegate: Rectangle {
                    required property var modelData
                    width: shareGrid.cellWidth - 8
                    height: shareGrid.cellHeight - 8
                    radius: 8
                    color: Theme.background
                    border.color: Theme.border
                    Label {
                        anchors.centerIn: parent
                        text: modelData.label + "  " + modelData.amountText
                        font.pixelSize: Theme.fontBody
                    }
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
        TouchButton {
            objectName: "splitPay"
            primary: true
            text: dialog.evenly ? qsTr("Pay in %1 shares").arg(dialog.ways)
                                : qsTr("Pay %1 for %2 items").arg(dialog.ticket.pickedTotalText).arg(dialog.ticket.pickedCount)
            enabled: dialog.evenly || dialog.ticket.pickedCount > 0
            onClicked: {
                dialog.close()
                if (dialog.evenly)
                    dialog.payEvenly(dialog.shareList)
                else
                    dialog.payPicked()
            }
        }
    }
}
