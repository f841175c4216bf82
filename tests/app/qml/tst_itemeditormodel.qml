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
            { tag: "empty name", field: "", fields: { name: "", sku: "X1", price: "1000" } },
            { tag: "empty sku", field: "", fields: { name: "Tea", sku: "", price: "1000" } },
            { tag: "sku with space", field: "", fields: { name: "Tea", sku: "X 1", price: "1000" } },
            { tag: "won decimals", field: "price", fields: { name: "Tea", sku: "X1", price: "1000.5" } },
            { tag: "not a price", field: "price", fields: { name: "Tea", sku: "X1", price: "abc" } },
            { tag: "negative price", field: "price", fields: { name: "Tea", sku: "X1", price: "-100" } },
            { tag: "vat above 100", field: "vatRate", fields: { name: "Tea", sku: "X1", price: "1000", vatRate: "120" } },
            { tag: "vat text", field: "vatRate", fields: { name: "Tea", sku: "X1", price: "1000", vatRate: "ten" } },
            { tag: "duration text", field: "durationMin", fields: { name: "Tea", sku: "X1", price: "1000", durationMin: "an hour" } },
            { tag: "duration too long", field: "", fields: { name: "Tea", sku: "X1", price: "1000", durationMin: "2000" } },
            { tag: "barcode with space", field: "", fields: { name: "Tea", sku: "X1", price: "1000", barcode: "88 01" } },
            { tag: "name with an override", field: "", fields: { name: "abc\u202eexe.txt", sku: "X1", price: "1000" },
              says: "The name contains a text direction control (U+202E) at position 4." },
            { tag: "category of 41 characters", field: "", fields: { name: "Tea", sku: "X1", price: "1000", category: "c".repeat(41) },
              says: "The category is 41 characters; the maximum is 40." },
            { tag: "duplicate sku", field: "", fields: { name: "Tea", sku: "CUT-W", price: "1000" } },
            { tag: "duplicate barcode", field: "", fields: { name: "Tea", sku: "X1", price: "1000", barcode: "8801234500017" } },
            { tag: "gap as text", field: "phases", fields: { name: "Dye", sku: "X1", price: "1000", durationMin: "90", processingMin: "half" } },
            { tag: "gap too long", field: "phases", fields: { name: "Dye", sku: "X1", price: "1000", durationMin: "90", processingMin: "700" } },
            { tag: "negative buffer", field: "phases", fields: { name: "Dye", sku: "X1", price: "1000", durationMin: "90", bufferAfterMin: "-5" } },
            { tag: "no time left to work", field: "phases", fields: { name: "Dye", sku: "X1", price: "1000", durationMin: "60", processingMin: "40", finishMin: "20" } },
            { tag: "finish without a gap", field: "phases", fields: { name: "Dye", sku: "X1", price: "1000", durationMin: "60", finishMin: "20" } },
            { tag: "phases without a duration", field: "phases", fields: { name: "Dye", sku: "X1", price: "1000", durationMin: "0", bufferBeforeMin: "10" } },
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
        if (row.says)
            compare(editor.error, row.says)
        // Shown next to the input it is about ("" is the foot of the form), and gone once an input changes.
        compare(editor.errorField, row.field)
        editor.clearError()
        compare(editor.error, "")
        compare(editor.errorField, "")
        verify(editor.isNew)
        compare(Fixture.rowCount(store, "items"), itemsBefore)
        compare(Fixture.rowCount(store, "outbox"), outboxBefore)
    }

    // A colour that takes 100 minutes: 40 of work, 40 of processing in which the stylist is free, 20 to finish,
    // and 10 to clean up after. Another editor reads the same phases back; changing them keeps the item's id.
    function test_servicePhases() {
        const store = Fixture.freshStore("salon", true)
        const editor = createTemporaryObject(editorComponent, this, { store: store })
        fill(editor, { name: "뿌리 염색 (테스트)", sku: "CLR-TEST", category: "염색", price: "70000", durationMin: "100",
                       processingMin: "40", finishMin: "20", bufferAfterMin: "10" })
        verify(editor.save(), editor.error)
        const other = createTemporaryObject(editorComponent, this, { store: store })
        verify(other.load(editor.itemId))
        compare(other.durationMin, "100")
        compare(other.processingMin, "40")
        compare(other.finishMin, "20")
        compare(other.bufferBeforeMin, "0")
        compare(other.bufferAfterMin, "10")
        // No gap any more: the colour becomes 100 minutes of work.
        fill(other, { processingMin: "0", finishMin: "0" })
        verify(other.save(), other.error)
        verify(other.load(editor.itemId))
        compare(other.processingMin, "0")
        compare(other.durationMin, "100")
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
