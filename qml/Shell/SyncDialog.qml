import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Madang.App
import Madang.ViewModels

// The platform, in detail: who this terminal is paired as, how the last round went, and what needs someone to
// look at it (ops the platform refused, pulled changes not applied here), each with its reason.
Dialog {
    id: dialog
    required property SyncStatusModel status
    modal: true
    anchors.centerIn: Overlay.overlay
    width: Math.min(640, Overlay.overlay ? Overlay.overlay.width - 48 : 640)
    padding: 24
    onAboutToShow: status.refresh()
    background: Rectangle { color: Theme.surface; radius: Theme.radius; border.color: Theme.border }
    header: Label {
        text: qsTr("Platform sync")
        font.pixelSize: Theme.fontTitle
        font.bold: true
        padding: 24
        bottomPadding: 4
    }

    ColumnLayout {
        anchors.fill: parent
        spacing: 10
        Label {
            objectName: "syncPlatform"
            text: dialog.status.platformText
            color: Theme.muted
            wrapMode: Text.WrapAnywhere
            Layout.fillWidth: true
        }
        Label {
            text: dialog.status.headline
            font.bold: true
            wrapMode: Text.WordWrap
            Layout.fillWidth: true
        }
        Label {
            objectName: "syncProblem"
            visible: dialog.status.problemText.length > 0
            text: dialog.status.problemText
            color: Theme.danger
            wrapMode: Text.WordWrap
            Layout.fillWidth: true
        }
        Label {
            visible: dialog.status.problem.length > 0
            text: dialog.status.problem
            color: Theme.muted
            font.pixelSize: Theme.fontSmall
            wrapMode: Text.WrapAnywhere
            Layout.fillWidth: true
        }
        Label {
            text: dialog.status.attention.length > 0 ? qsTr("Needs attention") : qsTr("Nothing needs attention.")
            font.bold: dialog.status.attention.length > 0
            color: dialog.status.attention.length > 0 ? Theme.text : Theme.muted
            Layout.topMargin: 8
        }
        ListView {
            objectName: "syncAttentionList"
            visible: dialog.status.attention.length > 0
            model: dialog.status.attention
            clip: true
            spacing: 8
            Layout.fillWidth: true
            Layout.preferredHeight: Math.min(contentHeight, 240)
            delegate: ColumnLayout {
                required property var modelData
                width: ListView.view.width
                spacing: 2
                Label {
                    text: modelData.what
                    font.bold: true
                    wrapMode: Text.WordWrap
                    Layout.fillWidth: true
                }
                Label {
                    text: modelData.reason
                    wrapMode: Text.WordWrap
                    Layout.fillWidth: true
                }
                Label {
                    text: modelData.detail
                    color: Theme.muted
                    font.pixelSize: Theme.fontSmall
                    wrapMode: Text.WrapAnywhere
                    Layout.fillWidth: true
                }
            }
        }
        RowLayout {
            spacing: 12
            Layout.topMargin: 8
            Item { Layout.fillWidth: true }
            TouchButton {
                objectName: "syncNow"
                text: qsTr("Sync now")
                primary: true
                enabled: !dialog.status.running
                onClicked: dialog.status.syncNow()
            }
            TouchButton {
                objectName: "syncClose"
                text: qsTr("Close")
                flat: true
                onClicked: dialog.close()
            }
        }
    }
}
