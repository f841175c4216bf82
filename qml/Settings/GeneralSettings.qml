import QtQuick
import Madang.App
import QtQuick.Controls
import QtQuick.Layouts
import Madang.ViewModels

// Language and the merchant profile.
Pane {
    id: page
    required property AppStore store
    padding: 32
    background: Rectangle { color: Theme.background }

    SettingsModel {
        id: settings
        store: page.store
    }

    ColumnLayout {
        width: Math.min(parent.width, 760)
        spacing: Theme.gap

        Label {
            text: qsTr("Language")
            font.pixelSize: Theme.fontTitle
            font.bold: true
            color: Theme.text
        }
        RowLayout {
            spacing: 8
            Repeater {
                model: [{ code: "system", label: qsTr("Follow the system") }, { code: "ko", label: "한국어" }, { code: "en", label: "English" }]
                delegate: TouchButton {
                    required property var modelData
                    objectName: "language_" + modelData.code
                    text: modelData.label
                    primary: settings.language === modelData.code
                    flat: settings.language !== modelData.code
                    onClicked: settings.language = modelData.code
                }
            }
        }

        Label {
            text: qsTr("Counter")
            visible: page.store.session.isManager
            font.pixelSize: Theme.fontTitle
            font.bold: true
            color: Theme.text
            Layout.topMargin: Theme.gap
        }
        GridLayout {
            visible: page.store.session.isManager
            columns: 2
            columnSpacing: 32
            rowSpacing: 10
            Label { text: qsTr("Sign out after idle (minutes)"); color: Theme.muted }
            SpinBox {
                objectName: "idleMinutes"
                from: 1
                to: 240
                value: page.store.session.idleMinutes
                editable: true
                implicitHeight: Theme.touch
                onValueModified: page.store.session.idleMinutes = value
            }
            Label { text: qsTr("Discounts above this need a manager (%)"); color: Theme.muted }
            SpinBox {
                objectName: "discountApproval"
                from: 0
                to: 100
                value: settings.discountApprovalPercent
                editable: true
                implicitHeight: Theme.touch
                onValueModified: settings.setDiscountApprovalPercent(value)
            }
        }

        Label {
            text: qsTr("Business")
            font.pixelSize: Theme.fontTitle
            font.bold: true
            color: Theme.text
            Layout.topMargin: Theme.gap
        }
        GridLayout {
            columns: 2
            columnSpacing: 32
            rowSpacing: 10
            Label { text: qsTr("Name"); color: Theme.muted }
            Label { text: settings.businessName; color: Theme.text; elide: Text.ElideRight; Layout.fillWidth: true }
            Label { text: qsTr("Kind"); color: Theme.muted }
            Label {
                text: settings.vertical === "salon" ? qsTr("Salon") : settings.vertical === "restaurant" ? qsTr("Restaurant") : qsTr("Cleaning")
                color: Theme.text
            }
            Label { text: qsTr("Currency"); color: Theme.muted }
            Label { text: settings.currency; color: Theme.text }
            Label { text: qsTr("VAT"); color: Theme.muted }
            Label {
                text: settings.pricesIncludeVat ? qsTr("%1, included in prices").arg(settings.vatRate) : qsTr("%1, added to prices").arg(settings.vatRate)
                color: Theme.text
            }
            Label { text: qsTr("Database"); color: Theme.muted }
            Label { text: settings.databasePath; color: Theme.text; elide: Text.ElideMiddle; Layout.fillWidth: true }
            Label { text: qsTr("Version"); color: Theme.muted }
            Label { text: settings.version; color: Theme.text }
        }
        Label {
            text: settings.error
            visible: text.length > 0
            color: Theme.danger
        }
    }
}
