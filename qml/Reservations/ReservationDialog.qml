import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Madang.App
import Madang.ViewModels

// A new reservation: the party size first, then a free time from the table engine with the tables it
// suggests (a tapped slot starts at that time), the guest's name and phone.
Dialog {
    id: dialog
    required property ReservationsModel reservations
    property int startMin: -1
    property var times: []
    property var suggestion: ({ tables: "", tableIds: [] })
    property string errorText: ""

    function clock(min) {
        return String(Math.floor(min / 60)).padStart(2, "0") + ":" + String(min % 60).padStart(2, "0")
    }
    // A refusal is about what was asked: it goes as soon as the party, the time or a field changes.
    function update() {
        errorText = ""
        times = reservations.freeTimes(partyBox.value)
        suggestion = startMin >= 0 ? reservations.suggestion(partyBox.value, startMin) : { tables: "", tableIds: [] }
    }
    function openAt(minute) {
        nameField.clear()
        phoneField.clear()
        depositField.clear()
        errorText = ""
        partyBox.value = 2
        startMin = minute
        update()
        open()
    }
    function submit() {
        if (startMin < 0) {
            errorText = qsTr("Choose a time.")
            return
        }
        if (reservations.reserve(nameField.text, phoneField.text, partyBox.value, startMin, suggestion.tableIds,
                                 depositField.text))
            dialog.close()
        else {
            // Shown here, next to the form, and not a second time in the page's banner behind the dialog.
            errorText = reservations.error
            reservations.clearError()
        }
    }

    modal: true
    width: Math.min(760, (parent ? parent.width : 760) - 48)
    height: Math.min(implicitHeight, (parent ? parent.height : implicitHeight) - 24)
    padding: 24
    background: Rectangle { color: Theme.surface; radius: Theme.radius; border.color: Theme.border }
    header: Label {
        text: qsTr("New reservation")
        font.pixelSize: Theme.fontTitle
        font.bold: true
        padding: 24
        bottomPadding: 4
    }

    contentItem: ColumnLayout {
        spacing: 12
        RowLayout {
            spacing: 12
            Label { text: qsTr("Party"); color: Theme.muted; font.pixelSize: Theme.fontBody }
            SpinBox {
                id: partyBox
                objectName: "partyBox"
                from: 1
                to: 99
                value: 2
                Layout.preferredHeight: Theme.touch
                Layout.preferredWidth: 200
                font.pixelSize: Theme.fontBody
                textFromValue: (value) => qsTr("%n guest(s)", "", value)
                onValueModified: dialog.update()
            }
            Item { Layout.fillWidth: true }
            Label {
                objectName: "suggestedTables"
                readonly property bool free: dialog.times.some(t => t.startMin === dialog.startMin)
                text: dialog.startMin < 0 ? ""
                      : dialog.suggestion.error ? dialog.suggestion.error
                      : free ? qsTr("%1 at table %2").arg(dialog.clock(dialog.startMin)).arg(dialog.suggestion.tables)
                      : qsTr("%1 is not free for this party: choose a free time").arg(dialog.clock(dialog.startMin))
                color: free ? Theme.accent : Theme.danger
                wrapMode: Text.WordWrap
                Layout.maximumWidth: 380
                font.pixelSize: Theme.fontBody
                font.bold: true
            }
        }
        Label { text: qsTr("Free times"); color: Theme.muted; font.pixelSize: Theme.fontSmall }
        ScrollView {
            id: timesView
            Layout.fillWidth: true
            Layout.preferredHeight: Math.min(timesFlow.implicitHeight, 176)
            clip: true
            contentWidth: availableWidth
            Flow {
                id: timesFlow
                width: timesView.availableWidth
                spacing: 8
                Repeater {
                    model: dialog.times
                    delegate: TouchButton {
                        required property var modelData
                        objectName: "time_" + modelData.startMin
                        text: modelData.text
                        implicitWidth: 96
                        primary: dialog.startMin === modelData.startMin
                        onClicked: {
                            dialog.startMin = modelData.startMin
                            dialog.update()
                        }
                    }
                }
            }
        }
        Label {
            visible: dialog.times.length === 0
            text: qsTr("No table for this party is free on this day.")
            color: Theme.muted
        }
        RowLayout {
            Layout.fillWidth: true
            spacing: 12
            TextField {
                id: nameField
                onTextEdited: dialog.errorText = ""
                objectName: "guestField"
                Layout.fillWidth: true
                Layout.preferredHeight: Theme.touch
                font.pixelSize: Theme.fontBody
                placeholderText: qsTr("Guest's name")
            }
            TextField {
                id: phoneField
                onTextEdited: dialog.errorText = ""
                objectName: "phoneField"
                Layout.fillWidth: true
                Layout.preferredHeight: Theme.touch
                font.pixelSize: Theme.fontBody
                placeholderText: qsTr("Phone (010-1234-5678)")
                inputMethodHints: Qt.ImhDialableCharactersOnly
            }
            TextField {
                id: depositField
                onTextEdited: dialog.errorText = ""
                objectName: "depositField"
                Layout.preferredWidth: 170
                Layout.preferredHeight: Theme.touch
                font.pixelSize: Theme.fontBody
                placeholderText: qsTr("Deposit (optional)")
                inputMethodHints: Qt.ImhFormattedNumbersOnly
            }
        }
        Label {
            objectName: "reservationError"
            visible: dialog.errorText.length > 0
            text: dialog.errorText
            color: Theme.danger
            wrapMode: Text.WordWrap
            Layout.fillWidth: true
        }
        RowLayout {
            Layout.fillWidth: true
            Item { Layout.fillWidth: true }
            TouchButton { text: qsTr("Cancel"); onClicked: dialog.close() }
            TouchButton {
                objectName: "reserveButton"
                text: qsTr("Reserve")
                primary: true
                onClicked: dialog.submit()
            }
        }
    }
}
