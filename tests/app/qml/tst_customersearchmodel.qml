import QtQuick
import QtTest
import Madang.ViewModels
import Madang.Testing

// The customers that what is typed finds: the number as typed, with hyphens, its last four digits, or the start
// of a name; each as one line ("김하늘 · 010-9876-5432"). Text longer than any name is refused with a message
// and finds no one.
TestCase {
    name: "CustomerSearchModel"

    Component {
        id: searchComponent
        CustomerSearchModel {}
    }

    function label(search, row) {
        return search.data(search.index(row, 0), CustomerSearchModel.LabelRole)
    }
    function withCustomers() {
        const store = Fixture.freshStore("salon", false)
        const at = "'2026-12-07T10:00:00.000+09:00'"
        verify(Fixture.exec(store, "INSERT INTO customers (id, name, phone, phone_last4, created_at, updated_at) VALUES "
                                   + "('c-1', '김하늘', '+821098765432', '5432', " + at + ", " + at + "), "
                                   + "('c-2', '박서준', '', '', " + at + ", " + at + ")"))
        return createTemporaryObject(searchComponent, this, { store: store })
    }

    function test_finds_data() {
        return [
            { tag: "the number as typed", text: "01098765432", count: 1, label: "김하늘 · 010-9876-5432" },
            { tag: "with hyphens", text: "010-9876-5432", count: 1, label: "김하늘 · 010-9876-5432" },
            { tag: "its last four digits", text: "5432", count: 1, label: "김하늘 · 010-9876-5432" },
            { tag: "the start of a name", text: "김하", count: 1, label: "김하늘 · 010-9876-5432" },
            { tag: "no number: the name alone", text: "박서", count: 1, label: "박서준" },
            { tag: "no one", text: "9999", count: 0, label: "" },
            { tag: "nothing typed", text: "  ", count: 0, label: "" }
        ]
    }
    function test_finds(data) {
        const search = withCustomers()
        search.text = data.text
        compare(search.count, data.count)
        compare(search.error, "")
        if (data.count > 0)
            compare(label(search, 0), data.label)
    }

    function test_tooLongIsRefused() {
        const search = withCustomers()
        search.text = "김".repeat(200)
        compare(search.count, 0)
        verify(search.error.length > 0)
        search.text = "5432" // the message goes with the text that caused it
        compare(search.error, "")
        compare(search.count, 1)
    }
}
