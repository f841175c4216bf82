import QtQuick
import QtTest
import Madang.ViewModels
import Madang.Testing

TestCase {
    name: "ShiftModel"

    Component {
        id: shiftComponent
        ShiftModel {}
    }
    Component {
        id: approvalComponent
        ApprovalModel {}
    }

    property var store
    property var shift

    function init() {
        store = Fixture.freshStore("restaurant", true)
        verify(store.session.signIn(Fixture.ownerId(store), Fixture.ownerPin()))
        shift = createTemporaryObject(shiftComponent, this, { store: store })
    }

    function approve(reason, action) {
        const approval = createTemporaryObject(approvalComponent, this,
                                               { store: store, action: action || shift.noSaleAction, record: shift.shiftId, reason: reason })
        verify(approval.approve(Fixture.ownerId(store), Fixture.ownerPin()), approval.error)
        return approval.token
    }

    function test_openOnce() {
        verify(!shift.isOpen)
        verify(!shift.hasReport)
        verify(!shift.openShift(-1))
        verify(shift.error.length > 0)
        verify(shift.openShift(100000), shift.error)
        verify(shift.isOpen)
        verify(shift.openedText.indexOf("₩100,000") >= 0)
        verify(shift.openedText.indexOf("Owner") >= 0)
        verify(!shift.report.isZ)
        compare(shift.report.floatText, "₩100,000")
        compare(shift.report.expectedText, "₩100,000")
        verify(!shift.openShift(5000)) // one open shift per terminal
        verify(shift.error.length > 0)
    }

    function test_cashMovesAndNoSale() {
        verify(!shift.cashIn(5000, "bank")) // no shift yet
        verify(shift.openShift(50000))
        verify(!shift.cashIn(5000, "  "))
        verify(!shift.cashOut(0, "supplier"))
        verify(shift.cashIn(5000, "bank"), shift.error)
        verify(shift.cashOut(3000, "supplier"), shift.error)
        compare(shift.report.cashInText, "₩5,000")
        compare(shift.report.cashOutText, "₩3,000")
        compare(shift.report.expectedText, "₩52,000")

        // A no-sale needs a manager: none, a made-up token and a token for another record are refused.
        const before = Fixture.rowCount(store, "cash_movements")
        verify(!shift.noSale("change for a customer", ""))
        verify(shift.error.length > 0)
        verify(!shift.noSale("change for a customer", "bogus"))
        compare(Fixture.rowCount(store, "cash_movements"), before)
        const token = approve("change for a customer")
        verify(shift.noSale("change for a customer", token), shift.error)
        compare(shift.report.noSaleCount, 1)
        verify(!shift.noSale("again", token)) // single use
        compare(shift.report.noSaleCount, 1)
        compare(Fixture.rowCount(store, "cash_movements"), before + 1)
    }

    SignalSpy {
        id: needsApproval
        signalName: "cashOutNeedsApproval"
    }

    function test_cashOutBeyondTheDrawerNeedsApproval() {
        verify(shift.openShift(10000))
        needsApproval.target = shift
        needsApproval.clear()
        const before = Fixture.rowCount(store, "cash_movements")
        verify(!shift.cashOut(10001, "bank run"))
        compare(needsApproval.count, 1)
        compare(needsApproval.signalArguments[0][0], 10001)
        compare(needsApproval.signalArguments[0][1], "bank run")
        verify(needsApproval.signalArguments[0][2].indexOf("₩10,000 the drawer holds") >= 0,
               needsApproval.signalArguments[0][2])
        verify(!shift.cashOut(10001, "bank run", approve("bank run"))) // a no-sale token does not do
        compare(Fixture.rowCount(store, "cash_movements"), before)
        const token = approve("bank run", shift.cashOutAction)
        verify(shift.cashOut(10001, "bank run", token), shift.error)
        compare(shift.error, "")
        compare(shift.report.expectedText, "-₩1")
        verify(!shift.cashOut(1, "again", token)) // single use
        compare(Fixture.rowCount(store, "cash_movements"), before + 1)
        compare(needsApproval.count, 1) // refused tokens do not ask again
    }

    function test_outOfRangeRowIsLeftOut() {
        verify(shift.openShift(50000))
        compare(shift.report.outOfRangeText, "")
        // A cash-in of 2^63 - 1, as a version before the limits could store it.
        Fixture.query(store, "INSERT INTO cash_movements (id, shift_id, kind, amount_minor, reason, at) "
                             + "SELECT 'old', id, 'in', 9223372036854775807, 'old', 'x' FROM shifts")
        compare(Fixture.rowCount(store, "cash_movements"), 1)
        shift.refresh()
        compare(shift.report.expectedText, "₩50,000")
        verify(shift.report.outOfRangeText.indexOf("1 stored figure") >= 0, shift.report.outOfRangeText)
        verify(shift.closeShift(50000), shift.error)
        compare(shift.report.differenceMinor, 0)
        verify(shift.report.outOfRangeText.length > 0)
    }

    function test_closeGivesExactZ() {
        verify(shift.openShift(100000))
        verify(!Fixture.sellDemo(store, ["M-BULGOGIx2"], 0).error)   // ₩26,000
        verify(!Fixture.sellDemo(store, ["D-BEER", "D-COLA"], 10000).error) // ₩8,000, change ₩2,000
        compare(shift.report.salesCount, 2) // the X-report follows the sales
        compare(shift.report.salesText, "₩34,000")
        verify(shift.cashIn(5000, "bank"))
        verify(shift.cashOut(3000, "supplier"))
        compare(shift.report.expectedText, "₩136,000")

        verify(!shift.closeShift(-1))
        verify(shift.closeShift(135500), shift.error)
        verify(!shift.isOpen)
        const z = shift.report
        verify(z.isZ)
        compare(z.zNumber, 1)
        compare(z.salesCount, 2)
        compare(z.salesText, "₩34,000")
        compare(z.refundsCount, 0)
        compare(z.voidsCount, 0)
        compare(z.netText, "₩34,000")
        compare(z.byMethod.length, 1)
        compare(z.byMethod[0].label, "Cash")
        compare(z.byMethod[0].count, 2)
        compare(z.byMethod[0].amountText, "₩34,000")
        compare(z.byVat.length, 1)
        compare(z.byVat[0].label, "VAT 10%")
        compare(z.byVat[0].grossText, "₩34,000")
        compare(z.byStaff.length, 1)
        compare(z.byStaff[0].name, "Owner")
        compare(z.byStaff[0].orders, 2)
        compare(z.floatText, "₩100,000")
        compare(z.cashInText, "₩5,000")
        compare(z.cashOutText, "₩3,000")
        compare(z.expectedText, "₩136,000")
        compare(z.countedText, "₩135,500")
        compare(z.differenceMinor, -500)
        verify(z.differenceText.indexOf("500") >= 0)
        compare(Fixture.rowCount(store, "shift_closures"), 1)

        // The Z stays on screen until dismissed; the next shift starts from zero and gets Z #2.
        verify(shift.openShift(100000))
        compare(shift.report.salesCount, 0)
        verify(shift.closeShift(100000))
        compare(shift.report.zNumber, 2)
        compare(shift.report.differenceMinor, 0)
        shift.dismissReport()
        verify(!shift.hasReport)
    }
}
