import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Madang.App
import Madang.ViewModels

// A manager's PIN, there and then. Either approves one action on one record (a single-use token,
// valid for 2 minutes) or unlocks a locked-out staff member.
Dialog {
    id: dialog
    required property AppStore store
    property string action
    property string record
    property string reason
    property string unlockStaffId   // set for unlock mode
    property string subject         // what is being approved, for people
    signal approved(string token)
    signal unlocked()

    modal: true
    anchors.centerIn: Overlay.overlay
    width: 560
    padding: 24
    background: Rectangle { color: Theme.surface; radius: Theme.radius; border.color: Theme.border }
    header: Label {
        text: qsTr("Manager approval")
        font.pixelSize: Theme.fontTitle
        font.bold: true
        padding: 24
        bottomPadding: 4
    }
    onOpened: { approval.reset(); pad.clear(); managers.refresh(); pad.forceActiveFocus() }

    ApprovalModel {
        id: approval
        store: dialog.store
        action: dialog.action
        record: dialog.record
        reason: dialog.reason
    }
    StaffListModel {
        id: managers
        store: dialog.store
        managersOnly: true
    }

    contentItem: ColumnLayout {
        spacing: 12
        Label {
            text: dialog.subject
            wrapMode: Text.WordWrap
            color: Theme.muted
            Layout.fillWidth: true
        }
        ComboBox {
            id: approver
            objectName: "approverPicker"
            model: managers
            textRole: "name"
            valueRole: "staffId"
            implicitHeight: Theme.touch
            Layout.fillWidth: true
        }
        PinPad {
            id: pad
            errorText: approval.error
            Layout.alignment: Qt.AlignHCenter
            onSubmitted: pin => {
                const ok = dialog.unlockStaffId.length > 0
                         ? approval.unlock(dialog.unlockStaffId, approver.currentValue, pin)
                         : approval.approve(approver.currentValue, pin)
                pad.clear()
                if (ok) {
                    if (dialog.unlockStaffId.length > 0)
                        dialog.unlocked()
                    else
                        dialog.approved(approval.token)
                    dialog.close()
                }
            }
        }
    }
    footer: DialogButtonBox {
        padding: 16
        background: null
        TouchButton {
            objectName: "approvalCancel"
            text: qsTr("Cancel")
            flat: true
            DialogButtonBox.buttonRole: DialogButtonBox.RejectRole
        }
    }
}
