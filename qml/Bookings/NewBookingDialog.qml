import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Madang.App
import Madang.ViewModels

// A new booking: a service, who does it (a staff member, a crew, or anyone who does it), a date, and one of the
// free start times the availability engine offers for them; it opens at a tapped slot with that time chosen
// when it is free. Or a walk-in now with the first free staff member who does the service. The customer is
// found by phone number, or added. When nothing is free that day it says so and offers the next free day.
Dialog {
    id: dialog
    required property BookingCalendarModel calendar
    property bool walkIn: false
    property int serviceIndex: -1
    property int repeatIndex: 0
    readonly property var repeats: [
        { key: "", label: qsTr("Once") },
        { key: "weekly", label: qsTr("Every week") },
        { key: "every_2_weeks", label: qsTr("Every 2 weeks") },
        { key: "monthly_weekday", label: qsTr("Monthly, same weekday") }
    ]
    // A refusal of the walk-in or a form left incomplete; the booking's own refusal is booking.error.
    property string errorText: ""
    // The number of the customer picked from the matches: the list hides until the number is changed.
    property string pickedPhone: ""

    NewBookingModel {
        id: booking
        store: dialog.calendar.store
    }

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
    // A tapped slot: that column's staff member or crew, that day, that time once a service is chosen.
    function openAt(col, minute, name) {
        reset()
        walkIn = false
        booking.openAt(calendar.date, minute, calendar.columns[col] ? calendar.columns[col].id : "")
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
        if (walkIn) {
            if (calendar.walkIn(calendar.services[serviceIndex].id, phoneField.text, nameField.text)) {
                dialog.close()
            } else {
                // Shown here, next to the form, and not a second time in the calendar's banner behind the dialog.
                errorText = calendar.error
                calendar.clearError()
            }
            return
        }
        if (booking.book(phoneField.text, nameField.text, repeats[repeatIndex].key, visitsBox.value, accessField.text)) {
            calendar.showDay(booking.date) // where the booking is
            dialog.close()
        }
    }
    function chooseService(index) {
        serviceIndex = index
        errorText = ""
        booking.serviceId = calendar.services[index].id
    }
    // A refusal is about what was asked: it goes as soon as the service, the repeat or a field changes.
    onRepeatIndexChanged: errorText = ""
    // Closed, it lists no times: the calendar's changes need not look for them.
    onClosed: booking.serviceId = ""

    modal: true
    width: Math.min(1000, (parent ? parent.width : 1000) - 48)
    height: Math.min(implicitHeight, (parent ? parent.height : implicitHeight) - 24)
    padding: 24
    topPadding: 8
    background: Rectangle { color: Theme.surface; radius: Theme.radius; border.color: Theme.border }
    header: Label {
        text: dialog.walkIn ? qsTr("Walk-in now") : qsTr("New booking")
        font.pixelSize: Theme.fontTitle
        font.bold: true
        padding: 24
        bottomPadding: 4
    }

    contentItem: RowLayout {
        spacing: 24
        // When: the service, who, the date and a free time.
        ColumnLayout {
            Layout.fillWidth: true
            Layout.preferredWidth: 1
            Layout.alignment: Qt.AlignTop
            spacing: 8
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
                // Two and a half rows: the half row says there are more.
                Layout.preferredHeight: Math.min(servicesFlow.implicitHeight, dialog.walkIn ? 248 : 148)
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
                            onClicked: dialog.chooseService(index)
                        }
                    }
                }
            }
            // Who: anyone who does it, or one of them (a crew, for cleaning).
            ScrollView {
                id: peopleView
                visible: !dialog.walkIn
                Layout.fillWidth: true
                Layout.preferredHeight: Math.min(peopleFlow.implicitHeight, 120)
                clip: true
                contentWidth: availableWidth
                Flow {
                    id: peopleFlow
                    width: peopleView.availableWidth
                    spacing: 8
                    Repeater {
                        model: booking.people
                        delegate: TouchButton {
                            required property var modelData
                            required property int index
                            objectName: "person_" + index
                            text: modelData.name
                            implicitWidth: Math.max(96, implicitContentWidth + leftPadding + rightPadding)
                            leftPadding: 16
                            rightPadding: 16
                            primary: booking.resourceId === modelData.id
                            onClicked: booking.resourceId = modelData.id
                        }
                    }
                }
            }
            DatePicker {
                visible: !dialog.walkIn
                name: "bookingDate"
                Layout.fillWidth: true
                date: booking.date
                minimum: booking.firstDay
                maximum: booking.lastDay
                onPicked: date => booking.date = date
            }
            // The free start times: only these can be chosen.
            ScrollView {
                id: timesView
                objectName: "freeTimes"
                visible: !dialog.walkIn && booking.times.length > 0
                Layout.fillWidth: true
                Layout.preferredHeight: Math.min(timesFlow.implicitHeight, 188)
                clip: true
                contentWidth: availableWidth
                // The chosen time (the tapped one) scrolled into view.
                function showChosen() {
                    const i = booking.times.findIndex(t => t.startMin === booking.startMin)
                    if (i < 0 || !visible)
                        return
                    const perRow = Math.max(1, Math.floor((timesFlow.width + timesFlow.spacing) / (84 + timesFlow.spacing)))
                    const y = Math.floor(i / perRow) * (48 + timesFlow.spacing)
                    const flick = contentItem
                    if (y < flick.contentY || y + 48 > flick.contentY + height)
                        flick.contentY = Math.max(0, Math.min(y - 56, timesFlow.implicitHeight - height))
                }
                Connections {
                    target: booking
                    function onChanged() { Qt.callLater(timesView.showChosen) }
                }
                Flow {
                    id: timesFlow
                    width: timesView.availableWidth
                    spacing: 8
                    Repeater {
                        model: booking.times
                        delegate: TouchButton {
                            required property var modelData
                            objectName: "time_" + modelData.startMin
                            implicitWidth: 84
                            implicitHeight: 48
                            leftPadding: 0
                            rightPadding: 0
                            text: modelData.text
                            primary: booking.startMin === modelData.startMin
                            onClicked: booking.startMin = modelData.startMin
                        }
                    }
                }
            }
            Label {
                objectName: "timesNote"
                visible: !dialog.walkIn && booking.timesNote.length > 0
                text: booking.timesNote
                color: Theme.muted
                wrapMode: Text.WordWrap
                Layout.fillWidth: true
            }
            TouchButton {
                objectName: "nextFreeButton"
                visible: !dialog.walkIn && booking.nextFreeDate.length > 0
                text: booking.nextFreeText
                Layout.fillWidth: true
                onClicked: booking.goToNextFree()
            }
            Label {
                objectName: "bookingError"
                visible: text.length > 0
                text: dialog.errorText.length > 0 ? dialog.errorText : (dialog.walkIn ? "" : booking.error)
                color: Theme.danger
                wrapMode: Text.WordWrap
                Layout.fillWidth: true
            }
        }
        // Who for: the customer, a repeat, and for cleaning jobs the address.
        ColumnLayout {
            Layout.fillWidth: true
            Layout.preferredWidth: 1
            Layout.fillHeight: true
            spacing: 12
            TextField {
                id: phoneField
                maximumLength: 32 // docs/limits.md, as core checks it
                onTextEdited: { dialog.errorText = ""; booking.clearError() }
                objectName: "phoneField"
                Layout.fillWidth: true
                Layout.preferredHeight: Theme.touch
                font.pixelSize: Theme.fontBody
                placeholderText: qsTr("Phone (010-1234-5678)")
                inputMethodHints: Qt.ImhDialableCharactersOnly
            }
            TextField {
                id: nameField
                maximumLength: 80 // docs/limits.md, as core checks it
                onTextEdited: { dialog.errorText = ""; booking.clearError() }
                objectName: "nameField"
                Layout.fillWidth: true
                Layout.preferredHeight: Theme.touch
                font.pixelSize: Theme.fontBody
                placeholderText: qsTr("Name (new customers)")
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
                    required property string label
                    objectName: "customerMatch_" + index
                    width: matchList.width
                    text: label
                    onClicked: dialog.pick(name, phoneText)
                }
            }
            // A repeating visit.
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
                        onClicked: { dialog.repeatIndex = index; booking.clearError() }
                    }
                }
                SpinBox {
                    id: visitsBox
                    onValueModified: booking.clearError()
                    objectName: "visitsBox"
                    visible: dialog.repeatIndex > 0
                    from: 2
                    to: 104
                    value: 6
                    height: Theme.touch
                    textFromValue: (value) => qsTr("%n visit(s)", "", value)
                }
            }
            // Where, for cleaning jobs at the customer's address: the crews' free times count the driving to it.
            TextField {
                id: addressField
                maximumLength: 200 // docs/limits.md, as core checks it
                visible: !dialog.walkIn && booking.crews
                onTextEdited: booking.address = text
                objectName: "addressField"
                Layout.fillWidth: true
                Layout.preferredHeight: Theme.touch
                font.pixelSize: Theme.fontBody
                placeholderText: qsTr("Address")
            }
            TextField {
                id: accessField
                maximumLength: 500 // docs/limits.md, as core checks it
                visible: !dialog.walkIn && booking.crews
                onTextEdited: booking.clearError()
                objectName: "accessField"
                Layout.fillWidth: true
                Layout.preferredHeight: Theme.touch
                font.pixelSize: Theme.fontBody
                placeholderText: qsTr("Access notes (door code, parking)")
            }
            Item { Layout.fillHeight: true }
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
}
