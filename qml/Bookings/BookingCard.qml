import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Madang.App
import Madang.ViewModels

// The booking card, also used at check-in: who, what, when, what the customer shares with the shop (each
// field with its scope and the date of consent), earlier visits, and the steps that fit the status.
Dialog {
    id: dialog
    required property AppStore store
    property string errorText: ""
    property bool cancelling: false

    function openFor(id) {
        card.bookingId = ""
        card.bookingId = id
        errorText = ""
        cancelling = false
        reasonField.clear()
        feeField.clear()
        open()
    }
    function run(ok) {
        errorText = ok ? "" : card.error
        if (ok && (card.status === "cancelled" || card.status === "no_show" || card.status === "completed"))
            dialog.close()
    }

    BookingCardModel {
        id: card
        store: dialog.store
    }

    modal: true
    width: Math.min(820, (parent ? parent.width : 820) - 48)
    height: Math.min(implicitHeight, (parent ? parent.height : implicitHeight) - 24)
    padding: 24
    background: Rectangle { color: Theme.surface; radius: Theme.radius; border.color: Theme.border }
    header: RowLayout {
        spacing: 12
        Label {
            text: card.customerName
            font.pixelSize: Theme.fontTitle
            font.bold: true
            leftPadding: 24
            topPadding: 20
        }
        Rectangle {
            Layout.topMargin: 20
            radius: 6
            color: Theme.accentLight
            implicitWidth: statusLabel.implicitWidth + 20
            implicitHeight: statusLabel.implicitHeight + 8
            Label { id: statusLabel; anchors.centerIn: parent; text: card.statusText; color: Theme.accent; font.pixelSize: Theme.fontSmall }
        }
        Item { Layout.fillWidth: true }
        Label { text: card.phone; color: Theme.muted; rightPadding: 24; topPadding: 20; font.pixelSize: Theme.fontBody }
    }

    contentItem: ColumnLayout {
        spacing: 10
        GridLayout {
            columns: 2
            columnSpacing: 24
            rowSpacing: 6
            Layout.fillWidth: true
            Label { text: qsTr("Service"); color: Theme.muted }
            Label { text: card.service + " · " + card.priceText; font.bold: true; Layout.fillWidth: true; elide: Text.ElideRight }
            Label { text: qsTr("When"); color: Theme.muted }
            Label { text: card.timeText + " · " + card.staffName }
            Label { text: qsTr("Booked"); color: Theme.muted }
            Label { text: card.sourceText }
            Label { text: qsTr("Repeats"); color: Theme.muted; visible: card.inSeries }
            Label { objectName: "seriesText"; text: card.seriesText; visible: card.inSeries }
            Label { text: qsTr("Deposit"); color: Theme.muted; visible: card.depositText.length > 0 }
            Label { text: qsTr("%1, credited at checkout").arg(card.depositText); visible: card.depositText.length > 0 }
            Label { text: qsTr("Address"); color: Theme.muted; visible: card.address.length > 0 }
            Label { text: card.address; visible: card.address.length > 0; wrapMode: Text.WordWrap; Layout.fillWidth: true }
            Label { text: qsTr("Access"); color: Theme.muted; visible: card.accessNotes.length > 0 }
            Label { text: card.accessNotes; visible: card.accessNotes.length > 0; wrapMode: Text.WordWrap; Layout.fillWidth: true }
            Label { text: qsTr("Notes"); color: Theme.muted; visible: card.notes.length > 0 }
            Label { text: card.notes; visible: card.notes.length > 0; wrapMode: Text.WordWrap; Layout.fillWidth: true }
        }

        // Shared by the customer on the platform, as far as they consented.
        Rectangle {
            objectName: "sharedProfile"
            visible: card.sharedProfile.length > 0
            Layout.fillWidth: true
            implicitHeight: profileColumn.implicitHeight + 24
            radius: 8
            color: "#FFF8E6"
            border.color: "#E8C670"
            ColumnLayout {
                id: profileColumn
                anchors.fill: parent
                anchors.margins: 12
                spacing: 6
                Label { text: qsTr("★ Shared by the customer"); font.bold: true; color: "#7A5A00" }
                Repeater {
                    model: card.sharedProfile
                    delegate: RowLayout {
                        required property var modelData
                        Layout.fillWidth: true
                        spacing: 12
                        Label { text: modelData.label; color: Theme.muted; Layout.preferredWidth: 110 }
                        Label {
                            text: modelData.value
                            font.bold: modelData.field === "allergies"
                            color: modelData.field === "allergies" ? Theme.danger : Theme.text
                            wrapMode: Text.WordWrap
                            Layout.fillWidth: true
                        }
                        Label {
                            objectName: "profileScope_" + modelData.field
                            text: qsTr("shared %1 since %2").arg(modelData.scope).arg(modelData.consentedAt)
                            color: Theme.muted
                            font.pixelSize: Theme.fontSmall - 2
                        }
                    }
                }
            }
        }

        Label {
            visible: card.visits.length > 0
            text: qsTr("%n earlier visit(s): ", "", card.visits.length)
                  + card.visits.slice(0, 3).map(v => v.when + " " + v.service + " (" + v.staff + ")").join(", ")
            color: Theme.muted
            wrapMode: Text.WordWrap
            Layout.fillWidth: true
        }

        RowLayout {
            visible: dialog.cancelling
            Layout.fillWidth: true
            TextField {
                id: reasonField
                objectName: "cancelReason"
                Layout.fillWidth: true
                Layout.preferredHeight: Theme.touch
                placeholderText: qsTr("Why is it cancelled?")
            }
            TouchButton { text: qsTr("Confirm cancel"); onClicked: dialog.run(card.cancel(reasonField.text)) }
            TouchButton {
                visible: card.inSeries
                text: qsTr("Cancel this and all following")
                onClicked: dialog.run(card.cancelFollowing(reasonField.text))
            }
        }
        RowLayout {
            visible: card.canNoShow && !dialog.cancelling
            Layout.fillWidth: true
            TextField {
                id: feeField
                Layout.preferredWidth: 200
                Layout.preferredHeight: Theme.touch
                placeholderText: qsTr("No-show fee")
                inputMethodHints: Qt.ImhDigitsOnly
            }
            TouchButton { text: qsTr("No-show"); onClicked: dialog.run(card.noShow(feeField.text)) }
            Item { Layout.fillWidth: true }
        }

        Label {
            objectName: "cardError"
            visible: dialog.errorText.length > 0
            text: dialog.errorText
            color: Theme.danger
            wrapMode: Text.WordWrap
            Layout.fillWidth: true
        }

        RowLayout {
            Layout.fillWidth: true
            spacing: 8
            TouchButton { text: qsTr("Cancel booking"); visible: card.canCancel && !dialog.cancelling; onClicked: dialog.cancelling = true }
            TouchButton {
                objectName: "applyFollowing"
                visible: card.inSeries && card.canCheckIn && !dialog.cancelling
                text: qsTr("This time for all following")
                onClicked: dialog.run(card.applyToFollowing())
            }
            Item { Layout.fillWidth: true }
            TouchButton { objectName: "closeCard"; text: qsTr("Close"); onClicked: dialog.close() }
            TouchButton { objectName: "checkInButton"; text: qsTr("Check in"); primary: true; visible: card.canCheckIn; onClicked: dialog.run(card.checkIn()) }
            TouchButton { text: qsTr("Start"); primary: true; visible: card.canStart; onClicked: dialog.run(card.start()) }
            TouchButton {
                objectName: "checkoutButton"
                text: qsTr("Check out")
                primary: true
                visible: (card.canStart || card.canComplete) && dialog.store.vertical !== "restaurant"
                onClicked: {
                    dialog.close()
                    dialog.store.requestCheckout(card.bookingId)
                }
            }
        }
    }
}
