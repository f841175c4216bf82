import QtQuick
import Madang.App
import QtQuick.Controls
import QtQuick.Layouts
import Madang.ViewModels

// The counter: a navigation rail on the left and one screen at a time.
Item {
    id: shell
    required property AppStore store
    property int current: 0
    readonly property int settingsIndex: 5
    readonly property int checkoutIndex: 1

    // A booking checked out from its card continues on the Checkout screen.
    Connections {
        target: shell.store
        function onCheckoutRequested() { shell.current = shell.checkoutIndex }
        // A party seated from a reservation or the waitlist continues at their table.
        function onTableRequested() { shell.current = shell.checkoutIndex }
    }

    // Print jobs that gave up: a badge on Settings and a banner over every screen until retried or cancelled.
    PrintJobsModel {
        id: failedPrints
        store: shell.store
    }
    // The platform: whether this terminal is paired and in step, on the rail; its detail in a dialog.
    SyncStatusModel {
        id: syncStatus
        store: shell.store
    }

    RowLayout {
        anchors.fill: parent
        spacing: 0

        Rectangle {
            color: Theme.surface
            Layout.fillHeight: true
            Layout.preferredWidth: 150
            ColumnLayout {
                anchors.fill: parent
                spacing: 0
                Label {
                    text: "마당"
                    font.pixelSize: Theme.fontTitle
                    font.bold: true
                    color: Theme.accent
                    horizontalAlignment: Text.AlignHCenter
                    Layout.fillWidth: true
                    Layout.topMargin: 20
                    Layout.bottomMargin: 20
                }
                Repeater {
                    model: [qsTr("Today"), shell.store.vertical === "restaurant" ? qsTr("Tables") : qsTr("Checkout"), qsTr("Bookings"), qsTr("Orders"), qsTr("Shift"), qsTr("Settings")]
                    delegate: NavButton {
                        required property string modelData
                        required property int index
                        objectName: "nav" + index
                        text: modelData
                        current: shell.current === index
                        badge: index === shell.settingsIndex ? failedPrints.count : 0
                        onClicked: shell.current = index
                        Layout.fillWidth: true
                    }
                }
                Item { Layout.fillHeight: true }
                SyncIndicator {
                    objectName: "syncIndicator"
                    status: syncStatus
                    visible: syncStatus.paired
                    Layout.fillWidth: true
                    Layout.bottomMargin: 8
                    onClicked: syncDetail.active ? syncDetail.item.open() : syncDetail.active = true
                }
                Label {
                    objectName: "signedInName"
                    text: shell.store.session.staffName
                    font.pixelSize: Theme.fontSmall
                    font.bold: true
                    color: Theme.text
                    elide: Text.ElideRight
                    horizontalAlignment: Text.AlignHCenter
                    Layout.fillWidth: true
                    Layout.leftMargin: 8
                    Layout.rightMargin: 8
                }
                TouchButton {
                    objectName: "switchStaff"
                    text: qsTr("Switch")
                    flat: true
                    implicitWidth: 130
                    Layout.alignment: Qt.AlignHCenter
                    Layout.bottomMargin: 12
                    onClicked: shell.store.session.signOut()
                }
            }
            Rectangle {
                anchors.right: parent.right
                width: 1
                height: parent.height
                color: Theme.border
            }
        }

        ColumnLayout {
            spacing: 0
            Layout.fillWidth: true
            Layout.fillHeight: true
            Rectangle {
                objectName: "failedPrintBanner"
                visible: failedPrints.count > 0
                color: Theme.dangerLight
                Layout.fillWidth: true
                Layout.preferredHeight: 56
                RowLayout {
                    anchors.fill: parent
                    anchors.leftMargin: 16
                    anchors.rightMargin: 4
                    Label {
                        text: qsTr("%n print job(s) failed. Check the printer, then retry in Settings → Printers.", "", failedPrints.count)
                        color: Theme.danger
                        font.bold: true
                        elide: Text.ElideRight
                        Layout.fillWidth: true
                    }
                    TouchButton {
                        objectName: "showFailedPrints"
                        text: qsTr("Show")
                        flat: true
                        implicitHeight: 48
                        visible: shell.store.session.isManager
                        onClicked: {
                            shell.current = shell.settingsIndex
                            settingsPage.showTab("printersTab")
                        }
                    }
                }
            }
            StackLayout {
                currentIndex: shell.current
                Layout.fillWidth: true
                Layout.fillHeight: true
                TodayPage {
                    store: shell.store
                    onShiftRequested: shell.current = 4
                    onReservationsRequested: shell.current = 2
                }
                // Restaurants work from the floor: tables, their tickets and the kitchen; the counter
                // checkout (takeaway) is one tap away from it.
                Loader {
                    sourceComponent: shell.store.vertical === "restaurant" ? floorPage : checkoutPage
                    Component {
                        id: checkoutPage
                        CheckoutPage {
                            store: shell.store
                        }
                    }
                    Component {
                        id: floorPage
                        StackLayout {
                            id: restaurant
                            FloorPage {
                                id: floor
                                store: shell.store
                                onTakeawayRequested: restaurant.currentIndex = 1
                                Connections {
                                    target: shell.store
                                    function onTableRequested(tableId) {
                                        restaurant.currentIndex = 0
                                        floor.showTable(tableId)
                                    }
                                }
                            }
                            CheckoutPage {
                                objectName: "takeawayCheckout"
                                store: shell.store
                                backText: qsTr("Tables")
                                onBackRequested: restaurant.currentIndex = 0
                            }
                        }
                    }
                }
                Loader {
                    sourceComponent: shell.store.vertical === "restaurant" ? reservationsPage : bookingsPage
                    Component {
                        id: bookingsPage
                        BookingsPage {
                            store: shell.store
                        }
                    }
                    Component {
                        id: reservationsPage
                        ReservationsPage {
                            store: shell.store
                        }
                    }
                }
                OrdersPage {
                    store: shell.store
                }
                ShiftPage {
                    store: shell.store
                }
                SettingsPage {
                    id: settingsPage
                    store: shell.store
                }
            }
        }
    }

    // Made the first time the indicator is tapped.
    Loader {
        id: syncDetail
        active: false
        onLoaded: item.open()
        sourceComponent: SyncDialog {
            status: syncStatus
        }
    }
}
