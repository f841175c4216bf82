import QtQuick
import QtTest
import Madang.ViewModels
import Madang.Testing

TestCase {
    name: "OrderDetailModel"

    Component { id: detailComponent; OrderDetailModel {} }
    Component { id: approvalComponent; ApprovalModel {} }

    property var store

    function init() {
        store = Fixture.freshStore("restaurant", true)
        verify(store.session.signIn(Fixture.ownerId(store), Fixture.ownerPin()), store.session.error)
    }

    function sell(skus, cash, tip) {
        const sale = Fixture.sellDemo(store, skus, cash || 0, tip || 0)
        verify(sale.error === undefined, sale.error)
        return sale
    }

    function detailOf(sale) {
        return createTemporaryObject(detailComponent, this, { store: store, orderId: sale.orderId })
    }

    /// A manager's single-use token, as ApprovalDialog gets it.
    function approve(action, record) {
        const approval = createTemporaryObject(approvalComponent, this, { store: store, action: action, record: record })
        verify(approval.approve(Fixture.ownerId(store), Fixture.ownerPin()), approval.error)
        return approval.token
    }

    function counts() {
        return { orders: Fixture.rowCount(store, "orders"), journal: Fixture.rowCount(store, "journal"),
                 payments: Fixture.rowCount(store, "payments") }
    }

    function test_linesPaymentsAndVat() {
        const sale = sell(["M-KIMCHIx2", "M-BULGOGI"], 50000)
        const detail = detailOf(sale)
        verify(detail.found)
        compare(detail.receipt, sale.receipt)
        compare(detail.kind, "sale")
        compare(detail.staff, "Owner")
        compare(detail.total, "₩31,000")
        compare(detail.subtotal, "₩31,000")
        compare(detail.discount, "")
        compare(detail.tip, "")
        compare(detail.lines.length, 2)
        compare(detail.lines[0].lineNo, 1)
        compare(detail.lines[0].name, "김치찌개")
        compare(detail.lines[0].qty, 2)
        compare(detail.lines[0].unitPrice, "₩9,000")
        compare(detail.lines[0].total, "₩18,000")
        compare(detail.lines[0].refundable, 2)
        compare(detail.lines[0].refunded, 0)
        compare(detail.lines[1].name, "불고기 정식")
        compare(detail.payments.length, 1)
        compare(detail.payments[0].method, "Cash")
        compare(detail.payments[0].amount, "₩31,000")
        compare(detail.payments[0].tendered, "₩50,000")
        compare(detail.payments[0].change, "₩19,000")
        // Prices include 10% VAT: net = round(31000 / 1.1) = 28182.
        compare(detail.vat.length, 1)
        compare(detail.vat[0].rate, "10%")
        compare(detail.vat[0].net, "₩28,182")
        compare(detail.vat[0].vat, "₩2,818")
        compare(detail.vat[0].gross, "₩31,000")
        compare(detail.corrections.length, 0)
        verify(detail.canRefund)
        verify(detail.canVoid)
        detail.orderId = "no-such-order"
        verify(!detail.found)
        compare(detail.lines.length, 0)
        verify(!detail.reprint())
    }

    function test_partialThenFullRefundWithTip() {
        const sale = sell(["M-KIMCHIx2", "M-BULGOGI"], 0, 2000)
        const detail = detailOf(sale)
        compare(detail.tip, "₩2,000")
        compare(detail.total, "₩33,000")
        const before = counts()
        const token = approve("order.refund", sale.orderId)
        verify(detail.refund([{ lineNo: 1, qty: 1 }], "Wrong item", token), detail.error)
        compare(detail.lastReceipt, "T1-000002")
        verify(detail.message.indexOf("T1-000002") >= 0, detail.message)
        compare(detail.error, "")
        compare(counts().orders, before.orders + 1)
        compare(counts().journal, before.journal + 1)
        compare(detail.lines[0].refunded, 1)
        compare(detail.lines[0].refundable, 1)
        compare(detail.lines[1].refundable, 1)
        compare(detail.corrections.length, 1)
        compare(detail.corrections[0].receipt, "T1-000002")
        compare(detail.corrections[0].kind, "refund")
        compare(detail.corrections[0].total, "-₩9,000")
        compare(detail.corrections[0].reason, "Wrong item")
        compare(detail.corrections[0].approver, "Owner")
        verify(!detail.canVoid) // it has a refund now
        verify(detail.canRefund)

        // The token was used up with the refund.
        verify(!detail.refund([{ lineNo: 2, qty: 1 }], "Wrong item", token))
        verify(detail.error.length > 0)
        compare(counts().orders, before.orders + 1)

        // Everything left: one 김치찌개, the 불고기 정식 and the tip.
        verify(detail.refundAll("Customer left", approve("order.refund", sale.orderId)), detail.error)
        compare(detail.lastReceipt, "T1-000003")
        compare(detail.corrections.length, 2)
        compare(detail.corrections[1].total, "-₩24,000")
        verify(!detail.canRefund)
        compare(detail.lines[0].refundable, 0)
        compare(detail.lines[1].refundable, 0)

        // The refund itself, opened in the detail, says what it corrects and who approved it.
        const refund = createTemporaryObject(detailComponent, this, { store: store })
        const list = createTemporaryObject(listComponentHolder, this, { store: store })
        refund.orderId = list.data(list.index(0, 0), OrderListModel.OrderIdRole)
        compare(refund.kind, "refund")
        compare(refund.correctsReceipt, sale.receipt)
        compare(refund.reason, "Customer left")
        compare(refund.approver, "Owner")
        compare(refund.total, "-₩24,000")
        compare(refund.tip, "-₩2,000")
        verify(!refund.canRefund)
        verify(!refund.canVoid)
    }
    Component { id: listComponentHolder; OrderListModel {} }

    function test_previewWritesNothing() {
        const sale = sell(["M-KIMCHIx2", "M-BULGOGI"], 0, 2000)
        const detail = detailOf(sale)
        const before = counts()
        compare(detail.previewRefund([{ lineNo: 1, qty: 1 }], false), "-₩9,000")
        compare(detail.previewRefund([{ lineNo: 1, qty: 2 }, { lineNo: 2, qty: 1 }], false), "-₩31,000")
        compare(detail.previewRefund([], true), "-₩33,000") // everything, the tip included
        compare(detail.previewRefund([{ lineNo: 1, qty: 3 }], false), "") // more than was sold
        compare(detail.previewRefund([], false), "")
        compare(counts(), before)
        compare(detail.corrections.length, 0)
        // The next real refund still gets the next receipt number.
        verify(detail.refund([{ lineNo: 1, qty: 1 }], "Wrong item", approve("order.refund", sale.orderId)), detail.error)
        compare(detail.lastReceipt, "T1-000002")
        compare(detail.previewRefund([], true), "-₩24,000")
    }

    function test_overRefundRefusedAndApprovalKept() {
        const sale = sell(["M-KIMCHIx2"])
        const detail = detailOf(sale)
        const token = approve("order.refund", sale.orderId)
        const before = counts()
        verify(!detail.refund([{ lineNo: 1, qty: 3 }], "Wrong item", token))
        verify(detail.error.length > 0)
        compare(detail.lastReceipt, "")
        compare(counts(), before)
        compare(detail.lines[0].refundable, 2)
        // Nothing was written, so the approval was not used up either.
        verify(detail.refund([{ lineNo: 1, qty: 2 }], "Wrong item", token), detail.error)
        compare(counts().orders, before.orders + 1)
        verify(!detail.refund([{ lineNo: 1, qty: 1 }], "Wrong item", approve("order.refund", sale.orderId)))
        verify(detail.error.length > 0)
        compare(counts().orders, before.orders + 1)
    }

    function test_refusedWithoutApprovalOrReason_data() {
        return [
            { tag: "no approval", lines: [{ lineNo: 1, qty: 1 }], reason: "Wrong item", action: "" },
            { tag: "no reason", lines: [{ lineNo: 1, qty: 1 }], reason: "  ", action: "order.refund" },
            { tag: "no lines", lines: [], reason: "Wrong item", action: "order.refund" },
            { tag: "zero units", lines: [{ lineNo: 1, qty: 0 }], reason: "Wrong item", action: "order.refund" },
            { tag: "no such line", lines: [{ lineNo: 7, qty: 1 }], reason: "Wrong item", action: "order.refund" },
            { tag: "approval for a void", lines: [{ lineNo: 1, qty: 1 }], reason: "Wrong item", action: "order.void" },
            { tag: "approval for another order", lines: [{ lineNo: 1, qty: 1 }], reason: "Wrong item", action: "order.refund",
              otherRecord: true },
            { tag: "made-up token", lines: [{ lineNo: 1, qty: 1 }], reason: "Wrong item", action: "", token: "abcdef0123456789abcdef0123456789" },
        ]
    }

    function test_refusedWithoutApprovalOrReason(row) {
        const sale = sell(["M-KIMCHIx2"])
        const detail = detailOf(sale)
        const token = row.token ? row.token
                    : row.action.length === 0 ? ""
                    : approve(row.action, row.otherRecord ? "another-order" : sale.orderId)
        const before = counts()
        verify(!detail.refund(row.lines, row.reason, token))
        verify(detail.error.length > 0)
        compare(counts(), before)
        compare(detail.corrections.length, 0)
    }

    function test_voidAfterRefundRefused() {
        const sale = sell(["M-KIMCHIx2", "M-BULGOGI"])
        const detail = detailOf(sale)
        verify(detail.refund([{ lineNo: 2, qty: 1 }], "Quality problem", approve("order.refund", sale.orderId)), detail.error)
        verify(!detail.canVoid)
        const before = counts()
        verify(!detail.voidSale("Rung up by mistake", approve("order.void", sale.orderId)))
        verify(detail.error.length > 0)
        compare(counts(), before)
    }

    function test_voidThenNothingMore() {
        const sale = sell(["M-KIMCHIx2", "M-BULGOGI"], 40000)
        const detail = detailOf(sale)
        const before = counts()
        verify(!detail.voidSale("", approve("order.void", sale.orderId))) // a reason is required
        verify(detail.voidSale("Rung up by mistake", approve("order.void", sale.orderId)), detail.error)
        compare(detail.lastReceipt, "T1-000002")
        compare(counts().orders, before.orders + 1)
        compare(detail.corrections.length, 1)
        compare(detail.corrections[0].kind, "void")
        compare(detail.corrections[0].total, "-₩31,000")
        verify(!detail.canRefund)
        verify(!detail.canVoid)
        compare(detail.lines[0].refundable, 0)
        verify(!detail.refundAll("Customer left", approve("order.refund", sale.orderId)))
        verify(detail.error.length > 0)
        verify(!detail.voidSale("Again", approve("order.void", sale.orderId)))
        compare(counts().orders, before.orders + 1)
    }

    function test_reprintIsJournaledAsDuplicate() {
        const sale = sell(["M-KIMCHIx2"])
        const detail = detailOf(sale)
        verify(!detail.duplicate)
        const before = counts()
        verify(detail.reprint(), detail.error)
        verify(detail.duplicate)
        compare(Fixture.rowCount(store, "journal"), before.journal + 1)
        compare(detail.reprintSeq, before.journal + 1)
        compare(counts().orders, before.orders)
        compare(counts().payments, before.payments)
        verify(detail.message.length > 0)
        detail.orderId = ""
        verify(!detail.duplicate) // another order: no longer the reprinted one
    }
}
