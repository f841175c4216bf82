import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Madang.App

// An X- or Z-report: sales, refunds and voids; totals per payment method, VAT rate and staff member;
// and the cash drawer, expected against counted, with the difference standing out.
Flickable {
    id: view
    property var report: ({})
    readonly property bool isZ: !!report.isZ
    clip: true
    contentWidth: width
    contentHeight: column.implicitHeight + 24
    boundsBehavior: Flickable.StopAtBounds
    ScrollBar.vertical: ScrollBar {}

    component Row2: RowLayout {
        property string label
        property string value
        property bool strong
        property color tone: Theme.text
        spacing: 12
        Layout.fillWidth: true
        Label {
            text: parent.label
            font.pixelSize: Theme.fontBody
            font.bold: parent.strong
            color: Theme.text
            elide: Text.ElideRight
            Layout.fillWidth: true
        }
        Label {
            text: parent.value
            font.pixelSize: Theme.fontBody
            font.bold: parent.strong
            color: parent.tone
        }
    }
    component Section: Label {
        font.pixelSize: Theme.fontSmall
        font.bold: true
        color: Theme.muted
        Layout.topMargin: 14
    }

    ColumnLayout {
        id: column
        width: view.width - 24
        x: 12
        spacing: 6

        RowLayout {
            Layout.fillWidth: true
            Label {
                objectName: "reportTitle"
                text: view.report.title || ""
                font.pixelSize: Theme.fontTitle
                font.bold: true
                Layout.fillWidth: true
            }
            Label {
                text: view.report.periodText || ""
                color: Theme.muted
                font.pixelSize: Theme.fontSmall
            }
        }

        GridLayout {
            columns: 2
            columnSpacing: 32
            rowSpacing: 6
            Layout.fillWidth: true
            ColumnLayout {
                spacing: 6
                Layout.fillWidth: true
                Layout.alignment: Qt.AlignTop
                Section { text: qsTr("Sales") }
                Row2 { label: qsTr("Sales (%1)").arg(view.report.salesCount || 0); value: view.report.salesText || "" }
                Row2 { label: qsTr("Refunds (%1)").arg(view.report.refundsCount || 0); value: view.report.refundsText || ""; tone: view.report.refundsCount > 0 ? Theme.danger : Theme.text }
                Row2 { label: qsTr("Voids (%1)").arg(view.report.voidsCount || 0); value: view.report.voidsText || ""; tone: view.report.voidsCount > 0 ? Theme.danger : Theme.text }
                Row2 { label: qsTr("Discounts given"); value: view.report.discountsText || "" }
                Row2 { label: qsTr("Tips"); value: view.report.tipsText || "" }
                Row2 { objectName: "reportNet"; label: qsTr("Net"); value: view.report.netText || ""; strong: true }

                Section { text: qsTr("By payment method") }
                Repeater {
                    model: view.report.byMethod || []
                    delegate: Row2 {
                        required property var modelData
                        label: qsTr("%1 (%2)").arg(modelData.label).arg(modelData.count)
                        value: modelData.amountText
                    }
                }
                Label {
                    text: qsTr("No payments yet.")
                    visible: (view.report.byMethod || []).length === 0
                    color: Theme.muted
                }

                Section { text: qsTr("By staff member") }
                Repeater {
                    model: view.report.byStaff || []
                    delegate: Row2 {
                        required property var modelData
                        label: qsTr("%1 (%n order(s))", "", modelData.orders).arg(modelData.name)
                        value: modelData.totalText
                    }
                }
            }
            ColumnLayout {
                spacing: 6
                Layout.fillWidth: true
                Layout.alignment: Qt.AlignTop
                Section { text: qsTr("By VAT rate (gross · net · VAT)") }
                Repeater {
                    model: view.report.byVat || []
                    delegate: Row2 {
                        required property var modelData
                        label: modelData.label
                        value: modelData.grossText + " · " + modelData.netText + " · " + modelData.vatText
                    }
                }

                Section { text: qsTr("Cash drawer") }
                Row2 { label: qsTr("Opening float"); value: view.report.floatText || "" }
                Row2 { label: qsTr("Cash in"); value: view.report.cashInText || "" }
                Row2 { label: qsTr("Cash out"); value: view.report.cashOutText || "" }
                Row2 { label: qsTr("Drawer opened without a sale"); value: String(view.report.noSaleCount || 0) }
                Row2 { objectName: "reportExpected"; label: qsTr("Expected in the drawer"); value: view.report.expectedText || ""; strong: true }
                Label {
                    objectName: "reportOutOfRange"
                    visible: text.length > 0
                    text: view.report.outOfRangeText || ""
                    color: Theme.danger
                    wrapMode: Text.WordWrap
                    Layout.fillWidth: true
                }
                Row2 {
                    visible: view.isZ
                    label: qsTr("Counted")
                    value: view.report.countedText || ""
                    strong: true
                }
                Rectangle {
                    visible: view.isZ
                    radius: 8
                    color: (view.report.differenceMinor || 0) === 0 ? Theme.accentLight : Theme.dangerLight
                    Layout.fillWidth: true
                    Layout.preferredHeight: 64
                    Layout.topMargin: 6
                    RowLayout {
                        anchors.fill: parent
                        anchors.margins: 14
                        Label {
                            text: (view.report.differenceMinor || 0) === 0 ? qsTr("The drawer is right")
                                  : (view.report.differenceMinor > 0 ? qsTr("Over") : qsTr("Short"))
                            font.pixelSize: Theme.fontTitle
                            font.bold: true
                            color: (view.report.differenceMinor || 0) === 0 ? Theme.accent : Theme.danger
                            Layout.fillWidth: true
                        }
                        Label {
                            objectName: "reportDifference"
                            text: view.report.differenceText || ""
                            font.pixelSize: Theme.fontTitle
                            font.bold: true
                            color: (view.report.differenceMinor || 0) === 0 ? Theme.accent : Theme.danger
                        }
                    }
                }
            }
        }
    }
}
