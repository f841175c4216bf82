import QtQuick
import Madang.App
import QtQuick.Controls
import QtQuick.Layouts
import Madang.ViewModels

// Add or edit one item. Nothing is written until Save succeeds; errors stay in the dialog.
Dialog {
    id: dialog
    required property AppStore store
    modal: true
    anchors.centerIn: Overlay.overlay
    width: Math.min(720, (parent ? parent.width : 720) - 48)
    padding: 24
    title: editor.isNew ? qsTr("Add item") : qsTr("Edit item")
    font.pixelSize: Theme.fontBody
    // Drawn here rather than by the style, whose shadow effect the software renderer cannot draw.
    background: Rectangle {
        color: Theme.surface
        radius: Theme.radius
        border.color: Theme.border
    }
    header: Label {
        text: dialog.title
        font.pixelSize: Theme.fontTitle
        font.bold: true
        color: Theme.text
        padding: 24
        bottomPadding: 8
    }

    function openNew() {
        editor.startNew()
        open()
        nameField.forceActiveFocus()
    }
    function openItem(id) {
        if (editor.load(id))
            open()
    }

    ItemEditorModel {
        id: editor
        store: dialog.store
    }

    contentItem: GridLayout {
        columns: 2
        columnSpacing: Theme.gap
        rowSpacing: 10

        Label { text: qsTr("Name") }
        TextField {
            id: nameField
            objectName: "itemName"
            text: editor.name
            onTextEdited: {
                editor.name = text
                editor.clearError()
            }
            maximumLength: 120
            implicitHeight: Theme.touch
            Layout.fillWidth: true
        }
        Label { text: qsTr("SKU") }
        TextField {
            objectName: "itemSku"
            text: editor.sku
            onTextEdited: {
                editor.sku = text
                editor.clearError()
            }
            maximumLength: 64
            implicitHeight: Theme.touch
            inputMethodHints: Qt.ImhNoPredictiveText | Qt.ImhPreferUppercase
            Layout.fillWidth: true
        }
        Label { text: qsTr("Category") }
        ComboBox {
            objectName: "itemCategory"
            editable: true
            model: editor.categories
            currentIndex: editor.categories.indexOf(editor.category)
            editText: editor.category
            onEditTextChanged: {
                editor.category = editText
                editor.clearError()
            }
            implicitHeight: Theme.touch
            Layout.fillWidth: true
        }
        Label { text: qsTr("Price (%1)").arg(editor.currency) }
        TextField {
            objectName: "itemPrice"
            text: editor.price
            onTextEdited: {
                editor.price = text
                editor.clearError()
            }
            inputMethodHints: Qt.ImhFormattedNumbersOnly
            implicitHeight: Theme.touch
            Layout.fillWidth: true
        }
        FieldError {
            objectName: "itemPriceError"
            field: "price"
            errorField: editor.errorField
            message: editor.error
            Layout.columnSpan: 2
        }
        Label { text: qsTr("VAT (%)") }
        TextField {
            objectName: "itemVat"
            text: editor.vatRate
            onTextEdited: {
                editor.vatRate = text
                editor.clearError()
            }
            inputMethodHints: Qt.ImhFormattedNumbersOnly
            implicitHeight: Theme.touch
            Layout.fillWidth: true
        }
        FieldError {
            objectName: "itemVatError"
            field: "vatRate"
            errorField: editor.errorField
            message: editor.error
            Layout.columnSpan: 2
        }
        Label { text: qsTr("Duration (min)") }
        TextField {
            objectName: "itemDuration"
            text: editor.durationMin
            onTextEdited: {
                editor.durationMin = text
                editor.clearError()
            }
            inputMethodHints: Qt.ImhDigitsOnly
            implicitHeight: Theme.touch
            Layout.fillWidth: true
        }
        FieldError {
            objectName: "itemDurationError"
            field: "durationMin"
            errorField: editor.errorField
            message: editor.error
            Layout.columnSpan: 2
        }
        // A service's time: the work, a processing gap in which the staff member is free (colour taking), a
        // finish, and buffers before and after for the staff member only.
        Label {
            text: qsTr("Booking")
            visible: editor.durationMin !== "" && editor.durationMin !== "0"
        }
        GridLayout {
            visible: editor.durationMin !== "" && editor.durationMin !== "0"
            columns: 4
            columnSpacing: 8
            rowSpacing: 6
            Layout.fillWidth: true
            Repeater {
                model: [
                    { key: "processingMin", label: qsTr("Processing gap") },
                    { key: "finishMin", label: qsTr("Finish") },
                    { key: "bufferBeforeMin", label: qsTr("Buffer before") },
                    { key: "bufferAfterMin", label: qsTr("Buffer after") }
                ]
                delegate: ColumnLayout {
                    required property var modelData
                    spacing: 2
                    Layout.fillWidth: true
                    Label { text: modelData.label; font.pixelSize: Theme.fontSmall; color: Theme.muted }
                    TextField {
                        objectName: "item_" + modelData.key
                        text: editor[modelData.key]
                        onTextEdited: {
                            editor[modelData.key] = text
                            editor.clearError()
                        }
                        inputMethodHints: Qt.ImhDigitsOnly
                        implicitHeight: Theme.touch
                        Layout.fillWidth: true
                    }
                }
            }
        }
        FieldError {
            objectName: "itemPhasesError"
            field: "phases"
            errorField: editor.errorField
            message: editor.error
            Layout.columnSpan: 2
        }
        Label { text: qsTr("Barcode") }
        TextField {
            objectName: "itemBarcode"
            text: editor.barcode
            onTextEdited: {
                editor.barcode = text
                editor.clearError()
            }
            inputMethodHints: Qt.ImhDigitsOnly
            implicitHeight: Theme.touch
            Layout.fillWidth: true
        }
        Label { text: qsTr("For sale") }
        CheckBox {
            objectName: "itemActive"
            text: qsTr("Shown at the counter")
            checked: editor.active
            onToggled: {
                editor.active = checked
                editor.clearError()
            }
        }
        FieldError {
            objectName: "itemError"
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
            objectName: "itemSave"
            text: qsTr("Save")
            primary: true
            DialogButtonBox.buttonRole: DialogButtonBox.ApplyRole
            onClicked: {
                if (editor.save())
                    dialog.close()
            }
        }
    }
}
