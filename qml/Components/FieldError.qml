import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Madang.App

// A form's error, shown next to the input it is about: visible while the model's errorField names this field.
// The one with field "" is the place for errors about the whole form.
Label {
    property string field
    property string errorField
    property string message
    text: message
    visible: message.length > 0 && errorField === field
    color: Theme.danger
    font.pixelSize: Theme.fontSmall
    wrapMode: Text.WordWrap
    Layout.fillWidth: true
}
