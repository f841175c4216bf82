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
    ShiftModel {
        id: shift
        store: page.store
    }
    onVisibleChanged: if (visible) shift.refresh()
    /// The shift card's button: Reports holds the drawer's day.
    signal shiftRequested()

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
                objectName: "catalogCard"
                caption: qsTr("Catalog items")
                value: today.catalogItems.toLocaleString(Qt.locale(), "f", 0)
                note: qsTr("Edit them in Settings → Catalog")
                Layout.fillWidth: true
                Layout.fillHeight: true
            }
            StatCard {
                caption: qsTr("Staff")
                value: today.staffCount.toString()
                note: qsTr("Sign-in with PINs comes next")
                Layout.fillWidth: true
                Layout.fillHeight: true
            }
            StatCard {
                caption: qsTr("Waiting to sync")
                value: today.pendingSync.toLocaleString(Qt.locale(), "f", 0)
                note: qsTr("Changes are kept safely on this terminal until the platform is connected")
                Layout.fillWidth: true
                Layout.fillHeight: true
            }
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
        Rectangle {
            radius: Theme.radius
            color: Theme.surface
            border.color: Theme.border
            Layout.fillWidth: true
            Layout.preferredHeight: 120
            Label {
                anchors.fill: parent
                anchors.margins: 20
                text: qsTr("Today's bookings and open tickets will appear here.")
                color: Theme.muted
                wrapMode: Text.WordWrap
                verticalAlignment: Text.AlignVCenter
            }
        }
        Item { Layout.fillHeight: true }
    }
}
