import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Madang.App
import Madang.ViewModels

// Tickets on hold: put the open ticket aside under a name ("Table 4", a customer), or take one back.
Dialog {
    id: dialog
    required property CheckoutModel checkout
    signal finished()

    modal: true
    anchors.centerIn: Overlay.overlay
    width: Math.min(680, (parent ? parent.width : 680) - 48)
    height: Math.min(implicitHeight, (parent ? parent.height : 700) - 48)
    padding: 24
    topPadding: 8
    font.pixelSize: Theme.fontBody
    background: Rectangle { color: Theme.surface; radius: Theme.radius; border.color: Theme.border }
    header: Label {
        text: qsTr("Tickets on hold")
        font.pixelSize: Theme.fontTitle
        font.bold: true
        color: Theme.text
        padding: 24
        bottomPadding: 8
    }
    onOpened: {
        dialog.checkout.clearError()
        dialog.checkout.refreshParked()
        labelField.clear()
    }

    contentItem: ColumnLayout {
        spacing: 12
        RowLayout {
            visible: dialog.checkout.count > 0
            spacing: 8
            Layout.fillWidth: true
            TextField {
                id: labelField
                objectName: "holdLabel"
                implicitHeight: Theme.touch
                maximumLength: 60
                placeholderText: qsTr("Name (optional): table, customer…")
                Layout.fillWidth: true
                onAccepted: holdButton.clicked()
            }
            TouchButton {
                id: holdButton
                objectName: "holdConfirm"
                text: qsTr("Hold this ticket")
                primary: true
                onClicked: {
                    if (dialog.checkout.park(labelField.text))
                        dialog.close()
                }
            }
        }
        Label {
            text: dialog.checkout.count > 0 && dialog.checkout.parkedTickets.length > 0
                  ? qsTr("Hold or clear the open ticket before taking one back.") : ""
            visible: text.length > 0
            color: Theme.muted
            font.pixelSize: Theme.fontSmall
            wrapMode: Text.WordWrap
            Layout.fillWidth: true
        }
        ListView {
            id: list
            clip: true
            spacing: 8
            model: dialog.checkout.parkedTickets
            implicitHeight: Math.max(64, contentHeight)
            Layout.fillWidth: true
            Layout.fillHeight: true
            delegate: Rectangle {
                id: held
                required property var modelData
                width: list.width
                height: 72
                radius: 8
                color: Theme.background
                RowLayout {
                    anchors.fill: parent
                    anchors.leftMargin: 16
                    anchors.rightMargin: 8
                    spacing: 12
                    ColumnLayout {
                        spacing: 0
                        Layout.fillWidth: true
                        Label {
                            text: held.modelData.label
                            font.bold: true
                            color: Theme.text
                            elide: Text.ElideRight
                            Layout.fillWidth: true
                        }
                        Label {
                            text: held.modelData.problem.length > 0 ? held.modelData.problem
                                  : qsTr("%1 · %n line(s)", "", held.modelData.lineCount).arg(held.modelData.timeText)
                            color: held.modelData.problem.length > 0 ? Theme.danger : Theme.muted
                            font.pixelSize: Theme.fontSmall
                            elide: Text.ElideRight
                            Layout.fillWidth: true
                        }
                    }
                    Label {
                        text: held.modelData.totalText
                        color: Theme.text
                    }
                    TouchButton {
                        objectName: "resume_" + held.modelData.label
                        text: qsTr("Resume")
                        enabled: dialog.checkout.count === 0 && held.modelData.problem.length === 0
                        onClicked: {
                            if (dialog.checkout.resume(held.modelData.parkedId))
                                dialog.close()
                        }
                    }
                }
            }
            Label {
                anchors.centerIn: parent
                visible: list.count === 0
                text: qsTr("No tickets on hold.")
                color: Theme.muted
            }
        }
        Label {
            text: dialog.checkout.error
            visible: text.length > 0
            color: Theme.danger
            wrapMode: Text.WordWrap
            Layout.fillWidth: true
        }
    }
    footer: DialogButtonBox {
        padding: 16
        background: null
        TouchButton {
            text: qsTr("Close")
            flat: true
            DialogButtonBox.buttonRole: DialogButtonBox.RejectRole
        }
    }
    onClosed: dialog.finished()
}
