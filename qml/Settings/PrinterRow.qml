import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Madang.App
import Madang.ViewModels

// One printer in Settings → Printers: name, kind, address and width; its fallback, queued jobs, on/off, a
// test page, and Edit (which also removes it).
Item {
    id: row
    required property PrinterSettingsModel settings
    required property string kindLabel
    required property string printerId
    required property string name
    required property string kind
    required property string address
    required property int widthMm
    required property string fallbackId
    required property bool enabled
    required property int queued
    required property bool receiptPrinter
    implicitHeight: 84
    signal editRequested()

    RowLayout {
        anchors.fill: parent
        anchors.leftMargin: 16
        anchors.rightMargin: 12
        spacing: 12
        ColumnLayout {
            spacing: 2
            Layout.fillWidth: true
            RowLayout {
                spacing: 8
                Label {
                    text: row.name
                    font.bold: true
                    color: row.enabled ? Theme.text : Theme.muted
                    elide: Text.ElideRight
                    Layout.maximumWidth: 240
                }
                Label {
                    visible: row.receiptPrinter
                    text: qsTr("Receipts")
                    color: "white"
                    font.pixelSize: Theme.fontSmall
                    leftPadding: 8
                    rightPadding: 8
                    background: Rectangle { color: Theme.accent; radius: 6 }
                }
            }
            Label {
                text: qsTr("%1 · %2 · %3 mm").arg(row.kindLabel).arg(row.address).arg(row.widthMm)
                color: Theme.muted
                font.pixelSize: Theme.fontSmall
                elide: Text.ElideMiddle
                Layout.fillWidth: true
            }
        }
        ColumnLayout {
            spacing: 0
            Label { text: qsTr("Fallback"); color: Theme.muted; font.pixelSize: Theme.fontSmall }
            ComboBox {
                objectName: "fallback_" + row.name
                model: row.settings.count >= 0 ? row.settings.choices(row.printerId) : []
                textRole: "text"
                valueRole: "value"
                currentIndex: Math.max(0, indexOfValue(row.fallbackId))
                onActivated: row.settings.setFallback(row.printerId, currentValue)
                implicitHeight: 48
                font.pixelSize: Theme.fontSmall
                Layout.preferredWidth: 170
            }
        }
        Label {
            text: qsTr("%1 queued").arg(row.queued)
            color: row.queued > 0 ? Theme.text : Theme.muted
            font.pixelSize: Theme.fontSmall
            Layout.preferredWidth: 80
        }
        Switch {
            objectName: "enabled_" + row.name
            text: row.enabled ? qsTr("On") : qsTr("Off")
            checked: row.enabled
            onToggled: row.settings.setEnabled(row.printerId, checked)
            implicitHeight: 48
            Layout.preferredWidth: 110
        }
        TouchButton {
            objectName: "testPrint_" + row.name
            text: qsTr("Test print")
            onClicked: row.settings.testPrint(row.printerId)
        }
        TouchButton {
            objectName: "editPrinter_" + row.name
            text: qsTr("Edit")
            flat: true
            onClicked: row.editRequested()
        }
    }
    Rectangle { anchors.bottom: parent.bottom; width: parent.width; height: 1; color: Theme.border }
}
