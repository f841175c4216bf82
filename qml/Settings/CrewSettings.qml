import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Madang.App
import Madang.ViewModels

// Settings → Crews (cleaning providers) or Stations (salons), for owners and managers: the crews with their
// members and van, the vans, and the driving times the crew engine leaves between jobs; or the chairs, rooms
// and basins that services need.
Pane {
    id: page
    required property AppStore store
    readonly property bool cleaning: store.vertical === "cleaning"
    padding: 24
    background: Rectangle { color: Theme.background }

    CrewsModel {
        id: crews
        store: page.store
    }

    component Section: Label {
        font.pixelSize: Theme.fontTitle
        font.bold: true
        color: Theme.text
        Layout.topMargin: 8
    }

    ScrollView {
        anchors.fill: parent
        contentWidth: availableWidth
        clip: true
        ColumnLayout {
            width: parent.width
            spacing: 10
            Label {
                objectName: "crewsError"
                text: crews.error
                visible: text.length > 0
                color: Theme.danger
                wrapMode: Text.WordWrap
                Layout.fillWidth: true
            }
            // A salon's chairs, rooms and basins: a service that needs one (a colour needs a chair) is booked
            // only when one is free.
            Section { text: qsTr("Stations"); visible: !page.cleaning }
            Repeater {
                model: page.cleaning ? [] : crews.stations
                delegate: Label {
                    required property var modelData
                    text: modelData.name + "  ·  " + modelData.kindText
                    Layout.fillWidth: true
                }
            }
            RowLayout {
                visible: !page.cleaning
                spacing: 8
                TextField {
                    id: stationName
                    objectName: "newStationName"
                    placeholderText: qsTr("Name, e.g. 의자 5")
                    implicitHeight: Theme.touch
                    Layout.preferredWidth: 260
                }
                Repeater {
                    model: [{ kind: "chair", text: qsTr("Chair") }, { kind: "room", text: qsTr("Room") },
                            { kind: "basin", text: qsTr("Basin") }]
                    delegate: TouchButton {
                        required property var modelData
                        objectName: "addStation_" + modelData.kind
                        text: qsTr("+ %1").arg(modelData.text)
                        onClicked: if (crews.addStation(stationName.text, modelData.kind)) stationName.text = ""
                    }
                }
            }
            RowLayout {
                visible: page.cleaning
                Layout.fillWidth: true
                Section { text: qsTr("Crews"); Layout.fillWidth: true }
                TouchButton {
                    objectName: "addCrewButton"
                    text: qsTr("Add crew")
                    primary: true
                    onClicked: editor.openNew()
                }
            }
            Label {
                text: qsTr("No crews yet: jobs are booked for one person at a time.")
                visible: page.cleaning && crews.crews.length === 0
                color: Theme.muted
            }
            Repeater {
                model: page.cleaning ? crews.crews : []
                delegate: Rectangle {
                    required property var modelData
                    radius: Theme.radius
                    color: Theme.surface
                    border.color: Theme.border
                    implicitHeight: 64
                    Layout.fillWidth: true
                    RowLayout {
                        anchors.fill: parent
                        anchors.leftMargin: 16
                        anchors.rightMargin: 8
                        spacing: 12
                        Label { text: modelData.name; font.bold: true; Layout.preferredWidth: 140; elide: Text.ElideRight }
                        Label { text: modelData.members; elide: Text.ElideRight; Layout.fillWidth: true }
                        Label {
                            text: modelData.vanName.length > 0 ? modelData.vanName : qsTr("No van")
                            color: Theme.muted
                            Layout.preferredWidth: 120
                        }
                        TouchButton {
                            objectName: "editCrew_" + modelData.name
                            text: qsTr("Edit")
                            flat: true
                            onClicked: editor.openCrew(modelData)
                        }
                        TouchButton {
                            objectName: "retireCrew_" + modelData.name
                            text: qsTr("Remove")
                            flat: true
                            onClicked: crews.retireCrew(modelData.id)
                        }
                    }
                }
            }

            Section { text: qsTr("Vans"); visible: page.cleaning }
            Flow {
                visible: page.cleaning
                spacing: 8
                Layout.fillWidth: true
                Repeater {
                    model: crews.vans
                    delegate: Label {
                        required property var modelData
                        text: modelData.name
                        padding: 10
                        background: Rectangle { radius: 8; color: Theme.surface; border.color: Theme.border }
                    }
                }
            }
            RowLayout {
                visible: page.cleaning
                spacing: 8
                TextField {
                    id: vanName
                    objectName: "newVanName"
                    placeholderText: qsTr("Van name, e.g. 3호차")
                    implicitHeight: Theme.touch
                    Layout.preferredWidth: 260
                }
                TouchButton {
                    objectName: "addVanButton"
                    text: qsTr("Add van")
                    onClicked: if (crews.addStation(vanName.text, "van")) vanName.text = ""
                }
            }

            Section { text: qsTr("Driving times"); visible: page.cleaning }
            Label {
                visible: page.cleaning
                text: qsTr("Between addresses not listed, a crew needs %1 min.").arg(crews.defaultTravelMin)
                color: Theme.muted
            }
            Repeater {
                model: page.cleaning ? crews.travel : []
                delegate: Label {
                    required property var modelData
                    text: qsTr("%1 ↔ %2: %3 min").arg(modelData.from).arg(modelData.to).arg(modelData.minutes)
                    elide: Text.ElideRight
                    Layout.fillWidth: true
                }
            }
            RowLayout {
                visible: page.cleaning
                spacing: 8
                Layout.fillWidth: true
                TextField {
                    id: travelFrom
                    objectName: "travelFrom"
                    placeholderText: qsTr("From address")
                    implicitHeight: Theme.touch
                    Layout.fillWidth: true
                }
                TextField {
                    id: travelTo
                    objectName: "travelTo"
                    placeholderText: qsTr("To address")
                    implicitHeight: Theme.touch
                    Layout.fillWidth: true
                }
                TextField {
                    id: travelMinutes
                    objectName: "travelMinutes"
                    placeholderText: qsTr("min")
                    inputMethodHints: Qt.ImhDigitsOnly
                    implicitHeight: Theme.touch
                    Layout.preferredWidth: 90
                }
                TouchButton {
                    objectName: "setTravelButton"
                    text: qsTr("Save drive")
                    onClicked: if (crews.setTravel(travelFrom.text, travelTo.text, travelMinutes.text)) {
                        travelFrom.text = ""; travelTo.text = ""; travelMinutes.text = ""
                    }
                }
            }
        }
    }

    CrewEditorDialog {
        id: editor
        crews: crews
    }
}
