import QtQuick
import QtTest
import Madang.ViewModels

// DateChoice, the date picker's state: a day before or after within the allowed dates, a month of days to tap,
// and a pick only ever offered (picked), never typed.
TestCase {
    name: "DateChoice"

    Component { id: choiceComponent; DateChoice {} }
    SignalSpy { id: picked; signalName: "picked" }

    function make(date) {
        const choice = createTemporaryObject(choiceComponent, this,
                                             { date: date, minimum: "2026-12-03", maximum: "2028-12-03" })
        picked.clear()
        picked.target = choice
        return choice
    }

    function test_daysBeforeAndAfter() {
        const choice = make("2026-12-03")
        verify(choice.text.length > 0)
        verify(!choice.canGoBack) // the first allowed day
        choice.previousDay()
        compare(picked.count, 0)
        verify(choice.canGoForward)
        choice.nextDay()
        compare(picked.count, 1)
        compare(picked.signalArguments[0][0], "2026-12-04")
        compare(choice.date, "2026-12-03") // the screen's model takes the pick and hands it back
    }

    function test_aDayBeforeTheFirstGoesOnToIt() {
        const choice = make("2026-11-30") // a past day the calendar showed
        verify(!choice.canGoBack)
        verify(choice.canGoForward)
        choice.nextDay()
        compare(picked.signalArguments[0][0], "2026-12-03")
    }

    function test_monthGrid() {
        const choice = make("2026-12-24")
        compare(choice.cells.length, 42)
        compare(choice.weekdays.length, 7)
        compare(choice.cells[0].date, "2026-11-30") // the Monday on or before the 1st
        const selected = choice.cells.filter(c => c.selected)
        compare(selected.length, 1)
        compare(selected[0].date, "2026-12-24")
        verify(!choice.cells[0].enabled) // before the first allowed day
        verify(!choice.cells[0].inMonth)
        choice.pick("2026-12-01")
        compare(picked.count, 0) // not allowed
        choice.nextMonth()
        verify(choice.cells.some(c => c.date === "2027-01-15" && c.inMonth && c.enabled))
        choice.pick("2027-01-15")
        compare(picked.signalArguments[0][0], "2027-01-15")
        choice.showDateMonth()
        verify(choice.cells.some(c => c.selected))
    }
}
