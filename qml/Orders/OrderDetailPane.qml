import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Madang.App
import Madang.ViewModels

// One order: lines, totals with VAT per rate, payments, and the refunds or void made since.
// Reprint journals a DUPLICATE; Refund and Void ask for a reason and a manager's PIN.
Rectangle {
    id: pane
    required property AppStore store
    property alias orderId: detail.orderId
    radius: Theme.radius
    color: Theme.surface
    border.color: Theme.border

    OrderDetailModel {
        id: detail
        objectName: "orderDetail"
        store: pane.store
    }
    RefundDialog {
        id: refundDialog
        store: pane.store
        detail: detail
    }

    Label {
        anchors.centerIn: parent
        width: parent.width - 64
        visible: !detail.found
        text: qsTr("Choose an order on the left to see it here.")
        color: Theme.muted
        horizontalAlignment: Text.AlignHCenter
        wrapMode: Text.WordWrap
    }

    ColumnLayout {
        anchors.fill: parent
        anchors.margins: 24
        spacing: 12
        visible: detail.found

        RowLayout {
            spacing: 10
            Layout.fillWidth: true
            Label {
                objectName: "detailReceipt"
                text: detail.receipt
                font.pixelSize: Theme.fontTitle
                font.bold: true
            }
            Badge {
                visible: detail.kind !== "sale"
                text: detail.kindText
                tone: Theme.danger
                fill: Theme.dangerLight
            }
            Badge {
                objectName: "duplicateBadge"
                visible: detail.duplicate
                //: Shown after a reprint: the copy is marked as a duplicate (ko: 재발행)
                text: qsTr("DUPLICATE") + " · " + qsTr("journal #%1").arg(detail.reprintSeq)
                tone: Theme.accent
                fill: Theme.accentLight
            }
            Item { Layout.fillWidth: true }
            Label {
                objectName: "detailTotal"
                text: detail.total
                font.pixelSize: Theme.fontTitle
                font.bold: true
                color: detail.kind === "sale" ? Theme.text : Theme.danger
            }
        }
        Label {
            text: [detail.time, detail.staff, detail.tableName].filter(s => s.length > 0).join("  ·  ")
            color: Theme.muted
            elide: Text.ElideRight
            Layout.fillWidth: true
        }
        Label {
            objectName: "orderCustomer"
            visible: detail.customer.length > 0
            text: qsTr("Customer: %1").arg(detail.customer)
            color: Theme.muted
            elide: Text.ElideRight
            Layout.fillWidth: true
        }
        Label {
            visible: detail.correctsReceipt.length > 0
            text: qsTr("Corrects %1 · %2 · approved by %3").arg(detail.correctsReceipt).arg(detail.reason).arg(detail.approver)
            color: Theme.danger
            wrapMode: Text.WordWrap
            Layout.fillWidth: true
        }

        Flickable {
            id: body
            clip: true
            contentHeight: content.implicitHeight
            boundsBehavior: Flickable.StopAtBounds
            Layout.fillWidth: true
            Layout.fillHeight: true
            ScrollBar.vertical: ScrollBar {}

            ColumnLayout {
                id: content
                width: body.width - 12
                spacing: 6

                Repeater {
                    model: detail.lines
                    delegate: RowLayout {
                        id: lineRow
                        required property var modelData
                        spacing: 12
                        Layout.fillWidth: true
                        ColumnLayout {
                            spacing: 0
                            Layout.fillWidth: true
                            Label {
                                text: lineRow.modelData.name + "  × " + lineRow.modelData.qty
                                font.bold: true
                                elide: Text.ElideRight
                                Layout.fillWidth: true
                            }
                            RowLayout {
                                visible: lineRow.modelData.modifiers.length > 0 || lineRow.modelData.refunded > 0
                                spacing: 10
                                Layout.fillWidth: true
                                Label {
                                    visible: text.length > 0
                                    text: lineRow.modelData.modifiers
                                    font.pixelSize: Theme.fontSmall
                                    color: Theme.muted
                                    elide: Text.ElideRight
                                    Layout.fillWidth: lineRow.modelData.refunded === 0
                                }
                                Label {
                                    visible: lineRow.modelData.refunded > 0
                                    text: qsTr("%1 refunded").arg(lineRow.modelData.refunded)
                                    font.pixelSize: Theme.fontSmall
                                    font.bold: true
                                    color: Theme.danger
                                    Layout.fillWidth: true
                                }
                            }
                        }
                        Label { text: lineRow.modelData.total }
                    }
                }
                Rectangle { color: Theme.border; height: 1; Layout.fillWidth: true; Layout.topMargin: 6 }

                AmountRow { label: qsTr("Subtotal"); amount: detail.subtotal }
                AmountRow { label: qsTr("Discount"); amount: detail.discount; visible: detail.discount.length > 0 }
                AmountRow { label: qsTr("Tip"); amount: detail.tip; visible: detail.tip.length > 0 }
                Repeater {
                    model: detail.vat
                    delegate: AmountRow {
                        required property var modelData
                        label: qsTr("VAT %1 (net %2)").arg(modelData.rate).arg(modelData.net)
                        amount: modelData.vat
                        muted: true
                    }
                }
                AmountRow { label: qsTr("Total"); amount: detail.total; strong: true }

                Label {
                    text: qsTr("Payments")
                    font.bold: true
                    Layout.topMargin: 10
                }
                Repeater {
                    model: detail.payments
                    delegate: AmountRow {
                        required property var modelData
                        label: modelData.method
                               + (modelData.change.length > 0 ? "  " + qsTr("(received %1, change %2)").arg(modelData.tendered).arg(modelData.change) : "")
                               + (modelData.reference.length > 0 ? "  · " + modelData.reference : "")
                        amount: modelData.amount
                    }
                }

                Label {
                    visible: detail.corrections.length > 0
                    text: qsTr("Refunds and voids")
                    font.bold: true
                    Layout.topMargin: 10
                }
                Repeater {
                    model: detail.corrections
                    delegate: ColumnLayout {
                        id: correctionRow
                        required property var modelData
                        spacing: 0
                        Layout.fillWidth: true
                        AmountRow {
                            label: correctionRow.modelData.receipt + "  " + correctionRow.modelData.kindText
                            amount: correctionRow.modelData.total
                            danger: true
                        }
                        Label {
                            text: [correctionRow.modelData.time, correctionRow.modelData.reason,
                                   qsTr("approved by %1").arg(correctionRow.modelData.approver)].join("  ·  ")
                            font.pixelSize: Theme.fontSmall
                            color: Theme.muted
                            elide: Text.ElideRight
                            Layout.fillWidth: true
                        }
                    }
                }
            }
        }

        Label {
            objectName: "detailMessage"
            visible: text.length > 0
            text: detail.error.length > 0 ? detail.error : detail.message
            color: detail.error.length > 0 ? Theme.danger : Theme.accent
            wrapMode: Text.WordWrap
            Layout.fillWidth: true
        }
        RowLayout {
            spacing: 12
            Layout.fillWidth: true
            TouchButton {
                objectName: "reprintButton"
                text: qsTr("Reprint")
                onClicked: detail.reprint()
            }
            Item { Layout.fillWidth: true }
            TouchButton {
                objectName: "voidButton"
                text: qsTr("Void…")
                visible: detail.kind === "sale"
                enabled: detail.canVoid
                onClicked: refundDialog.openVoid()
            }
            TouchButton {
                objectName: "refundButton"
                text: qsTr("Refund…")
                primary: true
                visible: detail.kind === "sale"
                enabled: detail.canRefund
                onClicked: refundDialog.openRefund()
            }
        }
    }

    component Badge: Label {
        id: badge
        property color tone
        property color fill
        font.pixelSize: Theme.fontSmall
        font.bold: true
        color: tone
        leftPadding: 8
        rightPadding: 8
        topPadding: 3
        bottomPadding: 3
        background: Rectangle { color: badge.fill; radius: 6 }
    }
    component AmountRow: RowLayout {
        id: amountRow
        property string label
        property string amount
        property bool strong: false
        property bool muted: false
        property bool danger: false
        spacing: 12
        Layout.fillWidth: true
        Label {
            text: amountRow.label
            font.bold: amountRow.strong
            font.pixelSize: amountRow.muted ? Theme.fontSmall : Theme.fontBody
            color: amountRow.danger ? Theme.danger : amountRow.muted ? Theme.muted : Theme.text
            elide: Text.ElideRight
            Layout.fillWidth: true
        }
        Label {
            text: amountRow.amount
            font.bold: amountRow.strong
            font.pixelSize: amountRow.strong ? Theme.fontTitle - 4 : amountRow.muted ? Theme.fontSmall : Theme.fontBody
            color: amountRow.danger ? Theme.danger : amountRow.muted ? Theme.muted : Theme.text
        }
    }
}
