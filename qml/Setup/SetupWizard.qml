import QtQuick
import Madang.App
import QtQuick.Controls
import QtQuick.Layouts
import Madang.ViewModels

// First run: four questions, then the counter.
Pane {
    id: page
    required property AppStore store
    padding: 0
    background: Rectangle { color: Theme.background }

    SetupWizardModel {
        id: wizard
        store: page.store
    }

    LanguageSwitch {
        store: page.store
        anchors.top: parent.top
        anchors.right: parent.right
        anchors.margins: Theme.gap
    }

    Rectangle {
        id: card
        anchors.centerIn: parent
        width: Math.min(parent.width - 64, 760)
        height: Math.min(parent.height - 120, 560)
        radius: Theme.radius
        color: Theme.surface
        border.color: Theme.border

        ColumnLayout {
            anchors.fill: parent
            anchors.margins: 32
            spacing: Theme.gap

            Label {
                text: qsTr("Welcome to Madang")
                font.pixelSize: Theme.fontHero
                font.bold: true
                color: Theme.text
            }
            Label {
                text: qsTr("Step %1 of %2").arg(wizard.step + 1).arg(wizard.stepCount)
                font.pixelSize: Theme.fontSmall
                color: Theme.muted
            }
            ProgressBar {
                from: 0
                to: wizard.stepCount
                value: wizard.step + 1
                Layout.fillWidth: true
            }

            StackLayout {
                currentIndex: wizard.step
                Layout.fillWidth: true
                Layout.fillHeight: true

                // 1. Business name
                ColumnLayout {
                    spacing: 12
                    Label {
                        text: qsTr("What is your business called?")
                        font.pixelSize: Theme.fontTitle
                        color: Theme.text
                    }
                    TextField {
                        id: nameField
                        objectName: "businessNameField"
                        text: wizard.businessName
                        onTextEdited: {
                            wizard.businessName = text
                            wizard.clearError()
                        }
                        placeholderText: qsTr("e.g. Madang Hair")
                        font.pixelSize: Theme.fontBody
                        implicitHeight: Theme.touch
                        maximumLength: 80
                        Layout.fillWidth: true
                        onAccepted: wizard.next()
                    }
                    Item { Layout.fillHeight: true }
                }

                // 2. Vertical
                ColumnLayout {
                    spacing: 12
                    Label {
                        text: qsTr("What kind of business is it?")
                        font.pixelSize: Theme.fontTitle
                        color: Theme.text
                    }
                    RowLayout {
                        spacing: Theme.gap
                        Layout.fillWidth: true
                        VerticalChoice {
                            title: qsTr("Salon")
                            detail: qsTr("Appointments with stylists and chairs")
                            checked: wizard.vertical === "salon"
                            onClicked: wizard.vertical = "salon"
                            Layout.fillWidth: true
                        }
                        VerticalChoice {
                            title: qsTr("Restaurant")
                            detail: qsTr("Tables, menu and kitchen orders")
                            checked: wizard.vertical === "restaurant"
                            onClicked: wizard.vertical = "restaurant"
                            Layout.fillWidth: true
                        }
                        VerticalChoice {
                            title: qsTr("Cleaning")
                            detail: qsTr("Jobs at customers' homes, crews and visits")
                            checked: wizard.vertical === "cleaning"
                            onClicked: wizard.vertical = "cleaning"
                            Layout.fillWidth: true
                        }
                    }
                    Item { Layout.fillHeight: true }
                }

                // 3. Currency
                ColumnLayout {
                    spacing: 12
                    Label {
                        text: qsTr("Which currency do you charge in?")
                        font.pixelSize: Theme.fontTitle
                        color: Theme.text
                    }
                    Flow {
                        spacing: 12
                        Layout.fillWidth: true
                        Repeater {
                            model: wizard.currencies
                            delegate: TouchButton {
                                required property string modelData
                                text: modelData
                                implicitWidth: 120
                                primary: wizard.currency === modelData
                                flat: wizard.currency !== modelData
                                onClicked: wizard.currency = modelData
                            }
                        }
                    }
                    Label {
                        text: qsTr("Prices include 10% VAT. You can change the rate per item.")
                        font.pixelSize: Theme.fontSmall
                        color: Theme.muted
                        wrapMode: Text.WordWrap
                        Layout.fillWidth: true
                    }
                    Item { Layout.fillHeight: true }
                }

                // 4. Owner
                ColumnLayout {
                    spacing: 12
                    Label {
                        text: qsTr("Who is the owner? Choose the PIN they sign in with.")
                        font.pixelSize: Theme.fontTitle
                        color: Theme.text
                    }
                    TextField {
                        objectName: "ownerNameField"
                        text: wizard.ownerName
                        onTextEdited: {
                            wizard.ownerName = text
                            wizard.clearError()
                        }
                        placeholderText: qsTr("Owner's name")
                        font.pixelSize: Theme.fontBody
                        implicitHeight: Theme.touch
                        maximumLength: 60
                        Layout.fillWidth: true
                    }
                    GridLayout {
                        columns: 2
                        columnSpacing: Theme.gap
                        rowSpacing: 4
                        Layout.fillWidth: true
                        // Labels stay visible once the placeholders are gone.
                        Label { text: qsTr("PIN (4–6 digits)"); color: Theme.muted; font.pixelSize: Theme.fontSmall }
                        Label { text: qsTr("The same PIN again"); color: Theme.muted; font.pixelSize: Theme.fontSmall }
                        TextField {
                            objectName: "ownerPinField"
                            text: wizard.ownerPin
                            onTextEdited: {
                                wizard.ownerPin = text
                                wizard.clearError()
                            }
                            echoMode: TextInput.Password
                            inputMethodHints: Qt.ImhDigitsOnly
                            validator: RegularExpressionValidator { regularExpression: /[0-9]{0,6}/ }
                            font.pixelSize: Theme.fontBody
                            implicitHeight: Theme.touch
                            Layout.fillWidth: true
                        }
                        TextField {
                            objectName: "ownerPinAgainField"
                            text: wizard.ownerPinAgain
                            onTextEdited: {
                                wizard.ownerPinAgain = text
                                wizard.clearError()
                            }
                            echoMode: TextInput.Password
                            inputMethodHints: Qt.ImhDigitsOnly
                            validator: RegularExpressionValidator { regularExpression: /[0-9]{0,6}/ }
                            font.pixelSize: Theme.fontBody
                            implicitHeight: Theme.touch
                            Layout.fillWidth: true
                        }
                    }
                    CheckBox {
                        text: qsTr("Fill the catalog with demo items and staff for this kind of business")
                        checked: wizard.demo
                        onToggled: wizard.demo = checked
                        font.pixelSize: Theme.fontBody
                        Layout.fillWidth: true
                    }
                    Item { Layout.fillHeight: true }
                }
            }

            Label {
                objectName: "wizardError"
                text: wizard.error
                visible: text.length > 0
                color: Theme.danger
                font.pixelSize: Theme.fontBody
                wrapMode: Text.WordWrap
                Layout.fillWidth: true
            }

            RowLayout {
                spacing: Theme.gap
                Layout.fillWidth: true
                TouchButton {
                    text: qsTr("Back")
                    flat: true
                    enabled: wizard.step > 0 && !wizard.busy
                    onClicked: wizard.back()
                }
                Item { Layout.fillWidth: true }
                TouchButton {
                    objectName: "wizardNext"
                    primary: true
                    enabled: !wizard.busy
                    text: wizard.step + 1 < wizard.stepCount ? qsTr("Next") : qsTr("Open the counter")
                    onClicked: wizard.step + 1 < wizard.stepCount ? wizard.next() : wizard.finish()
                }
            }
        }
    }
}
