import QtQuick
import QtTest
import Madang.ViewModels
import Madang.Testing

TestCase {
    name: "TodayModel"

    Component {
        id: todayComponent
        TodayModel {}
    }
    Component {
        id: arrivalsComponent
        ArrivalsModel {}
    }
    Component {
        id: cardComponent
        BookingCardModel {}
    }
    Component {
        id: reservationsComponent
        ReservationsModel {}
    }

    function test_figures_data() {
        return [
            { tag: "salon", vertical: "salon" },
            { tag: "restaurant", vertical: "restaurant" },
            { tag: "cleaning", vertical: "cleaning" },
        ]
    }

    // What a worker looks at between customers, and nothing about the catalog or the staff list.
    function test_figures(row) {
        const store = Fixture.freshStore(row.vertical, true)
        const today = createTemporaryObject(todayComponent, this, { store: store })
        compare(today.vertical, row.vertical)
        compare(today.pendingSync, Fixture.rowCount(store, "outbox"))
        verify(today.pendingSync > 0)
        verify(today.dateText.length > 0)
        compare(today.error, "")
        compare(today.salesCount, 0)
        compare(today.salesText, "₩0")
        verify(today.salesNote.length > 0)
        compare(today.catalogItems, undefined)
        compare(today.staffCount, undefined)
    }

    // A sale shows at once: the figure, the count, and one more change waiting to upload.
    function test_salesSoFar() {
        const store = Fixture.freshStore("restaurant", true)
        const today = createTemporaryObject(todayComponent, this, { store: store })
        const pending = today.pendingSync
        const first = Fixture.sellDemo(store, ["M-KIMCHIx2"], 0)
        verify(first.orderId !== undefined, first.error)
        const second = Fixture.sellDemo(store, ["D-COLA"], 0, 1000)
        verify(second.orderId !== undefined, second.error)
        compare(today.salesCount, 2)
        compare(today.salesText, "₩" + (first.totalMinor + second.totalMinor).toLocaleString(Qt.locale("en_US"), "f", 0))
        verify(today.salesNote.indexOf("2") >= 0, today.salesNote)
        verify(today.pendingSync > pending)
    }

    // Salon: checking a customer in puts her among those here now and takes her off the expected list.
    function test_hereNowSalon() {
        const store = Fixture.freshStore("salon", true)
        const today = createTemporaryObject(todayComponent, this, { store: store })
        const arrivals = createTemporaryObject(arrivalsComponent, this, { store: store })
        compare(today.hereNow.length, 0)
        compare(today.hereNote, "No one is checked in")
        verify(arrivals.count > 0)
        const expected = arrivals.count
        const bookingId = arrivals.data(arrivals.index(0, 0), 257) // BookingIdRole
        verify(bookingId.length > 0)
        const card = createTemporaryObject(cardComponent, this, { store: store, bookingId: bookingId })
        verify(card.checkIn(), card.error)
        compare(today.hereNow.length, 1)
        compare(today.hereNote, today.hereNow[0])
        verify(today.hereNow[0].indexOf(card.customerName.length > 0 ? card.customerName : "") >= 0, today.hereNow[0])
        compare(arrivals.count, expected - 1)
    }

    // Restaurant: the expected list holds the day's reservations, and a seated party is here now.
    function test_restaurantReservations() {
        const store = Fixture.freshStore("restaurant", true)
        const today = createTemporaryObject(todayComponent, this, { store: store })
        const arrivals = createTemporaryObject(arrivalsComponent, this, { store: store })
        const reservations = createTemporaryObject(reservationsComponent, this, { store: store })
        verify(reservations.reserve("한지우", "010-2222-3333", 2, 19 * 60, []), reservations.error)
        verify(arrivals.count > 0)
        let row = -1
        for (let i = 0; i < arrivals.count; ++i) {
            if (arrivals.data(arrivals.index(i, 0), 261) === "한지우") // CustomerRole
                row = i
        }
        verify(row >= 0, "the reservation is expected")
        verify(arrivals.data(arrivals.index(row, 0), 265)) // ReservationRole
        const id = arrivals.data(arrivals.index(row, 0), 257)
        verify(reservations.arrive(id), reservations.error)
        compare(today.hereNow.length, 1)
        verify(today.hereNow[0].indexOf("한지우") === 0, today.hereNow[0])
    }
}
