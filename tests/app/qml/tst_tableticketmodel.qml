import QtQuick
import QtTest
import Madang.ViewModels
import Madang.Testing

TestCase {
    name: "TableTicketModel"

    Component {
        id: floorComponent
        FloorModel {}
    }
    Component {
        id: ticketComponent
        TableTicketModel {}
    }
    Component {
        id: paymentComponent
        TablePaymentModel {}
    }
    Component {
        id: choicesComponent
        ModifierChoiceModel {}
    }
    Component {
        id: spyComponent
        SignalSpy {}
    }

    property var store
    property var floor
    property var ticket

    function idOf(name) {
        for (let row = 0; row < floor.count; ++row) {
            if (floor.data(floor.index(row, 0), FloorModel.NameRole) === name)
                return floor.data(floor.index(row, 0), FloorModel.TableIdRole)
        }
        return ""
    }
    function line(row, role) {
        return ticket.data(ticket.index(row, 0), role)
    }
    function item(sku) {
        const id = Fixture.itemIdBySku(store, sku)
        verify(id.length > 0, sku)
        return id
    }

    function init() {
        store = Fixture.freshStore("restaurant", true)
        verify(store.session.signIn(Fixture.ownerId(store), Fixture.ownerPin()))
        floor = createTemporaryObject(floorComponent, this, { store: store })
        verify(floor.open(idOf("1"), 2), floor.error)
        ticket = createTemporaryObject(ticketComponent, this, { store: store, tableId: idOf("1") })
        verify(ticket.hasTicket)
        compare(ticket.tableName, "1")
        compare(ticket.guests, 2)
        compare(ticket.status, "seated")
    }

    // 불고기 정식 ×2 (kitchen, course 2) and a cola (bar): ₩28,000.
    function orderBasics() {
        verify(ticket.addItem(item("M-BULGOGI")), ticket.error)
        verify(ticket.addItem(item("M-BULGOGI")), ticket.error)
        verify(ticket.addItem(item("D-COLA")), ticket.error)
        compare(ticket.count, 2)
        compare(ticket.itemCount, 3)
        compare(ticket.totalMinor, 28000)
    }

    function test_addAndSend() {
        verify(!ticket.addItem("no-such-item"))
        verify(ticket.error.length > 0)
        orderBasics()
        compare(line(0, TableTicketModel.QtyRole), 2)
        compare(line(0, TableTicketModel.KitchenRole), "new")
        compare(ticket.unsentCount, 2)

        compare(ticket.sendToKitchen(), 2) // bar and kitchen
        compare(ticket.kitchenLog.length, 2)
        // Each slip names its station as people read it (Bar/바, Kitchen/주방), never by its stored key.
        verify(ticket.kitchenLog.some(s => /\n(Bar|바) · /.test(s) && s.indexOf("콜라") >= 0))
        verify(ticket.kitchenLog.some(s => /\n(Kitchen|주방) · /.test(s) && s.indexOf("불고기 정식 x2") >= 0))
        verify(!ticket.kitchenLog.some(s => /\n(bar|kitchen) · /.test(s)))
        compare(line(0, TableTicketModel.KitchenRole), "sent")
        compare(ticket.unsentCount, 0)
        compare(ticket.status, "ordered")

        // The second send has nothing new.
        compare(ticket.sendToKitchen(), 0)
        compare(ticket.kitchenLog.length, 2)

        // One more bulgogi and a note on the cola: changes; then one line is taken off: a cancellation.
        verify(ticket.increment(0))
        compare(line(0, TableTicketModel.KitchenRole), "changed")
        verify(ticket.setNote(1, "얼음 빼고"))
        compare(line(1, TableTicketModel.NoteRole), "얼음 빼고")
        compare(ticket.unsentCount, 2)
        compare(ticket.sendToKitchen(), 2)
        verify(ticket.kitchenLog[0].indexOf("얼음 빼고") >= 0 || ticket.kitchenLog[1].indexOf("얼음 빼고") >= 0)
        verify(ticket.kitchenLog.some(s => s.indexOf("+1") >= 0))
        verify(ticket.decrement(1))
        compare(ticket.count, 1)
        compare(ticket.unsentCount, 1)
        compare(ticket.sendToKitchen(), 1)
        verify(ticket.kitchenLog[0].indexOf("CANCEL") >= 0)

        // The floor shows the table's running total.
        floor.refresh()
        compare(floor.table(idOf("1")).status, "ordered")
        compare(floor.table(idOf("1")).totalText, "₩39,000")
    }

    function test_barPrinterGetsItsSlips() {
        verify(Fixture.addPrinter(store, "Bar").length > 0)
        orderBasics()
        compare(ticket.sendToKitchen(), 2)
        compare(ticket.kitchenLog.length, 2) // both slips are in the log
        compare(Fixture.rowCount(store, "print_jobs"), 1) // only the bar has a printer
        compare(ticket.sendToKitchen(), 0)
        compare(Fixture.rowCount(store, "print_jobs"), 1)
    }

    function test_options() {
        const kimchi = item("M-KIMCHI")
        const spy = createTemporaryObject(spyComponent, this, { target: ticket, signalName: "modifiersNeeded" })
        verify(!ticket.addItem(kimchi))
        compare(spy.count, 1)
        compare(spy.signalArguments[0][0], kimchi)
        compare(ticket.count, 0)

        const choices = createTemporaryObject(choicesComponent, this, { store: store })
        verify(choices.load(kimchi))
        verify(!ticket.addItemWithChoices(kimchi, choices.choices)) // spice level is required
        verify(ticket.error.length > 0)
        verify(choices.toggle(0, 2))
        verify(choices.toggle(1, 0))
        verify(choices.valid)
        verify(ticket.addItemWithChoices(kimchi, choices.choices), ticket.error)
        compare(ticket.count, 1)
        compare(line(0, TableTicketModel.OptionsTextRole), "매운맛, 공기밥")
        compare(ticket.totalMinor, 10000)
        verify(!ticket.addItemWithChoices(kimchi, [{ groupId: "x", optionId: "y" }]))
    }

    function test_billAndShares() {
        verify(!ticket.printBill()) // nothing to bill
        orderBasics()
        verify(ticket.printBill(), ticket.error)
        compare(ticket.status, "bill")
        const shares = ticket.shares(3)
        compare(shares.length, 3)
        compare(shares[0].amountMinor, 9334)
        compare(shares[1].amountMinor, 9333)
        compare(shares[2].amountMinor, 9333)
        compare(shares[0].amountText, "₩9,334")
        compare(ticket.shares(0).length, 0)
    }

    function test_splitByItemsAndPay() {
        orderBasics()
        compare(ticket.sendToKitchen(), 2)
        verify(!ticket.pickLess(0))
        verify(ticket.pickMore(0))
        verify(ticket.pickMore(1))
        verify(ticket.pickMore(1) === false) // only one cola
        compare(ticket.pickedCount, 2)
        compare(ticket.pickedTotalText, "₩15,000")
        compare(line(0, TableTicketModel.PickedRole), 1)

        const pay = createTemporaryObject(paymentComponent, this,
                                          { store: store, tableId: ticket.tableId, picks: ticket.picks() })
        verify(!pay.wholeTable)
        verify(pay.start(), pay.error)
        compare(pay.dueMinor, 15000)
        verify(!pay.payCash(10000)) // too little: nothing written
        compare(Fixture.rowCount(store, "orders"), 0)
        verify(pay.payCash(20000), pay.error)
        verify(pay.done)
        compare(pay.changeText, "₩5,000")
        verify(pay.receipt.length > 0)
        compare(Fixture.rowCount(store, "orders"), 1)

        // The rest stays on the table and the kitchen hears nothing about what was paid.
        ticket.refresh()
        verify(ticket.hasTicket)
        compare(ticket.count, 1)
        compare(ticket.itemCount, 1)
        compare(ticket.totalMinor, 13000)
        compare(ticket.unsentCount, 0)
        compare(ticket.pickedCount, 0)
        compare(ticket.sendToKitchen(), 0)
    }

    function test_payWholeTable() {
        orderBasics()
        const pay = createTemporaryObject(paymentComponent, this, { store: store, tableId: ticket.tableId })
        verify(pay.start(), pay.error)
        compare(pay.dueText, "₩28,000")
        // A guest's card, a guest's share in cash, then cash with change for the rest.
        verify(!pay.addCard(14000, ""))
        verify(pay.addCard(14000, "00123456"), pay.error)
        verify(!pay.addCard(20000, "00123457")) // more than is left
        verify(pay.addCash(4000), pay.error)
        compare(pay.remainingText, "₩10,000")
        compare(pay.tenders.length, 2)
        verify(pay.payCash(50000), pay.error)
        verify(pay.done)
        compare(pay.changeText, "₩40,000")
        compare(Fixture.rowCount(store, "orders"), 1)
        compare(Fixture.rowCount(store, "payments"), 3)
        compare(Fixture.rowCount(store, "open_tickets"), 0)
        ticket.refresh()
        verify(!ticket.hasTicket)
        compare(ticket.status, "free")
        floor.refresh()
        compare(floor.table(idOf("1")).status, "free")
    }

    // The table's bill in the payment dialog the counter uses: three equal shares, quick cash from core, one
    // guest's share in cash as a part (the cash button with less than is left), then a note for the rest.
    function test_sharesAndQuickCash() {
        orderBasics()
        const pay = createTemporaryObject(paymentComponent, this, { store: store, tableId: ticket.tableId })
        verify(pay.start(), pay.error)
        compare(pay.shares.length, 0)
        pay.shareWays = 3
        compare(pay.shares.map(g => g.amountMinor), [9334, 9333, 9333])
        compare(pay.shares.map(g => g.amountMinor), ticket.shares(3).map(g => g.amountMinor))
        compare(pay.quickCash.map(q => q.minor), [28000, 30000, 50000])
        pay.setEntry(pay.shares[0].amountMinor)
        compare(pay.entryText, "₩9,334")
        verify(pay.takeCash(pay.entryMinor), pay.error)
        verify(!pay.done)
        compare(pay.entryMinor, 0)
        compare(pay.tenders.length, 1)
        compare(pay.tenders[0].amountText, "₩9,334")
        compare(pay.remainingText, "₩18,666")
        compare(pay.quickCash.map(q => q.minor), [18666, 19000, 20000, 50000])
        compare(Fixture.rowCount(store, "orders"), 0) // nothing written before it is all paid
        verify(pay.takeCash(20000), pay.error)
        verify(pay.done)
        compare(pay.changeText, "₩1,334")
        compare(pay.saleTotalText, "₩28,000")
        compare(pay.quickCash.length, 0)
        compare(pay.shares.length, 0)
        compare(Fixture.rowCount(store, "payments"), 2)
        verify(!pay.takeCash(1000)) // not twice
        verify(pay.error.indexOf("already paid") >= 0, pay.error)
    }

    function test_changedTicketIsNotPaid() {
        orderBasics()
        const pay = createTemporaryObject(paymentComponent, this, { store: store, tableId: ticket.tableId })
        verify(pay.start())
        verify(ticket.addItem(item("D-BEER"))) // someone adds a beer meanwhile
        verify(!pay.payCash(100000))
        verify(pay.error.indexOf("changed while paying") >= 0, pay.error)
        compare(Fixture.rowCount(store, "orders"), 0)
        compare(Fixture.rowCount(store, "open_tickets"), 1)
        verify(pay.start())
        compare(pay.dueMinor, 34000)
    }

    function test_failedSplitPaymentKeepsTheItems() {
        orderBasics()
        verify(ticket.pickMore(0))
        const pay = createTemporaryObject(paymentComponent, this,
                                          { store: store, tableId: ticket.tableId, picks: ticket.picks() })
        verify(pay.start())
        verify(!pay.finalize()) // the split runs, then the sale is refused (nothing paid): all rolled back
        verify(pay.error.length > 0)
        ticket.refresh()
        compare(ticket.itemCount, 3)
        compare(Fixture.rowCount(store, "orders"), 0)
    }

    function test_editsNeedATicket() {
        const free = createTemporaryObject(ticketComponent, this, { store: store, tableId: idOf("2") })
        verify(!free.hasTicket)
        compare(free.status, "free")
        verify(!free.addItem(item("D-COLA")))
        verify(free.error.length > 0)
        compare(free.sendToKitchen(), -1)
    }
}
