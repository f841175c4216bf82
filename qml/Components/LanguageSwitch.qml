import QtQuick
import Madang.App
import QtQuick.Controls
import QtQuick.Layouts
import Madang.ViewModels

// 한국어 | English, saved on this device. Every screen retranslates at once.
RowLayout {
    id: root
    required property AppStore store
    spacing: 8
    SettingsModel {
        id: settings
        store: root.store
    }
    Repeater {
        model: [{ code: "ko", label: "한국어" }, { code: "en", label: "English" }]
        delegate: TouchButton {
            required property var modelData
            text: modelData.label
            implicitWidth: 130
            flat: settings.effectiveLanguage !== modelData.code
            primary: settings.effectiveLanguage === modelData.code
            onClicked: settings.language = modelData.code
        }
    }
}
