import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Madang.App
import Madang.ViewModels

// Refund lines of a sale (−/+ per line, or everything left with the tip), or void it whole. A reason is
// required; then a manager approves with their PIN and the refund is written with that approval.
Dialog {
    id: dialog
    required property AppStore store
    required property OrderDetailModel detail
    property bool voiding: false
    property bool all: false
    property var quantities: ({})   // lineNo -> units to refund
    property int reasonIndex: -1
    property string errorText: ""
    readonly property var refundable: detail.lines.filter(l => l.refundable > 0)
    readonly property var reasons: voiding
        ? [qsTr("Rung up by mistake"), qsTr("Customer left"), qsTr("Payment problem"), qsTr("Other")]
        : [qsTr("Customer changed their mind"), qsTr("Wrong item"), qsTr("Quality problem"), qsTr("Other")]
    readonly property string reasonText: {
        const extra = reasonField.text.trim()
        const choice = reasonIndex >= 0 && reasonIndex < reasons.length - 1 ? reasons[reasonIndex] : ""
        return choice.length > 0 && extra.length > 0 ? choice + ": " + extra : choice + extra
    }
    // Worked out by the sale service (rolled back), so it is exactly what the refund will pay back.
    readonly property string preview: !visible ? ""
        : voiding ? detail.total.replace(/^-?/, "-")
        : detail.previewRefund(chosenLines(), all)
    readonly property int chosenUnits: {
        let n = 0
        for (const l of refundable)
            n += all ? l.refundable : (quantities[l.lineNo] || 0)
        return n
    }

    function openRefund() { start(false) }
    function openVoid() { start(true) }
    function start(asVoid) {
        voiding = asVoid
        all = false
        quantities = {}
        reasonIndex = -1
        reasonField.clear()
        errorText = ""
        open()
    }
    function step(lineNo, by, max) {
        const next = Object.assign({}, quantities)
        next[lineNo] = Math.max(0, Math.min(max, (next[lineNo] || 0) + by))
        quantities = next
    }
    function chosenLines() {
        return refundable.map(l => ({ lineNo: l.lineNo, qty: quantities[l.lineNo] || 0 })).filter(l => l.qty > 0)
    }
    function proceed() {
        if (!voiding && chosenUnits === 0) {
            errorText = qsTr("Choose what to refund: use + on a line, or Refund all.")
        } else if (reasonText.length === 0) {
            errorText = qsTr("Choose or write a reason.")
        } else {
            errorText = ""
            approval.open()
        }
    }
    function apply(token) {
        const ok = voiding ? detail.voidSale(reasonText, token)
                 : all ? detail.refundAll(reasonText, token)
                 : detail.refund(chosenLines(), reasonText, token)
        if (ok)
            dialog.close()
        else
            errorText = detail.error
    }

    modal: true
    anchors.centerIn: Overlay.overlay
    width: Math.min(760, (parent ? parent.width : 760) - 48)
    height: Math.min(implicitHeight, (parent ? parent.height : implicitHeight) - 24)
    padding: 24
    background: Rectangle { color: Theme.surface; radius: Theme.radius; border.color: Theme.border }
    header: Label {
        text: (dialog.voiding ? qsTr("Void %1") : qsTr("Refund from %1")).arg(dialog.detail.receipt)
        font.pixelSize: Theme.fontTitle
        font.bold: true
        padding: 24
        bottomPadding: 4
    }

    ApprovalDialog {
        id: approval
        store: dialog.store
        action: dialog.voiding ? "order.void" : "order.refund"
        record: dialog.detail.orderId
        reason: dialog.reasonText
        subject: dialog.voiding
                 ? qsTr("Void %1 (%2): %3").arg(dialog.detail.receipt).arg(dialog.detail.total).arg(dialog.reasonText)
                 : dialog.all ? qsTr("Refund all that is left of %1: %2").arg(dialog.detail.receipt).arg(dialog.reasonText)
                 : qsTr("Refund %n unit(s) from %1: %2", "", dialog.chosenUnits).arg(dialog.detail.receipt).arg(dialog.reasonText)
        onApproved: token => dialog.apply(token)
    }

    contentItem: ColumnLayout {
        spacing: 12

        Label {
            visible: dialog.voiding
            text: qsTr("The whole sale is cancelled: every line, the tip and every payment.")
            wrapMode: Text.WordWrap
            color: Theme.muted
            Layout.fillWidth: true
        }
        TouchButton {
            objectName: "refundAll"
            visible: !dialog.voiding
            text: qsTr("Refund all that is left, tip included")
            primary: dialog.all
            onClicked: dialog.all = !dialog.all
            Layout.fillWidth: true
        }
        ListView {
            id: lines
            visible: !dialog.voiding
            model: dialog.refundable
            clip: true
            interactive: contentHeight > height
            // As tall as its lines, squeezed (down to two lines, then scrolling) when the screen is short.
            Layout.preferredHeight: contentHeight
            Layout.minimumHeight: Math.min(contentHeight, 2 * 68)
            Layout.fillHeight: true
            Layout.fillWidth: true
            ScrollBar.vertical: ScrollBar {
                policy: lines.contentHeight > lines.height + 1 ? ScrollBar.AlwaysOn : ScrollBar.AlwaysOff
            }
            delegate: RowLayout {
                id: line
                required property var modelData
                readonly property int qty: dialog.all ? modelData.refundable : (dialog.quantities[modelData.lineNo] || 0)
                width: lines.width - (lines.contentHeight > lines.height + 1 ? 16 : 0) // room for the scroll bar
                height: 68
                spacing: 10
                ColumnLayout {
                    spacing: 0
                    Layout.fillWidth: true
                    Label {
                        text: line.modelData.name
                        font.bold: true
                        elide: Text.ElideRight
                        Layout.fillWidth: true
                    }
                    Label {
                        text: [line.modelData.modifiers, qsTr("%1 of %2 can be refunded").arg(line.modelData.refundable).arg(line.modelData.qty)]
                              .filter(s => s.length > 0).join("  ·  ")
                        font.pixelSize: Theme.fontSmall
                        color: Theme.muted
                        elide: Text.ElideRight
                        Layout.fillWidth: true
                    }
                }
                TouchButton {
                    objectName: "refundMinus_" + line.modelData.lineNo
                    text: "−"
                    font.pixelSize: Theme.fontTitle
                    enabled: !dialog.all && line.qty > 0
                    implicitWidth: Theme.touch
                    leftPadding: 0
                    rightPadding: 0
                    onClicked: dialog.step(line.modelData.lineNo, -1, line.modelData.refundable)
                }
                Label {
                    objectName: "refundQty_" + line.modelData.lineNo
                    text: line.qty
                    font.pixelSize: Theme.fontTitle
                    font.bold: true
                    horizontalAlignment: Text.AlignHCenter
                    Layout.preferredWidth: 48
                }
                TouchButton {
                    objectName: "refundPlus_" + line.modelData.lineNo
                    text: "+"
                    font.pixelSize: Theme.fontTitle
                    enabled: !dialog.all && line.qty < line.modelData.refundable
                    implicitWidth: Theme.touch
                    leftPadding: 0
                    rightPadding: 0
                    onClicked: dialog.step(line.modelData.lineNo, 1, line.modelData.refundable)
                }
            }
        }

        RowLayout {
            visible: dialog.preview.length > 0
            Layout.fillWidth: true
            Label {
                text: qsTr("Paid back to the customer")
                Layout.fillWidth: true
            }
            Label {
                objectName: "refundPreview"
                text: dialog.preview
                font.pixelSize: Theme.fontTitle
                font.bold: true
                color: Theme.danger
            }
        }
        Label {
            text: qsTr("Reason")
            font.bold: true
        }
        Flow {
            spacing: 8
            Layout.fillWidth: true
            Repeater {
                model: dialog.reasons
                delegate: TouchButton {
                    id: reasonChip
                    required property string modelData
                    required property int index
                    objectName: "reason_" + index
                    text: modelData
                    primary: dialog.reasonIndex === reasonChip.index
                    font.pixelSize: Theme.fontSmall
                    leftPadding: 14
                    rightPadding: 14
                    implicitWidth: implicitContentWidth + leftPadding + rightPadding
                    onClicked: dialog.reasonIndex = reasonChip.index
                }
            }
        }
        TextField {
            id: reasonField
            objectName: "reasonText"
            placeholderText: dialog.reasonIndex === dialog.reasons.length - 1 ? qsTr("Write the reason")
                                                                             : qsTr("Details (optional)")
            implicitHeight: Theme.touch
            font.pixelSize: Theme.fontBody
            Layout.fillWidth: true
        }
        Label {
            objectName: "refundError"
            visible: text.length > 0
            text: dialog.errorText
            color: Theme.danger
            wrapMode: Text.WordWrap
            Layout.fillWidth: true
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
            objectName: "refundContinue"
            text: qsTr("Manager approval…")
            primary: true
            DialogButtonBox.buttonRole: DialogButtonBox.ApplyRole
            onClicked: dialog.proceed()
        }
    }
}
