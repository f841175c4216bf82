import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Madang.App
import Madang.ViewModels

// The calendar: a day with one column per staff member (or crew member), or a week with one column per
// day. Drag a booking to move it, drag its bottom edge to make it longer or shorter; the availability
// engine checks every drop and a refused one snaps back with the reason. Tap an empty slot to book.
Page {
    id: page
    required property AppStore store
    readonly property real perMin: 1.6
    readonly property int axisWidth: 64
    // A day's staff scroll sideways past 150 px a column; the week's seven days always fit the window (1024 px too).
    readonly property real columnWidth: Math.max(calendar.weekMode ? 80 : 150,
                                                 (grid.width - axisWidth) / Math.max(1, calendar.columns.length))

    background: Rectangle { color: Theme.background }

    BookingCalendarModel {
        id: calendar
        store: page.store
    }

    function statusColor(status) {
        switch (status) {
        case "requested": return "#B7791F"
        case "confirmed": return Theme.accent
        case "checked_in": return "#2D6CDF"
        case "in_service": return "#7B4BC4"
        case "completed": return "#7D8782"
        case "no_show": return Theme.danger
        case "cancelled": return "#B9C0BC"
        case "pending_sync": return Theme.warning
        case "conflict": return Theme.danger
        }
        return Theme.muted
    }
    function clock(min) {
        return String(Math.floor(min / 60)).padStart(2, "0") + ":" + String(min % 60).padStart(2, "0")
    }

    header: ToolBar {
        background: Rectangle { color: Theme.surface; border.color: Theme.border }
        RowLayout {
            anchors.fill: parent
            anchors.leftMargin: Theme.gap
            anchors.rightMargin: Theme.gap
            spacing: 8
            TouchButton { objectName: "previousButton"; text: "◀"; implicitWidth: Theme.touch + 16; onClicked: calendar.previous() }
            TouchButton { objectName: "todayButton"; text: qsTr("Today"); primary: calendar.isToday && !calendar.weekMode; onClicked: calendar.goToday() }
            TouchButton { objectName: "nextButton"; text: "▶"; implicitWidth: Theme.touch + 16; onClicked: calendar.next() }
            Label {
                objectName: "calendarDate"
                text: calendar.dateText
                font.pixelSize: Theme.fontTitle
                color: Theme.text
                Layout.leftMargin: Theme.gap
            }
            Item { Layout.fillWidth: true }
            Label {
                visible: calendar.needingReassignment > 0
                text: qsTr("%n booking(s) need another staff member", "", calendar.needingReassignment)
                color: Theme.danger
                font.pixelSize: Theme.fontSmall
            }
            TouchButton { objectName: "dayButton"; text: qsTr("Day"); primary: !calendar.weekMode; onClicked: calendar.weekMode = false }
            TouchButton { objectName: "weekButton"; text: qsTr("Week"); primary: calendar.weekMode; onClicked: calendar.weekMode = true }
            TouchButton {
                objectName: "walkInButton"
                visible: calendar.columns.length > 0 && !calendar.weekMode
                // A cleaning provider takes a job for now, not a customer walking in.
                text: page.store.vertical === "cleaning" ? qsTr("Job now") : qsTr("Walk-in")
                primary: true
                onClicked: newBooking.openWalkIn()
            }
        }
    }

    ColumnLayout {
        anchors.fill: parent
        spacing: 0

        Rectangle {
            Layout.fillWidth: true
            visible: calendar.error.length > 0
            implicitHeight: errorLabel.implicitHeight + 16
            color: Theme.dangerLight
            Label {
                id: errorLabel
                objectName: "calendarError"
                anchors.fill: parent
                anchors.margins: 8
                anchors.leftMargin: Theme.gap
                text: calendar.error
                color: Theme.danger
                font.pixelSize: Theme.fontBody
                wrapMode: Text.Wrap
                verticalAlignment: Text.AlignVCenter
                MouseArea { anchors.fill: parent; onClicked: calendar.clearError() }
            }
        }

        // Column headers: staff with their hours, or the days of the week (tap one to open it).
        Row {
            Layout.fillWidth: true
            Layout.preferredHeight: 60
            Item { width: page.axisWidth; height: 60 }
            Repeater {
                model: calendar.columns
                delegate: Rectangle {
                    required property var modelData
                    required property int index
                    width: page.columnWidth
                    height: 60
                    color: Theme.surface
                    border.color: Theme.border
                    Column {
                        anchors.centerIn: parent
                        Label { text: modelData.name; font.pixelSize: Theme.fontBody; font.bold: true; color: Theme.text; anchors.horizontalCenter: parent.horizontalCenter }
                        Label { text: modelData.subtitle; font.pixelSize: Theme.fontSmall; color: Theme.muted; anchors.horizontalCenter: parent.horizontalCenter }
                    }
                    MouseArea {
                        anchors.fill: parent
                        enabled: calendar.weekMode
                        onClicked: calendar.openDay(index)
                    }
                }
            }
        }

        Flickable {
            id: grid
            objectName: "calendarGrid"
            Layout.fillWidth: true
            Layout.fillHeight: true
            clip: true
            topMargin: 12
            contentHeight: (calendar.dayEndMin - calendar.dayStartMin) * page.perMin + 24
            contentWidth: width
            boundsBehavior: Flickable.StopAtBounds
            interactive: !dragging
            property bool dragging: false

            // Hour lines and labels.
            Repeater {
                model: Math.max(0, (calendar.dayEndMin - calendar.dayStartMin) / 60 + 1)
                delegate: Item {
                    required property int index
                    y: index * 60 * page.perMin
                    width: grid.width
                    Label {
                        x: 8; y: -height / 2
                        text: page.clock(calendar.dayStartMin + index * 60)
                        font.pixelSize: Theme.fontSmall
                        color: Theme.muted
                    }
                    Rectangle { x: page.axisWidth; width: parent.width - page.axisWidth; height: 1; color: Theme.border }
                }
            }

            // Empty slots: a tap books there. The times a column cannot be booked at all (outside its hours, a
            // break, a day off; in the week, when nobody works) are shaded, and a tap there says why instead.
            Repeater {
                model: calendar.columns
                delegate: MouseArea {
                    id: slots
                    required property int index
                    required property var modelData
                    x: page.axisWidth + index * page.columnWidth
                    width: page.columnWidth
                    height: grid.contentHeight
                    onClicked: mouse => {
                        const minute = calendar.dayStartMin + Math.floor(mouse.y / page.perMin / 15) * 15
                        if (calendar.weekMode)
                            calendar.openDay(index)
                        else if (calendar.canBookAt(index, minute))
                            newBooking.openAt(index, minute, calendar.columns[index].name)
                    }
                    Repeater {
                        model: slots.modelData.closed || []
                        delegate: Rectangle {
                            required property var modelData
                            readonly property int from: Math.max(modelData.startMin, calendar.dayStartMin)
                            readonly property int to: Math.min(modelData.endMin, calendar.dayEndMin)
                            readonly property string reason: modelData.reason
                            objectName: "closed_" + slots.index + "_" + modelData.reason
                            visible: to > from
                            x: 1
                            y: (from - calendar.dayStartMin) * page.perMin
                            width: slots.width - 1
                            height: Math.max(0, to - from) * page.perMin
                            color: modelData.reason === "hours" ? Qt.rgba(0.37, 0.42, 0.4, 0.14) : Qt.rgba(0.6, 0.47, 0.25, 0.16)
                            Label {
                                objectName: "closedLabel_" + slots.index + "_" + parent.reason
                                visible: text.length > 0 && parent.height >= height + 8
                                anchors.horizontalCenter: parent.horizontalCenter
                                y: 6
                                width: parent.width - 12
                                horizontalAlignment: Text.AlignHCenter
                                elide: Text.ElideRight
                                text: parent.modelData.label
                                color: Theme.muted
                                font.pixelSize: Theme.fontSmall
                            }
                        }
                    }
                    Rectangle { x: 0; width: 1; height: parent.height; color: Theme.border }
                }
            }

            Repeater {
                model: calendar
                delegate: BookingBlock {
                    calendarModel: calendar
                    calendarPage: page
                    onOpened: id => card.openFor(id)
                }
            }

            Rectangle {
                objectName: "nowLine"
                visible: calendar.nowMin >= calendar.dayStartMin && calendar.nowMin <= calendar.dayEndMin
                x: page.axisWidth
                y: (calendar.nowMin - calendar.dayStartMin) * page.perMin
                width: grid.width - page.axisWidth
                height: 2
                color: Theme.danger
            }
        }
    }

    Label {
        objectName: "calendarEmpty"
        visible: calendar.columns.length === 0 && !calendar.weekMode
        anchors.centerIn: parent
        width: Math.min(640, parent.width - 64)
        horizontalAlignment: Text.AlignHCenter
        wrapMode: Text.WordWrap
        font.pixelSize: Theme.fontBody
        color: Theme.muted
        text: qsTr("Nobody can be booked yet: give staff their services and working hours.")
    }

    NewBookingDialog {
        id: newBooking
        objectName: "newBookingDialog"
        calendar: calendar
        anchors.centerIn: parent
    }

    BookingCard {
        id: card
        objectName: "bookingCard"
        store: page.store
        anchors.centerIn: parent
    }

    Connections {
        target: page.store
        function onBookingsChanged() { calendar.refresh() }
    }
}
