import QtQuick
import QtQuick.Controls
import Madang.App
import Madang.ViewModels

// One reservation on one of its tables, coloured by status. Tables pushed together show the party on each
// ("4+5"). Drag to another time or table; the table engine checks the drop. Tap to open the card.
Rectangle {
    id: block
    required property ReservationsModel reservations
    required property Item dayPage
    required property string reservationId
    required property int column
    required property int startMin
    required property int endMin
    required property string guest
    required property int party
    required property string tablesText
    required property string timeText
    required property string status
    required property string statusText
    readonly property real homeX: dayPage.axisWidth + column * dayPage.columnWidth + 4
    readonly property real homeY: (startMin - reservations.dayStartMin) * dayPage.perMin
    readonly property color tone: dayPage.statusColor(status)
    signal opened(string id)

    objectName: "reservation_" + reservationId + "_" + column
    x: homeX
    y: homeY
    width: dayPage.columnWidth - 8
    height: Math.max(28, (endMin - startMin) * dayPage.perMin - 2)
    radius: 8
    color: Qt.tint("#FFFFFF", Qt.rgba(tone.r, tone.g, tone.b, 0.22))
    border.color: tone
    opacity: status === "cancelled" || status === "no_show" ? 0.6 : 1
    // A walk-in party (no reservation) is drawn with a dashed feel: lighter and without a drag.
    border.width: reservationId.length > 0 ? 2 : 1
    z: drag.active ? 10 : 1

    Rectangle { width: 6; height: parent.height; radius: 3; color: block.tone }
    Column {
        x: 12
        y: 4
        width: parent.width - 16
        Label {
            width: parent.width
            text: block.guest
            font.pixelSize: Theme.fontSmall
            font.bold: true
            color: Theme.text
            elide: Text.ElideRight
            font.strikeout: block.status === "cancelled"
        }
        Label {
            width: parent.width
            text: qsTr("%n guest(s)", "", block.party) + (block.tablesText.indexOf("+") >= 0 ? " · " + block.tablesText : "")
            font.pixelSize: Theme.fontSmall
            color: Theme.text
            elide: Text.ElideRight
            visible: block.height > 44
        }
        // The time and the status when both fit; a narrow column keeps the time whole rather than "12:30–1…".
        Label {
            id: timeLine
            width: parent.width
            text: timeAndStatus.width <= width ? timeAndStatus.text : block.timeText
            font.pixelSize: Theme.fontSmall - 2
            color: Theme.muted
            elide: Text.ElideRight
            visible: block.height > 64
            TextMetrics {
                id: timeAndStatus
                font: timeLine.font
                text: block.timeText + " · " + block.statusText
            }
        }
    }

    DragHandler {
        id: drag
        enabled: block.reservationId.length > 0 && (block.status === "confirmed" || block.status === "requested")
        onActiveChanged: {
            if (active)
                return
            const column = Math.floor((block.x + block.width / 2 - block.dayPage.axisWidth) / block.dayPage.columnWidth)
            const minute = block.reservations.dayStartMin + Math.round(block.y / block.dayPage.perMin / 15) * 15
            block.x = Qt.binding(() => block.homeX)
            block.y = Qt.binding(() => block.homeY)
            if (column !== block.column || minute !== block.startMin)
                block.reservations.move(block.reservationId, column, minute)
        }
    }
    TapHandler { onTapped: if (block.reservationId.length > 0) block.opened(block.reservationId) }
}
