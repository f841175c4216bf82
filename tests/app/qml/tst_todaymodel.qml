import QtQuick
import QtTest
import Madang.ViewModels
import Madang.Testing

TestCase {
    name: "TodayModel"

    Component {
        id: todayComponent
        TodayModel {}
    }
    Component {
        id: editorComponent
        ItemEditorModel {}
    }

    function test_figures_data() {
        return [
            { tag: "salon", vertical: "salon", staff: 4 },
            { tag: "restaurant", vertical: "restaurant", staff: 3 },
            { tag: "cleaning", vertical: "cleaning", staff: 4 },
        ]
    }

    function test_figures(row) {
        const store = Fixture.freshStore(row.vertical, true)
        const today = createTemporaryObject(todayComponent, this, { store: store })
        compare(today.vertical, row.vertical)
        compare(today.catalogItems, Fixture.rowCount(store, "items"))
        compare(today.staffCount, row.staff)
        compare(today.pendingSync, Fixture.rowCount(store, "outbox"))
        verify(today.pendingSync > 0)
        verify(today.dateText.length > 0)
    }

    function test_followsCatalogChanges() {
        const store = Fixture.freshStore("salon", false)
        const today = createTemporaryObject(todayComponent, this, { store: store })
        compare(today.catalogItems, 0)
        const pending = today.pendingSync
        const editor = createTemporaryObject(editorComponent, this, { store: store })
        editor.name = "드라이"
        editor.sku = "STY-1"
        editor.price = "20000"
        verify(editor.save(), editor.error)
        compare(today.catalogItems, 1)
        compare(today.pendingSync, pending + 1)
    }
}
