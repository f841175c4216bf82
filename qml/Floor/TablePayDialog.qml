import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Madang.App
import Madang.ViewModels

// Paying a table (or the items picked from it): card parts with their approval numbers, guests' shares
// in cash, and cash with change for the rest. The sale and the table are settled together.
Dialog {
    id: dialog
    required property AppStore store
    property string tableId
    property var picks: []
    property var shares: []
    signal paid(bool wholeTable)

    function pay(id, pickList, shareList) {
        tableId = id
        picks = pickList
        shares = shareList
        keypad.value = 0
        approvalField.text = ""
        open()
        payment.start()
    }

    modal: true
    closePolicy: Popup.NoAutoClose
    anchors.centerIn: Overlay.overlay
    width: Math.min(1000, (parent ? parent.width : 1000) - 48)
    padding: 24
    background: Rectangle { color: Theme.surface; radius: Theme.radius; border.color: Theme.border }
    header: Label {
        text: payment.wholeTable ? qsTr("Pay the table") : qsTr("Pay the picked items")
        font.pixelSize: Theme.fontTitle
        font.bold: true
        padding: 24
        bottomPadding: 4
    }

    TablePaymentModel {
        id: payment
        store: dialog.store
        tableId: dialog.tableId
        picks: dialog.picks
        onCompleted: dialog.paid(payment.wholeTable)
    }
    readonly property real amount: keypad.value > 0 ? keypad.value : payment.remainingMinor

    contentItem: RowLayout {
        spacing: 24
        ColumnLayout {
            spacing: 10
            Layout.fillWidth: true
            Layout.fillHeight: true
            Layout.alignment: Qt.AlignTop
            Label {
                text: qsTr("Due")
                color: Theme.muted
                font.pixelSize: Theme.fontSmall
            }
            Label {
                objectName: "payDue"
                text: payment.dueText
                font.pixelSize: Theme.fontHero
                font.bold: true
            }
            Label {
                text: payment.done ? "" : qsTr("Left to pay: %1").arg(payment.remainingText)
                visible: !payment.done
                color: Theme.accent
                font.pixelSize: Theme.fontTitle
            }
            Label {
                text: qsTr("Shares")
                visible: dialog.shares.length > 0 && !payment.done
                color: Theme.muted
                font.pixelSize: Theme.fontSmall
                Layout.topMargin: 8
            }
            Flow {
                spacing: 8
                visible: !payment.done
                Layout.fillWidth: true
                Repeater {
                    model: dialog.shares
                    delegate: TouchButton {
                        required property var modelData
                        text: modelData.label + " · " + modelData.amountText
                        font.pixelSize: Theme.fontSmall
                        onClicked: keypad.value = modelData.amountMinor
                    }
                }
            }
            Repeater {
                model: payment.tenders
                delegate: RowLayout {
                    required property var modelData
                    required property int index
                    spacing: 8
                    Layout.fillWidth: true
                    Label {
                        text: modelData.label + "  " + modelData.amountText + (modelData.reference ? "  (" + modelData.reference + ")" : "")
                        font.pixelSize: Theme.fontBody
                        Layout.fillWidth: true
                        elide: Text.ElideRight
                    }
                    TouchButton {
                        text: qsTr("Remove")
                        flat: true
                        visible: !payment.done
                        implicitHeight: 48
                        onClicked: payment.removeTender(index)
                    }
                }
            }
            Rectangle {
                visible: payment.done
                radius: Theme.radius
                color: Theme.accentLight
                Layout.fillWidth: true
                Layout.preferredHeight: doneColumn.implicitHeight + 32
                ColumnLayout {
                    id: doneColumn
                    anchors.fill: parent
                    anchors.margins: 16
                    Label {
                        objectName: "payDone"
                        wrapMode: Text.WordWrap
                        Layout.fillWidth: true
                        text: qsTr("Paid · receipt %1").arg(payment.receipt)
                        font.pixelSize: Theme.fontTitle
                        font.bold: true
                        color: Theme.accent
                    }
                    Label {
                        text: qsTr("Change: %1").arg(payment.changeText)
                        font.pixelSize: Theme.fontTitle
                    }
                    RowLayout {
                        spacing: 12
                        Layout.fillWidth: true
                        Label {
                            objectName: "payPrintMessage"
                            text: payment.printMessage
                            color: payment.printProblem ? Theme.danger : Theme.muted
                            wrapMode: Text.WordWrap
                            Layout.fillWidth: true
                        }
                        TouchButton {
                            objectName: "payPrintReceipt"
                            text: qsTr("Print receipt")
                            onClicked: payment.printReceipt()
                        }
                    }
                }
            }
            Label {
                objectName: "payError"
                text: payment.error
                visible: text.length > 0
                color: Theme.danger
                wrapMode: Text.WordWrap
                Layout.fillWidth: true
            }
            Item { Layout.fillHeight: true }
        }
        ColumnLayout {
            spacing: 10
            visible: !payment.done
            Layout.fillWidth: false
            Layout.preferredWidth: 360
            Layout.maximumWidth: 360
            Layout.alignment: Qt.AlignTop
            Label {
                text: dialog.amount > 0 ? payment.amountText(dialog.amount) : ""
                font.pixelSize: Theme.fontHero
                font.bold: true
                color: keypad.value > 0 ? Theme.text : Theme.muted
                horizontalAlignment: Text.AlignRight
                Layout.fillWidth: true
            }
            MoneyKeypad {
                id: keypad
                keyHeight: 56
                Layout.fillWidth: true
            }
            TextField {
                id: approvalField
                objectName: "payApproval"
                placeholderText: qsTr("Card approval number")
                inputMethodHints: Qt.ImhDigitsOnly
                font.pixelSize: Theme.fontBody
                implicitHeight: Theme.touch
                Layout.fillWidth: true
            }
            RowLayout {
                spacing: 10
                Layout.fillWidth: true
                TouchButton {
                    objectName: "payCard"
                    text: qsTr("Card")
                    Layout.fillWidth: true
                    onClicked: if (payment.addCard(dialog.amount, approvalField.text)) { keypad.value = 0; approvalField.text = "" }
                }
                TouchButton {
                    objectName: "payCash"
                    text: qsTr("Cash")
                    primary: true
                    Layout.fillWidth: true
                    onClicked: {
                        const ok = dialog.amount < payment.remainingMinor ? payment.addCash(dialog.amount)
                                                                          : payment.payCash(dialog.amount)
                        if (ok)
                            keypad.value = 0
                    }
                }
            }
        }
    }
    footer: DialogButtonBox {
        padding: 16
        background: null
        TouchButton {
            objectName: "payClose"
            text: payment.done ? qsTr("Done") : qsTr("Cancel")
            primary: payment.done
            flat: !payment.done
            // Card parts already charged must be taken off (and reversed on the card terminal) first.
            enabled: payment.done || payment.tenders.length === 0
            onClicked: dialog.close()
        }
    }
}
