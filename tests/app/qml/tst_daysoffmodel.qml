import QtQuick
import QtTest
import Madang.ViewModels
import Madang.Testing

// DaysOffModel on the demo salon, on the fixture's day: 박미나 has bookings today.
TestCase {
    name: "DaysOffModel"

    Component {
        id: modelComponent
        DaysOffModel {}
    }

    function minaOn(store) {
        return createTemporaryObject(modelComponent, this, {
            store: store, staffId: Fixture.query(store, "SELECT id FROM staff WHERE name = '박미나'") })
    }

    function test_badInputChangesNothing_data() {
        return [
            { tag: "not a date", date: "next friday", says: "next friday" },
            { tag: "no such day", date: "2030-02-30", says: "2030-02-30" },
            { tag: "empty", date: "", says: "2026-12-24" },
            { tag: "in the past", date: "2020-01-06", says: "2020-01-06" },
        ]
    }

    function test_badInputChangesNothing(row) {
        const store = Fixture.freshStore("salon", true)
        const model = minaOn(store)
        const ops = Fixture.rowCount(store, "outbox")
        verify(!model.add(row.date, "휴가"))
        verify(model.error.indexOf(row.says) >= 0, model.error)
        compare(Fixture.rowCount(store, "staff_days_off"), 0)
        compare(Fixture.rowCount(store, "outbox"), ops)
        compare(model.days.length, 0)
    }

    function test_dayOffFlagsThatDaysBookingsAndComesBack() {
        const store = Fixture.freshStore("salon", true)
        const model = minaOn(store)
        const day = Fixture.query(store, "SELECT day FROM bookings b JOIN staff s ON s.id = b.staff_id " +
                                         "WHERE s.name = '박미나' AND b.status = 'confirmed' ORDER BY day LIMIT 1")
        verify(day.length === 10, "the demo gives 박미나 a confirmed booking")
        const open = Number(Fixture.query(store, "SELECT count(*) FROM bookings b JOIN staff s ON s.id = b.staff_id " +
                                                 "WHERE s.name = '박미나' AND b.day = '" + day + "' AND b.status IN ('requested', 'confirmed')"))
        verify(model.add(day.replace(/-/g, "."), "병가"), model.error) // dots are fine too
        compare(model.error, "")
        compare(model.days.length, 1)
        compare(model.days[0].day, day)
        compare(model.days[0].reason, "병가")
        verify(model.notice.indexOf(String(open)) >= 0, model.notice)
        compare(Number(Fixture.query(store, "SELECT count(*) FROM bookings WHERE needs_reassignment = 1")), open)
        compare(Fixture.query(store, "SELECT op FROM outbox ORDER BY rowid DESC LIMIT 1"), "staff.day_off.added")

        verify(model.remove(day), model.error)
        compare(model.days.length, 0)
        compare(Fixture.query(store, "SELECT op FROM outbox ORDER BY rowid DESC LIMIT 1"), "staff.day_off.removed")
        verify(!model.remove(day))
        verify(model.error.length > 0)
    }
}
