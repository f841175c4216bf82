import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Madang.App
import Madang.ViewModels

// Who is at the counter: tap your name, enter your PIN.
Pane {
    id: page
    required property AppStore store
    property string selectedId
    property string selectedName
    property bool selectedLocked: false
    padding: 32
    background: null // the window already paints Theme.background

    StaffListModel {
        id: staff
        store: page.store
        onModelReset: page.selectedLocked = staff.isLockedOut(page.selectedId)
    }

    RowLayout {
        anchors.fill: parent
        spacing: 32

        ColumnLayout {
            spacing: Theme.gap
            Layout.fillWidth: true
            Layout.fillHeight: true
            Label {
                text: qsTr("Who is at the counter?")
                font.pixelSize: Theme.fontHero
                font.bold: true
                color: Theme.text
            }
            Label {
                text: page.store.businessName + "  ·  " + qsTr("Terminal %1").arg(page.store.terminalId)
                color: Theme.muted
            }
            GridView {
                id: tiles
                clip: true
                cellWidth: 220
                cellHeight: 110
                model: staff
                Layout.fillWidth: true
                Layout.fillHeight: true
                delegate: Item {
                    id: tile
                    required property string staffId
                    required property string name
                    required property string role
                    required property bool lockedOut
                    width: tiles.cellWidth
                    height: tiles.cellHeight
                    AbstractButton {
                        objectName: "staffTile_" + tile.name
                        anchors.fill: parent
                        anchors.margins: 6
                        onClicked: {
                            page.selectedId = tile.staffId
                            page.selectedName = tile.name
                            page.selectedLocked = tile.lockedOut
                            page.store.session.clearError()
                            if (pad.item) {
                                pad.item.clear()
                                pad.item.forceActiveFocus()
                            }
                        }
                        background: Rectangle {
                            radius: Theme.radius
                            color: page.selectedId === tile.staffId ? Theme.accentLight : Theme.surface
                            border.width: page.selectedId === tile.staffId ? 3 : 1
                            border.color: page.selectedId === tile.staffId ? Theme.accent : Theme.border
                        }
                        contentItem: ColumnLayout {
                            spacing: 2
                            Label {
                                text: tile.name
                                font.pixelSize: Theme.fontBody
                                font.bold: true
                                elide: Text.ElideRight
                                Layout.fillWidth: true
                                Layout.leftMargin: 16
                            }
                            Label {
                                text: tile.lockedOut ? qsTr("Locked") : tile.role === "owner" ? qsTr("Owner")
                                      : tile.role === "manager" ? qsTr("Manager") : qsTr("Staff")
                                color: tile.lockedOut ? Theme.danger : Theme.muted
                                font.pixelSize: Theme.fontSmall
                                Layout.leftMargin: 16
                            }
                        }
                    }
                }
            }
        }

        Rectangle {
            radius: Theme.radius
            color: Theme.surface
            border.color: Theme.border
            Layout.preferredWidth: 380
            Layout.fillHeight: true
            ColumnLayout {
                anchors.fill: parent
                anchors.margins: 24
                spacing: Theme.gap
                Label {
                    text: page.selectedId.length > 0 ? page.selectedName : qsTr("Tap your name")
                    font.pixelSize: Theme.fontTitle
                    font.bold: true
                    elide: Text.ElideRight
                    Layout.fillWidth: true
                }
                // Made when a name is tapped: the first frame of every start does not build a keypad nobody sees yet.
                Loader {
                    id: pad
                    active: page.selectedId.length > 0 && !page.selectedLocked
                    Layout.alignment: Qt.AlignHCenter
                    onLoaded: item.forceActiveFocus()
                    sourceComponent: PinPad {
                        objectName: "signInPad"
                        errorText: page.store.session.error
                        onSubmitted: pin => {
                            page.store.session.signIn(page.selectedId, pin)
                            clear()
                        }
                    }
                }
                Label {
                    visible: page.selectedLocked
                    text: qsTr("Too many wrong PINs. A manager or the owner must unlock this account.")
                    color: Theme.danger
                    wrapMode: Text.WordWrap
                    Layout.fillWidth: true
                }
                TouchButton {
                    objectName: "unlockButton"
                    visible: page.selectedLocked
                    text: qsTr("Unlock with a manager's PIN")
                    primary: true
                    Layout.fillWidth: true
                    onClicked: unlockDialog.active ? unlockDialog.item.open() : unlockDialog.active = true
                }
                Item { Layout.fillHeight: true }
            }
        }
    }

    // Made the first time it is needed: a locked account is rare, and the dialog (its models, a picker and a
    // second keypad) would otherwise be built before the first frame of every start.
    Loader {
        id: unlockDialog
        active: false
        onLoaded: item.open()
        sourceComponent: ApprovalDialog {
            store: page.store
            unlockStaffId: page.selectedId
            subject: qsTr("Unlock %1").arg(page.selectedName)
            onUnlocked: page.store.session.clearError()
        }
    }
}
