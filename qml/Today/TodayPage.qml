import QtQuick
import Madang.App
import QtQuick.Controls
import QtQuick.Layouts
import Madang.ViewModels

// Home screen at the counter.
Pane {
    id: page
    required property AppStore store
    padding: 32
    background: Rectangle { color: Theme.background }

    TodayModel {
        id: today
        store: page.store
    }
    SyncStatusModel {
        id: sync
        store: page.store
    }
    ArrivalsModel {
        id: arrivals
        store: page.store
    }
    ShiftModel {
        id: shift
        store: page.store
    }
    onVisibleChanged: if (visible) { shift.refresh(); today.refresh(); arrivals.refresh() }
    /// The shift card's button: the Shift page holds the drawer's day.
    signal shiftRequested()
    /// A reservation in the list was tapped.
    signal reservationsRequested()

    function verticalName(v) {
        return v === "salon" ? qsTr("Salon") : v === "restaurant" ? qsTr("Restaurant") : v === "cleaning" ? qsTr("Cleaning") : ""
    }

    ColumnLayout {
        anchors.fill: parent
        spacing: Theme.gap

        Label {
            objectName: "todayBusinessName"
            text: today.businessName
            font.pixelSize: Theme.fontHero
            font.bold: true
            color: Theme.text
            elide: Text.ElideRight
            Layout.fillWidth: true
        }
        Label {
            text: today.dateText + "  ·  " + page.verticalName(today.vertical)
            font.pixelSize: Theme.fontBody
            color: Theme.muted
        }

        GridLayout {
            columns: width > 900 ? 3 : 2
            columnSpacing: Theme.gap
            rowSpacing: Theme.gap
            Layout.fillWidth: true
            Layout.fillHeight: false
            Layout.topMargin: Theme.gap
            StatCard {
                objectName: "todaySales"
                caption: qsTr("Sales today")
                value: today.salesText
                note: today.salesNote
                Layout.fillWidth: true
                Layout.fillHeight: true
            }
            StatCard {
                objectName: "todayHere"
                caption: today.vertical === "restaurant" ? qsTr("Seated now") : qsTr("Here now")
                value: today.hereNow.length.toString()
                note: today.hereNote
                Layout.fillWidth: true
                Layout.fillHeight: true
            }
            StatCard {
                objectName: "todayUpload"
                caption: qsTr("Waiting to upload")
                value: today.pendingSync.toLocaleString(Qt.locale(), "f", 0)
                note: sync.paired ? qsTr("Kept safely on this terminal until the platform has it.")
                                  : qsTr("Kept safely on this terminal. It is not connected to the platform yet.")
                Layout.fillWidth: true
                Layout.fillHeight: true
            }
        }
        Label {
            objectName: "todayError"
            visible: today.error.length > 0
            text: today.error
            color: Theme.danger
            wrapMode: Text.WordWrap
            Layout.fillWidth: true
        }

        Rectangle {
            radius: Theme.radius
            color: shift.isOpen ? Theme.surface : Theme.accentLight
            border.color: Theme.border
            Layout.fillWidth: true
            Layout.preferredHeight: 88
            RowLayout {
                anchors.fill: parent
                anchors.margins: 16
                anchors.leftMargin: 20
                spacing: Theme.gap
                Label {
                    objectName: "todayShift"
                    text: shift.isOpen ? shift.openedText : qsTr("No shift is open on this terminal.")
                    font.pixelSize: Theme.fontBody
                    color: Theme.text
                    elide: Text.ElideRight
                    Layout.fillWidth: true
                }
                TouchButton {
                    objectName: "todayShiftButton"
                    text: shift.isOpen ? qsTr("Close day") : qsTr("Open shift")
                    primary: !shift.isOpen
                    onClicked: page.shiftRequested()
                }
            }
        }
        // Who is expected: no-show candidates, late arrivals, then the rest of today's bookings.
        Rectangle {
            radius: Theme.radius
            color: Theme.surface
            border.color: Theme.border
            Layout.fillWidth: true
            Layout.fillHeight: true
            ColumnLayout {
                anchors.fill: parent
                anchors.margins: 16
                spacing: 8
                Label {
                    text: arrivals.count === 0 ? qsTr("No one else is expected today.")
                        : qsTr("Expected today") + (arrivals.lateCount + arrivals.noShowCount > 0
                              ? "  ·  " + qsTr("%n late", "", arrivals.lateCount + arrivals.noShowCount) : "")
                    font.pixelSize: Theme.fontBody
                    font.bold: arrivals.count > 0
                    color: arrivals.count > 0 ? Theme.text : Theme.muted
                }
                ListView {
                    objectName: "arrivalsList"
                    Layout.fillWidth: true
                    Layout.fillHeight: true
                    clip: true
                    spacing: 4
                    model: arrivals
                    delegate: ItemDelegate {
                        required property string bookingId
                        required property string kind
                        required property string kindText
                        required property string time
                        required property string customer
                        required property string service
                        required property string staff
                        required property bool sharedProfile
                        required property int index
                        objectName: "arrival_" + index
                        width: ListView.view.width
                        height: Theme.touch
                        required property bool reservation
                        // A reservation opens on the Reservations page; a booking's card opens here.
                        onClicked: reservation ? page.reservationsRequested() : card.openFor(bookingId)
                        contentItem: RowLayout {
                            spacing: 16
                            Rectangle {
                                radius: 6
                                color: kind === "no_show" ? Theme.dangerLight : kind === "late" ? "#FFF1D6" : Theme.accentLight
                                implicitWidth: 110
                                implicitHeight: 32
                                Label {
                                    anchors.centerIn: parent
                                    text: kindText
                                    color: kind === "no_show" ? Theme.danger : kind === "late" ? "#8A5A00" : Theme.accent
                                    font.pixelSize: Theme.fontSmall
                                }
                            }
                            Label { text: time; font.pixelSize: Theme.fontBody; font.bold: true; Layout.preferredWidth: 64 }
                            Label { text: (sharedProfile ? "★ " : "") + customer; font.pixelSize: Theme.fontBody; Layout.preferredWidth: 200; elide: Text.ElideRight }
                            Label { text: service; color: Theme.muted; Layout.fillWidth: true; elide: Text.ElideRight }
                            Label { text: staff; color: Theme.muted }
                        }
                    }
                }
            }
        }
    }

    BookingCard {
        id: card
        store: page.store
        anchors.centerIn: parent
    }
}
