import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Madang.ViewModels

// A date to pick, never to type: the day before and after, the date in words, and a tap on it opens a month
// to choose from. `date` ("yyyy-MM-dd") is the screen's: a pick emits picked(date), the screen takes it and
// hands it back. Every target is at least 48 px. objectNames: <name>Previous, <name>Next, <name>Open,
// <name>Day_yyyy-MM-dd, <name>PreviousMonth, <name>NextMonth.
RowLayout {
    id: picker
    property string name: "datePicker"
    property string date: ""
    property string minimum: ""
    property string maximum: ""
    signal picked(string date)
    spacing: 8

    DateChoice {
        id: choice
        date: picker.date
        minimum: picker.minimum
        maximum: picker.maximum
        onPicked: date => { monthPopup.close(); picker.picked(date) }
    }

    TouchButton {
        objectName: picker.name + "Previous"
        text: "◀"
        implicitWidth: Theme.touch
        leftPadding: 0
        rightPadding: 0
        enabled: choice.canGoBack
        onClicked: choice.previousDay()
    }
    TouchButton {
        objectName: picker.name + "Open"
        text: choice.text
        Layout.fillWidth: true
        Layout.minimumWidth: 200
        leftPadding: 12
        rightPadding: 12
        onClicked: monthPopup.open()
    }
    TouchButton {
        objectName: picker.name + "Next"
        text: "▶"
        implicitWidth: Theme.touch
        leftPadding: 0
        rightPadding: 0
        enabled: choice.canGoForward
        onClicked: choice.nextDay()
    }

    Popup {
        id: monthPopup
        objectName: picker.name + "Month"
        parent: Overlay.overlay
        anchors.centerIn: parent
        modal: true
        padding: 16
        background: Rectangle { color: Theme.surface; radius: Theme.radius; border.color: Theme.border }
        onOpened: choice.showDateMonth()

        contentItem: ColumnLayout {
            spacing: 8
            RowLayout {
                Layout.fillWidth: true
                TouchButton {
                    objectName: picker.name + "PreviousMonth"
                    text: "◀"
                    implicitWidth: Theme.touch
                    leftPadding: 0
                    rightPadding: 0
                    onClicked: choice.previousMonth()
                }
                Label {
                    text: choice.monthText
                    font.pixelSize: Theme.fontBody
                    font.bold: true
                    color: Theme.text
                    horizontalAlignment: Text.AlignHCenter
                    Layout.fillWidth: true
                }
                TouchButton {
                    objectName: picker.name + "NextMonth"
                    text: "▶"
                    implicitWidth: Theme.touch
                    leftPadding: 0
                    rightPadding: 0
                    onClicked: choice.nextMonth()
                }
            }
            Grid {
                columns: 7
                spacing: 4
                Repeater {
                    model: choice.weekdays
                    delegate: Label {
                        required property string modelData
                        width: 52
                        text: modelData
                        horizontalAlignment: Text.AlignHCenter
                        color: Theme.muted
                        font.pixelSize: Theme.fontSmall
                    }
                }
                Repeater {
                    model: choice.cells
                    delegate: TouchButton {
                        required property var modelData
                        objectName: picker.name + "Day_" + modelData.date
                        implicitWidth: 52
                        implicitHeight: 48
                        leftPadding: 0
                        rightPadding: 0
                        text: modelData.day
                        flat: !modelData.selected
                        primary: modelData.selected
                        enabled: modelData.enabled
                        opacity: modelData.inMonth ? 1 : 0.5
                        onClicked: choice.pick(modelData.date)
                    }
                }
            }
        }
    }
}
