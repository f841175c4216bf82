import QtQuick
import Madang.App
import Madang.ViewModels

// Who is at the counter: tap your name, enter your PIN. The first screen of every start, so it is made of plain
// Qt Quick items only: what uses Qt Quick Controls (the keypad, the unlock button and dialog) is in SignInPanel,
// which loads by URL when a name is tapped and is compiled in the background after the first frame.
Item {
    id: page
    required property AppStore store
    property string selectedId
    property string selectedName
    property bool selectedLocked: false

    component Caption: Text {
        font.family: Theme.fontFamily
        font.pixelSize: Theme.fontBody
        color: Theme.text
        elide: Text.ElideRight
    }

    StaffListModel {
        id: staff
        store: page.store
        onModelReset: page.selectedLocked = staff.isLockedOut(page.selectedId)
    }

    Column {
        id: heading
        anchors { left: parent.left; right: panelFrame.left; top: parent.top; margins: 32 }
        spacing: Theme.gap
        Caption {
            width: parent.width
            text: qsTr("Who is at the counter?")
            font.pixelSize: Theme.fontHero
            font.bold: true
        }
        Caption {
            width: parent.width
            text: page.store.businessName + "  ·  " + qsTr("Terminal %1").arg(page.store.terminalId)
            color: Theme.muted
        }
    }

    GridView {
        id: tiles
        anchors {
            left: heading.left; right: heading.right; top: heading.bottom; bottom: parent.bottom
            topMargin: Theme.gap; bottomMargin: 32
        }
        clip: true
        cellWidth: 220
        cellHeight: 110
        model: staff
        delegate: Item {
            id: tile
            required property string staffId
            required property string name
            required property string role
            required property bool lockedOut
            readonly property bool chosen: page.selectedId === staffId
            width: tiles.cellWidth
            height: tiles.cellHeight
            Rectangle {
                objectName: "staffTile_" + tile.name
                anchors.fill: parent
                anchors.margins: 6
                radius: Theme.radius
                color: tile.chosen || tap.pressed ? Theme.accentLight : Theme.surface
                border.width: tile.chosen ? 3 : 1
                border.color: tile.chosen ? Theme.accent : Theme.border
                Column {
                    anchors { left: parent.left; right: parent.right; verticalCenter: parent.verticalCenter }
                    anchors.leftMargin: 16
                    anchors.rightMargin: 12
                    spacing: 2
                    Caption {
                        width: parent.width
                        text: tile.name
                        font.bold: true
                    }
                    Caption {
                        width: parent.width
                        text: tile.lockedOut ? qsTr("Locked") : tile.role === "owner" ? qsTr("Owner")
                              : tile.role === "manager" ? qsTr("Manager") : qsTr("Staff")
                        color: tile.lockedOut ? Theme.danger : Theme.muted
                        font.pixelSize: Theme.fontSmall
                    }
                }
                MouseArea {
                    id: tap
                    anchors.fill: parent
                    onClicked: {
                        page.selectedId = tile.staffId
                        page.selectedName = tile.name
                        page.selectedLocked = tile.lockedOut
                        page.store.session.clearError()
                        if (panel.item)
                            panel.item.reset()
                    }
                }
            }
        }
    }

    Rectangle {
        id: panelFrame
        anchors { right: parent.right; top: parent.top; bottom: parent.bottom; margins: 32 }
        width: 380
        radius: Theme.radius
        color: Theme.surface
        border.color: Theme.border
        Caption {
            id: who
            anchors { left: parent.left; right: parent.right; top: parent.top; margins: 24 }
            text: page.selectedId.length > 0 ? page.selectedName : qsTr("Tap your name")
            font.pixelSize: Theme.fontTitle
            font.bold: true
        }
        Loader {
            id: panel
            anchors {
                left: parent.left; right: parent.right; top: who.bottom; bottom: parent.bottom
                margins: 24; topMargin: Theme.gap
            }
            active: page.selectedId.length > 0
            source: "SignInPanel.qml"
            onLoaded: {
                item.store = page.store
                item.staffId = Qt.binding(() => page.selectedId)
                item.staffName = Qt.binding(() => page.selectedName)
                item.locked = Qt.binding(() => page.selectedLocked)
                item.reset()
            }
        }
    }
}
