import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Madang.App
import Madang.ViewModels

// One line of the ticket (note, discount, remove) or, with row -1, the discount on the whole ticket.
// A discount above the limit is handed to the manager approval by CheckoutModel.approvalNeeded.
Dialog {
    id: dialog
    required property CheckoutModel checkout
    property int row: -1
    property string lineName
    property string kind: "none"
    property string typingError
    signal finished()

    // A refusal is about what was typed or chosen: it goes as soon as the discount or the note changes.
    function inputChanged() {
        dialog.typingError = ""
        dialog.checkout.clearError()
    }

    modal: true
    anchors.centerIn: Overlay.overlay
    width: Math.min(640, (parent ? parent.width : 640) - 48)
    padding: 24
    topPadding: 8
    font.pixelSize: Theme.fontBody
    background: Rectangle { color: Theme.surface; radius: Theme.radius; border.color: Theme.border }
    header: Label {
        text: dialog.row >= 0 ? dialog.lineName : qsTr("Discount on the ticket")
        font.pixelSize: Theme.fontTitle
        font.bold: true
        color: Theme.text
        elide: Text.ElideRight
        padding: 24
        bottomPadding: 8
    }

    // Opens for a line, with what it has now.
    function openLine(row, name, note, kind, value) {
        dialog.row = row
        dialog.lineName = name
        noteField.text = note
        showDiscount(kind, value)
        dialog.typingError = ""
        dialog.checkout.clearError()
        open()
    }
    function openOrder(kind, value) {
        dialog.row = -1
        showDiscount(kind, value)
        dialog.typingError = ""
        dialog.checkout.clearError()
        open()
    }
    function showDiscount(kind, value) {
        dialog.kind = kind
        const scale = kind === "percent" ? 100 : Math.pow(10, dialog.checkout.minorDigits)
        valueField.text = kind === "none" ? "" : String(value / scale)
    }
    // What was typed, in basis points or minor units; -1 if it is not a number.
    function typedValue() {
        if (dialog.kind === "none")
            return 0
        const v = Number(valueField.text.replace(/,/g, "").trim())
        if (valueField.text.trim().length === 0 || isNaN(v) || v < 0)
            return -1
        return Math.round(v * (dialog.kind === "percent" ? 100 : Math.pow(10, dialog.checkout.minorDigits)))
    }
    function apply() {
        if (dialog.row >= 0 && !dialog.checkout.setNote(dialog.row, noteField.text))
            return
        const value = typedValue()
        dialog.typingError = value < 0 ? qsTr("Enter the discount as a number.") : ""
        if (value < 0)
            return
        const ok = dialog.row >= 0 ? dialog.checkout.setLineDiscount(dialog.row, dialog.kind, value)
                                   : dialog.checkout.setOrderDiscount(dialog.kind, value)
        if (ok || dialog.checkout.approvalPending)
            dialog.close() // approval, if needed, opens next
    }

    contentItem: ColumnLayout {
        spacing: 12
        Label {
            text: qsTr("Note for the kitchen or the stylist")
            visible: dialog.row >= 0
            color: Theme.muted
        }
        TextField {
            id: noteField
            objectName: "lineNote"
            visible: dialog.row >= 0
            maximumLength: 200
            implicitHeight: Theme.touch
            placeholderText: qsTr("e.g. less spicy")
            Layout.fillWidth: true
            onTextEdited: dialog.inputChanged()
        }
        Label {
            text: qsTr("Discount (above %1% needs a manager)").arg(dialog.checkout.discountApprovalPercent)
            color: Theme.muted
            Layout.topMargin: dialog.row >= 0 ? 8 : 0
        }
        RowLayout {
            spacing: 8
            Layout.fillWidth: true
            Repeater {
                model: [{ kind: "none", label: qsTr("None") }, { kind: "percent", label: "%" },
                        { kind: "amount", label: dialog.checkout.currency === "KRW" ? "₩" : dialog.checkout.currency }]
                delegate: TouchButton {
                    id: kindButton
                    required property var modelData
                    objectName: "discountKind_" + modelData.kind
                    text: modelData.label
                    primary: dialog.kind === modelData.kind
                    Layout.fillWidth: true
                    onClicked: {
                        dialog.kind = kindButton.modelData.kind
                        dialog.inputChanged()
                        if (dialog.kind !== "none")
                            valueField.forceActiveFocus()
                    }
                }
            }
        }
        RowLayout {
            spacing: 8
            visible: dialog.kind !== "none"
            Layout.fillWidth: true
            TextField {
                id: valueField
                objectName: "discountValue"
                implicitHeight: Theme.touch
                inputMethodHints: Qt.ImhFormattedNumbersOnly
                placeholderText: dialog.kind === "percent" ? qsTr("Percent") : qsTr("Amount")
                Layout.fillWidth: true
                onAccepted: dialog.apply()
                onTextEdited: dialog.inputChanged()
            }
            Repeater {
                model: dialog.kind === "percent" ? [5, 10, 20, 50] : []
                delegate: TouchButton {
                    id: preset
                    required property int modelData
                    text: modelData + "%"
                    implicitWidth: 76
                    leftPadding: 4
                    rightPadding: 4
                    onClicked: {
                        valueField.text = String(preset.modelData)
                        dialog.inputChanged()
                    }
                }
            }
        }
        Label {
            objectName: "lineError"
            text: dialog.typingError.length > 0 ? dialog.typingError : dialog.checkout.error
            visible: text.length > 0
            color: Theme.danger
            wrapMode: Text.WordWrap
            Layout.fillWidth: true
        }
        TouchButton {
            objectName: "lineRemove"
            text: qsTr("Remove from the ticket")
            visible: dialog.row >= 0
            flat: true
            Layout.topMargin: 4
            contentItem: Label {
                text: qsTr("Remove from the ticket")
                font.pixelSize: Theme.fontBody
                color: Theme.danger
                horizontalAlignment: Text.AlignHCenter
                verticalAlignment: Text.AlignVCenter
            }
            onClicked: {
                if (dialog.checkout.remove(dialog.row))
                    dialog.close()
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
            objectName: "lineApply"
            text: qsTr("Apply")
            primary: true
            DialogButtonBox.buttonRole: DialogButtonBox.ApplyRole
            onClicked: dialog.apply()
        }
    }
    onClosed: dialog.finished()
}
