import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Madang.App

// The kitchen slips sent from this table, newest first, as the kitchen reads them.
Dialog {
    id: dialog
    property var slips: []

    modal: true
    anchors.centerIn: Overlay.overlay
    width: 560
    height: Math.min(640, (parent ? parent.height : 640) - 48)
    padding: 24
    background: Rectangle { color: Theme.surface; radius: Theme.radius; border.color: Theme.border }
    header: Label {
        text: qsTr("Kitchen log")
        font.pixelSize: Theme.fontTitle
        font.bold: true
        padding: 24
        bottomPadding: 4
    }
    contentItem: ListView {
        clip: true
        spacing: 12
        model: dialog.slips
        Label {
            anchors.centerIn: parent
            visible: dialog.slips.length === 0
            text: qsTr("Nothing was sent from this screen yet.")
            color: Theme.muted
        }
        delegate: Rectangle {
            required property string modelData
            width: ListView.view.width
            height: slip.implicitHeight + 24
            radius: 8
            color: "#FFFDF5"
            border.color: Theme.border
            Label {
                id: slip
                x: 12
                y: 12
                text: parent.modelData
                font.family: "Noto Sans Mono CJK KR"
                font.pixelSize: Theme.fontSmall
                color: Theme.text
            }
        }
    }
    footer: DialogButtonBox {
        padding: 16
        background: null
        TouchButton {
            text: qsTr("Close")
            flat: true
            DialogButtonBox.buttonRole: DialogButtonBox.RejectRole
        }
    }
}
