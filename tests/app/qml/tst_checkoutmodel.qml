import QtQuick
import QtTest
import Madang.ViewModels
import Madang.Testing

TestCase {
    name: "CheckoutModel"

    Component {
        id: checkoutComponent
        CheckoutModel {}
    }
    Component {
        id: choiceComponent
        ModifierChoiceModel {}
    }
    Component {
        id: approvalComponent
        ApprovalModel {}
    }
    Component {
        id: editorComponent
        ItemEditorModel {}
    }
    Component {
        id: spyComponent
        SignalSpy {}
    }

    function line(checkout, row, role) {
        return checkout.lines.data(checkout.lines.index(row, 0), role)
    }
    function options(choices, group) {
        return choices.data(choices.index(group, 0), ModifierChoiceModel.OptionsRole)
    }
    function restaurant() {
        const store = Fixture.freshStore("restaurant", true)
        return { store: store, checkout: createTemporaryObject(checkoutComponent, this, { store: store }) }
    }
    function approvalFor(store, checkout) {
        const approval = createTemporaryObject(approvalComponent, this, {
            store: store, action: checkout.approvalAction, record: checkout.approvalRecord })
        verify(approval.approve(Fixture.ownerId(store), Fixture.ownerPin()), approval.error)
        return approval.token
    }

    function test_plainItemsMergeAndPrice() {
        const t = restaurant()
        const rice = Fixture.itemIdBySku(t.store, "S-RICE")
        verify(t.checkout.addItem(rice), t.checkout.error)
        verify(t.checkout.addItem(rice), t.checkout.error)
        compare(t.checkout.count, 1)
        compare(t.checkout.itemCount, 2)
        compare(line(t.checkout, 0, TicketLineModel.NameRole), "공기밥")
        compare(line(t.checkout, 0, TicketLineModel.QtyRole), 2)
        compare(line(t.checkout, 0, TicketLineModel.UnitTextRole), "₩1,000")
        compare(line(t.checkout, 0, TicketLineModel.TotalTextRole), "₩2,000")
        compare(t.checkout.subtotalText, "₩2,000")
        compare(t.checkout.totalText, "₩2,000")
        compare(t.checkout.totalMinor, 2000)
        compare(t.checkout.error, "")
    }

    function test_itemWithOptionsAsksForChoices() {
        const t = restaurant()
        const spy = createTemporaryObject(spyComponent, this, { target: t.checkout, signalName: "modifiersNeeded" })
        const kimchi = Fixture.itemIdBySku(t.store, "M-KIMCHI")
        verify(!t.checkout.addItem(kimchi))
        compare(spy.count, 1)
        compare(spy.signalArguments[0][0], kimchi)
        compare(spy.signalArguments[0][1], "김치찌개")
        compare(t.checkout.count, 0)
        compare(t.checkout.error, "")
    }

    function test_choicesRespectMinAndMax() {
        const t = restaurant()
        const kimchi = Fixture.itemIdBySku(t.store, "M-KIMCHI")
        const choices = createTemporaryObject(choiceComponent, this, { store: t.store })
        verify(choices.load(kimchi), choices.error)
        compare(choices.itemName, "김치찌개")
        compare(choices.rowCount(), 2)
        compare(choices.data(choices.index(0, 0), ModifierChoiceModel.NameRole), "맵기")
        verify(choices.data(choices.index(0, 0), ModifierChoiceModel.RequiredRole))
        verify(!choices.data(choices.index(1, 0), ModifierChoiceModel.RequiredRole))
        verify(!choices.valid)
        verify(choices.hint.indexOf("맵기") >= 0, choices.hint)

        verify(choices.toggle(0, 1)) // 보통
        verify(choices.valid)
        verify(choices.toggle(0, 2)) // 매운맛 replaces 보통: one of three
        const spice = options(choices, 0)
        compare(spice.filter(o => o.selected).length, 1)
        verify(spice[2].selected)
        verify(choices.toggle(0, 2)) // tapping it again keeps the answer
        verify(options(choices, 0)[2].selected)

        verify(choices.toggle(1, 0)) // 공기밥 +1,000
        verify(choices.toggle(1, 1)) // 계란후라이 +1,500
        compare(choices.priceDeltaMinor, 2500)
        compare(choices.priceDeltaText, "+₩2,500")
        compare(choices.unitPriceText, "₩11,500")
        verify(choices.toggle(1, 0)) // optional: can be taken off again
        compare(choices.priceDeltaMinor, 1500)
        verify(!choices.toggle(5, 0))

        verify(t.checkout.addItemWithChoices(kimchi, choices.choices), t.checkout.error)
        compare(t.checkout.count, 1)
        compare(line(t.checkout, 0, TicketLineModel.ModifiersTextRole), "맵기: 매운맛 · 추가: 계란후라이 +₩1,500")
        compare(line(t.checkout, 0, TicketLineModel.UnitTextRole), "₩10,500")
        compare(t.checkout.totalText, "₩10,500")
        // The same choices again make one line of two; other choices a line of their own.
        verify(t.checkout.addItemWithChoices(kimchi, choices.choices))
        compare(t.checkout.count, 1)
        compare(line(t.checkout, 0, TicketLineModel.QtyRole), 2)
        verify(choices.toggle(0, 0))
        verify(t.checkout.addItemWithChoices(kimchi, choices.choices))
        compare(t.checkout.count, 2)
    }

    function test_invalidChoicesAreRefused_data() {
        return [
            { tag: "required group unanswered", pick: [] , expect: "맵기" },
            { tag: "two in a one-of group", pick: [[0, 0], [0, 1]], expect: "맵기" },
            { tag: "same option twice", pick: [[0, 0], [0, 0]], expect: "twice" },
            { tag: "unknown option", pick: [[0, 0]], unknown: true, expect: "not offered" },
        ]
    }

    function test_invalidChoicesAreRefused(row) {
        const t = restaurant()
        const kimchi = Fixture.itemIdBySku(t.store, "M-KIMCHI")
        const choices = createTemporaryObject(choiceComponent, this, { store: t.store })
        verify(choices.load(kimchi))
        const groupIds = [choices.data(choices.index(0, 0), ModifierChoiceModel.GroupIdRole),
                          choices.data(choices.index(1, 0), ModifierChoiceModel.GroupIdRole)]
        const picked = row.pick.map(p => ({ groupId: groupIds[p[0]], optionId: options(choices, p[0])[p[1]].optionId }))
        if (row.unknown)
            picked.push({ groupId: groupIds[1], optionId: "no-such-option" })
        verify(!t.checkout.addItemWithChoices(kimchi, picked))
        verify(t.checkout.error.indexOf(row.expect) >= 0, t.checkout.error)
        compare(t.checkout.count, 0)
    }

    function test_quantitiesAndRemoval() {
        const t = restaurant()
        verify(t.checkout.addItem(Fixture.itemIdBySku(t.store, "S-RICE")))
        verify(t.checkout.addItem(Fixture.itemIdBySku(t.store, "D-COLA")))
        verify(t.checkout.increment(1))
        verify(t.checkout.increment(1))
        compare(line(t.checkout, 1, TicketLineModel.QtyRole), 3)
        compare(t.checkout.totalText, "₩7,000")
        verify(t.checkout.decrement(1))
        compare(line(t.checkout, 1, TicketLineModel.QtyRole), 2)
        verify(t.checkout.decrement(0)) // at 1: the line goes
        compare(t.checkout.count, 1)
        compare(line(t.checkout, 0, TicketLineModel.NameRole), "콜라 355ml")
        verify(!t.checkout.increment(4))
        verify(t.checkout.error.length > 0)
        verify(t.checkout.remove(0))
        compare(t.checkout.count, 0)
        compare(t.checkout.totalText, "₩0")
        compare(t.checkout.vatLines.length, 0)
    }

    function test_noteOnALine() {
        const t = restaurant()
        verify(t.checkout.addItem(Fixture.itemIdBySku(t.store, "S-RICE")))
        verify(t.checkout.setNote(0, "  덜 맵게  "))
        compare(line(t.checkout, 0, TicketLineModel.NoteRole), "덜 맵게")
        verify(!t.checkout.setNote(0, "x".repeat(201)))
        compare(line(t.checkout, 0, TicketLineModel.NoteRole), "덜 맵게")
        // A line with a note is its own line.
        verify(t.checkout.addItem(Fixture.itemIdBySku(t.store, "S-RICE")))
        compare(t.checkout.count, 2)
    }

    function test_discountsWithinTheLimit() {
        const t = restaurant()
        compare(t.checkout.discountApprovalPercent, 10)
        verify(!t.checkout.addItem(Fixture.itemIdBySku(t.store, "M-BIBIM"))) // optional extras: it still asks
        compare(t.checkout.count, 0)
        verify(t.checkout.addItem(Fixture.itemIdBySku(t.store, "G-SAMGYEOP")))  // 16,000
        verify(t.checkout.addItem(Fixture.itemIdBySku(t.store, "D-COLA")))      // 2,000
        verify(t.checkout.setLineDiscount(0, "percent", 1000), t.checkout.error)
        compare(line(t.checkout, 0, TicketLineModel.DiscountTextRole), "−10%")
        compare(line(t.checkout, 0, TicketLineModel.TotalTextRole), "₩14,400")
        verify(t.checkout.setOrderDiscount("amount", 1000), t.checkout.error) // 1,000 of 16,400: 6%
        compare(t.checkout.orderDiscountText, "−₩1,000")
        compare(t.checkout.subtotalText, "₩18,000")
        compare(t.checkout.discountText, "−₩2,600")
        compare(t.checkout.totalText, "₩15,400")
        verify(!t.checkout.approvalPending)
        verify(t.checkout.setLineDiscount(0, "none", 0))
        compare(line(t.checkout, 0, TicketLineModel.DiscountTextRole), "")
        verify(!t.checkout.setOrderDiscount("percent", -5))
        verify(!t.checkout.setOrderDiscount("bogus", 5))
        verify(!t.checkout.setLineDiscount(1, "amount", 5000)) // more than the line
        verify(t.checkout.error.length > 0)
    }

    function test_discountAboveTheLimitNeedsAManager() {
        const t = restaurant()
        const needed = createTemporaryObject(spyComponent, this, { target: t.checkout, signalName: "approvalNeeded" })
        verify(t.checkout.addItem(Fixture.itemIdBySku(t.store, "G-SAMGYEOP")))   // 16,000
        verify(t.checkout.addItem(Fixture.itemIdBySku(t.store, "G-MOKSAL")))     // 16,000
        verify(!t.checkout.setOrderDiscount("percent", 2000))
        compare(needed.count, 1)
        verify(t.checkout.approvalPending)
        verify(t.checkout.approvalSubject.indexOf("20%") >= 0, t.checkout.approvalSubject)
        compare(t.checkout.totalText, "₩32,000") // not applied yet
        const outboxBefore = Fixture.rowCount(t.store, "outbox")

        verify(!t.checkout.approveDiscount("0123456789abcdef0123456789abcdef"))
        verify(t.checkout.error.length > 0)
        verify(t.checkout.approvalPending)
        compare(t.checkout.totalText, "₩32,000")

        const token = approvalFor(t.store, t.checkout)
        verify(t.checkout.approveDiscount(token), t.checkout.error)
        verify(!t.checkout.approvalPending)
        compare(t.checkout.orderDiscountText, "−20%")
        compare(t.checkout.totalText, "₩25,600")
        compare(Fixture.rowCount(t.store, "outbox"), outboxBefore) // nothing is synced for an open ticket

        // An amount that is more than 10% of its line asks too; a token is good for one use only.
        verify(!t.checkout.setLineDiscount(1, "amount", 2000))
        verify(t.checkout.approvalPending)
        verify(!t.checkout.approveDiscount(token))
        verify(t.checkout.error.indexOf("already") >= 0, t.checkout.error)
        t.checkout.cancelDiscount()
        verify(!t.checkout.approvalPending)
        compare(line(t.checkout, 1, TicketLineModel.DiscountTextRole), "")
    }

    function test_approvalIsForThisTicketOnly() {
        const t = restaurant()
        verify(t.checkout.addItem(Fixture.itemIdBySku(t.store, "G-SAMGYEOP")))
        verify(!t.checkout.setOrderDiscount("percent", 5000))
        const token = approvalFor(t.store, t.checkout)
        t.checkout.clear() // a new ticket: a new record
        verify(t.checkout.addItem(Fixture.itemIdBySku(t.store, "G-SAMGYEOP")))
        verify(!t.checkout.setOrderDiscount("percent", 5000))
        verify(!t.checkout.approveDiscount(token))
        verify(t.checkout.error.indexOf("another") >= 0, t.checkout.error)
        compare(t.checkout.totalText, "₩16,000")
    }

    function test_tips() {
        const t = restaurant()
        compare(t.checkout.tipPresets, [0, 500, 1000, 1500])
        verify(t.checkout.addItem(Fixture.itemIdBySku(t.store, "G-SAMGYEOP")))
        verify(t.checkout.addItem(Fixture.itemIdBySku(t.store, "D-COLA")))
        verify(t.checkout.setTipPercent(1000))
        compare(t.checkout.tipPercent, 1000)
        compare(t.checkout.tipText, "₩1,800")
        compare(t.checkout.totalText, "₩19,800")
        verify(t.checkout.increment(1)) // the tip follows the ticket
        compare(t.checkout.tipText, "₩2,000")
        verify(t.checkout.setTipAmount(3000))
        compare(t.checkout.tipPercent, -1)
        compare(t.checkout.totalText, "₩23,000")
        verify(!t.checkout.setTipPercent(-500))
        verify(!t.checkout.setTipAmount(-1))
        compare(t.checkout.totalText, "₩23,000")
        // The tip is outside VAT.
        compare(t.checkout.vatLines.length, 1)
        compare(t.checkout.vatLines[0].amountText, "₩1,818")
    }

    function test_vatLinePerRate() {
        const store = Fixture.freshStore("restaurant", true)
        const editor = createTemporaryObject(editorComponent, this, { store: store })
        editor.startNew()
        editor.name = "생수 (면세)"
        editor.sku = "W-FREE"
        editor.price = "1000"
        editor.vatRate = "0"
        editor.category = "음료"
        verify(editor.save(), editor.error)
        const checkout = createTemporaryObject(checkoutComponent, this, { store: store })
        verify(checkout.addItem(Fixture.itemIdBySku(store, "W-FREE")))
        verify(checkout.addItem(Fixture.itemIdBySku(store, "S-NOODLE"))) // 2,000 at 10%
        verify(checkout.vatIncluded)
        compare(checkout.vatLines.length, 2)
        compare(checkout.vatLines[0].label, "VAT 0%")
        compare(checkout.vatLines[0].amountText, "₩0")
        compare(checkout.vatLines[1].label, "VAT 10%")
        compare(checkout.vatLines[1].amountText, "₩182")
        compare(checkout.totalText, "₩3,000")
    }

    function test_barcodes() {
        const store = Fixture.freshStore("salon", true)
        const checkout = createTemporaryObject(checkoutComponent, this, { store: store })
        verify(checkout.addByBarcode("8801234500017"), checkout.error)
        verify(checkout.addByBarcode(" 8801234500017\n"))
        compare(checkout.count, 1)
        compare(line(checkout, 0, TicketLineModel.NameRole), "두피 샴푸 500ml")
        compare(line(checkout, 0, TicketLineModel.QtyRole), 2)
        verify(!checkout.addByBarcode("4006381333931"))
        verify(checkout.error.indexOf("4006381333931") >= 0, checkout.error)
        verify(!checkout.addByBarcode(""))
        compare(checkout.count, 1)
        verify(checkout.addByBarcode("8801234500024")) // a good scan clears the message
        compare(checkout.error, "")
    }

    // The customer a ticket is rung up for: looked up by id from the customer search, shown with a hyphenated
    // number, kept on hold and back, and gone with the ticket. An unknown id is refused and changes nothing.
    function test_customerOnTheTicket() {
        const t = restaurant()
        verify(Fixture.exec(t.store, "INSERT INTO customers (id, name, phone, phone_last4, created_at, updated_at) VALUES "
                                     + "('c-1', '김하늘', '+821098765432', '5432', '2026-12-07T10:00:00.000+09:00', "
                                     + "'2026-12-07T10:00:00.000+09:00')"))
        compare(t.checkout.customerText, "")
        verify(!t.checkout.setCustomer("no-such-customer"))
        verify(t.checkout.error.length > 0)
        compare(t.checkout.customerId, "")
        verify(t.checkout.addItem(Fixture.itemIdBySku(t.store, "G-SAMGYEOP")))
        verify(t.checkout.setCustomer("c-1"), t.checkout.error)
        compare(t.checkout.customerText, "김하늘 · 010-9876-5432")
        verify(t.checkout.park("Table 4"), t.checkout.error)
        compare(t.checkout.customerText, "")
        verify(t.checkout.resume(t.checkout.parkedTickets[0].parkedId), t.checkout.error)
        compare(t.checkout.customerId, "c-1")
        t.checkout.clearCustomer()
        compare(t.checkout.customerText, "")
        compare(t.checkout.count, 1) // the lines stay
        verify(t.checkout.setCustomer("c-1"))
        t.checkout.clear()
        compare(t.checkout.customerId, "")
    }

    function test_parkAndResume() {
        const t = restaurant()
        verify(t.store.session.signIn(Fixture.ownerId(t.store), Fixture.ownerPin()))
        verify(!t.checkout.park("Table 4")) // nothing to hold
        verify(t.checkout.addItem(Fixture.itemIdBySku(t.store, "G-SAMGYEOP")))
        verify(t.checkout.setTipAmount(1000))
        verify(t.checkout.park("Table 4"), t.checkout.error)
        compare(t.checkout.count, 0)
        compare(t.checkout.parkedTickets.length, 1)
        const held = t.checkout.parkedTickets[0]
        compare(held.label, "Table 4")
        compare(held.lineCount, 1)
        compare(held.totalText, "₩17,000")

        verify(t.checkout.addItem(Fixture.itemIdBySku(t.store, "D-COLA")))
        verify(t.checkout.park(""))
        compare(t.checkout.parkedTickets.length, 2)
        verify(t.checkout.parkedTickets[1].label.length > 0)

        verify(t.checkout.addItem(Fixture.itemIdBySku(t.store, "S-RICE")))
        verify(!t.checkout.resume(held.parkedId)) // the open ticket is not thrown away
        verify(t.checkout.error.indexOf("Hold or clear") >= 0, t.checkout.error)
        t.checkout.clear()
        verify(t.checkout.resume(held.parkedId), t.checkout.error)
        compare(t.checkout.count, 1)
        compare(line(t.checkout, 0, TicketLineModel.NameRole), "삼겹살 (200g)")
        compare(t.checkout.totalText, "₩17,000")
        compare(t.checkout.parkedTickets.length, 1)
        t.checkout.clear()
        verify(!t.checkout.resume(held.parkedId)) // someone else took it
        verify(t.checkout.error.length > 0)
        compare(t.checkout.count, 0)
    }
}
