import QtQuick
import QtTest
import Madang.ViewModels
import Madang.Testing

TestCase {
    name: "CatalogListModel"

    Component {
        id: listComponent
        CatalogListModel {}
    }
    Component {
        id: editorComponent
        ItemEditorModel {}
    }

    function test_listsEverythingWithoutSearch() {
        const store = Fixture.freshStore("restaurant", true)
        const list = createTemporaryObject(listComponent, this, { store: store })
        compare(list.count, 40)
        compare(list.totalCount, 40)
        compare(list.error, "")
    }

    function test_search_data() {
        return [
            { tag: "hangul prefix", text: "김치", min: 2, contains: "김치찌개" },
            { tag: "hangul infix", text: "찌개", min: 4, contains: "된장찌개" },
            { tag: "initials", text: "ㄷㅈㅉㄱ", min: 1, contains: "된장찌개" },
            { tag: "sku", text: "M-BIB", min: 1, contains: "비빔밥" },
            { tag: "barcode", text: "8801094013004", min: 1, contains: "콜라 355ml" },
            { tag: "two words", text: "삼겹살 200g", min: 1, contains: "삼겹살 (200g)" },
            { tag: "no match", text: "pizza", min: 0, contains: "" },
            { tag: "quotes", text: "\"김치", min: 0, contains: "" },
        ]
    }

    function test_search(row) {
        const store = Fixture.freshStore("restaurant", true)
        const list = createTemporaryObject(listComponent, this, { store: store })
        list.searchText = row.text
        compare(list.error, "")
        verify(list.count >= row.min, row.tag + ": " + list.count)
        if (row.min === 0 && row.tag === "no match")
            compare(list.count, 0)
        if (row.contains.length > 0) {
            let found = false
            for (let i = 0; i < list.count; ++i) {
                const name = list.data(list.index(i, 0), CatalogListModel.NameRole)
                found = found || name === row.contains
            }
            verify(found, row.contains + " not in results")
        }
    }

    function test_refreshesWhenAnotherScreenSaves() {
        const store = Fixture.freshStore("salon", false)
        const list = createTemporaryObject(listComponent, this, { store: store })
        compare(list.count, 0)
        const editor = createTemporaryObject(editorComponent, this, { store: store })
        editor.name = "여성 커트"
        editor.sku = "CUT-W"
        editor.price = "25000"
        verify(editor.save(), editor.error)
        compare(list.count, 1)
        compare(list.data(list.index(0, 0), CatalogListModel.PriceTextRole), "₩25,000")
        compare(list.data(list.index(0, 0), CatalogListModel.VatTextRole), "10%")
    }
    function test_checkoutGridFilters() {
        const store = Fixture.freshStore("restaurant", true)
        const list = createTemporaryObject(listComponent, this, { store: store, forSaleOnly: true })
        compare(list.count, 40)
        const drinks = list.categories.filter(c => c.name === "음료")
        compare(drinks.length, 1)
        list.categoryId = drinks[0].categoryId
        compare(list.count, 4)
        list.searchText = "콜라"
        compare(list.count, 1)
        list.searchText = ""
        list.categoryId = ""
        compare(list.count, 40)
        // A badge for items with options: 김치찌개 offers 맵기 and 추가.
        list.searchText = "김치찌개"
        compare(list.data(list.index(0, 0), CatalogListModel.NameRole), "김치찌개")
        compare(list.data(list.index(0, 0), CatalogListModel.OptionGroupsRole), 2)

        const editor = createTemporaryObject(editorComponent, this, { store: store })
        verify(editor.load(Fixture.itemIdBySku(store, "M-KIMCHI")))
        editor.active = false
        verify(editor.save(), editor.error)
        list.refresh()
        compare(list.count, 0) // no longer for sale: off the checkout grid
        list.forSaleOnly = false
        compare(list.count, 1)
    }
}
