pragma Singleton
import QtQuick

// Sizes and colours shared by every screen. Touch targets are at least 56 px high.
QtObject {
    readonly property color accent: "#1F7A5A"
    readonly property color accentLight: "#E3F1EB"
    readonly property color surface: "#FFFFFF"
    readonly property color background: "#F4F5F2"
    readonly property color text: "#1B1F1D"
    readonly property color muted: "#5F6B66"
    readonly property color danger: "#B3261E"
    readonly property color warning: "#C77700" // waiting: to upload, to be confirmed
    readonly property color dangerLight: "#FCE8E6"
    readonly property color border: "#D9DEDB"
    readonly property int touch: 56
    readonly property int gap: 16
    readonly property int radius: 12
    readonly property int fontBody: 18
    readonly property int fontSmall: 15
    readonly property int fontTitle: 26
    readonly property int fontHero: 34
    readonly property string fontFamily: "Noto Sans CJK KR"
}
