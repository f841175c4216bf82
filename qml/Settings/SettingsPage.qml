import QtQuick
import Madang.App
import QtQuick.Controls
import QtQuick.Layouts
import Madang.ViewModels

// Settings: General and Catalog; Staff, Audit, Printers (and Crews for cleaning) for owners and managers. Later
// releases add Platform.
Pane {
    id: page
    required property AppStore store
    padding: 0
    background: Rectangle { color: Theme.background }
    /// Opens a tab by its objectName ("printersTab"), e.g. from the shell's failed-print banner.
    function showTab(name) {
        for (let i = 0; i < tabs.count; ++i) {
            if (tabs.itemAt(i).objectName === name && tabs.itemAt(i).enabled)
                tabs.currentIndex = i
        }
    }

    ColumnLayout {
        anchors.fill: parent
        spacing: 0
        TabBar {
            id: tabs
            Layout.fillWidth: true
            TabButton {
                objectName: "generalTab"
                text: qsTr("General")
                implicitHeight: Theme.touch
                font.pixelSize: Theme.fontBody
                font.capitalization: Font.MixedCase
            }
            TabButton {
                objectName: "catalogTab"
                text: qsTr("Catalog")
                implicitHeight: Theme.touch
                font.pixelSize: Theme.fontBody
                font.capitalization: Font.MixedCase
            }
            // Staff and the audit trail are for owners and managers only.
            TabButton {
                objectName: "staffTab"
                text: qsTr("Staff")
                enabled: page.store.session.isManager
                implicitHeight: Theme.touch
                font.pixelSize: Theme.fontBody
                font.capitalization: Font.MixedCase
            }
            TabButton {
                objectName: "auditTab"
                text: qsTr("Audit")
                enabled: page.store.session.isManager
                implicitHeight: Theme.touch
                font.pixelSize: Theme.fontBody
                font.capitalization: Font.MixedCase
            }
            TabButton {
                objectName: "printersTab"
                text: qsTr("Printers")
                enabled: page.store.session.isManager
                implicitHeight: Theme.touch
                font.pixelSize: Theme.fontBody
                font.capitalization: Font.MixedCase
            }
            // Cleaning providers: their crews, vans and driving times; salons: their chairs, rooms and basins.
            TabButton {
                objectName: "crewsTab"
                text: page.store.vertical === "cleaning" ? qsTr("Crews") : qsTr("Stations")
                enabled: page.store.session.isManager
                visible: page.store.vertical !== "restaurant"
                width: visible ? implicitWidth : 0
                implicitHeight: Theme.touch
                font.pixelSize: Theme.fontBody
                font.capitalization: Font.MixedCase
            }
        }
        StackLayout {
            currentIndex: tabs.currentIndex
            Layout.fillWidth: true
            Layout.fillHeight: true
            GeneralSettings {
                store: page.store
            }
            CatalogSettings {
                store: page.store
            }
            Loader {
                active: page.store.session.isManager && tabs.currentIndex === 2
                sourceComponent: StaffSettings { store: page.store }
            }
            Loader {
                active: page.store.session.isManager && tabs.currentIndex === 3
                sourceComponent: AuditSettings { store: page.store }
            }
            Loader {
                active: page.store.session.isManager && tabs.currentIndex === 4
                sourceComponent: PrinterSettings { store: page.store }
            }
            Loader {
                active: page.store.session.isManager && tabs.currentIndex === 5
                sourceComponent: CrewSettings { store: page.store }
            }
        }
    }
}
