import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Madang.App
import Madang.ViewModels

// Who the ticket is for: type the number (01012345678, 010-1234-5678 or its last four digits) or the name and
// tap the customer. Their sale is then theirs in the orders and the journal.
Dialog {
    id: dialog
    required property CheckoutModel checkout
    required property AppStore store
    signal finished()

    CustomerSearchModel {
        id: matches
        store: dialog.store
        text: searchField.text
    }

    modal: true
    anchors.centerIn: Overlay.overlay
    width: Math.min(560, (parent ? parent.width : 560) - 48)
    padding: 24
    topPadding: 8
    font.pixelSize: Theme.fontBody
    background: Rectangle { color: Theme.surface; radius: Theme.radius; border.color: Theme.border }
    header: Label {
        text: qsTr("Customer")
        font.pixelSize: Theme.fontTitle
        font.bold: true
        color: Theme.text
        padding: 24
        bottomPadding: 8
    }
    onAboutToShow: {
        dialog.checkout.clearError()
        searchField.clear()
    }
    onOpened: searchField.forceActiveFocus()

    contentItem: ColumnLayout {
        spacing: 12
        TextField {
            id: searchField
            objectName: "customerSearch"
            implicitHeight: Theme.touch
            maximumLength: 80
            inputMethodHints: Qt.ImhPreferNumbers
            placeholderText: qsTr("Phone number, its last 4 digits, or name")
            Layout.fillWidth: true
            onTextEdited: dialog.checkout.clearError()
        }
        ListView {
            id: matchList
            objectName: "customerMatches"
            model: matches
            clip: true
            spacing: 4
            Layout.fillWidth: true
            Layout.preferredHeight: Math.min(Math.max(matches.count, 1), 4) * (Theme.touch + 4)
            delegate: TouchButton {
                required property int index
                required property string customerId
                required property string label
                objectName: "customerPick_" + index
                width: matchList.width
                text: label
                onClicked: {
                    if (dialog.checkout.setCustomer(customerId))
                        dialog.close()
                }
            }
            Label {
                anchors.fill: parent
                visible: matches.count === 0
                verticalAlignment: Text.AlignVCenter
                wrapMode: Text.WordWrap
                color: matches.error.length > 0 ? Theme.danger : Theme.muted
                text: matches.error.length > 0 ? matches.error
                      : searchField.text.trim().length === 0 ? qsTr("Type a number or a name.")
                      : qsTr("No customer on file matches. Their first booking adds them.")
            }
        }
        Label {
            objectName: "customerError"
            text: dialog.checkout.error
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
            objectName: "customerRemove"
            text: qsTr("No customer")
            flat: true
            visible: dialog.checkout.customerId.length > 0
            DialogButtonBox.buttonRole: DialogButtonBox.ResetRole
            onClicked: {
                dialog.checkout.clearCustomer()
                dialog.close()
            }
        }
        TouchButton {
            text: qsTr("Close")
            flat: true
            DialogButtonBox.buttonRole: DialogButtonBox.RejectRole
        }
    }
    onClosed: dialog.finished()
}
