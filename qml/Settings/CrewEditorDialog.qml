import QtQuick
import Madang.App
import QtQuick.Controls
import QtQuick.Layouts
import Madang.ViewModels

// Add or edit a crew: its name, its members in the order tapped (the first leads) and its van.
Dialog {
    id: dialog
    required property CrewsModel crews
    property string crewId
    property var members: []
    property string vanId
    modal: true
    anchors.centerIn: Overlay.overlay
    width: Math.min(680, (parent ? parent.width : 680) - 48)
    padding: 24
    font.pixelSize: Theme.fontBody
    background: Rectangle {
        color: Theme.surface
        radius: Theme.radius
        border.color: Theme.border
    }
    header: Label {
        text: dialog.crewId.length > 0 ? qsTr("Edit crew") : qsTr("Add crew")
        font.pixelSize: Theme.fontTitle
        font.bold: true
        color: Theme.text
        padding: 24
        bottomPadding: 8
    }

    function openNew() {
        crewId = ""
        nameField.text = ""
        members = []
        vanId = ""
        error.text = ""
        open()
    }
    function openCrew(crew) {
        crewId = crew.id
        nameField.text = crew.name
        members = crew.memberIds.slice()
        vanId = crew.vanId
        error.text = ""
        open()
    }
    function toggle(id) {
        const at = members.indexOf(id)
        const next = members.slice()
        if (at >= 0)
            next.splice(at, 1)
        else
            next.push(id)
        members = next
    }

    contentItem: GridLayout {
        columns: 2
        columnSpacing: Theme.gap
        rowSpacing: 10
        Label { text: qsTr("Name") }
        TextField {
            id: nameField
            objectName: "crewName"
            maximumLength: 40
            implicitHeight: Theme.touch
            Layout.fillWidth: true
            onTextEdited: error.text = ""
        }
        Label { text: qsTr("Members"); Layout.alignment: Qt.AlignTop; Layout.topMargin: 12 }
        Flow {
            spacing: 6
            Layout.fillWidth: true
            Repeater {
                model: dialog.crews.staff
                delegate: TouchButton {
                    required property var modelData
                    readonly property int order: dialog.members.indexOf(modelData.id)
                    objectName: "crewMember_" + modelData.name
                    text: order === 0 ? qsTr("%1 (lead)").arg(modelData.name) : modelData.name
                    primary: order >= 0
                    onClicked: {
                        dialog.toggle(modelData.id)
                        error.text = "" // a refusal is about what was chosen: it goes when that changes
                    }
                }
            }
        }
        Label { text: qsTr("Van"); Layout.alignment: Qt.AlignTop; Layout.topMargin: 12 }
        Flow {
            spacing: 6
            Layout.fillWidth: true
            TouchButton {
                objectName: "crewVan_none"
                text: qsTr("No van")
                primary: dialog.vanId.length === 0
                onClicked: {
                    dialog.vanId = ""
                    error.text = ""
                }
            }
            Repeater {
                model: dialog.crews.vans
                delegate: TouchButton {
                    required property var modelData
                    objectName: "crewVan_" + modelData.name
                    text: modelData.name
                    primary: dialog.vanId === modelData.id
                    onClicked: {
                        dialog.vanId = modelData.id
                        error.text = ""
                    }
                }
            }
        }
        Label {
            id: error
            objectName: "crewError"
            visible: text.length > 0
            color: Theme.danger
            wrapMode: Text.WordWrap
            Layout.columnSpan: 2
            Layout.fillWidth: true
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
            objectName: "crewSave"
            text: qsTr("Save")
            primary: true
            DialogButtonBox.buttonRole: DialogButtonBox.ApplyRole
            onClicked: {
                if (dialog.crews.saveCrew(dialog.crewId, nameField.text, dialog.members, dialog.vanId))
                    dialog.close()
                else
                    error.text = dialog.crews.error
            }
        }
    }
}
