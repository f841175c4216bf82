import QtQuick
import QtTest
import Madang.ViewModels
import Madang.Testing

TestCase {
    name: "PaymentModel"

    Component {
        id: checkoutComponent
        CheckoutModel {}
    }
    Component {
        id: paymentComponent
        PaymentModel {}
    }
    Component {
        id: choiceComponent
        ModifierChoiceModel {}
    }
    Component {
        id: spyComponent
        SignalSpy {}
    }
    Component {
        id: approvalComponent
        ApprovalModel {}
    }
    Component {
        id: cardComponent
        BookingCardModel {}
    }

    // A signed-in restaurant counter with 김치찌개 (보통) on the ticket: ₩9,000 due.
    function counter(signIn) {
        const store = Fixture.freshStore("restaurant", true)
        if (signIn !== false)
            verify(store.session.signIn(Fixture.ownerId(store), Fixture.ownerPin()), store.session.error)
        const checkout = createTemporaryObject(checkoutComponent, this, { store: store })
        const choices = createTemporaryObject(choiceComponent, this, { store: store })
        const kimchi = Fixture.itemIdBySku(store, "M-KIMCHI")
        verify(choices.load(kimchi))
        verify(choices.toggle(0, 1))
        verify(checkout.addItemWithChoices(kimchi, choices.choices), checkout.error)
        const payment = createTemporaryObject(paymentComponent, this, { store: store, checkout: checkout })
        payment.start()
        compare(payment.dueMinor, 9000)
        return { store: store, checkout: checkout, payment: payment }
    }

    function expectNothingWritten(c) {
        compare(Fixture.rowCount(c.store, "orders"), 0)
        compare(Fixture.rowCount(c.store, "payments"), 0)
        compare(Fixture.rowCount(c.store, "journal"), 0)
        compare(Fixture.rowCount(c.store, "receipt_counters"), 0)
        compare(c.checkout.count, 1) // the ticket is kept
        verify(!c.payment.done)
    }

    function test_cashWithChange() {
        const c = counter()
        const completed = createTemporaryObject(spyComponent, this, { target: c.payment, signalName: "completed" })
        const outboxBefore = Fixture.rowCount(c.store, "outbox")
        compare(c.payment.dueText, "₩9,000")
        compare(c.payment.remainingText, "₩9,000")
        compare(c.payment.quickCash.map(q => q.minor), [9000, 10000, 50000])
        verify(c.payment.quickCash[0].exact)
        compare(c.payment.quickCash[1].label, "₩10,000")
        verify(!c.payment.canComplete)

        verify(c.payment.payCash(10000), c.payment.error)
        verify(c.payment.done)
        compare(c.payment.receipt, "T1-000001")
        compare(c.payment.saleTotalText, "₩9,000")
        compare(c.payment.changeMinor, 1000)
        compare(c.payment.changeText, "₩1,000")
        compare(c.payment.error, "")
        compare(completed.count, 1)
        compare(completed.signalArguments[0][0], "T1-000001")
        compare(Fixture.rowCount(c.store, "orders"), 1)
        compare(Fixture.rowCount(c.store, "order_lines"), 1)
        compare(Fixture.rowCount(c.store, "payments"), 1)
        compare(Fixture.rowCount(c.store, "journal"), 1)
        compare(Fixture.rowCount(c.store, "shifts"), 1) // no shift was open: the sale opened one
        compare(Fixture.rowCount(c.store, "outbox"), outboxBefore + 2)
        compare(c.checkout.count, 0) // a new ticket
        compare(c.checkout.totalText, "₩0")
        verify(!c.payment.payCash(10000)) // not twice
        compare(Fixture.rowCount(c.store, "orders"), 1)

        c.payment.newSale()
        verify(!c.payment.done)
        compare(c.payment.receipt, "")
        verify(c.checkout.addItem(Fixture.itemIdBySku(c.store, "S-RICE")))
        verify(c.payment.payCash(1000), c.payment.error)
        compare(c.payment.receipt, "T1-000002")
        compare(c.payment.changeText, "₩0")
    }

    function test_approvedDiscountSurvivesHoldAndResume() {
        const c = counter()
        verify(!c.checkout.setOrderDiscount("percent", 2000)) // above the 10% limit: a manager approves
        const approval = createTemporaryObject(approvalComponent, this, {
            store: c.store, action: c.checkout.approvalAction, record: c.checkout.approvalRecord })
        verify(approval.approve(Fixture.ownerId(c.store), Fixture.ownerPin()), approval.error)
        verify(c.checkout.approveDiscount(approval.token), c.checkout.error)
        verify(c.checkout.park("Window seat"), c.checkout.error)
        verify(c.checkout.resume(c.checkout.parkedTickets[0].parkedId), c.checkout.error)
        compare(c.checkout.totalText, "₩7,200")
        c.payment.start()
        verify(c.payment.payCash(7200), c.payment.error)
        // The sale's journal entry still names the manager who approved the discount before the hold.
        compare(Fixture.lastJournalBody(c.store).approver_id, Fixture.ownerId(c.store))
    }

    function test_insufficientCashIsRefusedAndNothingWritten() {
        const c = counter()
        verify(!c.payment.payCash(5000))
        verify(c.payment.error.indexOf("₩4,000 is still due") >= 0, c.payment.error)
        verify(!c.payment.payCash(0))
        verify(c.payment.error.length > 0)
        expectNothingWritten(c)
        verify(c.payment.payCash(9000), c.payment.error) // then the right amount goes through
        compare(c.payment.receipt, "T1-000001")
        compare(c.payment.changeText, "₩0")
    }

    function test_cardWithoutReferenceIsRefused() {
        const c = counter()
        verify(!c.payment.addCard(9000, "  "))
        verify(c.payment.error.indexOf("approval number") >= 0, c.payment.error)
        compare(c.payment.tenders.length, 0)
        verify(!c.payment.addCard(0, "A1"))
        verify(!c.payment.addCard(12000, "A1")) // more than is due
        verify(c.payment.error.indexOf("₩12,000") >= 0, c.payment.error)
        verify(!c.payment.finalize())
        expectNothingWritten(c)
    }

    function test_cardForTheWholeAmount() {
        const c = counter()
        verify(c.payment.addCard(9000, "30012345"), c.payment.error)
        verify(c.payment.done)
        compare(c.payment.receipt, "T1-000001")
        compare(c.payment.changeText, "₩0")
        compare(Fixture.rowCount(c.store, "payments"), 1)
    }

    function test_mixedTenderCardThenCash() {
        const c = counter()
        verify(c.payment.addCard(5000, "30012345"), c.payment.error)
        verify(!c.payment.done)
        compare(c.payment.tenders.length, 1)
        compare(c.payment.tenders[0].method, "card")
        compare(c.payment.tenders[0].reference, "30012345")
        compare(c.payment.paidText, "₩5,000")
        compare(c.payment.remainingMinor, 4000)
        compare(c.payment.quickCash.map(q => q.minor), [4000, 5000, 10000, 50000])
        verify(!c.payment.payCash(3000)) // still short: the card part stays, nothing is written
        compare(c.payment.tenders.length, 1)
        expectNothingWritten(c)
        verify(c.payment.payCash(5000), c.payment.error)
        compare(c.payment.changeText, "₩1,000")
        compare(c.payment.receipt, "T1-000001")
        compare(Fixture.rowCount(c.store, "orders"), 1)
        compare(Fixture.rowCount(c.store, "payments"), 2)
        compare(Fixture.rowCount(c.store, "journal"), 1)
    }

    function test_removeACardPart() {
        const c = counter()
        verify(c.payment.addCard(4000, "A1"))
        verify(c.payment.removeTender(0))
        compare(c.payment.remainingMinor, 9000)
        verify(!c.payment.removeTender(0))
    }

    function test_nobodySignedInIsRefused() {
        const c = counter(false)
        verify(!c.payment.payCash(10000))
        verify(c.payment.error.indexOf("Sign in") >= 0, c.payment.error)
        expectNothingWritten(c)
    }

    function test_keypad() {
        const c = counter()
        c.payment.appendDigits("1")
        c.payment.appendDigits("000")
        c.payment.appendDigits("0")
        compare(c.payment.entryMinor, 10000)
        compare(c.payment.entryText, "₩10,000")
        c.payment.backspace()
        compare(c.payment.entryMinor, 1000)
        c.payment.appendDigits("x")
        compare(c.payment.entryMinor, 1000)
        c.payment.clearEntry()
        compare(c.payment.entryMinor, 0)
        c.payment.setEntry(50000)
        compare(c.payment.entryText, "₩50,000")
        for (let i = 0; i < 20; ++i)
            c.payment.appendDigits("9")
        verify(c.payment.entryMinor <= 10000000000000)
    }

    function test_dueFollowsTheTicket() {
        const c = counter()
        verify(c.checkout.addItem(Fixture.itemIdBySku(c.store, "D-COLA")))
        compare(c.payment.dueMinor, 11000)
        verify(c.checkout.setTipPercent(1000))
        compare(c.payment.dueText, "₩12,100")
        verify(c.payment.payCash(20000))
        compare(c.payment.changeText, "₩7,900")
    }

    // A salon checking out 김하늘's full colour (₩90,000 with a short length, ₩110,000 long), booked with a
    // ₩20,000 deposit (or the deposit set to `deposit`): the ticket, the Pay button and the payment all show
    // what is left after the deposit, and the sale journals the deposit as the deposit tender.
    function test_depositCredit_data() {
        return [
            { tag: "deposit below the total", length: 0, deposit: 20000, total: "₩90,000", credit: 20000,
              due: 70000, dueText: "₩70,000", quick: [70000, 100000], cash: 100000, change: "₩30,000",
              paid: "₩70,000", creditText: "₩20,000" },
            { tag: "a longer length costs more", length: 2, deposit: 20000, total: "₩110,000", credit: 20000,
              due: 90000, dueText: "₩90,000", quick: [90000, 100000], cash: 90000, change: "₩0",
              paid: "₩90,000", creditText: "₩20,000" },
            { tag: "deposit above the total", length: 0, deposit: 100000, total: "₩90,000", credit: 90000,
              due: 0, dueText: "₩0", quick: [], cash: 0, change: "₩0", paid: "₩0",
              creditText: "₩90,000" },
        ]
    }
    function test_depositCredit(row) {
        const store = Fixture.freshStore("salon", true)
        verify(store.session.signIn(Fixture.ownerId(store), Fixture.ownerPin()), store.session.error)
        const bookingId = Fixture.query(store, "SELECT id FROM bookings WHERE deposit_minor = 20000 AND item_id = "
                                        + "(SELECT id FROM items WHERE sku = 'CLR-FULL') ORDER BY starts_at LIMIT 1")
        verify(bookingId.length > 0)
        if (row.deposit !== 20000)
            verify(Fixture.exec(store, "UPDATE bookings SET deposit_minor = " + row.deposit + " WHERE id = '"
                                + bookingId + "'"))
        const card = createTemporaryObject(cardComponent, this, { store: store, bookingId: bookingId })
        verify(card.checkIn(), card.error)
        const checkout = createTemporaryObject(checkoutComponent, this, { store: store })
        verify(checkout.startFromBooking(bookingId), checkout.error)
        const colour = Fixture.itemIdBySku(store, "CLR-FULL")
        const choices = createTemporaryObject(choiceComponent, this, { store: store })
        verify(choices.load(colour))
        verify(choices.toggle(0, row.length))
        verify(checkout.addItemWithChoices(colour, choices.choices), checkout.error)

        // The ticket: its total, the deposit credited, and what is left to pay (the total line and Pay button).
        compare(checkout.totalText, row.total)
        compare(checkout.depositCreditMinor, row.credit)
        compare(checkout.dueMinor, row.due)
        compare(checkout.dueText, row.dueText)

        // The payment takes that same figure: due, still due, the quick cash and the change.
        const payment = createTemporaryObject(paymentComponent, this, { store: store, checkout: checkout })
        payment.start()
        compare(payment.dueMinor, row.due)
        compare(payment.dueText, row.dueText)
        compare(payment.remainingText, row.dueText)
        compare(payment.credits.length, 1)
        verify(payment.credits[0].label.indexOf("김하늘") >= 0, payment.credits[0].label)
        compare(payment.tenders.length, 0) // the deposit is a credit, not a tender typed at the counter
        compare(payment.quickCash.map(q => q.minor), row.quick)
        if (row.due > 0) {
            verify(!payment.canComplete)
            verify(payment.payCash(row.cash), payment.error)
        } else {
            verify(payment.canComplete) // the deposit covers it all
            verify(payment.finalize(), payment.error)
        }
        verify(payment.done)
        compare(payment.changeText, row.change)
        compare(payment.saleTotalText, row.paid)
        compare(payment.saleCreditText, row.creditText)
        // The receipt shows it as paid by deposit: the deposit tender names the booking.
        compare(Fixture.query(store, "SELECT amount_minor FROM payments WHERE method = 'deposit' AND reference = '"
                              + bookingId + "'"), String(row.credit))
        compare(Fixture.query(store, "SELECT coalesce(sum(amount_minor), 0) FROM payments WHERE method = 'cash'"),
                String(row.due))
        compare(Fixture.query(store, "SELECT status FROM bookings WHERE id = '" + bookingId + "'"), "completed")
    }
}
