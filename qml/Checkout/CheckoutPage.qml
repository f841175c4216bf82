import QtQuick
import Madang.App
import QtQuick.Controls
import QtQuick.Layouts
import Madang.ViewModels

// The catalog at the counter: search and tap. Tickets and payments arrive in the checkout release.
Pane {
    id: page
    required property AppStore store
    padding: 24
    background: Rectangle { color: Theme.background }

    CatalogListModel {
        id: items
        store: page.store
        limit: 60
    }

    RowLayout {
        anchors.fill: parent
        spacing: Theme.gap

        ColumnLayout {
            spacing: Theme.gap
            Layout.fillWidth: true
            Layout.fillHeight: true

            SearchField {
                objectName: "checkoutSearch"
                Layout.fillWidth: true
                onSearched: text => items.searchText = text
            }
            GridView {
                id: grid
                clip: true
                cellWidth: Math.floor(width / Math.max(1, Math.floor(width / 200)))
                cellHeight: 120
                model: items
                Layout.fillWidth: true
                Layout.fillHeight: true
                delegate: Item {
                    id: tile
                    required property string name
                    required property string priceText
                    required property string category
                    required property int durationMin
                    width: grid.cellWidth
                    height: grid.cellHeight
                    Rectangle {
                        anchors.fill: parent
                        anchors.margins: 6
                        radius: Theme.radius
                        color: Theme.surface
                        border.color: Theme.border
                        ColumnLayout {
                            anchors.fill: parent
                            anchors.margins: 12
                            spacing: 2
                            Label {
                                text: tile.name
                                font.pixelSize: Theme.fontBody
                                font.bold: true
                                color: Theme.text
                                wrapMode: Text.WordWrap
                                maximumLineCount: 2
                                elide: Text.ElideRight
                                Layout.fillWidth: true
                            }
                            Item { Layout.fillHeight: true }
                            RowLayout {
                                Layout.fillWidth: true
                                Label {
                                    text: tile.priceText
                                    color: Theme.accent
                                    font.pixelSize: Theme.fontBody
                                }
                                Item { Layout.fillWidth: true }
                                Label {
                                    text: tile.durationMin > 0 ? qsTr("%1 min").arg(tile.durationMin) : tile.category
                                    color: Theme.muted
                                    font.pixelSize: Theme.fontSmall
                                    elide: Text.ElideRight
                                    Layout.maximumWidth: 100
                                }
                            }
                        }
                    }
                }
                Label {
                    anchors.centerIn: parent
                    visible: grid.count === 0
                    text: items.error.length > 0 ? items.error : qsTr("No items match.")
                    color: items.error.length > 0 ? Theme.danger : Theme.muted
                }
            }
        }

        Rectangle {
            radius: Theme.radius
            color: Theme.surface
            border.color: Theme.border
            Layout.preferredWidth: 340
            Layout.fillHeight: true
            ColumnLayout {
                anchors.fill: parent
                anchors.margins: 24
                spacing: 12
                Label {
                    text: qsTr("Ticket")
                    font.pixelSize: Theme.fontTitle
                    font.bold: true
                    color: Theme.text
                }
                Label {
                    text: qsTr("Ringing up tickets, taking payment and printing receipts are coming in a later release. The catalog and its search already work.")
                    wrapMode: Text.WordWrap
                    color: Theme.muted
                    Layout.fillWidth: true
                }
                Item { Layout.fillHeight: true }
            }
        }
    }
}
