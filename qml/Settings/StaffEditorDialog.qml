import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Madang.App
import Madang.ViewModels

// Add or edit one staff member. The signed-in owner or manager is recorded as the one who did it.
Dialog {
    id: dialog
    required property AppStore store
    modal: true
    anchors.centerIn: Overlay.overlay
    width: Math.min(780, (parent ? parent.width : 780) - 48)
    padding: 24
    title: editor.isNew ? qsTr("Add staff") : qsTr("Edit staff")
    background: Rectangle { color: Theme.surface; radius: Theme.radius; border.color: Theme.border }
    header: Label {
        text: dialog.title
        font.pixelSize: Theme.fontTitle
        font.bold: true
        padding: 24
        bottomPadding: 8
    }
    function openNew() { editor.startNew(); open() }
    function openStaff(id) { if (editor.load(id)) open() }

    StaffEditorModel {
        id: editor
        store: dialog.store
    }

    contentItem: GridLayout {
        columns: 2
        columnSpacing: Theme.gap
        rowSpacing: 10
        Label { text: qsTr("Name") }
        TextField {
            objectName: "staffName"
            text: editor.name
            onTextEdited: {
                editor.name = text
                editor.clearError()
            }
            implicitHeight: Theme.touch
            Layout.fillWidth: true
        }
        Label { text: qsTr("Role") }
        ComboBox {
            objectName: "staffRole"
            model: [{ value: "staff", text: qsTr("Staff") }, { value: "manager", text: qsTr("Manager") }, { value: "owner", text: qsTr("Owner") }]
            textRole: "text"
            valueRole: "value"
            currentIndex: Math.max(0, ["staff", "manager", "owner"].indexOf(editor.role))
            onActivated: {
                editor.role = currentValue
                editor.clearError()
            }
            implicitHeight: Theme.touch
            Layout.fillWidth: true
        }
        Label { text: editor.isNew ? qsTr("PIN") : qsTr("New PIN") }
        TextField {
            objectName: "staffPin"
            text: editor.pin
            onTextEdited: {
                editor.pin = text
                editor.clearError()
            }
            placeholderText: editor.isNew ? qsTr("4–6 digits") : qsTr("Leave empty to keep the current PIN")
            echoMode: TextInput.Password
            inputMethodHints: Qt.ImhDigitsOnly
            implicitHeight: Theme.touch
            Layout.fillWidth: true
        }
        FieldError {
            objectName: "staffPinError"
            field: "pin"
            errorField: editor.errorField
            message: editor.error
            Layout.columnSpan: 2
        }
        Label { text: qsTr("Works here") }
        CheckBox {
            text: qsTr("Active (can sign in)")
            checked: editor.active
            onToggled: {
                editor.active = checked
                editor.clearError()
            }
        }
        Label {
            text: qsTr("Services")
            visible: editor.serviceChoices.length > 0
            Layout.alignment: Qt.AlignTop
        }
        Flickable {
            visible: editor.serviceChoices.length > 0
            clip: true
            contentHeight: services.implicitHeight
            Layout.fillWidth: true
            Layout.preferredHeight: Math.min(services.implicitHeight, 150)
            Flow {
                id: services
                width: parent.width
                spacing: 8
                Repeater {
                    model: editor.serviceChoices
                    delegate: TouchButton {
                        required property var modelData
                        text: modelData.name
                        implicitHeight: 44
                        leftPadding: 14
                        rightPadding: 14
                        font.pixelSize: Theme.fontSmall
                        primary: editor.services.indexOf(modelData.id) >= 0
                        onClicked: editor.toggleService(modelData.id)
                    }
                }
            }
        }
        // The week a customer can book this person: the days, the hours and a break.
        Label {
            text: qsTr("Bookable")
            visible: editor.serviceChoices.length > 0
            Layout.alignment: Qt.AlignTop
            Layout.topMargin: 12
        }
        ColumnLayout {
            visible: editor.serviceChoices.length > 0
            spacing: 6
            Layout.fillWidth: true
            Row {
                spacing: 6
                Repeater {
                    model: [qsTr("Mon"), qsTr("Tue"), qsTr("Wed"), qsTr("Thu"), qsTr("Fri"), qsTr("Sat"), qsTr("Sun")]
                    delegate: TouchButton {
                        required property string modelData
                        required property int index
                        objectName: "workDay_" + (index + 1)
                        text: modelData
                        implicitWidth: 60
                        implicitHeight: 44
                        leftPadding: 4
                        rightPadding: 4
                        font.pixelSize: Theme.fontSmall
                        primary: editor.workDays[index] === true
                        onClicked: {
                            editor.toggleDay(index + 1)
                            editor.clearError()
                        }
                    }
                }
            }
            RowLayout {
                spacing: 8
                TextField {
                    objectName: "hoursStart"
                    text: editor.hoursStart
                    onTextEdited: {
                        editor.hoursStart = text
                        editor.clearError()
                    }
                    placeholderText: "10:00"
                    inputMethodHints: Qt.ImhPreferNumbers
                    implicitHeight: Theme.touch
                    Layout.preferredWidth: 90
                }
                Label { text: "–" }
                TextField {
                    objectName: "hoursEnd"
                    text: editor.hoursEnd
                    onTextEdited: {
                        editor.hoursEnd = text
                        editor.clearError()
                    }
                    placeholderText: "20:00"
                    inputMethodHints: Qt.ImhPreferNumbers
                    implicitHeight: Theme.touch
                    Layout.preferredWidth: 90
                }
                Label { text: qsTr("break"); color: Theme.muted; Layout.leftMargin: 8 }
                TextField {
                    objectName: "breakStart"
                    text: editor.breakStart
                    onTextEdited: {
                        editor.breakStart = text
                        editor.clearError()
                    }
                    placeholderText: "13:00"
                    inputMethodHints: Qt.ImhPreferNumbers
                    implicitHeight: Theme.touch
                    Layout.preferredWidth: 90
                }
                Label { text: "–" }
                TextField {
                    objectName: "breakEnd"
                    text: editor.breakEnd
                    onTextEdited: {
                        editor.breakEnd = text
                        editor.clearError()
                    }
                    placeholderText: "14:00"
                    inputMethodHints: Qt.ImhPreferNumbers
                    implicitHeight: Theme.touch
                    Layout.preferredWidth: 90
                }
            }
        }
        FieldError {
            objectName: "staffHoursError"
            field: "hours"
            errorField: editor.errorField
            message: editor.error
            Layout.columnSpan: 2
        }
        FieldError {
            objectName: "staffError"
            field: ""
            errorField: editor.errorField
            message: editor.error
            Layout.columnSpan: 2
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
            objectName: "staffSave"
            text: qsTr("Save")
            primary: true
            DialogButtonBox.buttonRole: DialogButtonBox.ApplyRole
            onClicked: if (editor.save()) dialog.close()
        }
    }
}
