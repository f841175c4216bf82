import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Madang.App
import Madang.ViewModels

// Options for one item before it goes on a table's ticket (spice level, size, extras): each group with
// its rule, options as large toggles, and Add once every required group is answered.
Dialog {
    id: dialog
    required property AppStore store
    required property TableTicketModel ticket

    function openItem(itemId) {
        choices.load(itemId)
        open()
    }

    modal: true
    anchors.centerIn: Overlay.overlay
    width: Math.min(760, (parent ? parent.width : 760) - 48)
    height: Math.min(implicitHeight, (parent ? parent.height : 700) - 48)
    padding: 24
    topPadding: 8
    font.pixelSize: Theme.fontBody
    background: Rectangle { color: Theme.surface; radius: Theme.radius; border.color: Theme.border }
    header: Label {
        text: choices.itemName + "  " + choices.unitPriceText
        font.pixelSize: Theme.fontTitle
        font.bold: true
        elide: Text.ElideRight
        padding: 24
        bottomPadding: 4
    }

    ModifierChoiceModel {
        id: choices
        store: dialog.store
    }

    contentItem: ListView {
        id: groups
        clip: true
        spacing: 16
        implicitHeight: contentHeight
        model: choices
        boundsBehavior: Flickable.StopAtBounds
        delegate: ColumnLayout {
            id: group
            required property int index
            required property string name
            required property string ruleText
            required property bool required
            required property bool satisfied
            required property var options
            width: groups.width
            spacing: 8
            RowLayout {
                spacing: 10
                Label {
                    text: group.name
                    font.bold: true
                    color: Theme.text
                }
                Label {
                    text: group.ruleText
                    font.pixelSize: Theme.fontSmall
                    color: group.required && !group.satisfied ? Theme.danger : Theme.muted
                }
            }
            Flow {
                spacing: 10
                Layout.fillWidth: true
                Repeater {
                    model: group.options
                    delegate: TouchButton {
                        required property var modelData
                        required property int index
                        objectName: "tableOption_" + modelData.name
                        text: modelData.priceText.length > 0 ? modelData.name + " " + modelData.priceText : modelData.name
                        primary: modelData.selected
                        implicitHeight: 64
                        onClicked: choices.toggle(group.index, index)
                    }
                }
            }
        }
    }

    footer: ColumnLayout {
        spacing: 0
        Label {
            text: choices.hint
            visible: text.length > 0
            color: Theme.danger
            font.pixelSize: Theme.fontSmall
            wrapMode: Text.WordWrap
            Layout.fillWidth: true
            Layout.leftMargin: 24
            Layout.rightMargin: 24
        }
        DialogButtonBox {
            padding: 16
            background: null
            Layout.fillWidth: true
            TouchButton {
                text: qsTr("Cancel")
                flat: true
                DialogButtonBox.buttonRole: DialogButtonBox.RejectRole
            }
            TouchButton {
                objectName: "tableOptionsAdd"
                text: qsTr("Add · %1").arg(choices.unitPriceText)
                primary: true
                enabled: choices.valid
                onClicked: {
                    if (dialog.ticket.addItemWithChoices(choices.itemId, choices.choices))
                        dialog.close()
                }
            }
        }
    }
}
