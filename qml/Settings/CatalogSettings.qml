import QtQuick
import Madang.App
import QtQuick.Controls
import QtQuick.Layouts
import Madang.ViewModels

// Settings → Catalog: list, search, add and edit items.
Pane {
    id: page
    required property AppStore store
    padding: 24
    background: Rectangle { color: Theme.background }

    CatalogListModel {
        id: items
        store: page.store
    }

    ColumnLayout {
        anchors.fill: parent
        spacing: Theme.gap

        RowLayout {
            spacing: Theme.gap
            Layout.fillWidth: true
            SearchField {
                objectName: "catalogSearch"
                Layout.fillWidth: true
                onSearched: text => items.searchText = text
            }
            TouchButton {
                objectName: "addItemButton"
                primary: true
                text: qsTr("Add item")
                onClicked: editor.openNew()
            }
        }
        Label {
            text: items.searchText.length > 0
                  ? qsTr("%1 matching of %2 items").arg(items.count).arg(items.totalCount)
                  : qsTr("%1 items").arg(items.totalCount)
            color: Theme.muted
            font.pixelSize: Theme.fontSmall
        }

        Rectangle {
            radius: Theme.radius
            color: Theme.surface
            border.color: Theme.border
            clip: true
            Layout.fillWidth: true
            Layout.fillHeight: true

            ListView {
                id: list
                objectName: "catalogList"
                anchors.fill: parent
                anchors.margins: 1
                model: items
                clip: true
                ScrollBar.vertical: ScrollBar {}
                header: RowLayout {
                    width: list.width
                    height: 44
                    spacing: 12
                    Label { text: qsTr("Name"); color: Theme.muted; font.pixelSize: Theme.fontSmall; Layout.fillWidth: true; Layout.leftMargin: 20 }
                    Label { text: qsTr("Category"); color: Theme.muted; font.pixelSize: Theme.fontSmall; Layout.preferredWidth: 140 }
                    Label { text: qsTr("Price"); color: Theme.muted; font.pixelSize: Theme.fontSmall; Layout.preferredWidth: 120; horizontalAlignment: Text.AlignRight }
                    Label { text: qsTr("VAT"); color: Theme.muted; font.pixelSize: Theme.fontSmall; Layout.preferredWidth: 60; horizontalAlignment: Text.AlignRight }
                    Label { text: qsTr("Time"); color: Theme.muted; font.pixelSize: Theme.fontSmall; Layout.preferredWidth: 80; horizontalAlignment: Text.AlignRight; Layout.rightMargin: 20 }
                }
                delegate: ItemDelegate {
                    id: row
                    required property string itemId
                    required property string name
                    required property string sku
                    required property string category
                    required property string priceText
                    required property string vatText
                    required property int durationMin
                    required property bool active
                    width: list.width
                    implicitHeight: 64
                    onClicked: editor.openItem(itemId)
                    contentItem: RowLayout {
                        spacing: 12
                        ColumnLayout {
                            spacing: 0
                            Layout.fillWidth: true
                            Layout.leftMargin: 8
                            Label {
                                text: row.name + (row.active ? "" : "  " + qsTr("(inactive)"))
                                color: row.active ? Theme.text : Theme.muted
                                elide: Text.ElideRight
                                Layout.fillWidth: true
                            }
                            Label { text: row.sku; color: Theme.muted; font.pixelSize: Theme.fontSmall; elide: Text.ElideRight; Layout.fillWidth: true }
                        }
                        Label { text: row.category; color: Theme.text; elide: Text.ElideRight; Layout.preferredWidth: 140 }
                        Label { text: row.priceText; color: Theme.text; horizontalAlignment: Text.AlignRight; Layout.preferredWidth: 120 }
                        Label { text: row.vatText; color: Theme.muted; horizontalAlignment: Text.AlignRight; Layout.preferredWidth: 60 }
                        Label {
                            text: row.durationMin > 0 ? qsTr("%1 min").arg(row.durationMin) : "–"
                            color: Theme.muted
                            horizontalAlignment: Text.AlignRight
                            Layout.preferredWidth: 80
                            Layout.rightMargin: 8
                        }
                    }
                }
                Label {
                    anchors.centerIn: parent
                    visible: list.count === 0
                    text: items.error.length > 0 ? items.error : qsTr("No items match.")
                    color: items.error.length > 0 ? Theme.danger : Theme.muted
                }
            }
        }
    }

    ItemEditorDialog {
        id: editor
        store: page.store
    }
}
