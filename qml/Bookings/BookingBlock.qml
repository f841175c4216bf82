import QtQuick
import QtQuick.Controls
import Madang.App
import Madang.ViewModels

// One booking on the calendar, coloured by status. A colour's processing time (the stylist is free) is
// drawn lighter. Drag to move; drag the bottom strip to resize; tap to open the card.
Rectangle {
    id: block
    required property BookingCalendarModel calendarModel
    required property Item calendarPage
    required property string bookingId
    required property int column
    required property int startMin
    required property int endMin
    required property int processingStart
    required property int processingEnd
    required property string title
    required property string customer
    required property string timeText
    required property string status
    required property string statusText
    required property bool sharedProfile
    required property int lane
    required property int laneCount
    readonly property real laneWidth: (calendarPage.columnWidth - 8) / laneCount
    readonly property real homeX: calendarPage.axisWidth + column * calendarPage.columnWidth + 4 + lane * laneWidth
    readonly property real homeY: (startMin - calendarModel.dayStartMin) * calendarPage.perMin
    readonly property color tone: calendarPage.statusColor(status)
    signal opened(string id)

    objectName: "booking_" + bookingId
    x: homeX
    y: homeY
    width: laneWidth - (laneCount > 1 ? 2 : 0)
    height: Math.max(28, (endMin - startMin) * calendarPage.perMin - 2)
    radius: 8
    color: Qt.tint("#FFFFFF", Qt.rgba(tone.r, tone.g, tone.b, 0.22))
    border.color: tone
    border.width: 2
    opacity: status === "cancelled" || status === "no_show" ? 0.6 : 1
    z: drag.active || resizer.active ? 10 : 1

    Rectangle {
        visible: block.processingStart >= 0
        x: 2
        width: parent.width - 4
        y: (block.processingStart - block.startMin) * block.calendarPage.perMin
        height: (block.processingEnd - block.processingStart) * block.calendarPage.perMin
        color: Qt.rgba(1, 1, 1, 0.7)
        Label {
            anchors.centerIn: parent
            text: qsTr("processing")
            font.pixelSize: Theme.fontSmall - 2
            color: Theme.muted
            visible: implicitWidth <= parent.width - 4 // a narrow lane (the week) shows the lighter band only
        }
    }
    Rectangle { width: 6; height: parent.height; radius: 3; color: block.tone }

    Column {
        x: 10
        y: 4
        width: parent.width - 13
        spacing: 0
        // Text that would not fit a narrow lane (the week, or bookings side by side) is left out rather than cut to
        // "이…": the block keeps its colour, its time when that fits, and opens its card when tapped.
        Label {
            id: customerLine
            width: parent.width
            text: (block.sharedProfile ? "★ " : "") + block.customer
            font.pixelSize: Theme.fontSmall
            font.bold: true
            color: Theme.text
            // In a narrow lane the name gets smaller, down to a size still read at arm's length, before it goes.
            fontSizeMode: Text.HorizontalFit
            minimumPixelSize: Theme.fontSmall - 4
            visible: smallestName.width <= width
            TextMetrics {
                id: smallestName
                font.pixelSize: customerLine.minimumPixelSize
                font.bold: true
                font.family: customerLine.font.family
                text: customerLine.text
            }
        }
        // A long job in a narrow column wraps onto the lines its height has room for, if it fits in them.
        Label {
            id: titleLine
            readonly property int lines: Math.max(1, Math.floor((block.height - 64) / 18))
            width: parent.width
            text: block.title
            font.pixelSize: Theme.fontSmall
            color: Theme.text
            elide: Text.ElideRight
            wrapMode: Text.WrapAtWordBoundaryOrAnywhere
            maximumLineCount: lines
            visible: block.height > 44 && titleWidth.width <= width * lines
                     && block.title.split(" ").every(word => wordWidth(word) <= width)
            function wordWidth(word) {
                wordMetrics.text = word
                return wordMetrics.width
            }
            TextMetrics {
                id: titleWidth
                font: titleLine.font
                text: block.title
            }
            TextMetrics {
                id: wordMetrics
                font: titleLine.font
            }
        }
        // The time and the status when both fit; a narrow column (the week) keeps the time whole, or its start,
        // rather than "12:30–1…".
        Label {
            id: timeLine
            width: parent.width
            text: timeAndStatus.width <= width ? timeAndStatus.text
                  : timeRange.width <= width ? block.timeText : block.timeText.split("–")[0]
            font.pixelSize: Theme.fontSmall - 2
            color: Theme.muted
            elide: Text.ElideRight
            visible: block.height > 64 && implicitWidth <= width
            font.strikeout: block.status === "cancelled"
            TextMetrics {
                id: timeAndStatus
                font: timeLine.font
                text: block.timeText + " · " + block.statusText
            }
            TextMetrics {
                id: timeRange
                font: timeLine.font
                text: block.timeText
            }
        }
    }

    DragHandler {
        id: drag
        enabled: block.status !== "cancelled" && block.status !== "completed" && block.status !== "no_show"
        onActiveChanged: {
            if (active)
                return
            const column = Math.floor((block.x + block.width / 2 - block.calendarPage.axisWidth) / block.calendarPage.columnWidth)
            const minute = block.calendarModel.dayStartMin + Math.round(block.y / block.calendarPage.perMin / 5) * 5
            block.x = Qt.binding(() => block.homeX)
            block.y = Qt.binding(() => block.homeY)
            if (column !== block.column || minute !== block.startMin)
                block.calendarModel.move(block.bookingId, column, minute)
        }
    }
    TapHandler { onTapped: block.opened(block.bookingId) }

    Rectangle {
        id: resizeStrip
        visible: drag.enabled
        anchors.bottom: parent.bottom
        width: parent.width
        height: 14
        color: "transparent"
        Rectangle { anchors.centerIn: parent; width: 32; height: 4; radius: 2; color: block.tone }
        DragHandler {
            id: resizer
            enabled: drag.enabled
            target: null
            yAxis.enabled: true
            xAxis.enabled: false
            onActiveChanged: {
                if (active)
                    return
                const span = Math.round((block.endMin - block.startMin) + translation.y / block.calendarPage.perMin)
                if (span !== block.endMin - block.startMin)
                    block.calendarModel.resize(block.bookingId, span)
            }
        }
    }
}
