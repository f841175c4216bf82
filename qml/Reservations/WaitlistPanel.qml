import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Madang.App
import Madang.ViewModels

// Tonight's waitlist beside the reservation day: add a party (the quote shows before adding), see what
// each party was told and what the room says now, seat one when a table is free, or strike one off.
Rectangle {
    id: panel
    required property AppStore store
    color: Theme.surface
    border.color: Theme.border

    WaitlistModel {
        id: waitlist
        objectName: "waitlistModel"
        store: panel.store
    }
    // Estimates move with the clock.
    Timer {
        interval: 60000
        repeat: true
        running: panel.visible
        onTriggered: waitlist.refresh()
    }

    ColumnLayout {
        anchors.fill: parent
        anchors.margins: 16
        spacing: 10

        Label {
            text: qsTr("Waitlist") + (waitlist.count > 0 ? " · " + waitlist.count : "")
            font.pixelSize: Theme.fontTitle
            font.bold: true
            color: Theme.text
        }
        TextField {
            id: nameField
            objectName: "waitName"
            Layout.fillWidth: true
            Layout.preferredHeight: Theme.touch
            font.pixelSize: Theme.fontBody
            placeholderText: qsTr("Name")
        }
        TextField {
            id: phoneField
            objectName: "waitPhone"
            Layout.fillWidth: true
            Layout.preferredHeight: Theme.touch
            font.pixelSize: Theme.fontBody
            placeholderText: qsTr("Phone, to call them")
            inputMethodHints: Qt.ImhDialableCharactersOnly
        }
        RowLayout {
            Layout.fillWidth: true
            spacing: 8
            SpinBox {
                id: partyBox
                objectName: "waitParty"
                from: 1
                to: 99
                value: 2
                Layout.preferredHeight: Theme.touch
                Layout.fillWidth: true
                font.pixelSize: Theme.fontBody
                textFromValue: (value) => qsTr("%n guest(s)", "", value)
            }
            TouchButton {
                objectName: "waitAdd"
                implicitWidth: 96
                text: qsTr("Add")
                primary: true
                onClicked: {
                    if (waitlist.add(nameField.text, phoneField.text, partyBox.value)) {
                        nameField.clear()
                        phoneField.clear()
                        partyBox.value = 2
                    }
                }
            }
        }
        Label {
            objectName: "waitQuote"
            Layout.fillWidth: true
            text: qsTr("Quote now: %1").arg(waitlist.count >= 0 ? waitlist.quoteText(partyBox.value) : "")
            color: Theme.accent
            font.pixelSize: Theme.fontBody
            wrapMode: Text.WordWrap
        }
        Label {
            objectName: "waitError"
            visible: waitlist.error.length > 0
            Layout.fillWidth: true
            text: waitlist.error
            color: Theme.danger
            wrapMode: Text.WordWrap
            MouseArea { anchors.fill: parent; onClicked: waitlist.clearError() }
        }
        Rectangle { Layout.fillWidth: true; height: 1; color: Theme.border }

        ListView {
            id: list
            objectName: "waitList"
            Layout.fillWidth: true
            Layout.fillHeight: true
            clip: true
            spacing: 8
            model: waitlist
            delegate: Rectangle {
                id: row
                required property string partyId
                required property string name
                required property string phone
                required property int party
                required property string quotedText
                required property string estimateText
                required property bool ready
                required property int index
                width: list.width
                height: rowColumn.implicitHeight + 16
                radius: 8
                color: row.ready ? Theme.accentLight : Theme.background
                border.color: Theme.border
                ColumnLayout {
                    id: rowColumn
                    x: 12
                    y: 8
                    width: parent.width - 24
                    spacing: 4
                    Label {
                        text: (row.index + 1) + ". " + row.name + " · " + qsTr("%n guest(s)", "", row.party)
                        font.pixelSize: Theme.fontBody
                        font.bold: true
                        Layout.fillWidth: true
                        elide: Text.ElideRight
                    }
                    Label { text: row.quotedText + (row.phone.length > 0 ? " · " + row.phone : ""); color: Theme.muted; font.pixelSize: Theme.fontSmall }
                    Label {
                        text: row.estimateText
                        color: row.ready ? Theme.accent : Theme.text
                        font.pixelSize: Theme.fontSmall
                        font.bold: row.ready
                        Layout.fillWidth: true
                        wrapMode: Text.WordWrap
                    }
                    RowLayout {
                        spacing: 8
                        TouchButton {
                            objectName: "waitSeat_" + row.index
                            text: qsTr("Seat")
                            primary: true
                            enabled: row.ready
                            onClicked: waitlist.seat(row.partyId)
                        }
                        TouchButton {
                            objectName: "waitLeft_" + row.index
                            text: qsTr("Left")
                            onClicked: waitlist.remove(row.partyId)
                        }
                    }
                }
            }
        }
        Label {
            visible: waitlist.count === 0
            text: qsTr("Nobody is waiting.")
            color: Theme.muted
        }
    }
}
