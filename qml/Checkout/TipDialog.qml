import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Madang.App
import Madang.ViewModels

// A tip of any amount, typed on the keypad or a keyboard, in the currency's major units ("2000", "2.50").
// Zero removes the tip.
Dialog {
    id: dialog
    required property CheckoutModel checkout
    property string typingError
    signal finished()

    function start() {
        amountField.text = ""
        dialog.typingError = ""
        dialog.checkout.clearError()
        open()
        amountField.forceActiveFocus()
    }
    // What was typed, in minor units; -1 if it is not an amount.
    function typedMinor() {
        const text = amountField.text.replace(/,/g, "").trim()
        const v = Number(text)
        if (text.length === 0 || isNaN(v) || v < 0)
            return -1
        const minor = v * Math.pow(10, dialog.checkout.minorDigits)
        return Math.abs(minor - Math.round(minor)) < 1e-6 ? Math.round(minor) : -1
    }
    function apply() {
        const minor = typedMinor()
        dialog.typingError = minor < 0 ? qsTr("Enter the tip as an amount, e.g. 2000.") : ""
        if (minor >= 0 && dialog.checkout.setTipAmount(minor))
            dialog.close()
    }

    modal: true
    anchors.centerIn: Overlay.overlay
    width: Math.min(480, (parent ? parent.width : 480) - 48)
    padding: 24
    topPadding: 8
    font.pixelSize: Theme.fontBody
    background: Rectangle { color: Theme.surface; radius: Theme.radius; border.color: Theme.border }
    header: Label {
        text: qsTr("Tip amount")
        font.pixelSize: Theme.fontTitle
        font.bold: true
        color: Theme.text
        padding: 24
        bottomPadding: 8
    }
    contentItem: ColumnLayout {
        spacing: 12
        TextField {
            id: amountField
            objectName: "tipAmount"
            implicitHeight: Theme.touch
            font.pixelSize: Theme.fontTitle
            horizontalAlignment: Text.AlignRight
            inputMethodHints: Qt.ImhFormattedNumbersOnly
            placeholderText: dialog.checkout.currency === "KRW" ? "₩" : dialog.checkout.currency
            Layout.fillWidth: true
            onAccepted: dialog.apply()
            // Typed or from the keypad: a refusal of the amount goes as soon as the amount changes.
            onTextChanged: {
                dialog.typingError = ""
                dialog.checkout.clearError()
            }
        }
        AmountKeypad {
            Layout.fillWidth: true
            onDigits: text => amountField.insert(amountField.cursorPosition, text)
            onBack: {
                if (amountField.cursorPosition > 0)
                    amountField.remove(amountField.cursorPosition - 1, amountField.cursorPosition)
            }
        }
        Label {
            objectName: "tipError"
            text: dialog.typingError.length > 0 ? dialog.typingError : dialog.checkout.error
            visible: text.length > 0
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
            objectName: "tipApply"
            text: qsTr("Apply")
            primary: true
            DialogButtonBox.buttonRole: DialogButtonBox.ApplyRole
            onClicked: dialog.apply()
        }
    }
    onClosed: dialog.finished()
}
