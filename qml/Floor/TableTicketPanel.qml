import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Madang.App
import Madang.ViewModels

// A table's ticket: each line with its quantity and what the kitchen has of it (new, changed, sent),
// the total, and the actions: send to the kitchen, bill, split, pay.
Rectangle {
    id: panel
    required property TableTicketModel ticket
    signal editNote(int row, string name, string note)
    signal split()
    signal pay()
    signal showKitchenLog()
    radius: Theme.radius
    color: Theme.surface
    border.color: Theme.border

    function badgeColor(kitchen) {
        return kitchen === "new" ? "#FFE7A6" : kitchen === "changed" ? "#FFD2A8" : Theme.accentLight
    }

    ColumnLayout {
        anchors.fill: parent
        anchors.margins: 16
        spacing: 10

        RowLayout {
            Layout.fillWidth: true
            Label {
                text: qsTr("%1 items").arg(panel.ticket.itemCount)
                font.pixelSize: Theme.fontBody
                font.bold: true
                Layout.fillWidth: true
            }
            TouchButton {
                objectName: "kitchenLogButton"
                text: qsTr("Kitchen log (%1)").arg(panel.ticket.kitchenLog.length)
                flat: true
                implicitHeight: 48
                font.pixelSize: Theme.fontSmall
                onClicked: panel.showKitchenLog()
            }
        }

        ListView {
            id: lines
            objectName: "tableLines"
            clip: true
            model: panel.ticket
            spacing: 4
            Layout.fillWidth: true
            Layout.fillHeight: true
            Label {
                anchors.centerIn: parent
                width: parent.width - 40
                visible: lines.count === 0
                text: panel.ticket.hasTicket ? qsTr("Tap dishes on the left to add them.") : qsTr("This table is free.")
                color: Theme.muted
                wrapMode: Text.WordWrap
                horizontalAlignment: Text.AlignHCenter
            }
            delegate: Rectangle {
                id: line
                required property int index
                required property string name
                required property string optionsText
                required property string note
                required property int qty
                required property string kitchen
                required property string kitchenText
                required property string totalText
                width: lines.width
                height: Math.max(64, content.implicitHeight + 16)
                radius: 8
                color: Theme.background
                RowLayout {
                    id: content
                    anchors.fill: parent
                    anchors.leftMargin: 12
                    anchors.rightMargin: 6
                    spacing: 6
                    ColumnLayout {
                        spacing: 2
                        Layout.fillWidth: true
                        RowLayout {
                            spacing: 6
                            Layout.fillWidth: true
                            Label {
                                text: line.name
                                font.pixelSize: Theme.fontBody
                                font.bold: true
                                elide: Text.ElideRight
                                Layout.fillWidth: true
                            }
                            Rectangle {
                                radius: 6
                                color: panel.badgeColor(line.kitchen)
                                implicitWidth: badge.implicitWidth + 12
                                implicitHeight: badge.implicitHeight + 4
                                Label {
                                    id: badge
                                    anchors.centerIn: parent
                                    text: line.kitchenText
                                    font.pixelSize: 13
                                    color: line.kitchen === "sent" ? Theme.accent : Theme.text
                                }
                            }
                        }
                        Label {
                            text: [line.optionsText, line.note].filter(t => t.length > 0).join(" · ")
                            visible: text.length > 0
                            font.pixelSize: Theme.fontSmall
                            color: Theme.muted
                            elide: Text.ElideRight
                            Layout.fillWidth: true
                        }
                        Label {
                            text: line.totalText
                            font.pixelSize: Theme.fontSmall
                            color: Theme.text
                        }
                        TapHandler {
                            onTapped: panel.editNote(line.index, line.name, line.note)
                        }
                    }
                    TouchButton {
                        objectName: "lineLess_" + line.index
                        text: "−"
                        implicitWidth: 48
                        implicitHeight: 48
                        leftPadding: 0
                        rightPadding: 0
                        onClicked: panel.ticket.decrement(line.index)
                    }
                    Label {
                        text: String(line.qty)
                        font.pixelSize: Theme.fontBody
                        font.bold: true
                        horizontalAlignment: Text.AlignHCenter
                        Layout.preferredWidth: 28
                    }
                    TouchButton {
                        objectName: "lineMore_" + line.index
                        text: "+"
                        implicitWidth: 48
                        implicitHeight: 48
                        leftPadding: 0
                        rightPadding: 0
                        onClicked: panel.ticket.increment(line.index)
                    }
                }
            }
        }

        Label {
            objectName: "tableError"
            text: panel.ticket.error
            visible: text.length > 0
            color: Theme.danger
            wrapMode: Text.WordWrap
            Layout.fillWidth: true
        }
        Label {
            objectName: "billMessage"
            text: panel.ticket.billMessage
            visible: text.length > 0 && panel.ticket.status === "bill"
            color: panel.ticket.billProblem ? Theme.danger : Theme.muted
            wrapMode: Text.WordWrap
            Layout.fillWidth: true
        }
        Rectangle {
            color: Theme.border
            implicitHeight: 1
            Layout.fillWidth: true
        }
        // A party's deposit: the bill's total, the deposit credited, and what is left to pay (as the payment
        // takes it).
        RowLayout {
            visible: panel.ticket.depositText.length > 0
            Layout.fillWidth: true
            Label {
                text: qsTr("Total")
                font.pixelSize: Theme.fontSmall
                Layout.fillWidth: true
            }
            Label {
                objectName: "tableGrandTotal"
                text: panel.ticket.totalText
                font.pixelSize: Theme.fontSmall
            }
        }
        RowLayout {
            visible: panel.ticket.depositText.length > 0
            Layout.fillWidth: true
            Label {
                text: qsTr("Deposit paid (%1), credited").arg(panel.ticket.depositGuests)
                color: Theme.accent
                font.pixelSize: Theme.fontSmall
                elide: Text.ElideRight
                Layout.fillWidth: true
            }
            Label {
                objectName: "tableDeposit"
                text: "−" + panel.ticket.depositText
                color: Theme.accent
                font.pixelSize: Theme.fontSmall
            }
        }
        RowLayout {
            Layout.fillWidth: true
            Label {
                text: panel.ticket.depositText.length > 0 ? qsTr("Left to pay") : qsTr("Total")
                font.pixelSize: Theme.fontTitle
                Layout.fillWidth: true
            }
            Label {
                objectName: "tableTotal"
                text: panel.ticket.dueText
                font.pixelSize: Theme.fontTitle
                font.bold: true
            }
        }
        Label {
            text: panel.ticket.vatText
            visible: text.length > 0
            color: Theme.muted
            font.pixelSize: Theme.fontSmall
            Layout.alignment: Qt.AlignRight
        }
        TouchButton {
            objectName: "sendToKitchen"
            text: panel.ticket.unsentCount > 0 ? qsTr("Send to kitchen (%1)").arg(panel.ticket.unsentCount)
                                               : qsTr("Kitchen is up to date")
            primary: panel.ticket.unsentCount > 0
            enabled: panel.ticket.unsentCount > 0
            Layout.fillWidth: true
            onClicked: panel.ticket.sendToKitchen()
        }
        GridLayout {
            columns: 3
            columnSpacing: 8
            Layout.fillWidth: true
            TouchButton {
                objectName: "printBill"
                text: qsTr("Bill")
                enabled: panel.ticket.count > 0
                Layout.fillWidth: true
                onClicked: panel.ticket.printBill()
            }
            TouchButton {
                objectName: "splitBill"
                text: qsTr("Split")
                enabled: panel.ticket.count > 0
                Layout.fillWidth: true
                onClicked: panel.split()
            }
            TouchButton {
                objectName: "payTable"
                text: qsTr("Pay")
                primary: true
                enabled: panel.ticket.count > 0
                Layout.fillWidth: true
                onClicked: panel.pay()
            }
        }
    }
}
