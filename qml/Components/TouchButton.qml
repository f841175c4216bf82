import QtQuick
import QtQuick.Controls

// A button sized for a thumb. `primary` fills it with the accent colour. It draws its own
// background so that it looks the same with or without a GPU (the software renderer cannot
// draw the Material style's elevation effect).
Button {
    id: control
    property bool primary: false
    implicitHeight: Theme.touch
    implicitWidth: Math.max(120, implicitContentWidth + leftPadding + rightPadding)
    leftPadding: 24
    rightPadding: 24
    font.pixelSize: Theme.fontBody
    font.capitalization: Font.MixedCase
    contentItem: Label {
        text: control.text
        font: control.font
        color: control.primary ? "white" : (control.enabled ? Theme.accent : Theme.muted)
        horizontalAlignment: Text.AlignHCenter
        verticalAlignment: Text.AlignVCenter
        elide: Text.ElideRight
        opacity: control.enabled ? 1 : 0.45
    }
    background: Rectangle {
        radius: 8
        opacity: control.enabled ? 1 : 0.45
        color: control.primary ? (control.down ? Qt.darker(Theme.accent, 1.25) : Theme.accent)
                               : (control.down ? Theme.accentLight : (control.flat ? "transparent" : Theme.surface))
        border.width: control.primary || control.flat ? 0 : 1
        border.color: Theme.border
    }
}
