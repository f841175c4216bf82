import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Madang.App
import Madang.ViewModels

// Settings → Printers (owners and managers): the receipt printer and automatic receipts, the printers with
// their queued jobs, fallback, on/off and a test page, and the print jobs that failed, to retry or cancel.
Pane {
    id: page
    required property AppStore store
    padding: 24
    background: Rectangle { color: Theme.background }

    PrinterSettingsModel {
        id: printers
        store: page.store
    }
    PrintJobsModel {
        id: failed
        store: page.store
    }

    function kindText(kind) {
        return kind === "tcp" ? qsTr("Network") : kind === "serial" ? qsTr("Serial") : kind === "pdf" ? qsTr("PDF folder") : kind
    }
    function jobKindText(kind) {
        return kind === "receipt" ? qsTr("Receipt") : kind === "kitchen" ? qsTr("Kitchen slip") : kind === "bill" ? qsTr("Bill")
             : kind === "test" ? qsTr("Test page") : kind
    }

    ColumnLayout {
        anchors.fill: parent
        spacing: 12

        RowLayout {
            spacing: 12
            Layout.fillWidth: true
            Label { text: qsTr("Receipt printer"); color: Theme.muted }
            ComboBox {
                id: receiptChooser
                objectName: "receiptPrinter"
                model: printers.count >= 0 ? printers.choices() : []
                textRole: "text"
                valueRole: "value"
                currentIndex: Math.max(0, indexOfValue(printers.receiptPrinterId))
                onActivated: printers.setReceiptPrinter(currentValue)
                implicitHeight: Theme.touch
                font.pixelSize: Theme.fontBody
                Layout.preferredWidth: 240
            }
            Switch {
                objectName: "autoReceipt"
                text: qsTr("Print a receipt after every sale")
                checked: printers.autoReceipt
                onToggled: printers.setAutoReceipt(checked)
                implicitHeight: Theme.touch
                font.pixelSize: Theme.fontBody
                Layout.fillWidth: true
            }
            TouchButton {
                objectName: "addPrinterButton"
                text: qsTr("Add printer")
                primary: true
                enabled: printers.available
                onClicked: editor.openNew()
            }
        }
        Label {
            objectName: "printersMessage"
            text: !printers.available ? qsTr("Printing is not available on this terminal.") : printers.message
            visible: text.length > 0
            color: printers.messageIsProblem || !printers.available ? Theme.danger : Theme.accent
            wrapMode: Text.WordWrap
            Layout.fillWidth: true
        }

        Rectangle {
            radius: Theme.radius
            color: Theme.surface
            border.color: Theme.border
            clip: true
            Layout.fillWidth: true
            Layout.fillHeight: true
            Layout.preferredHeight: 3
            Label {
                anchors.centerIn: parent
                visible: printers.count === 0
                text: qsTr("No printers yet. Add the counter's receipt printer, and one named \"kitchen\" or \"bar\" for kitchen slips.")
                color: Theme.muted
                wrapMode: Text.WordWrap
                horizontalAlignment: Text.AlignHCenter
                width: parent.width - 64
            }
            ListView {
                id: printerList
                objectName: "printerList"
                anchors.fill: parent
                anchors.margins: 1
                model: printers
                clip: true
                delegate: PrinterRow {
                    width: printerList.width
                    settings: printers
                    kindLabel: page.kindText(kind)
                    onEditRequested: editor.openEdit(printerId, name, kind, address, widthMm, fallbackId)
                }
            }
        }

        Label {
            objectName: "failedJobsTitle"
            text: failed.count > 0 ? qsTr("Failed print jobs (%1)").arg(failed.count) : qsTr("No failed print jobs")
            font.pixelSize: Theme.fontBody
            font.bold: true
            color: failed.count > 0 ? Theme.danger : Theme.muted
            Layout.topMargin: 4
        }
        Label {
            text: failed.error
            visible: text.length > 0
            color: Theme.danger
            wrapMode: Text.WordWrap
            Layout.fillWidth: true
        }
        Rectangle {
            visible: failed.count > 0
            radius: Theme.radius
            color: Theme.dangerLight
            border.color: Theme.border
            clip: true
            Layout.fillWidth: true
            Layout.fillHeight: true
            Layout.preferredHeight: 2
            ListView {
                id: jobList
                objectName: "failedJobList"
                anchors.fill: parent
                anchors.margins: 1
                model: failed
                clip: true
                delegate: Item {
                    id: job
                    required property string jobId
                    required property string printerName
                    required property string kind
                    required property string reference
                    required property string lastError
                    required property string timeText
                    width: jobList.width
                    implicitHeight: Math.max(72, jobRow.implicitHeight + 16)
                    RowLayout {
                        id: jobRow
                        anchors.fill: parent
                        anchors.leftMargin: 16
                        anchors.rightMargin: 12
                        spacing: 12
                        ColumnLayout {
                            spacing: 2
                            Layout.fillWidth: true
                            Label {
                                text: qsTr("%1 · %2 · %3").arg(job.printerName).arg(page.jobKindText(job.kind)).arg(job.reference)
                                font.bold: true
                                elide: Text.ElideRight
                                Layout.fillWidth: true
                            }
                            Label {
                                text: job.lastError
                                color: Theme.danger
                                font.pixelSize: Theme.fontSmall
                                wrapMode: Text.WordWrap
                                maximumLineCount: 2
                                elide: Text.ElideRight
                                Layout.fillWidth: true
                            }
                        }
                        Label { text: job.timeText; color: Theme.muted; font.pixelSize: Theme.fontSmall }
                        TouchButton {
                            objectName: "retryJob"
                            text: qsTr("Retry")
                            primary: true
                            onClicked: failed.retry(job.jobId)
                        }
                        TouchButton {
                            objectName: "cancelJob"
                            text: qsTr("Cancel")
                            flat: true
                            onClicked: failed.cancel(job.jobId)
                        }
                    }
                    Rectangle { anchors.bottom: parent.bottom; width: parent.width; height: 1; color: Theme.border }
                }
            }
        }
    }

    PrinterEditorDialog {
        id: editor
        settings: printers
    }
}
