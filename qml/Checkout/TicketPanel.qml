import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Madang.App
import Madang.ViewModels

// The open ticket: lines with − / + (tap a line for its note, discount or removal), totals with VAT per
// rate, tip presets or any tip amount, hold, discount, clear, and Pay.
Rectangle {
    id: panel
    required property CheckoutModel checkout
    // True while a dialog in front shows the checkout's error itself: it is not shown twice.
    property bool errorShownInDialog: false
    signal lineTapped(int row, string name, string note, string discountKind, real discountValue)
    signal orderDiscountTapped()
    signal heldTapped()
    signal customTipTapped()
    signal payTapped()
    signal customerTapped()

    radius: Theme.radius
    color: Theme.surface
    border.color: Theme.border

    component TotalRow: RowLayout {
        property alias label: name.text
        property alias value: amount.text
        property color tone: Theme.text
        Layout.fillWidth: true
        Label { id: name; color: parent.tone; font.pixelSize: Theme.fontSmall; Layout.fillWidth: true }
        Label { id: amount; color: parent.tone; font.pixelSize: Theme.fontSmall }
    }

    ColumnLayout {
        anchors.fill: parent
        anchors.margins: 16
        spacing: 8

        RowLayout {
            Layout.fillWidth: true
            Label {
                text: panel.checkout.itemCount > 0 ? qsTr("Ticket · %n item(s)", "", panel.checkout.itemCount) : qsTr("Ticket")
                font.pixelSize: Theme.fontTitle
                font.bold: true
                color: Theme.text
                elide: Text.ElideRight
                Layout.fillWidth: true
            }
            TouchButton {
                objectName: "heldTickets"
                text: qsTr("On hold (%1)").arg(panel.checkout.parkedTickets.length)
                flat: true
                implicitWidth: Math.max(100, implicitContentWidth + 24)
                leftPadding: 12
                rightPadding: 12
                onClicked: panel.heldTapped()
            }
        }

        // Who the ticket is for: tap to look a customer up by number, or to change or remove them.
        TouchButton {
            id: customerButton
            objectName: "ticketCustomer"
            flat: true
            text: panel.checkout.customerText.length > 0 ? panel.checkout.customerText : qsTr("+ Customer")
            font.pixelSize: Theme.fontSmall
            leftPadding: 8
            rightPadding: 8
            contentItem: Label {
                text: customerButton.text
                font: customerButton.font
                color: Theme.accent
                elide: Text.ElideRight
                verticalAlignment: Text.AlignVCenter
            }
            Layout.fillWidth: true
            onClicked: panel.customerTapped()
        }

        Label {
            objectName: "checkoutError"
            text: panel.checkout.error
            visible: text.length > 0 && !panel.errorShownInDialog
            color: Theme.danger
            font.pixelSize: Theme.fontSmall
            wrapMode: Text.WordWrap
            Layout.fillWidth: true
            background: Rectangle { color: Theme.dangerLight; radius: 6 }
            padding: 8
        }

        ListView {
            id: lines
            objectName: "ticketLines"
            clip: true
            model: panel.checkout.lines
            boundsBehavior: Flickable.StopAtBounds
            Layout.fillWidth: true
            Layout.fillHeight: true
            onCountChanged: positionViewAtEnd()
            delegate: ItemDelegate {
                id: line
                required property int index
                required property string name
                required property int qty
                required property string totalText
                required property string unitText
                required property string modifiersText
                required property string note
                required property string discountText
                required property string discountKind
                required property real discountValue
                width: lines.width
                implicitHeight: Math.max(64, details.implicitHeight + 16)
                leftPadding: 4
                rightPadding: 0
                onClicked: panel.lineTapped(index, name, note, discountKind, discountValue)
                contentItem: RowLayout {
                    spacing: 4
                    ColumnLayout {
                        id: details
                        objectName: "lineDetails_" + line.index
                        spacing: 0
                        Layout.fillWidth: true
                        Layout.fillHeight: true // the whole left part is the place to tap
                        Item { Layout.fillHeight: true }
                        Label {
                            text: line.name
                            font.bold: true
                            color: Theme.text
                            elide: Text.ElideRight
                            Layout.fillWidth: true
                        }
                        Label {
                            text: line.modifiersText
                            visible: text.length > 0
                            color: Theme.muted
                            font.pixelSize: Theme.fontSmall
                            wrapMode: Text.WordWrap
                            Layout.fillWidth: true
                        }
                        Label {
                            text: "“" + line.note + "”"
                            visible: line.note.length > 0
                            color: Theme.muted
                            font.pixelSize: Theme.fontSmall
                            font.italic: true
                            elide: Text.ElideRight
                            Layout.fillWidth: true
                        }
                        Label {
                            text: (line.qty > 1 ? qsTr("%1 each").arg(line.unitText) : line.discountText.length > 0 ? line.unitText : "")
                                  + (line.discountText.length > 0 ? "  " + line.discountText : "")
                            visible: text.length > 0
                            color: line.discountText.length > 0 ? Theme.accent : Theme.muted
                            font.pixelSize: Theme.fontSmall
                            Layout.fillWidth: true
                        }
                        Item { Layout.fillHeight: true }
                    }
                    TouchButton {
                        objectName: "lineMinus_" + line.index
                        text: "−"
                        implicitWidth: 48
                        implicitHeight: 48
                        leftPadding: 0
                        rightPadding: 0
                        font.pixelSize: Theme.fontTitle
                        onClicked: panel.checkout.decrement(line.index)
                    }
                    Label {
                        objectName: "lineQty_" + line.index
                        text: line.qty
                        font.bold: true
                        horizontalAlignment: Text.AlignHCenter
                        Layout.preferredWidth: 32
                    }
                    TouchButton {
                        objectName: "linePlus_" + line.index
                        text: "+"
                        implicitWidth: 48
                        implicitHeight: 48
                        leftPadding: 0
                        rightPadding: 0
                        font.pixelSize: Theme.fontTitle
                        onClicked: panel.checkout.increment(line.index)
                    }
                    Label {
                        text: line.totalText
                        color: Theme.text
                        horizontalAlignment: Text.AlignRight
                        Layout.preferredWidth: 92
                    }
                }
            }
            Label {
                anchors.centerIn: parent
                width: parent.width - 32
                visible: lines.count === 0
                text: qsTr("Tap an item or scan a barcode.")
                color: Theme.muted
                horizontalAlignment: Text.AlignHCenter
                wrapMode: Text.WordWrap
            }
        }

        Rectangle { color: Theme.border; height: 1; Layout.fillWidth: true }

        TotalRow {
            label: qsTr("Subtotal")
            value: panel.checkout.subtotalText
        }
        TotalRow {
            visible: panel.checkout.discountText.length > 0
            label: panel.checkout.orderDiscountText.length > 0
                   ? qsTr("Discount (ticket %1)").arg(panel.checkout.orderDiscountText) : qsTr("Discount")
            value: panel.checkout.discountText
            tone: Theme.accent
        }
        Repeater {
            model: panel.checkout.vatLines
            delegate: TotalRow {
                required property var modelData
                label: panel.checkout.vatIncluded ? qsTr("%1 (included)").arg(modelData.label) : modelData.label
                value: modelData.amountText
                tone: Theme.muted
            }
        }
        RowLayout {
            spacing: 6
            Layout.fillWidth: true
            Label {
                text: qsTr("Tip")
                font.pixelSize: Theme.fontSmall
                color: Theme.text
                Layout.minimumWidth: implicitWidth
                Layout.fillWidth: true
            }
            Repeater {
                model: panel.checkout.tipPresets
                delegate: TouchButton {
                    required property int modelData
                    objectName: "tip_" + modelData
                    text: (modelData / 100) + "%"
                    primary: panel.checkout.tipPercent === modelData
                    implicitWidth: 56
                    implicitHeight: 48
                    Layout.minimumWidth: 48
                    Layout.fillWidth: true
                    leftPadding: 4
                    rightPadding: 4
                    font.pixelSize: Theme.fontSmall
                    onClicked: panel.checkout.setTipPercent(modelData)
                }
            }
            TouchButton {
                objectName: "tipCustom"
                text: qsTr("Other")
                primary: panel.checkout.tipPercent < 0
                implicitWidth: 60
                implicitHeight: 48
                Layout.minimumWidth: 52
                Layout.fillWidth: true
                leftPadding: 4
                rightPadding: 4
                font.pixelSize: Theme.fontSmall
                onClicked: panel.customTipTapped()
            }
            Label {
                text: panel.checkout.tipText
                font.pixelSize: Theme.fontSmall
                horizontalAlignment: Text.AlignRight
                Layout.preferredWidth: 72
            }
        }
        TotalRow {
            objectName: "ticketGrandTotal"
            visible: panel.checkout.depositText.length > 0
            label: qsTr("Total")
            value: panel.checkout.totalText
        }
        TotalRow {
            objectName: "ticketDeposit"
            visible: panel.checkout.depositText.length > 0
            label: qsTr("Deposit paid (%1), credited").arg(panel.checkout.bookingText)
            value: "−" + panel.checkout.depositText
            tone: Theme.accent
        }
        RowLayout {
            Layout.fillWidth: true
            Label {
                // After a deposit credited, the bold line is what is left to pay, as the payment takes it.
                text: panel.checkout.depositText.length > 0 ? qsTr("Left to pay") : qsTr("Total")
                font.pixelSize: Theme.fontTitle
                font.bold: true
                Layout.fillWidth: true
            }
            Label {
                objectName: "ticketTotal"
                text: panel.checkout.dueText
                font.pixelSize: Theme.fontTitle
                font.bold: true
                color: Theme.text
            }
        }
        RowLayout {
            spacing: 8
            Layout.fillWidth: true
            TouchButton {
                objectName: "holdTicket"
                text: qsTr("Hold")
                enabled: panel.checkout.count > 0
                Layout.fillWidth: true
                onClicked: panel.heldTapped()
            }
            TouchButton {
                objectName: "orderDiscount"
                text: qsTr("Discount")
                enabled: panel.checkout.count > 0
                Layout.fillWidth: true
                onClicked: panel.orderDiscountTapped()
            }
            TouchButton {
                objectName: "clearTicket"
                text: qsTr("Clear")
                enabled: panel.checkout.count > 0
                Layout.fillWidth: true
                onClicked: panel.checkout.clear()
            }
        }
        TouchButton {
            objectName: "payButton"
            text: panel.checkout.count > 0 ? qsTr("Pay %1").arg(panel.checkout.dueText) : qsTr("Pay")
            primary: true
            enabled: panel.checkout.count > 0
            implicitHeight: 72
            font.pixelSize: Theme.fontTitle
            font.bold: true
            Layout.fillWidth: true
            onClicked: panel.payTapped()
        }
    }
}
