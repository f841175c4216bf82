import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Madang.App
import Madang.ViewModels

// The one payment dialog, for the counter's ticket and a table's bill (or a part of it): what is left to pay
// after any deposit credited, cash or card, quick cash amounts, guests' shares, the keypad; card parts with
// their approval numbers, cash parts, and cash with change. After the sale: the big change screen.
Dialog {
    id: dialog
    objectName: "paymentDialog"
    required property PaymentFlow payment
    // "Pay table 4", "Pay the picked items"; empty at the counter.
    property string heading: ""
    // The button under the change: "New sale" at the counter, "Back to the floor" after a table's bill.
    property string doneText: qsTr("New sale")
    // Whether the dialog may be left with card or cash parts entered (the counter keeps them for later; a
    // table's bill has them taken off first, since the bill may change meanwhile).
    property bool keepsParts: true
    property bool cardMode: false
    signal finished()

    modal: true
    closePolicy: Popup.NoAutoClose
    anchors.centerIn: Overlay.overlay
    width: Math.min(980, (parent ? parent.width : 980) - 48)
    height: Math.min(640, (parent ? parent.height : 720) - 32)
    padding: 24
    topPadding: 16
    font.pixelSize: Theme.fontBody
    background: Rectangle { color: Theme.surface; radius: Theme.radius; border.color: Theme.border }

    onAboutToShow: {
        // The counter's card parts already charged stay when the dialog is closed and opened again.
        if (!dialog.keepsParts || dialog.payment.done || dialog.payment.tenders.length === 0)
            dialog.payment.start()
        dialog.cardMode = false
        reference.clear()
        keys.forceActiveFocus()
    }

    function primaryAction() {
        if (dialog.payment.done) {
            dialog.close()
        } else if (dialog.cardMode) {
            const amount = dialog.payment.entryMinor > 0 ? dialog.payment.entryMinor : dialog.payment.remainingMinor
            if (dialog.payment.addCard(amount, reference.text)) {
                reference.clear()
                dialog.cardMode = false
            }
        } else if (dialog.payment.entryMinor > 0) {
            dialog.payment.takeCash(dialog.payment.entryMinor)
        }
    }

    contentItem: StackLayout {
        id: keys
        currentIndex: dialog.payment.done ? 1 : 0
        focus: true
        Keys.onPressed: event => {
            if (reference.activeFocus || dialog.payment.done)
                return
            if (event.key >= Qt.Key_0 && event.key <= Qt.Key_9) {
                dialog.payment.appendDigits(String(event.key - Qt.Key_0))
                event.accepted = true
            } else if (event.key === Qt.Key_Backspace) {
                dialog.payment.backspace()
                event.accepted = true
            } else if (event.key === Qt.Key_Return || event.key === Qt.Key_Enter) {
                dialog.primaryAction()
                event.accepted = true
            }
        }

        // Taking payment.
        RowLayout {
            spacing: 24
            Layout.fillWidth: true
            Layout.fillHeight: true
            ColumnLayout {
                spacing: 8
                Layout.fillWidth: true
                Layout.alignment: Qt.AlignTop
                Label {
                    objectName: "paymentTitle"
                    visible: dialog.heading.length > 0
                    text: dialog.heading
                    font.pixelSize: Theme.fontTitle
                    font.bold: true
                    elide: Text.ElideRight
                    Layout.fillWidth: true
                }
                Label {
                    text: dialog.payment.tenders.length > 0 ? qsTr("Still due") : qsTr("To pay")
                    color: Theme.muted
                }
                Label {
                    objectName: "paymentDue"
                    text: dialog.payment.remainingText
                    font.pixelSize: Theme.fontHero
                    font.bold: true
                    color: Theme.text
                }
                // Deposits taken ahead, already off what is due.
                Repeater {
                    model: dialog.payment.credits
                    delegate: RowLayout {
                        id: credit
                        required property var modelData
                        required property int index
                        spacing: 8
                        Layout.fillWidth: true
                        Label {
                            text: qsTr("%1, credited").arg(credit.modelData.label)
                            color: Theme.accent
                            elide: Text.ElideRight
                            Layout.fillWidth: true
                        }
                        Label {
                            objectName: "paymentCredit_" + credit.index
                            text: "−" + credit.modelData.amountText
                            color: Theme.accent
                        }
                    }
                }
                Repeater {
                    model: dialog.payment.tenders
                    delegate: RowLayout {
                        id: tender
                        required property var modelData
                        required property int index
                        spacing: 8
                        Layout.fillWidth: true
                        Label {
                            text: tender.modelData.reference.length > 0
                                  ? qsTr("%1 · approval %2").arg(tender.modelData.label).arg(tender.modelData.reference)
                                  : tender.modelData.label
                            color: Theme.text
                            elide: Text.ElideRight
                            Layout.fillWidth: true
                        }
                        Label { text: tender.modelData.amountText; color: Theme.text }
                        TouchButton {
                            objectName: "removeTender_" + tender.index
                            text: "✕"
                            flat: true
                            implicitWidth: 48
                            implicitHeight: 48
                            leftPadding: 0
                            rightPadding: 0
                            focusPolicy: Qt.NoFocus
                            onClicked: dialog.payment.removeTender(tender.index)
                        }
                    }
                }
                RowLayout {
                    spacing: 8
                    Layout.fillWidth: true
                    Layout.topMargin: 4
                    TouchButton {
                        objectName: "cashMode"
                        text: qsTr("Cash")
                        primary: !dialog.cardMode
                        focusPolicy: Qt.NoFocus
                        Layout.fillWidth: true
                        onClicked: { dialog.cardMode = false; dialog.payment.clearEntry() }
                    }
                    TouchButton {
                        objectName: "cardMode"
                        text: qsTr("Card")
                        primary: dialog.cardMode
                        focusPolicy: Qt.NoFocus
                        Layout.fillWidth: true
                        onClicked: { dialog.cardMode = true; dialog.payment.clearEntry() }
                    }
                }
                Label {
                    text: dialog.cardMode ? qsTr("Card amount (charge it on the card terminal)") : qsTr("Cash received")
                    color: Theme.muted
                    wrapMode: Text.WordWrap
                    Layout.fillWidth: true
                }
                Label {
                    objectName: "paymentEntry"
                    text: dialog.cardMode && dialog.payment.entryMinor === 0 ? dialog.payment.remainingText
                                                                             : dialog.payment.entryText
                    font.pixelSize: Theme.fontHero
                    color: dialog.payment.entryMinor === 0 && !dialog.cardMode ? Theme.muted : Theme.accent
                    Layout.fillWidth: true
                    background: Rectangle { color: Theme.background; radius: 8 }
                    padding: 8
                    leftPadding: 16
                }
                // Guests' equal shares: one puts its amount into the entry, to take in cash or by card.
                Flow {
                    visible: dialog.payment.shares.length > 0
                    spacing: 8
                    Layout.fillWidth: true
                    Repeater {
                        model: dialog.payment.shares
                        delegate: TouchButton {
                            id: share
                            required property var modelData
                            required property int index
                            objectName: "paymentShare_" + index
                            text: modelData.label + " · " + modelData.amountText
                            focusPolicy: Qt.NoFocus
                            font.pixelSize: Theme.fontSmall
                            onClicked: dialog.payment.setEntry(share.modelData.amountMinor)
                        }
                    }
                }
                Flow {
                    visible: !dialog.cardMode
                    spacing: 8
                    Layout.fillWidth: true
                    Repeater {
                        model: dialog.payment.quickCash
                        delegate: TouchButton {
                            id: quick
                            required property var modelData
                            objectName: modelData.exact ? "quickCashExact" : "quickCash_" + modelData.minor
                            text: modelData.label
                            focusPolicy: Qt.NoFocus
                            onClicked: dialog.payment.payCash(quick.modelData.minor)
                        }
                    }
                }
                TextField {
                    id: reference
                    objectName: "cardReference"
                    visible: dialog.cardMode
                    implicitHeight: Theme.touch
                    maximumLength: 40
                    placeholderText: qsTr("Approval number from the card terminal")
                    inputMethodHints: Qt.ImhPreferNumbers
                    Layout.fillWidth: true
                    onAccepted: dialog.primaryAction()
                }
                Label {
                    objectName: "paymentError"
                    text: dialog.payment.error
                    visible: text.length > 0
                    color: Theme.danger
                    wrapMode: Text.WordWrap
                    Layout.fillWidth: true
                }
            }
            ColumnLayout {
                spacing: 8
                Layout.alignment: Qt.AlignTop
                Layout.preferredWidth: 300
                AmountKeypad {
                    wide: true
                    keyHeight: 56
                    Layout.fillWidth: true
                    onDigits: text => {
                        if (reference.activeFocus)
                            reference.insert(reference.cursorPosition, text)
                        else
                            dialog.payment.appendDigits(text)
                    }
                    onBack: {
                        if (reference.activeFocus)
                            reference.remove(reference.cursorPosition - 1, reference.cursorPosition)
                        else
                            dialog.payment.backspace()
                    }
                    onCleared: {
                        if (reference.activeFocus)
                            reference.clear()
                        else
                            dialog.payment.clearEntry()
                    }
                }
                TouchButton {
                    objectName: "paymentConfirm"
                    text: dialog.cardMode ? qsTr("Card approved") : qsTr("Take cash")
                    primary: true
                    focusPolicy: Qt.NoFocus
                    enabled: dialog.cardMode ? reference.text.trim().length > 0 : dialog.payment.entryMinor > 0
                    implicitHeight: 64
                    font.bold: true
                    Layout.fillWidth: true
                    onClicked: dialog.primaryAction()
                }
                TouchButton {
                    objectName: "paymentComplete"
                    text: qsTr("Complete sale")
                    primary: true
                    visible: dialog.payment.canComplete
                    Layout.fillWidth: true
                    onClicked: dialog.payment.finalize()
                }
                TouchButton {
                    objectName: "paymentCancel"
                    text: dialog.payment.tenders.length > 0 && dialog.keepsParts ? qsTr("Back to the ticket")
                                                                                 : qsTr("Cancel")
                    flat: true
                    focusPolicy: Qt.NoFocus
                    // A table's card parts must be taken off (and reversed on the card terminal) first.
                    enabled: dialog.keepsParts || dialog.payment.tenders.length === 0
                    Layout.fillWidth: true
                    onClicked: dialog.close()
                }
            }
        }

        // Paid: the change, big, for the customer's hand.
        Item {
            ColumnLayout {
                anchors.centerIn: parent
                spacing: 10
                Label {
                    text: "✓"
                    font.pixelSize: 56
                    color: Theme.accent
                    Layout.alignment: Qt.AlignHCenter
                }
                Label {
                    objectName: "salePaid"
                    text: qsTr("Paid %1").arg(dialog.payment.saleTotalText)
                    font.pixelSize: Theme.fontTitle
                    font.bold: true
                    Layout.alignment: Qt.AlignHCenter
                }
                Label {
                    objectName: "saleCredit"
                    visible: dialog.payment.saleCreditText.length > 0
                    text: qsTr("Deposit credited %1").arg(dialog.payment.saleCreditText)
                    color: Theme.accent
                    Layout.alignment: Qt.AlignHCenter
                }
                Label {
                    objectName: "saleReceipt"
                    text: qsTr("Receipt %1").arg(dialog.payment.receipt)
                    color: Theme.muted
                    Layout.alignment: Qt.AlignHCenter
                }
                Label {
                    text: qsTr("Change")
                    color: Theme.muted
                    Layout.topMargin: 8
                    Layout.alignment: Qt.AlignHCenter
                }
                Label {
                    objectName: "saleChange"
                    text: dialog.payment.changeText
                    font.pixelSize: 56
                    font.bold: true
                    color: Theme.accent
                    Layout.alignment: Qt.AlignHCenter
                }
                // Where the receipt is printing, or why not; the sale is done either way.
                Label {
                    objectName: "salePrintMessage"
                    text: dialog.payment.printMessage
                    visible: text.length > 0
                    color: dialog.payment.printProblem ? Theme.danger : Theme.muted
                    wrapMode: Text.WordWrap
                    horizontalAlignment: Text.AlignHCenter
                    Layout.maximumWidth: 640
                    Layout.alignment: Qt.AlignHCenter
                }
                RowLayout {
                    spacing: 12
                    Layout.alignment: Qt.AlignHCenter
                    Layout.topMargin: 8
                    TouchButton {
                        objectName: "printReceiptButton"
                        text: qsTr("Print receipt")
                        implicitHeight: 72
                        focusPolicy: Qt.NoFocus
                        onClicked: dialog.payment.printReceipt()
                    }
                    TouchButton {
                        objectName: "paymentFinish"
                        text: dialog.doneText
                        primary: true
                        implicitWidth: 320
                        implicitHeight: 72
                        font.bold: true
                        onClicked: dialog.close()
                    }
                }
            }
        }
    }
    onClosed: dialog.finished()
}
