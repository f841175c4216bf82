import QtQuick
import QtTest
import Madang.ViewModels
import Madang.Testing

TestCase {
    name: "OrderListModel"

    Component { id: listComponent; OrderListModel {} }

    function storeWithSales() {
        const store = Fixture.freshStore("restaurant", true)
        verify(store.session.signIn(Fixture.ownerId(store), Fixture.ownerPin()), store.session.error)
        return store
    }

    function sell(store, skus, cash) {
        const sale = Fixture.sellDemo(store, skus, cash || 0)
        verify(sale.error === undefined, sale.error)
        return sale
    }

    function roleOf(list, row, role) {
        return list.data(list.index(row, 0), role)
    }

    function test_rolesNewestFirst() {
        const store = storeWithSales()
        const list = createTemporaryObject(listComponent, this, { store: store })
        compare(list.count, 0)
        const first = sell(store, ["M-KIMCHIx2"], 20000)
        const second = sell(store, ["M-BULGOGI"])
        compare(list.count, 2) // sellDemo notifies ordersChanged, as Checkout does
        compare(roleOf(list, 0, OrderListModel.ReceiptRole), second.receipt)
        compare(roleOf(list, 1, OrderListModel.ReceiptRole), first.receipt)
        compare(roleOf(list, 1, OrderListModel.OrderIdRole), first.orderId)
        compare(roleOf(list, 1, OrderListModel.KindRole), "sale")
        compare(roleOf(list, 1, OrderListModel.TotalRole), "₩18,000")
        compare(roleOf(list, 1, OrderListModel.TotalMinorRole), 18000)
        compare(roleOf(list, 1, OrderListModel.StaffRole), "Owner")
        verify(/^\d\d:\d\d$/.test(roleOf(list, 1, OrderListModel.TimeRole))) // today: the time alone
        compare(list.rowOf(first.orderId), 1)
        compare(list.rowOf("nope"), -1)
        compare(list.error, "")
    }

    function test_search_data() {
        return [
            { tag: "receipt number", text: "000002", receipts: ["T1-000002"] },
            { tag: "receipt with terminal", text: "T1-000003", receipts: ["T1-000003"] },
            { tag: "receipt prefix", text: "T1-", receipts: ["T1-000003", "T1-000002", "T1-000001"] },
            { tag: "amount", text: "13000", receipts: ["T1-000002"] },
            { tag: "amount with comma", text: "16,000", receipts: ["T1-000003"] },
            { tag: "no match", text: "999999", receipts: [] },
            { tag: "not a number", text: "김치", receipts: [] },
        ]
    }

    function test_search(row) {
        const store = storeWithSales()
        sell(store, ["M-KIMCHIx2"])   // T1-000001, ₩18,000
        sell(store, ["M-BULGOGI"])    // T1-000002, ₩13,000
        sell(store, ["M-SAMGYE"])     // T1-000003, ₩16,000
        const list = createTemporaryObject(listComponent, this, { store: store })
        list.searchText = row.text
        const got = []
        for (let i = 0; i < list.count; ++i)
            got.push(roleOf(list, i, OrderListModel.ReceiptRole))
        compare(got, row.receipts)
        list.searchText = ""
        compare(list.count, 3)
    }

    function test_dayFilter() {
        const store = storeWithSales()
        const old = sell(store, ["M-KIMCHI"])
        Fixture.advanceClock(24 * 3600)
        const fresh = sell(store, ["M-BIBIM"])
        const list = createTemporaryObject(listComponent, this, { store: store })
        compare(list.day, OrderListModel.Today)
        compare(list.count, 1)
        compare(roleOf(list, 0, OrderListModel.ReceiptRole), fresh.receipt)
        list.day = OrderListModel.Yesterday
        compare(list.count, 1)
        compare(roleOf(list, 0, OrderListModel.ReceiptRole), old.receipt)
        verify(/^\d\d-\d\d \d\d:\d\d$/.test(roleOf(list, 0, OrderListModel.TimeRole))) // another day: dated
        list.day = OrderListModel.LastSevenDays
        compare(list.count, 2)
        Fixture.advanceClock(7 * 24 * 3600)
        list.refresh()
        compare(list.count, 0)
        list.day = OrderListModel.AllDays
        compare(list.count, 2)
    }

    function test_refundsShowNegativeWithTheirSale() {
        const store = storeWithSales()
        const sale = sell(store, ["M-KIMCHIx2"])
        const list = createTemporaryObject(listComponent, this, { store: store })
        const approval = createTemporaryObject(approvalComponent, this,
                                               { store: store, action: "order.refund", record: sale.orderId })
        verify(approval.approve(Fixture.ownerId(store), Fixture.ownerPin()), approval.error)
        const detail = createTemporaryObject(detailComponent, this, { store: store, orderId: sale.orderId })
        verify(detail.refund([{ lineNo: 1, qty: 1 }], "Wrong item", approval.token), detail.error)
        compare(list.count, 2) // the refund reached the list through ordersChanged
        compare(roleOf(list, 0, OrderListModel.KindRole), "refund")
        compare(roleOf(list, 0, OrderListModel.TotalRole), "-₩9,000")
        compare(roleOf(list, 0, OrderListModel.CorrectsReceiptRole), sale.receipt)
        compare(roleOf(list, 1, OrderListModel.CorrectsReceiptRole), "")
        list.searchText = "9000" // amounts match refunds too
        compare(list.count, 1)
        compare(roleOf(list, 0, OrderListModel.CorrectsReceiptRole), sale.receipt) // its sale is filtered out
    }

    Component { id: approvalComponent; ApprovalModel {} }
    Component { id: detailComponent; OrderDetailModel {} }
}
