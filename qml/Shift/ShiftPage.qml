import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Madang.App
import Madang.ViewModels

// The drawer's day: open a shift with a float, cash in and out, a no-sale with a manager's approval,
// the X-report as it stands, and closing the day with the counted cash, which gives the Z-report.
Pane {
    id: page
    required property AppStore store
    padding: 24
    background: Rectangle { color: Theme.background }

    ShiftModel {
        id: shift
        store: page.store
    }
    onVisibleChanged: if (visible) shift.refresh()
    readonly property bool showingZ: !!shift.report.isZ

    // What the next dialog confirmation does: "open", "in", "out", "nosale" or "close".
    property string pending
    property string noSaleReason
    // A cash-out larger than the drawer holds, waiting for a manager.
    property real cashOutMinor
    property string cashOutReason
    property string cashOutSubject

    RowLayout {
        anchors.fill: parent
        spacing: Theme.gap

        ColumnLayout {
            spacing: 12
            Layout.preferredWidth: 320
            Layout.maximumWidth: 320
            Layout.fillHeight: true
            Label {
                objectName: "shiftTitle"
                text: qsTr("Shift")
                font.pixelSize: Theme.fontHero
                font.bold: true
            }
            Label {
                objectName: "shiftState"
                text: shift.isOpen ? shift.openedText
                                   : page.showingZ ? qsTr("The day is closed.") : qsTr("No shift is open. Count the float into the drawer and open one; otherwise the first sale opens one with no float.")
                color: Theme.muted
                wrapMode: Text.WordWrap
                Layout.fillWidth: true
            }
            TouchButton {
                objectName: "openShift"
                visible: !shift.isOpen
                text: qsTr("Open shift")
                primary: true
                Layout.fillWidth: true
                onClicked: {
                    page.pending = "open"
                    amount.ask(qsTr("Opening float"), qsTr("Open shift"), true, false,
                               qsTr("The cash in the drawer before the first sale."))
                }
            }
            TouchButton {
                objectName: "cashIn"
                visible: shift.isOpen
                text: qsTr("Cash in")
                Layout.fillWidth: true
                onClicked: {
                    page.pending = "in"
                    amount.ask(qsTr("Cash in"), qsTr("Add to the drawer"), true, true)
                }
            }
            TouchButton {
                objectName: "cashOut"
                visible: shift.isOpen
                text: qsTr("Cash out")
                Layout.fillWidth: true
                onClicked: {
                    page.pending = "out"
                    amount.ask(qsTr("Cash out"), qsTr("Take from the drawer"), true, true)
                }
            }
            TouchButton {
                objectName: "noSale"
                visible: shift.isOpen
                text: qsTr("No sale (open drawer)")
                Layout.fillWidth: true
                onClicked: {
                    page.pending = "nosale"
                    amount.ask(qsTr("Open the drawer without a sale"), qsTr("Ask a manager"), false, true,
                               qsTr("A manager approves with their PIN. Every opening is on the Z-report."))
                }
            }
            Item { Layout.preferredHeight: 12 }
            TouchButton {
                objectName: "closeDay"
                visible: shift.isOpen
                text: qsTr("Close day (Z-report)")
                primary: true
                Layout.fillWidth: true
                onClicked: {
                    page.pending = "close"
                    amount.ask(qsTr("Count the drawer"), qsTr("Close and print Z"), true, false,
                               qsTr("Count every note and coin in the drawer and enter the total."))
                }
            }
            TouchButton {
                objectName: "dismissZ"
                visible: page.showingZ
                text: qsTr("Done")
                Layout.fillWidth: true
                onClicked: shift.dismissReport()
            }
            Label {
                objectName: "shiftError"
                text: amount.visible ? "" : shift.error
                visible: text.length > 0
                color: Theme.danger
                wrapMode: Text.WordWrap
                Layout.fillWidth: true
            }
            Item { Layout.fillHeight: true }
        }

        Rectangle {
            radius: Theme.radius
            color: Theme.surface
            border.color: Theme.border
            Layout.fillWidth: true
            Layout.fillHeight: true
            ShiftReportView {
                objectName: "shiftReport"
                anchors.fill: parent
                anchors.margins: 12
                visible: shift.hasReport
                report: shift.report
            }
            Label {
                anchors.centerIn: parent
                visible: !shift.hasReport
                width: parent.width - 80
                text: qsTr("The X-report shows here while a shift is open; closing the day gives the Z-report.")
                color: Theme.muted
                wrapMode: Text.WordWrap
                horizontalAlignment: Text.AlignHCenter
            }
        }
    }

    AmountDialog {
        id: amount
        shift: shift
        onConfirmed: (value, reason) => {
            let ok = false
            if (page.pending === "open")
                ok = shift.openShift(value)
            else if (page.pending === "in")
                ok = shift.cashIn(value, reason)
            else if (page.pending === "out")
                ok = shift.cashOut(value, reason)
            else if (page.pending === "close")
                ok = shift.closeShift(value)
            else if (page.pending === "nosale") {
                page.noSaleReason = reason
                amount.close()
                approval.open()
                return
            }
            if (ok)
                amount.close()
        }
    }
    Connections {
        target: shift
        function onCashOutNeedsApproval(amountMinor, reason, subject) {
            page.cashOutMinor = amountMinor
            page.cashOutReason = reason
            page.cashOutSubject = subject
            amount.close()
            cashOutApproval.open()
        }
    }
    ApprovalDialog {
        id: cashOutApproval
        objectName: "cashOutApproval"
        store: page.store
        action: shift.cashOutAction
        record: shift.shiftId
        reason: page.cashOutReason
        subject: page.cashOutSubject
        onApproved: token => shift.cashOut(page.cashOutMinor, page.cashOutReason, token)
    }
    ApprovalDialog {
        id: approval
        store: page.store
        action: shift.noSaleAction
        record: shift.shiftId
        reason: page.noSaleReason
        subject: qsTr("Open the drawer without a sale: %1").arg(page.noSaleReason)
        onApproved: token => shift.noSale(page.noSaleReason, token)
    }
}
