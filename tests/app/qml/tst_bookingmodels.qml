import QtQuick
import QtTest
import Madang.ViewModels
import Madang.Testing

// The bookings screen's models on the demo salon (Friday 2025-03-14, 09:30; staff work 10-13 and 14-20):
// the calendar's shaded times per column, and the new-booking dialog's free start times.
TestCase {
    name: "BookingModels"

    Component { id: calendarComponent; BookingCalendarModel {} }
    Component { id: newComponent; NewBookingModel {} }
    Component { id: daysOffComponent; DaysOffModel {} }

    readonly property string today: "2025-03-14"

    function staffId(store, name) {
        return Fixture.query(store, "SELECT id FROM staff WHERE name = '" + name + "'")
    }
    function columnOf(calendar, name) {
        for (let i = 0; i < calendar.columns.length; ++i) {
            if (calendar.columns[i].name === name)
                return i
        }
        return -1
    }
    function starts(model) {
        return model.times.map(t => t.startMin)
    }
    function dayOff(store, name, day) {
        const daysOff = createTemporaryObject(daysOffComponent, this, { store: store, staffId: staffId(store, name) })
        verify(daysOff.add(day, "연차"), daysOff.error)
    }

    function test_columnsShadeHoursBreaksAndDaysOff() {
        const store = Fixture.freshStore("salon", true)
        dayOff(store, "김지수", "2025-03-15")
        const calendar = createTemporaryObject(calendarComponent, this, { store: store })
        const mina = columnOf(calendar, "박미나")
        verify(mina >= 0)
        // Before 10:00, lunch 13:00-14:00 (labelled), after 20:00: the same hours the engine books in.
        const closed = calendar.columns[mina].closed
        compare(closed.length, 3)
        compare([closed[0].startMin, closed[0].endMin, closed[0].reason], [0, 600, "hours"])
        compare([closed[1].startMin, closed[1].endMin, closed[1].reason], [780, 840, "break"])
        verify(closed[1].label.length > 0)
        compare([closed[2].startMin, closed[2].endMin, closed[2].reason], [1200, 1440, "hours"])
        // A tap in her lunch says why and opens nothing; one in her hours may open the dialog.
        verify(!calendar.canBookAt(mina, 13 * 60 + 15))
        verify(calendar.error.indexOf("박미나") >= 0, calendar.error)
        verify(calendar.error.indexOf("13:15") >= 0, calendar.error)
        verify(calendar.canBookAt(mina, 11 * 60))
        compare(calendar.error, "")

        // The next day 김지수 is off: the whole column, labelled.
        calendar.next()
        const jisu = columnOf(calendar, "김지수")
        verify(jisu >= 0)
        compare(calendar.columns[jisu].closed.length, 1)
        compare(calendar.columns[jisu].closed[0].reason, "dayOff")
        compare([calendar.columns[jisu].closed[0].startMin, calendar.columns[jisu].closed[0].endMin], [0, 1440])
        verify(calendar.columns[jisu].closed[0].label.length > 0)
        verify(!calendar.canBookAt(jisu, 11 * 60))
        verify(calendar.error.indexOf("김지수") >= 0, calendar.error)

        // The week: per day, the times nobody works (the others still work on her day off).
        calendar.weekMode = true
        compare(calendar.columns.length, 7)
        for (let d = 0; d < 7; ++d) {
            const week = calendar.columns[d].closed
            verify(week.length > 0, calendar.columns[d].name)
            verify(week.some(c => c.reason === "break" && c.startMin === 780 && c.endMin === 840)
                   || week.some(c => c.reason === "dayOff"), calendar.columns[d].name)
        }
    }

    // A booking is made ahead: at 14:10 today's 10:00-14:00 are no longer offered, and a day gone by offers
    // nothing (it points to the next free day instead).
    // A day that is not one, or beyond the booking window, is refused with a message and changes nothing.
    function test_dayOutsideTheWindowIsRefused_data() {
        return [{ tag: "not a date", date: "2025-02-30" }, { tag: "text", date: "tomorrow" },
                { tag: "beyond the window", date: "2099-01-01" }]
    }
    function test_dayOutsideTheWindowIsRefused(row) {
        const store = Fixture.freshStore("salon", true)
        const model = createTemporaryObject(newComponent, this, { store: store })
        model.openAt(today, 10 * 60, "")
        model.serviceId = Fixture.itemIdBySku(store, "CUT-M")
        const times = model.times.length
        model.date = row.date
        compare(model.date, today)
        verify(model.error.length > 0)
        compare(model.times.length, times)
        model.date = "2025-03-15" // a real pick clears it
        compare(model.error, "")
    }

    function test_pastTimesAreNotOffered() {
        const store = Fixture.freshStore("salon", true)
        const model = createTemporaryObject(newComponent, this, { store: store })
        model.openAt(today, 10 * 60, "")
        model.serviceId = Fixture.itemIdBySku(store, "CUT-M")
        verify(model.times.some(t => t.startMin < 14 * 60), "the morning is free at 09:30")
        Fixture.advanceClock(4 * 3600 + 40 * 60) // 14:10
        model.openAt(today, 10 * 60, "")
        model.serviceId = Fixture.itemIdBySku(store, "CUT-M")
        Fixture.advanceClock(-(4 * 3600 + 40 * 60))
        verify(model.times.length > 0, model.timesNote)
        for (const t of model.times)
            verify(t.startMin >= 14 * 60 + 10, t.text)
        model.openAt("2025-03-13", 10 * 60, "")
        model.serviceId = Fixture.itemIdBySku(store, "CUT-M")
        compare(model.times.length, 0)
        verify(model.nextFreeText.length > 0, model.timesNote)
    }

    function test_freeTimesFollowServiceDateAndPerson() {
        const store = Fixture.freshStore("salon", true)
        const mina = staffId(store, "박미나")
        const cut = Fixture.itemIdBySku(store, "CUT-M")
        const model = createTemporaryObject(newComponent, this, { store: store })
        model.openAt(today, 15 * 60, mina)
        compare(model.date, today)
        compare(model.times.length, 0) // no service yet
        verify(model.timesNote.length > 0)
        verify(model.people.some(p => p.id === mina))
        compare(model.people[0].id, "") // anyone

        model.serviceId = cut
        verify(model.times.length > 0, model.timesNote)
        compare(model.timesNote, "")
        // Inside her hours only, never over the lunch break; the tapped 15:00 is chosen once it is free.
        for (const t of model.times) {
            verify(t.startMin >= 600 && t.startMin + 30 <= 1200, t.text)
            verify(t.startMin + 30 <= 780 || t.startMin >= 840, t.text)
        }
        // Her bookings that day hold their time: none of their starts is offered.
        const booked = Fixture.query(store, "SELECT group_concat(start_min) FROM bookings WHERE staff_id = '" + mina +
                                            "' AND day = '" + today + "' AND status IN ('requested', 'confirmed')")
        verify(booked.length > 0, "the demo books 박미나 that day")
        for (const start of booked.split(","))
            verify(starts(model).indexOf(Number(start)) < 0, start)
        const cutTimes = model.times.length
        // Opened at a tapped time that is free, that time is chosen as soon as the service is.
        const tapped = model.times[2].startMin
        model.openAt(today, tapped, mina)
        compare(model.startMin, -1)
        model.serviceId = cut
        compare(model.startMin, tapped)

        // A longer service has fewer starts; another date lists that date's.
        const longest = Fixture.query(store, "SELECT item_id FROM services ORDER BY work_min + processing_min + " +
                                             "finish_min DESC LIMIT 1")
        model.serviceId = longest
        verify(model.times.length < cutTimes, model.times.length + " < " + cutTimes)
        model.serviceId = cut
        model.date = "2025-03-21"
        compare(model.date, "2025-03-21")
        verify(model.times.length > 0)

        // A day off: nothing free, and the next free day is offered.
        dayOff(store, "박미나", "2025-03-24")
        model.date = "2025-03-24"
        compare(model.times.length, 0)
        verify(model.timesNote.length > 0)
        verify(model.nextFreeDate > "2025-03-24", model.nextFreeDate)
        verify(model.nextFreeText.length > 0)
        const next = model.nextFreeDate
        model.goToNextFree()
        compare(model.date, next)
        verify(model.times.length > 0)
    }

    function test_aTakenTimeIsNotOfferedAndARaceIsRefused() {
        const store = Fixture.freshStore("salon", true)
        const mina = staffId(store, "박미나")
        const cut = Fixture.itemIdBySku(store, "CUT-M")
        const first = createTemporaryObject(newComponent, this, { store: store })
        const second = createTemporaryObject(newComponent, this, { store: store })
        for (const model of [first, second]) {
            model.openAt(today, -1, mina)
            model.serviceId = cut
        }
        verify(!first.book("010-5555-1234", "가나다")) // no time picked yet
        verify(first.error.length > 0)
        const taken = first.times[first.times.length - 1].startMin
        first.startMin = taken
        second.startMin = taken
        const before = Fixture.rowCount(store, "bookings")
        verify(first.book("010-5555-1234", "가나다"), first.error)
        compare(Fixture.rowCount(store, "bookings"), before + 1)
        compare(Fixture.query(store, "SELECT start_min FROM bookings b JOIN customers c ON c.id = b.customer_id " +
                                     "WHERE c.name = '가나다' AND b.day = '" + today + "' AND b.staff_id = '" + mina + "'"),
                String(taken))
        verify(starts(first).indexOf(taken) < 0, "the time just booked is not offered again")
        // The other dialog still showed it: booking it is refused by the core, once, and the list drops it.
        verify(!second.book("010-5555-6789", "라마바"))
        verify(second.error.length > 0)
        compare(Fixture.rowCount(store, "bookings"), before + 1)
        verify(starts(second).indexOf(taken) < 0)
        second.startMin = second.times[0].startMin
        compare(second.error, "") // a new choice takes the refusal away
    }
    function test_crewsAreOfferedTheirFreeTimesAtAnAddress() {
        const store = Fixture.freshStore("cleaning", true)
        const model = createTemporaryObject(newComponent, this, { store: store })
        model.openAt("2025-03-18", -1, "")
        verify(model.crews)
        compare(model.people[0].id, "") // any crew
        verify(model.people.length >= 3, JSON.stringify(model.people))
        model.serviceId = Fixture.query(store, "SELECT item_id FROM services ORDER BY work_min LIMIT 1")
        compare(model.times.length, 0) // the driving between jobs needs the address
        verify(model.timesNote.length > 0)
        model.address = "서울 마포구 월드컵로 10"
        verify(model.times.length > 0, model.timesNote)
        // Any crew: the first crew free at that time takes the job, with its members.
        model.startMin = model.times[0].startMin
        verify(model.book("010-3333-4444", "오정민", "", 1, "공동현관 1234"), model.error)
        compare(Fixture.query(store, "SELECT count(*) FROM bookings WHERE day = '2025-03-18' AND crew_id IS NOT NULL " +
                                     "AND address = '서울 마포구 월드컵로 10' AND access_notes = '공동현관 1234'"), "1")
        // One crew: a crew's own job now holds that time.
        const crew = Fixture.query(store, "SELECT crew_id FROM bookings WHERE address = '서울 마포구 월드컵로 10'")
        model.resourceId = crew
        verify(starts(model).indexOf(Number(Fixture.query(store, "SELECT start_min FROM bookings WHERE " +
                                                                 "address = '서울 마포구 월드컵로 10'"))) < 0)
    }
}
