import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Madang.App
import Madang.ViewModels

// Options for one item before it goes on the ticket: each group with its rule ("Choose 1"), options as
// large toggles, and an Add button with the price that is enabled once every required group is answered.
Dialog {
    id: dialog
    required property AppStore store
    required property CheckoutModel checkout
    signal finished()

    modal: true
    anchors.centerIn: Overlay.overlay
    width: Math.min(760, (parent ? parent.width : 760) - 48)
    height: Math.min(implicitHeight, (parent ? parent.height : 700) - 48)
    padding: 24
    topPadding: 8
    font.pixelSize: Theme.fontBody
    background: Rectangle { color: Theme.surface; radius: Theme.radius; border.color: Theme.border }
    header: RowLayout {
        spacing: 12
        Label {
            objectName: "modifierItemName"
            text: choices.itemName
            font.pixelSize: Theme.fontTitle
            font.bold: true
            color: Theme.text
            elide: Text.ElideRight
            Layout.fillWidth: true
            Layout.leftMargin: 24
            Layout.topMargin: 20
        }
        Label {
            text: choices.unitPriceText
            font.pixelSize: Theme.fontTitle
            color: Theme.accent
            Layout.rightMargin: 24
            Layout.topMargin: 20
        }
    }

    function openItem(itemId) {
        choices.load(itemId) // an item that is gone opens with the reason as the hint
        open()
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
                    delegate: Button {
                        id: option
                        required property var modelData
                        required property int index
                        objectName: "option_" + modelData.name
                        checkable: false
                        focusPolicy: Qt.NoFocus
                        implicitWidth: Math.max(150, contentItem.implicitWidth + 32)
                        implicitHeight: 72
                        onClicked: choices.toggle(group.index, index)
                        contentItem: Item {
                            implicitWidth: texts.implicitWidth
                            implicitHeight: texts.implicitHeight
                            Column {
                                id: texts
                                anchors.centerIn: parent
                                spacing: 2
                                Label {
                                    anchors.horizontalCenter: parent.horizontalCenter
                                    text: option.modelData.name
                                    font.pixelSize: Theme.fontBody
                                    font.bold: option.modelData.selected
                                    color: option.modelData.selected ? "white" : Theme.text
                                }
                                Label {
                                    anchors.horizontalCenter: parent.horizontalCenter
                                    text: option.modelData.priceText
                                    visible: text.length > 0
                                    font.pixelSize: Theme.fontSmall
                                    color: option.modelData.selected ? "white" : Theme.muted
                                }
                            }
                        }
                        background: Rectangle {
                            radius: 8
                            color: option.modelData.selected ? Theme.accent : (option.down ? Theme.accentLight : Theme.surface)
                            border.width: option.modelData.selected ? 0 : 1
                            border.color: Theme.border
                        }
                    }
                }
            }
        }
    }

    footer: ColumnLayout {
        spacing: 0
        Label {
            objectName: "modifierHint"
            text: choices.hint
            visible: text.length > 0
            color: Theme.danger
            font.pixelSize: Theme.fontSmall
            wrapMode: Text.WordWrap
            Layout.fillWidth: true
            Layout.leftMargin: 24
            Layout.rightMargin: 24
            Layout.topMargin: 8
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
                objectName: "modifierAdd"
                text: qsTr("Add · %1").arg(choices.unitPriceText)
                primary: true
                enabled: choices.valid
                DialogButtonBox.buttonRole: DialogButtonBox.ApplyRole
                onClicked: {
                    if (dialog.checkout.addItemWithChoices(choices.itemId, choices.choices))
                        dialog.close()
                }
            }
        }
    }
    onClosed: dialog.finished()
}
