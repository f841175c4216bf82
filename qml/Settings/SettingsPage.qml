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
        // Only the tabs this business has, so that every one gets its share of the bar and none is cut off.
        TabBar {
            id: tabs
            Layout.fillWidth: true
            Repeater {
                model: [
                    { name: "generalTab", text: qsTr("General"), managers: false },
                    { name: "catalogTab", text: qsTr("Catalog"), managers: false },
                    // Staff, the audit trail and the rest are for owners and managers only.
                    { name: "staffTab", text: qsTr("Staff"), managers: true },
                    { name: "auditTab", text: qsTr("Audit"), managers: true },
                    { name: "printersTab", text: qsTr("Printers"), managers: true },
                    // Cleaning providers: their crews, vans and driving times; salons: chairs, rooms and basins.
                    { name: "crewsTab", text: page.store.vertical === "cleaning" ? qsTr("Crews") : qsTr("Stations"),
                      managers: true },
                ].filter(tab => tab.name !== "crewsTab" || page.store.vertical !== "restaurant")
                delegate: TabButton {
                    required property var modelData
                    objectName: modelData.name
                    text: modelData.text
                    enabled: !modelData.managers || page.store.session.isManager
                    implicitHeight: Theme.touch
                    font.pixelSize: Theme.fontBody
                    font.capitalization: Font.MixedCase
                }
            }
        }
        StackLayout {
            id: pages
            readonly property string tab: tabs.currentItem ? tabs.currentItem.objectName : "generalTab"
            currentIndex: ["generalTab", "catalogTab", "staffTab", "auditTab", "printersTab", "crewsTab"].indexOf(tab)
            Layout.fillWidth: true
            Layout.fillHeight: true
            GeneralSettings {
                store: page.store
            }
            CatalogSettings {
                store: page.store
            }
            Loader {
                active: page.store.session.isManager && pages.tab === "staffTab"
                sourceComponent: StaffSettings { store: page.store }
            }
            Loader {
                active: page.store.session.isManager && pages.tab === "auditTab"
                sourceComponent: AuditSettings { store: page.store }
            }
            Loader {
                active: page.store.session.isManager && pages.tab === "printersTab"
                sourceComponent: PrinterSettings { store: page.store }
            }
            Loader {
                active: page.store.session.isManager && pages.tab === "crewsTab"
                sourceComponent: CrewSettings { store: page.store }
            }
        }
    }
}
