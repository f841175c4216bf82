import QtQuick
import Madang.App
import QtQuick.Controls
import QtQuick.Layouts
import Madang.ViewModels

// A staff member's days off from today on: add one with a date and a reason, or take one back. Each change is
// saved at once; a day off flags that day's bookings for someone else, and the dialog says how many.
Dialog {
    id: dialog
    required property AppStore store
    property string staffName
    // The day to add, "yyyy-MM-dd": picked, never typed.
    property string chosenDate: ""
    modal: true
    anchors.centerIn: Overlay.overlay
    width: Math.min(620, (parent ? parent.width : 620) - 48)
    padding: 24
    font.pixelSize: Theme.fontBody
    background: Rectangle {
        color: Theme.surface
        radius: Theme.radius
        border.color: Theme.border
    }
    header: Label {
        text: qsTr("Days off: %1").arg(dialog.staffName)
        font.pixelSize: Theme.fontTitle
        font.bold: true
        color: Theme.text
        padding: 24
        bottomPadding: 8
    }

    function openFor(staffId, name) {
        staffName = name
        daysOff.staffId = staffId
        daysOff.refresh()
        chosenDate = daysOff.firstDay // today, then picked
        reasonField.text = ""
        open()
    }

    DaysOffModel {
        id: daysOff
        store: dialog.store
    }

    contentItem: ColumnLayout {
        spacing: 12
        DatePicker {
            name: "dayOffDate"
            Layout.fillWidth: true
            date: dialog.chosenDate
            minimum: daysOff.firstDay
            maximum: daysOff.lastDay
            onPicked: date => dialog.chosenDate = date
        }
        RowLayout {
            spacing: 8
            Layout.fillWidth: true
            TextField {
                id: reasonField
                objectName: "dayOffReason"
                placeholderText: qsTr("Reason (holiday, sick…)")
                implicitHeight: Theme.touch
                Layout.fillWidth: true
            }
            TouchButton {
                objectName: "dayOffAdd"
                text: qsTr("Add")
                primary: true
                onClicked: if (daysOff.add(dialog.chosenDate, reasonField.text)) { reasonField.text = "" }
            }
        }
        Label {
            objectName: "dayOffError"
            text: daysOff.error
            visible: text.length > 0
            color: Theme.danger
            wrapMode: Text.WordWrap
            Layout.fillWidth: true
        }
        Label {
            objectName: "dayOffNotice"
            text: daysOff.notice
            visible: text.length > 0
            color: Theme.text
            wrapMode: Text.WordWrap
            Layout.fillWidth: true
        }
        Label {
            text: qsTr("No days off ahead.")
            visible: daysOff.days.length === 0
            color: Theme.muted
        }
        Repeater {
            model: daysOff.days
            delegate: RowLayout {
                required property var modelData
                spacing: 12
                Layout.fillWidth: true
                Label { text: modelData.label; font.bold: true; Layout.preferredWidth: 200 }
                Label { text: modelData.reason; color: Theme.muted; elide: Text.ElideRight; Layout.fillWidth: true }
                TouchButton {
                    objectName: "dayOffRemove_" + modelData.day
                    text: qsTr("Remove")
                    flat: true
                    onClicked: daysOff.remove(modelData.day)
                }
            }
        }
    }
    footer: DialogButtonBox {
        padding: 16
        background: null
        TouchButton {
            objectName: "dayOffClose"
            text: qsTr("Close")
            flat: true
            DialogButtonBox.buttonRole: DialogButtonBox.RejectRole
        }
    }
}
