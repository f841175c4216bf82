import QtQuick
import Madang.App
import QtQuick.Controls
import QtQuick.Layouts
import Madang.ViewModels

// The counter: categories and search on the left (tap an item to add it; items with options ask
// first), the open ticket on the right, and payment. A keyboard-wedge barcode scanner works without
// focusing anything: fast keys are collected here and Enter adds the item.
Pane {
    id: page
    required property AppStore store
    // Set where the counter is reached from another screen (restaurants: from the floor): a back button.
    property string backText: ""
    signal backRequested()
    padding: 24
    background: Rectangle { color: Theme.background }
    focus: true

    // Scanner input: characters that arrive within scanGapMs of each other (people type slower), then Enter.
    readonly property int scanGapMs: 100
    property string scanBuffer: ""
    property double lastKeyAt: 0

    // Back to the page, so that the scanner is heard again (not while a text field is being used).
    function refocus() {
        if (!search.activeFocus)
            page.forceActiveFocus()
    }
    onVisibleChanged: if (visible) page.forceActiveFocus()
    // The booking card's "Check out": a ticket with the booking's service, staff member and deposit.
    Connections {
        target: page.store
        function onCheckoutRequested(bookingId) { checkout.startFromBooking(bookingId) }
    }

    Keys.onPressed: event => {
        const now = Date.now()
        const isEnter = event.key === Qt.Key_Return || event.key === Qt.Key_Enter
        if (isEnter) {
            const code = page.scanBuffer
            page.scanBuffer = ""
            if (code.length >= 4 && now - page.lastKeyAt <= page.scanGapMs) {
                checkout.addByBarcode(code)
                event.accepted = true
            }
            return
        }
        const ch = event.text
        if (ch.length === 1 && ch > " " && ch <= "~" && !(event.modifiers & (Qt.ControlModifier | Qt.AltModifier))) {
            if (now - page.lastKeyAt > page.scanGapMs)
                page.scanBuffer = ""
            page.scanBuffer += ch
            page.lastKeyAt = now
            event.accepted = true
        }
    }

    CatalogListModel {
        id: items
        store: page.store
        limit: 120
        forSaleOnly: true
    }
    CheckoutModel {
        id: checkout
        store: page.store
        onModifiersNeeded: itemId => modifiers.openItem(itemId)
        onApprovalNeeded: approval.open()
    }
    PaymentModel {
        id: payment
        store: page.store
        checkout: checkout
    }

    RowLayout {
        anchors.fill: parent
        spacing: Theme.gap

        ColumnLayout {
            spacing: 12
            Layout.fillWidth: true
            Layout.fillHeight: true

            RowLayout {
                spacing: 12
                Layout.fillWidth: true
                TouchButton {
                    objectName: "checkoutBack"
                    visible: page.backText.length > 0
                    text: "‹ " + page.backText
                    focusPolicy: Qt.NoFocus
                    onClicked: page.backRequested()
                }
                SearchField {
                    id: search
                    objectName: "checkoutSearch"
                    Layout.fillWidth: true
                    onSearched: text => items.searchText = text
                    // A scan into the search box adds the item too.
                    onAccepted: {
                        if (/^[0-9A-Za-z-]{4,32}$/.test(text.trim()) && checkout.addByBarcode(text.trim()))
                            clear()
                        else
                            checkout.clearError()
                    }
                }
            }
            ListView {
                id: categories
                objectName: "categoryChips"
                orientation: ListView.Horizontal
                spacing: 8
                clip: true
                implicitHeight: 48
                Layout.fillWidth: true
                model: [{ categoryId: "", name: qsTr("All") }].concat(items.categories)
                delegate: TouchButton {
                    required property var modelData
                    objectName: "category_" + modelData.name
                    text: modelData.name
                    primary: items.categoryId === modelData.categoryId
                    focusPolicy: Qt.NoFocus
                    implicitHeight: 48
                    implicitWidth: Math.max(88, implicitContentWidth + 32)
                    leftPadding: 16
                    rightPadding: 16
                    onClicked: items.categoryId = modelData.categoryId
                }
            }
            GridView {
                id: grid
                objectName: "itemGrid"
                clip: true
                cellWidth: Math.floor(width / Math.max(1, Math.floor(width / 180)))
                cellHeight: 112
                model: items
                Layout.fillWidth: true
                Layout.fillHeight: true
                delegate: Item {
                    id: tile
                    required property string itemId
                    required property string sku
                    required property string name
                    required property string priceText
                    required property string category
                    required property int durationMin
                    required property int optionGroups
                    width: grid.cellWidth
                    height: grid.cellHeight
                    Rectangle {
                        objectName: "tile_" + tile.sku
                        anchors.fill: parent
                        anchors.margins: 5
                        radius: Theme.radius
                        color: tap.pressed ? Theme.accentLight : Theme.surface
                        border.color: Theme.border
                        MouseArea {
                            id: tap
                            anchors.fill: parent
                            onClicked: {
                                checkout.addItem(tile.itemId)
                                page.refocus()
                            }
                        }
                        ColumnLayout {
                            anchors.fill: parent
                            anchors.margins: 12
                            spacing: 2
                            Label {
                                text: tile.name
                                font.pixelSize: Theme.fontBody
                                font.bold: true
                                color: Theme.text
                                wrapMode: Text.WordWrap
                                maximumLineCount: 2
                                elide: Text.ElideRight
                                Layout.fillWidth: true
                                Layout.rightMargin: badge.visible ? badge.width - 4 : 0
                            }
                            Item { Layout.fillHeight: true }
                            RowLayout {
                                Layout.fillWidth: true
                                Label {
                                    text: tile.priceText
                                    color: Theme.accent
                                    font.pixelSize: Theme.fontBody
                                }
                                Item { Layout.fillWidth: true }
                                Label {
                                    text: tile.durationMin > 0 ? qsTr("%1 min").arg(tile.durationMin) : ""
                                    color: Theme.muted
                                    font.pixelSize: Theme.fontSmall
                                }
                            }
                        }
                        Label {
                            id: badge
                            objectName: "optionsBadge"
                            visible: tile.optionGroups > 0
                            text: qsTr("Options")
                            anchors.top: parent.top
                            anchors.right: parent.right
                            anchors.margins: 6
                            font.pixelSize: 12
                            color: Theme.accent
                            leftPadding: 6
                            rightPadding: 6
                            topPadding: 2
                            bottomPadding: 2
                            background: Rectangle { color: Theme.accentLight; radius: 6 }
                        }
                    }
                }
                Label {
                    anchors.centerIn: parent
                    visible: grid.count === 0
                    text: items.error.length > 0 ? items.error : qsTr("No items match.")
                    color: items.error.length > 0 ? Theme.danger : Theme.muted
                }
            }
        }

        TicketPanel {
            checkout: checkout
            errorShownInDialog: lineEditor.visible || tipDialog.visible || held.visible || customerDialog.visible
            Layout.preferredWidth: 440
            Layout.fillHeight: true
            onLineTapped: (row, name, note, kind, value) => lineEditor.openLine(row, name, note, kind, value)
            onOrderDiscountTapped: lineEditor.openOrder(checkout.orderDiscountKind, checkout.orderDiscountValue)
            onHeldTapped: held.open()
            onCustomTipTapped: tipDialog.start()
            onPayTapped: paymentDialog.open()
            onCustomerTapped: customerDialog.open()
        }
    }

    ModifierDialog {
        id: modifiers
        store: page.store
        checkout: checkout
        onFinished: page.refocus()
    }
    LineEditorDialog {
        id: lineEditor
        checkout: checkout
        onFinished: page.refocus()
    }
    CustomerDialog {
        id: customerDialog
        checkout: checkout
        store: page.store
        onFinished: page.refocus()
    }
    TipDialog {
        id: tipDialog
        checkout: checkout
        onFinished: page.refocus()
    }
    HeldTicketsDialog {
        id: held
        checkout: checkout
        onFinished: page.refocus()
    }
    PaymentDialog {
        id: paymentDialog
        payment: payment
        onFinished: page.refocus()
    }
    ApprovalDialog {
        id: approval
        store: page.store
        action: checkout.approvalAction
        record: checkout.approvalRecord
        subject: checkout.approvalSubject
        onApproved: token => checkout.approveDiscount(token)
        onClosed: {
            if (checkout.approvalPending)
                checkout.cancelDiscount()
            page.refocus()
        }
    }
}
