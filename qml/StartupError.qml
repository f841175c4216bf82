import QtQuick
import QtQuick.Controls
import QtQuick.Layouts

// Shown instead of the counter when the terminal cannot start, e.g. its database is open elsewhere.
ApplicationWindow {
    id: window
    required property string message
    width: 720
    height: 360
    visible: true
    title: qsTr("Madang cannot start")
    font.family: Theme.fontFamily
    font.pixelSize: Theme.fontBody
    color: Theme.background

    ColumnLayout {
        anchors.fill: parent
        anchors.margins: 32
        spacing: Theme.gap
        Label {
            text: qsTr("Madang cannot start")
            font.pixelSize: Theme.fontTitle
            font.bold: true
            color: Theme.danger
        }
        Label {
            objectName: "startupErrorMessage"
            text: window.message
            wrapMode: Text.WordWrap
            color: Theme.text
            Layout.fillWidth: true
        }
        Item { Layout.fillHeight: true }
        TouchButton {
            text: qsTr("Close")
            primary: true
            Layout.alignment: Qt.AlignRight
            onClicked: Qt.exit(1)
        }
    }
}
