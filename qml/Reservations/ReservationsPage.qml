import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Madang.App
import Madang.ViewModels

// The restaurant's reservations: a day with one column per table and the waitlist beside it. Tap an empty
// slot to reserve (the table engine suggests tables, pushing neighbours together for a big party), drag a
// reservation to move it, tap one to mark it arrived, seat it (its ticket opens on the table), or cancel it.
Page {
    id: page
    required property AppStore store
    readonly property real perMin: 1.4
    readonly property int axisWidth: 64
    readonly property real columnWidth: Math.max(104, (grid.width - axisWidth) / Math.max(1, dayModel.columns.length))

    background: Rectangle { color: Theme.background }

    ReservationsModel {
        id: dayModel
        objectName: "reservationsModel"
        store: page.store
    }
    // Tables fill and free on the floor screen; the now line moves.
    onVisibleChanged: if (visible) dayModel.refresh()
    Timer {
        interval: 60000
        repeat: true
        running: page.visible
        onTriggered: dayModel.refresh()
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
            TouchButton { text: "◀"; implicitWidth: Theme.touch + 16; onClicked: dayModel.previous() }
            TouchButton { text: qsTr("Today"); primary: dayModel.isToday; onClicked: dayModel.goToday() }
            TouchButton { text: "▶"; implicitWidth: Theme.touch + 16; onClicked: dayModel.next() }
            Label {
                text: dayModel.dateText
                font.pixelSize: Theme.fontTitle
                color: Theme.text
                Layout.leftMargin: Theme.gap
            }
            Label {
                objectName: "reservationSummary"
                text: dayModel.summary
                font.pixelSize: Theme.fontSmall
                color: Theme.muted
                Layout.leftMargin: Theme.gap
                // A narrow screen keeps the buttons: the day's count is on the Today screen too.
                visible: page.width >= 1000
            }
            Item { Layout.fillWidth: true }
            TouchButton {
                objectName: "reservationHoursButton"
                text: qsTr("Hours")
                onClicked: hoursDialog.openEditor()
            }
            TouchButton {
                objectName: "newReservationButton"
                text: qsTr("New reservation")
                primary: true
                onClicked: dialog.openAt(-1)
            }
        }
    }

    RowLayout {
        anchors.fill: parent
        spacing: 0

        ColumnLayout {
            Layout.fillWidth: true
            Layout.fillHeight: true
            spacing: 0

            Rectangle {
                Layout.fillWidth: true
                visible: dayModel.error.length > 0
                implicitHeight: errorLabel.implicitHeight + 16
                color: Theme.dangerLight
                Label {
                    id: errorLabel
                    objectName: "reservationsError"
                    anchors.fill: parent
                    anchors.margins: 8
                    anchors.leftMargin: Theme.gap
                    text: dayModel.error
                    color: Theme.danger
                    font.pixelSize: Theme.fontBody
                    wrapMode: Text.Wrap
                    verticalAlignment: Text.AlignVCenter
                    MouseArea { anchors.fill: parent; onClicked: dayModel.clearError() }
                }
            }

            // The tables' names scroll sideways with the grid below them.
            Flickable {
                Layout.fillWidth: true
                Layout.preferredHeight: 56
                clip: true
                interactive: false
                contentWidth: grid.contentWidth
                contentX: grid.contentX
            Row {
                Item { width: page.axisWidth; height: 56 }
                Repeater {
                    model: dayModel.columns
                    delegate: Rectangle {
                        required property var modelData
                        width: page.columnWidth
                        height: 56
                        color: Theme.surface
                        border.color: Theme.border
                        Column {
                            anchors.centerIn: parent
                            Label { text: modelData.name; font.pixelSize: Theme.fontBody; font.bold: true; color: Theme.text; anchors.horizontalCenter: parent.horizontalCenter }
                            Label { text: modelData.subtitle; font.pixelSize: Theme.fontSmall; color: Theme.muted; anchors.horizontalCenter: parent.horizontalCenter }
                        }
                    }
                }
            }
            }

            Flickable {
                id: grid
                Layout.fillWidth: true
                Layout.fillHeight: true
                clip: true
                topMargin: 12
                contentHeight: (dayModel.dayEndMin - dayModel.dayStartMin) * page.perMin + 24
                contentWidth: Math.max(width, page.axisWidth + dayModel.columns.length * page.columnWidth)
                boundsBehavior: Flickable.StopAtBounds
                // Shown while there are tables past the edge, so that they can be found.
                ScrollBar.horizontal: ScrollBar { policy: grid.contentWidth > grid.width ? ScrollBar.AlwaysOn : ScrollBar.AsNeeded }
                // Today opens an hour before now.
                function showNow() {
                    if (dayModel.nowMin >= 0)
                        contentY = Math.max(-topMargin, Math.min(contentHeight - height,
                                            (dayModel.nowMin - 60 - dayModel.dayStartMin) * page.perMin))
                }
                Connections {
                    target: dayModel
                    function onRefreshed() { Qt.callLater(grid.showNow) }
                }
                Component.onCompleted: Qt.callLater(showNow)

                Repeater {
                    model: Math.max(0, (dayModel.dayEndMin - dayModel.dayStartMin) / 60 + 1)
                    delegate: Item {
                        required property int index
                        y: index * 60 * page.perMin
                        width: grid.contentWidth
                        Label {
                            x: 8 + grid.contentX; y: -height / 2
                            text: page.clock(dayModel.dayStartMin + index * 60)
                            font.pixelSize: Theme.fontSmall
                            color: Theme.muted
                        }
                        Rectangle { x: page.axisWidth; width: parent.width - page.axisWidth; height: 1; color: Theme.border }
                    }
                }
                Repeater {
                    model: dayModel.columns
                    delegate: MouseArea {
                        required property int index
                        x: page.axisWidth + index * page.columnWidth
                        width: page.columnWidth
                        height: grid.contentHeight
                        onClicked: mouse => dialog.openAt(dayModel.dayStartMin + Math.floor(mouse.y / page.perMin / 15) * 15)
                        Rectangle { x: 0; width: 1; height: parent.height; color: Theme.border }
                    }
                }
                Repeater {
                    model: dayModel
                    delegate: ReservationBlock {
                        reservations: dayModel
                        dayPage: page
                        onOpened: id => card.openFor(id)
                    }
                }
                Rectangle {
                    visible: dayModel.nowMin >= dayModel.dayStartMin && dayModel.nowMin <= dayModel.dayEndMin
                    x: page.axisWidth
                    y: (dayModel.nowMin - dayModel.dayStartMin) * page.perMin
                    width: grid.contentWidth - page.axisWidth
                    height: 2
                    color: Theme.danger
                }
            }
        }

        WaitlistPanel {
            store: page.store
            Layout.preferredWidth: page.width >= 1000 ? 380 : 320
            Layout.fillHeight: true
        }
    }

    Label {
        visible: dayModel.columns.length === 0
        anchors.centerIn: parent
        width: Math.min(560, parent.width - 64)
        horizontalAlignment: Text.AlignHCenter
        wrapMode: Text.WordWrap
        font.pixelSize: Theme.fontBody
        color: Theme.muted
        text: qsTr("Add tables on the Tables screen to take reservations.")
    }

    ReservationDialog {
        id: dialog
        objectName: "reservationDialog"
        reservations: dayModel
        anchors.centerIn: parent
    }
    ReservationHoursDialog {
        id: hoursDialog
        objectName: "reservationHoursDialog"
        store: page.store
        anchors.centerIn: parent
    }
    ReservationCard {
        id: card
        objectName: "reservationCard"
        reservations: dayModel
        anchors.centerIn: parent
    }
}
