import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Madang.App
import Madang.ViewModels

// When the restaurant takes reservations: the days open and a lunch and a dinner sitting.
Dialog {
    id: dialog
    required property AppStore store

    function openEditor() {
        hours.load()
        open()
    }

    ReservationHoursModel {
        id: hours
        store: dialog.store
    }

    modal: true
    width: Math.min(640, (parent ? parent.width : 640) - 48)
    padding: 24
    background: Rectangle { color: Theme.surface; radius: Theme.radius; border.color: Theme.border }
    header: Label {
        text: qsTr("Reservation hours")
        font.pixelSize: Theme.fontTitle
        font.bold: true
        padding: 24
        bottomPadding: 4
    }

    contentItem: ColumnLayout {
        spacing: 12
        Row {
            spacing: 6
            Repeater {
                model: [qsTr("Mon"), qsTr("Tue"), qsTr("Wed"), qsTr("Thu"), qsTr("Fri"), qsTr("Sat"), qsTr("Sun")]
                delegate: TouchButton {
                    required property string modelData
                    required property int index
                    objectName: "openDay_" + (index + 1)
                    text: modelData
                    implicitWidth: 64
                    leftPadding: 4
                    rightPadding: 4
                    primary: hours.days[index] === true
                    onClicked: hours.toggleDay(index + 1)
                }
            }
        }
        GridLayout {
            columns: 4
            columnSpacing: 10
            rowSpacing: 6
            Label { text: qsTr("Lunch"); color: Theme.muted }
            TextField {
                objectName: "lunchStart"
                text: hours.lunchStart
                onTextEdited: {
                    hours.lunchStart = text
                    hours.clearError()
                }
                placeholderText: "11:30"
                implicitHeight: Theme.touch
                Layout.preferredWidth: 110
            }
            Label { text: "–" }
            TextField {
                objectName: "lunchEnd"
                text: hours.lunchEnd
                onTextEdited: {
                    hours.lunchEnd = text
                    hours.clearError()
                }
                placeholderText: "15:00"
                implicitHeight: Theme.touch
                Layout.preferredWidth: 110
            }
            Label { text: qsTr("Dinner"); color: Theme.muted }
            TextField {
                objectName: "dinnerStart"
                text: hours.dinnerStart
                onTextEdited: {
                    hours.dinnerStart = text
                    hours.clearError()
                }
                placeholderText: "17:00"
                implicitHeight: Theme.touch
                Layout.preferredWidth: 110
            }
            Label { text: "–" }
            TextField {
                objectName: "dinnerEnd"
                text: hours.dinnerEnd
                onTextEdited: {
                    hours.dinnerEnd = text
                    hours.clearError()
                }
                placeholderText: "22:00"
                implicitHeight: Theme.touch
                Layout.preferredWidth: 110
            }
        }
        Label {
            text: qsTr("Leave a sitting empty if there is none. Reservations must end by the end of their sitting.")
            color: Theme.muted
            font.pixelSize: Theme.fontSmall
            wrapMode: Text.WordWrap
            Layout.fillWidth: true
        }
        Label {
            objectName: "hoursError"
            visible: hours.error.length > 0
            text: hours.error
            color: Theme.danger
            wrapMode: Text.WordWrap
            Layout.fillWidth: true
        }
        RowLayout {
            Layout.fillWidth: true
            Item { Layout.fillWidth: true }
            TouchButton { text: qsTr("Cancel"); onClicked: dialog.close() }
            TouchButton {
                objectName: "hoursSave"
                text: qsTr("Save")
                primary: true
                onClicked: if (hours.save()) dialog.close()
            }
        }
    }
}
