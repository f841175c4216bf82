import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Madang.App
import Madang.ViewModels

// Settings → Audit (owners and managers): who did what, who approved it, and whether the hash
// chain is intact.
Pane {
    id: page
    required property AppStore store
    padding: 24
    background: Rectangle { color: Theme.background }

    AuditListModel {
        id: audit
        store: page.store
    }
    StaffListModel {
        id: people
        store: page.store
        includeInactive: true
    }

    ColumnLayout {
        anchors.fill: parent
        spacing: Theme.gap
        Rectangle {
            objectName: "auditVerdict"
            radius: Theme.radius
            color: audit.intact ? Theme.accentLight : Theme.dangerLight
            Layout.fillWidth: true
            Layout.preferredHeight: 56
            Label {
                anchors.fill: parent
                anchors.leftMargin: 16
                verticalAlignment: Text.AlignVCenter
                text: audit.verdict
                color: audit.intact ? Theme.accent : Theme.danger
                elide: Text.ElideRight
            }
        }
        RowLayout {
            spacing: Theme.gap
            Layout.fillWidth: true
            ComboBox {
                objectName: "auditActionFilter"
                model: [qsTr("All actions")].concat(audit.actionLabels)
                onActivated: index => audit.action = index === 0 ? "" : audit.actions[index - 1]
                implicitHeight: Theme.touch
                Layout.preferredWidth: 300
            }
            ComboBox {
                objectName: "auditActorFilter"
                model: people
                textRole: "name"
                valueRole: "staffId"
                displayText: currentIndex < 0 ? qsTr("Anyone") : currentText
                currentIndex: -1
                onActivated: audit.actorId = currentValue
                implicitHeight: Theme.touch
                Layout.preferredWidth: 240
            }
            TouchButton {
                text: qsTr("Clear filters")
                flat: true
                onClicked: { audit.action = ""; audit.actorId = "" }
            }
            Item { Layout.fillWidth: true }
        }
        Rectangle {
            radius: Theme.radius
            color: Theme.surface
            border.color: Theme.border
            clip: true
            Layout.fillWidth: true
            Layout.fillHeight: true
            ListView {
                id: list
                objectName: "auditList"
                anchors.fill: parent
                anchors.margins: 1
                model: audit
                clip: true
                ScrollBar.vertical: ScrollBar {}
                delegate: ItemDelegate {
                    id: row
                    required property int seq
                    required property string at
                    required property string actor
                    required property string actionName
                    required property string record
                    required property string approver
                    required property string reason
                    width: list.width
                    implicitHeight: 64
                    contentItem: RowLayout {
                        spacing: 12
                        Label { text: "#" + row.seq; color: Theme.muted; Layout.preferredWidth: 56; Layout.leftMargin: 8 }
                        Label { text: row.at; color: Theme.muted; font.pixelSize: Theme.fontSmall; Layout.preferredWidth: 170 }
                        Label { text: row.actor; elide: Text.ElideRight; Layout.preferredWidth: 140 }
                        ColumnLayout {
                            spacing: 0
                            Layout.fillWidth: true
                            // The action in words (its code only for an action this version has no words for).
                            Label {
                                objectName: "auditAction_" + row.seq
                                text: row.actionName
                                font.bold: true
                                elide: Text.ElideRight
                                Layout.fillWidth: true
                            }
                            Label {
                                text: [row.record, row.reason].filter(s => s.length > 0).join(" · ")
                                color: Theme.muted
                                font.pixelSize: Theme.fontSmall
                                elide: Text.ElideRight
                                Layout.fillWidth: true
                            }
                        }
                        Label {
                            text: row.approver.length > 0 ? qsTr("approved by %1").arg(row.approver) : ""
                            color: Theme.accent
                            font.pixelSize: Theme.fontSmall
                            Layout.rightMargin: 8
                        }
                    }
                }
            }
        }
    }
}
