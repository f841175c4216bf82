import QtQuick
import QtTest
import Madang.ViewModels
import Madang.Testing

// ReservationHoursModel: a fresh restaurant sets when it takes reservations; bad hours save nothing.
TestCase {
    name: "ReservationHoursModel"

    Component { id: hoursComponent; ReservationHoursModel {} }

    function test_week_data() {
        return [
            { tag: "lunch and dinner", lunch: ["11:30", "15:00"], dinner: ["17:00", "22:00"], ok: true, rows: 12 },
            { tag: "dinner only", lunch: ["", ""], dinner: ["17:00", "24:00"], ok: true, rows: 6 },
            { tag: "lunch only", lunch: ["11:00", "14:30"], dinner: ["", ""], ok: true, rows: 6 },
            { tag: "not a time", lunch: ["11:30", "3pm"], dinner: ["", ""], ok: false, rows: 0 },
            { tag: "ends before it starts", lunch: ["", ""], dinner: ["22:00", "17:00"], ok: false, rows: 0 },
            { tag: "lunch runs into dinner", lunch: ["11:30", "18:00"], dinner: ["17:00", "22:00"], ok: false, rows: 0 },
            { tag: "open days without a sitting", lunch: ["", ""], dinner: ["", ""], ok: false, rows: 0 },
        ]
    }

    function test_week(row) {
        const store = Fixture.freshStore("restaurant", false)
        compare(Fixture.rowCount(store, "dining_hours"), 0)
        const hours = createTemporaryObject(hoursComponent, this, { store: store })
        for (let day = 1; day <= 6; ++day) // closed on Sundays
            hours.toggleDay(day)
        hours.lunchStart = row.lunch[0]
        hours.lunchEnd = row.lunch[1]
        hours.dinnerStart = row.dinner[0]
        hours.dinnerEnd = row.dinner[1]
        compare(hours.save(), row.ok, hours.error)
        compare(Fixture.rowCount(store, "dining_hours"), row.rows)
        if (!row.ok) {
            verify(hours.error.length > 0)
            hours.clearError() // the dialog does this as soon as an hour is typed again
            compare(hours.error, "")
            return
        }
        // Read back as stored.
        const again = createTemporaryObject(hoursComponent, this, { store: store })
        compare(again.days, [true, true, true, true, true, true, false])
        compare(again.lunchEnd, row.lunch[1])
        compare(again.dinnerEnd, row.dinner[1])
    }
}
