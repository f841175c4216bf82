import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Madang.App
import Madang.ViewModels

// A new booking: at a tapped slot (that column's staff member and time), or a walk-in now with the first
// free staff member who does the service. The customer is found by phone number, or added.
Dialog {
    id: dialog
    required property BookingCalendarModel calendar
    property bool walkIn: false
    property int column: -1
    property int startMin: 0
    property string columnName: ""
    property int serviceIndex: -1
    property int repeatIndex: 0
    readonly property var repeats: [
        { key: "", label: qsTr("Once") },
        { key: "weekly", label: qsTr("Every week") },
        { key: "every_2_weeks", label: qsTr("Every 2 weeks") },
        { key: "monthly_weekday", label: qsTr("Monthly, same weekday") }
    ]
    property string errorText: ""
    // The number of the customer picked from the matches: the list hides until the number is changed.
    property string pickedPhone: ""

    // Who the number (01012345678, 010-1234-5678, its last four digits) or the name finds.
    CustomerSearchModel {
        id: matches
        store: dialog.calendar.store
        text: phoneField.text.trim().length > 0 ? phoneField.text : nameField.text
    }

    function reset() {
        serviceIndex = -1
        repeatIndex = 0
        visitsBox.value = 6
        addressField.clear()
        accessField.clear()
        phoneField.clear()
        nameField.clear()
        pickedPhone = ""
        errorText = ""
    }
    function openAt(col, minute, name) {
        reset()
        walkIn = false
        column = col
        startMin = minute
        columnName = name
        open()
    }
    // A customer from the matches (the list reloads as the number changes: this delegate goes with it).
    function pick(name, phoneText) {
        pickedPhone = phoneText
        nameField.text = name
        phoneField.text = phoneText
    }
    function openWalkIn() {
        reset()
        walkIn = true
        open()
    }
    function submit() {
        if (serviceIndex < 0) {
            errorText = qsTr("Choose a service.")
            return
        }
        const service = calendar.services[serviceIndex].id
        const ok = walkIn ? calendar.walkIn(service, phoneField.text, nameField.text)
                          : calendar.book(column, startMin, service, phoneField.text, nameField.text,
                                          repeats[repeatIndex].key, visitsBox.value, addressField.text, accessField.text)
        if (ok)
            dialog.close()
        else {
            // Shown here, next to the form, and not a second time in the calendar's banner behind the dialog.
            errorText = calendar.error
            calendar.clearError()
        }
    }
    // A refusal is about what was asked: it goes as soon as the service, the repeat or a field changes.
    onServiceIndexChanged: errorText = ""
    onRepeatIndexChanged: errorText = ""

    modal: true
    width: Math.min(720, (parent ? parent.width : 720) - 48)
    height: Math.min(implicitHeight, (parent ? parent.height : implicitHeight) - 24)
    padding: 24
    background: Rectangle { color: Theme.surface; radius: Theme.radius; border.color: Theme.border }
    header: Label {
        text: dialog.walkIn ? qsTr("Walk-in now")
                            : qsTr("Book %1 at %2").arg(dialog.columnName)
                                  .arg(String(Math.floor(dialog.startMin / 60)).padStart(2, "0") + ":"
                                       + String(dialog.startMin % 60).padStart(2, "0"))
        font.pixelSize: Theme.fontTitle
        font.bold: true
        padding: 24
        bottomPadding: 4
    }

    contentItem: ColumnLayout {
        spacing: 12
        Label {
            visible: dialog.walkIn
            text: qsTr("The first free staff member who does the service takes it.")
            color: Theme.muted
            wrapMode: Text.WordWrap
            Layout.fillWidth: true
        }
        Label { text: qsTr("Service"); color: Theme.muted; font.pixelSize: Theme.fontSmall }
        // The services scroll inside a box of their own, so the rest of the dialog stays on screen.
        ScrollView {
            id: servicesView
            Layout.fillWidth: true
            Layout.preferredHeight: Math.min(servicesFlow.implicitHeight, 196)
            clip: true
            contentWidth: availableWidth
            Flow {
                id: servicesFlow
                width: servicesView.availableWidth
                spacing: 8
                Repeater {
                    model: dialog.calendar.services
                    delegate: TouchButton {
                        required property var modelData
                        required property int index
                        objectName: "service_" + index
                        text: modelData.name + " · " + qsTr("%n min", "", modelData.minutes)
                        primary: dialog.serviceIndex === index
                        onClicked: dialog.serviceIndex = index
                    }
                }
            }
        }
        RowLayout {
            Layout.fillWidth: true
            spacing: 12
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
                id: nameField
                onTextEdited: dialog.errorText = ""
                objectName: "nameField"
                Layout.fillWidth: true
                Layout.preferredHeight: Theme.touch
                font.pixelSize: Theme.fontBody
                placeholderText: qsTr("Name (new customers)")
            }
        }
        ListView {
            id: matchList
            objectName: "customerMatches"
            visible: matches.count > 0 && phoneField.text !== dialog.pickedPhone
            model: matches
            clip: true
            spacing: 4
            Layout.fillWidth: true
            Layout.preferredHeight: visible ? Math.min(matches.count, 3) * (Theme.touch + 4) : 0
            delegate: TouchButton {
                required property int index
                required property string name
                required property string phoneText
                objectName: "customerMatch_" + index
                width: matchList.width
                text: phoneText.length > 0 ? name + " · " + phoneText : name
                onClicked: dialog.pick(name, phoneText)
            }
        }
        // A repeating visit and where it happens: for cleaning jobs at the customer's address.
        Flow {
            visible: !dialog.walkIn
            Layout.fillWidth: true
            spacing: 8
            Repeater {
                model: dialog.repeats
                delegate: TouchButton {
                    required property var modelData
                    required property int index
                    objectName: "repeat_" + index
                    text: modelData.label
                    primary: dialog.repeatIndex === index
                    onClicked: dialog.repeatIndex = index
                }
            }
            SpinBox {
                id: visitsBox
                onValueModified: dialog.errorText = ""
                objectName: "visitsBox"
                visible: dialog.repeatIndex > 0
                from: 2
                to: 104
                value: 6
                height: Theme.touch
                textFromValue: (value) => qsTr("%n visit(s)", "", value)
            }
        }
        RowLayout {
            visible: !dialog.walkIn && dialog.calendar.store && dialog.calendar.store.vertical === "cleaning"
            Layout.fillWidth: true
            spacing: 12
            TextField {
                id: addressField
                onTextEdited: dialog.errorText = ""
                objectName: "addressField"
                Layout.fillWidth: true
                Layout.preferredHeight: Theme.touch
                font.pixelSize: Theme.fontBody
                placeholderText: qsTr("Address")
            }
            TextField {
                id: accessField
                onTextEdited: dialog.errorText = ""
                objectName: "accessField"
                Layout.fillWidth: true
                Layout.preferredHeight: Theme.touch
                font.pixelSize: Theme.fontBody
                placeholderText: qsTr("Access notes (door code, parking)")
            }
        }
        Label {
            objectName: "bookingError"
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
                objectName: "bookButton"
                text: dialog.walkIn ? qsTr("Start walk-in") : qsTr("Book")
                primary: true
                onClicked: dialog.submit()
            }
        }
    }
}
