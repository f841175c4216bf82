import QtQuick
import QtTest
import Madang.ViewModels
import Madang.Testing

TestCase {
    name: "SettingsModel"

    Component {
        id: settingsComponent
        SettingsModel {}
    }

    function test_profile() {
        const store = Fixture.freshStore("cleaning", false)
        const s = createTemporaryObject(settingsComponent, this, { store: store })
        compare(s.vertical, "cleaning")
        compare(s.currency, "KRW")
        compare(s.vatRate, "10%")
        compare(s.pricesIncludeVat, true)
        verify(s.databasePath.length > 0)
        verify(s.version.length > 0)
    }

    function test_languageIsRemembered() {
        const store = Fixture.freshStore("salon", false)
        const s = createTemporaryObject(settingsComponent, this, { store: store })
        compare(s.language, "system")
        s.language = "ko"
        compare(s.effectiveLanguage, "ko")
        s.language = "en"
        compare(s.effectiveLanguage, "en")
        // A second screen on the same store reads the saved choice.
        const again = createTemporaryObject(settingsComponent, this, { store: store })
        compare(again.language, "en")
    }

    function test_unknownLanguageIsRefused() {
        const store = Fixture.freshStore("salon", false)
        const s = createTemporaryObject(settingsComponent, this, { store: store })
        s.language = "ko"
        s.language = "klingon"
        compare(s.language, "ko")
        verify(s.error.length > 0)
        s.language = "en"
    }
}
