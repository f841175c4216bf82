import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Madang.App
import Madang.ViewModels

// Settings → Staff (owners and managers): who works here, their role, PIN and lockout state.
Pane {
    id: page
    required property AppStore store
    padding: 24
    background: Rectangle { color: Theme.background }

    StaffListModel {
        id: staff
        store: page.store
        includeInactive: true
    }

    ColumnLayout {
        anchors.fill: parent
        spacing: Theme.gap
        RowLayout {
            Layout.fillWidth: true
            Label {
                text: qsTr("%1 people").arg(staff.count)
                color: Theme.muted
                Layout.fillWidth: true
            }
            TouchButton {
                objectName: "addStaffButton"
                text: qsTr("Add staff")
                primary: true
                onClicked: editor.openNew()
            }
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
                anchors.fill: parent
                anchors.margins: 1
                model: staff
                clip: true
                delegate: ItemDelegate {
                    id: row
                    required property string staffId
                    required property string name
                    required property string role
                    required property bool active
                    required property bool hasPin
                    required property bool lockedOut
                    width: list.width
                    implicitHeight: 64
                    onClicked: editor.openStaff(staffId)
                    contentItem: RowLayout {
                        spacing: 12
                        Label {
                            text: row.name
                            color: row.active ? Theme.text : Theme.muted
                            elide: Text.ElideRight
                            Layout.fillWidth: true
                            Layout.leftMargin: 8
                        }
                        Label {
                            text: row.role === "owner" ? qsTr("Owner") : row.role === "manager" ? qsTr("Manager") : qsTr("Staff")
                            color: Theme.muted
                            Layout.preferredWidth: 120
                        }
                        Label {
                            text: row.lockedOut ? qsTr("Locked") : !row.hasPin ? qsTr("No PIN") : !row.active ? qsTr("Inactive") : ""
                            color: row.lockedOut ? Theme.danger : Theme.muted
                            Layout.preferredWidth: 120
                        }
                        TouchButton {
                            objectName: "daysOff_" + row.name
                            text: qsTr("Days off")
                            visible: row.active
                            flat: true
                            Layout.rightMargin: 8
                            onClicked: daysOffDialog.openFor(row.staffId, row.name)
                        }
                    }
                }
            }
        }
    }

    StaffEditorDialog {
        id: editor
        store: page.store
    }
    DaysOffDialog {
        id: daysOffDialog
        store: page.store
    }
}
