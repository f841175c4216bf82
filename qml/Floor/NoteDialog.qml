import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Madang.App

// A note for the kitchen on one line ("덜 맵게", "no onions"), with a few common ones to tap.
Dialog {
    id: dialog
    property int row: -1
    property string itemName
    signal saved(int row, string note)

    function edit(lineRow, name, note) {
        row = lineRow
        itemName = name
        field.text = note
        open()
        field.forceActiveFocus()
    }

    modal: true
    anchors.centerIn: Overlay.overlay
    width: 600
    padding: 24
    background: Rectangle { color: Theme.surface; radius: Theme.radius; border.color: Theme.border }
    header: Label {
        text: qsTr("Note for %1").arg(dialog.itemName)
        font.pixelSize: Theme.fontTitle
        font.bold: true
        elide: Text.ElideRight
        padding: 24
        bottomPadding: 4
    }
    contentItem: ColumnLayout {
        spacing: 12
        TextField {
            id: field
            objectName: "lineNote"
            maximumLength: 200
            placeholderText: qsTr("For the kitchen")
            font.pixelSize: Theme.fontBody
            implicitHeight: Theme.touch
            Layout.fillWidth: true
        }
        Flow {
            spacing: 8
            Layout.fillWidth: true
            Repeater {
                model: [qsTr("Less spicy"), qsTr("Extra spicy"), qsTr("No onions"), qsTr("Serve first"), qsTr("To share")]
                delegate: TouchButton {
                    required property string modelData
                    text: modelData
                    implicitHeight: 48
                    font.pixelSize: Theme.fontSmall
                    onClicked: field.text = field.text.length > 0 ? field.text + ", " + modelData : modelData
                }
            }
        }
    }
    footer: DialogButtonBox {
        padding: 16
        background: null
        TouchButton {
            text: qsTr("Cancel")
            flat: true
            DialogButtonBox.buttonRole: DialogButtonBox.RejectRole
        }
        TouchButton {
            objectName: "lineNoteSave"
            text: qsTr("Save")
            primary: true
            onClicked: {
                dialog.saved(dialog.row, field.text)
                dialog.close()
            }
        }
    }
}
