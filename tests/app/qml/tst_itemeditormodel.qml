import QtQuick
import QtTest
import Madang.ViewModels
import Madang.Testing

TestCase {
    name: "ItemEditorModel"

    Component {
        id: editorComponent
        ItemEditorModel {}
    }

    function fill(editor, fields) {
        for (const key in fields)
            editor[key] = fields[key]
    }

    function test_newItemDefaults() {
        const store = Fixture.freshStore("salon", true)
        const editor = createTemporaryObject(editorComponent, this, { store: store })
        verify(editor.isNew)
        compare(editor.vatRate, "10")
        compare(editor.currency, "KRW")
        verify(editor.categories.indexOf("커트") >= 0)
    }

    function test_badInputIsRefusedAndNothingIsWritten_data() {
        return [
            { tag: "empty name", fields: { name: "", sku: "X1", price: "1000" } },
            { tag: "empty sku", fields: { name: "Tea", sku: "", price: "1000" } },
            { tag: "sku with space", fields: { name: "Tea", sku: "X 1", price: "1000" } },
            { tag: "won decimals", fields: { name: "Tea", sku: "X1", price: "1000.5" } },
            { tag: "not a price", fields: { name: "Tea", sku: "X1", price: "abc" } },
            { tag: "negative price", fields: { name: "Tea", sku: "X1", price: "-100" } },
            { tag: "vat above 100", fields: { name: "Tea", sku: "X1", price: "1000", vatRate: "120" } },
            { tag: "vat text", fields: { name: "Tea", sku: "X1", price: "1000", vatRate: "ten" } },
            { tag: "duration text", fields: { name: "Tea", sku: "X1", price: "1000", durationMin: "an hour" } },
            { tag: "duration too long", fields: { name: "Tea", sku: "X1", price: "1000", durationMin: "2000" } },
            { tag: "barcode with space", fields: { name: "Tea", sku: "X1", price: "1000", barcode: "88 01" } },
            { tag: "duplicate sku", fields: { name: "Tea", sku: "CUT-W", price: "1000" } },
            { tag: "duplicate barcode", fields: { name: "Tea", sku: "X1", price: "1000", barcode: "8801234500017" } },
        ]
    }

    function test_badInputIsRefusedAndNothingIsWritten(row) {
        const store = Fixture.freshStore("salon", true)
        const itemsBefore = Fixture.rowCount(store, "items")
        const outboxBefore = Fixture.rowCount(store, "outbox")
        const editor = createTemporaryObject(editorComponent, this, { store: store })
        fill(editor, row.fields)
        verify(!editor.save())
        verify(editor.error.length > 0, "no error shown")
        verify(editor.isNew)
        compare(Fixture.rowCount(store, "items"), itemsBefore)
        compare(Fixture.rowCount(store, "outbox"), outboxBefore)
    }

    function test_createThenEdit() {
        const store = Fixture.freshStore("restaurant", false)
        const editor = createTemporaryObject(editorComponent, this, { store: store })
        fill(editor, { name: "아이스 아메리카노", sku: "D-AA", category: "음료", price: "4,500", vatRate: "10", barcode: "8800000000017" })
        verify(editor.save(), editor.error)
        verify(!editor.isNew)
        compare(editor.price, "4500")
        const id = editor.itemId
        compare(Fixture.rowCount(store, "items"), 1)
        compare(Fixture.rowCount(store, "categories"), 1)

        const other = createTemporaryObject(editorComponent, this, { store: store })
        verify(other.load(id))
        compare(other.name, "아이스 아메리카노")
        compare(other.category, "음료")
        other.price = "5000"
        other.active = false
        verify(other.save(), other.error)
        compare(other.itemId, id)
        compare(Fixture.rowCount(store, "items"), 1)
        verify(other.load(id))
        compare(other.price, "5000")
        compare(other.active, false)
    }

    function test_loadUnknownItem() {
        const store = Fixture.freshStore("salon", false)
        const editor = createTemporaryObject(editorComponent, this, { store: store })
        verify(!editor.load("01890000-0000-7000-8000-000000000000"))
        verify(editor.error.length > 0)
    }
}
