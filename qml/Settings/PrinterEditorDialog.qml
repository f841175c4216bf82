import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Madang.App
import Madang.ViewModels

// Add or change a printer: name, kind (network, serial, PDF folder), address, paper width and fallback; a
// printer being changed can also be removed. What the print queue refuses is shown here, and the dialog
// stays open to fix it.
Dialog {
    id: dialog
    required property PrinterSettingsModel settings
    modal: true
    anchors.centerIn: Overlay.overlay
    width: Math.min(640, (parent ? parent.width : 640) - 48)
    padding: 24
    property string printerId: "" // empty: a new printer
    title: printerId.length > 0 ? qsTr("Edit printer") : qsTr("Add printer")
    background: Rectangle { color: Theme.surface; radius: Theme.radius; border.color: Theme.border }
    header: Label {
        text: dialog.title
        font.pixelSize: Theme.fontTitle
        font.bold: true
        padding: 24
        bottomPadding: 8
    }
    function openNew() {
        dialog.settings.clearAddError()
        printerId = ""
        nameField.text = ""
        addressField.text = ""
        kindBox.currentIndex = 0
        widthBox.currentIndex = 1
        fallbackBox.model = dialog.settings.choices()
        fallbackBox.currentIndex = 0
        open()
    }
    function openEdit(id, name, kind, address, widthMm, fallbackId) {
        dialog.settings.clearAddError()
        printerId = id
        nameField.text = name
        addressField.text = address
        kindBox.currentIndex = Math.max(0, kindBox.indexOfValue(kind))
        widthBox.currentIndex = Math.max(0, widthBox.indexOfValue(widthMm))
        fallbackBox.model = dialog.settings.choices(id)
        fallbackBox.currentIndex = Math.max(0, fallbackBox.indexOfValue(fallbackId))
        open()
    }

    contentItem: GridLayout {
        columns: 2
        columnSpacing: Theme.gap
        rowSpacing: 10
        Label { text: qsTr("Name") }
        TextField {
            id: nameField
            objectName: "printerName"
            placeholderText: qsTr("Counter, kitchen, bar…")
            implicitHeight: Theme.touch
            Layout.fillWidth: true
        }
        Label { text: qsTr("Kind") }
        ComboBox {
            id: kindBox
            objectName: "printerKind"
            model: [{ value: "tcp", text: qsTr("Network (port 9100)") }, { value: "serial", text: qsTr("Serial or USB") }, { value: "pdf", text: qsTr("PDF files in a folder") }]
            textRole: "text"
            valueRole: "value"
            implicitHeight: Theme.touch
            Layout.fillWidth: true
        }
        Label { text: qsTr("Address") }
        TextField {
            id: addressField
            objectName: "printerAddress"
            placeholderText: kindBox.currentValue === "serial" ? "/dev/ttyUSB0@19200"
                           : kindBox.currentValue === "pdf" ? "/var/lib/madang/receipts" : "192.168.0.50:9100"
            inputMethodHints: Qt.ImhNoAutoUppercase | Qt.ImhNoPredictiveText
            implicitHeight: Theme.touch
            Layout.fillWidth: true
        }
        Label { text: qsTr("Paper width") }
        ComboBox {
            id: widthBox
            objectName: "printerWidth"
            model: [{ value: 58, text: qsTr("58 mm") }, { value: 80, text: qsTr("80 mm") }]
            textRole: "text"
            valueRole: "value"
            currentIndex: 1
            implicitHeight: Theme.touch
            Layout.fillWidth: true
        }
        Label { text: qsTr("Fallback") }
        ComboBox {
            id: fallbackBox
            objectName: "printerFallback"
            textRole: "text"
            valueRole: "value"
            implicitHeight: Theme.touch
            Layout.fillWidth: true
        }
        Label {
            objectName: "printerError"
            text: dialog.settings.addError
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
            id: removeButton
            objectName: "printerRemove"
            visible: dialog.printerId.length > 0
            text: qsTr("Remove")
            flat: true
            DialogButtonBox.buttonRole: DialogButtonBox.ResetRole
            contentItem: Label {
                text: removeButton.text
                color: Theme.danger
                font: removeButton.font
                horizontalAlignment: Text.AlignHCenter
                verticalAlignment: Text.AlignVCenter
            }
            onClicked: {
                if (dialog.settings.removePrinter(dialog.printerId))
                    dialog.close()
            }
        }
        TouchButton {
            text: qsTr("Cancel")
            flat: true
            DialogButtonBox.buttonRole: DialogButtonBox.RejectRole
        }
        TouchButton {
            objectName: "printerSave"
            text: dialog.printerId.length > 0 ? qsTr("Save") : qsTr("Add")
            primary: true
            DialogButtonBox.buttonRole: DialogButtonBox.ApplyRole
            onClicked: {
                const saved = dialog.printerId.length > 0
                        ? dialog.settings.updatePrinter(dialog.printerId, nameField.text, kindBox.currentValue,
                                                        addressField.text, widthBox.currentValue,
                                                        fallbackBox.currentValue || "")
                        : dialog.settings.addPrinter(nameField.text, kindBox.currentValue, addressField.text,
                                                     widthBox.currentValue, fallbackBox.currentValue || "")
                if (saved)
                    dialog.close()
            }
        }
    }
}
