import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Madang.App
import Madang.ViewModels

// A reservation's card: who, how many, when, at which tables, and the steps that fit its status. Seat
// opens the party's ticket on its table and shows it.
Dialog {
    id: dialog
    required property ReservationsModel reservations
    property var info: ({})
    property string errorText: ""
    property bool cancelling: false

    function openFor(id) {
        info = reservations.details(id)
        errorText = ""
        cancelling = false
        reasonField.clear()
        open()
    }
    function run(ok) {
        if (!ok) {
            errorText = reservations.error
            return
        }
        dialog.close()
    }

    modal: true
    width: Math.min(640, (parent ? parent.width : 640) - 48)
    height: Math.min(implicitHeight, (parent ? parent.height : implicitHeight) - 24)
    padding: 24
    background: Rectangle { color: Theme.surface; radius: Theme.radius; border.color: Theme.border }
    header: Label {
        text: (dialog.info.guest || "") + " · " + qsTr("%n guest(s)", "", dialog.info.party || 0)
        font.pixelSize: Theme.fontTitle
        font.bold: true
        padding: 24
        bottomPadding: 4
    }

    contentItem: ColumnLayout {
        spacing: 10
        GridLayout {
            columns: 2
            columnSpacing: 16
            rowSpacing: 6
            Label { text: qsTr("Time"); color: Theme.muted }
            Label { text: dialog.info.time || ""; font.bold: true }
            Label { text: qsTr("Tables"); color: Theme.muted }
            Label { objectName: "cardTables"; text: dialog.info.tables || ""; font.bold: true }
            Label { text: qsTr("Status"); color: Theme.muted }
            Label { objectName: "cardStatus"; text: dialog.info.statusText || "" }
            Label { text: qsTr("Deposit"); color: Theme.muted; visible: !!dialog.info.deposit }
            Label { objectName: "cardDeposit"; text: dialog.info.deposit || ""; visible: !!dialog.info.deposit }
            Label { text: qsTr("Phone"); color: Theme.muted; visible: !!dialog.info.phone }
            Label { text: dialog.info.phone || ""; visible: !!dialog.info.phone }
            Label { text: qsTr("Reason"); color: Theme.muted; visible: !!dialog.info.cancelReason }
            Label { text: dialog.info.cancelReason || ""; visible: !!dialog.info.cancelReason }
        }
        TextField {
            id: reasonField
            objectName: "cancelReason"
            visible: dialog.cancelling
            Layout.fillWidth: true
            Layout.preferredHeight: Theme.touch
            font.pixelSize: Theme.fontBody
            placeholderText: qsTr("Why is it cancelled?")
        }
        Label {
            objectName: "cardError"
            visible: dialog.errorText.length > 0
            text: dialog.errorText
            color: Theme.danger
            wrapMode: Text.WordWrap
            Layout.fillWidth: true
        }
        Flow {
            Layout.fillWidth: true
            spacing: 8
            TouchButton {
                objectName: "seatButton"
                visible: !!dialog.info.canSeat && !dialog.cancelling
                text: qsTr("Seat now")
                primary: true
                onClicked: dialog.run(dialog.reservations.seat(dialog.info.id))
            }
            TouchButton {
                objectName: "arriveButton"
                visible: !!dialog.info.canArrive && !dialog.cancelling
                text: qsTr("Arrived")
                onClicked: dialog.run(dialog.reservations.arrive(dialog.info.id))
            }
            TouchButton {
                objectName: "noShowButton"
                visible: !!dialog.info.canNoShow && !dialog.cancelling
                text: qsTr("No-show")
                onClicked: dialog.run(dialog.reservations.noShow(dialog.info.id))
            }
            TouchButton {
                objectName: "cancelReservationButton"
                visible: !!dialog.info.canCancel
                text: dialog.cancelling ? qsTr("Cancel the reservation") : qsTr("Cancel…")
                primary: dialog.cancelling
                onClicked: {
                    if (!dialog.cancelling)
                        dialog.cancelling = true
                    else
                        dialog.run(dialog.reservations.cancel(dialog.info.id, reasonField.text))
                }
            }
            TouchButton { text: qsTr("Close"); onClicked: dialog.close() }
        }
    }
}
