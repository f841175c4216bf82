import QtQuick
import QtTest
import Madang.ViewModels
import Madang.Testing

TestCase {
    name: "SetupWizardModel"

    Component {
        id: wizardComponent
        SetupWizardModel {}
    }

    function makeWizard() {
        const store = Fixture.freshStore("", false)
        verify(store !== null)
        return createTemporaryObject(wizardComponent, this, { store: store })
    }

    function test_emptyNameIsRefused() {
        const w = makeWizard()
        compare(w.step, 0)
        verify(!w.next())
        compare(w.step, 0)
        verify(w.error.length > 0)
        w.businessName = "   "
        verify(!w.next())
        compare(w.step, 0)
        w.clearError() // the wizard does this as soon as the name is typed again
        compare(w.error, "")
    }

    function test_stepsForwardAndBack() {
        const w = makeWizard()
        w.businessName = "Madang Hair"
        verify(w.next())
        compare(w.step, 1)
        compare(w.error, "")
        w.vertical = "spaceship"
        verify(!w.next())
        compare(w.step, 1)
        w.vertical = "restaurant"
        verify(w.next())
        compare(w.step, 2)
        w.back()
        compare(w.step, 1)
    }

    function test_unknownCurrencyIsRefused() {
        const w = makeWizard()
        w.businessName = "Madang"
        w.currency = "XXX"
        verify(w.next())
        verify(w.next())
        compare(w.step, 2)
        verify(!w.next())
        verify(w.error.length > 0)
    }

    function test_finishWithoutOwnerGoesBackToThatStep() {
        const w = makeWizard()
        w.businessName = "Madang"
        verify(!w.finish())
        compare(w.step, 3)
        verify(!w.store.setUp)
        compare(Fixture.rowCount(w.store, "merchant"), 0)
    }

    function test_finishSetsUpWithDemoData_data() {
        return [
            { tag: "salon", vertical: "salon", demo: true },
            { tag: "restaurant", vertical: "restaurant", demo: true },
            { tag: "cleaning", vertical: "cleaning", demo: true },
            { tag: "no demo", vertical: "salon", demo: false },
        ]
    }

    function test_finishSetsUpWithDemoData(row) {
        const w = makeWizard()
        const finished = createTemporaryObject(signalSpyComponent, this, { target: w, signalName: "finished" })
        w.businessName = "마당 " + row.tag
        w.vertical = row.vertical
        w.currency = "KRW"
        w.ownerName = "김사장"
        w.ownerPin = "2580"
        w.ownerPinAgain = "2580"
        w.demo = row.demo
        verify(w.finish(), w.error)
        compare(finished.count, 1)
        verify(w.store.setUp)
        compare(w.store.businessName, "마당 " + row.tag)
        compare(w.store.vertical, row.vertical)
        // The owner is signed in at once, and the PIN fields are wiped.
        verify(w.store.session.signedIn)
        compare(w.store.session.role, "owner")
        compare(w.ownerPin, "")
        const items = Fixture.rowCount(w.store, "items")
        if (row.demo)
            verify(items > 10, "demo items: " + items)
        else
            compare(items, 0)
        // Running it again must not set up twice.
        verify(!w.finish())
        verify(w.error.length > 0)
        compare(Fixture.rowCount(w.store, "merchant"), 1)
    }

    function test_ownerPinIsChecked_data() {
        return [
            { tag: "too short", pin: "123", again: "123" },
            { tag: "too long", pin: "1234567", again: "1234567" },
            { tag: "letters", pin: "12a4", again: "12a4" },
            { tag: "different", pin: "2580", again: "2581" },
            { tag: "missing", pin: "", again: "" },
        ]
    }

    function test_ownerPinIsChecked(row) {
        const w = makeWizard()
        w.businessName = "Madang"
        w.ownerName = "Owner"
        w.ownerPin = row.pin
        w.ownerPinAgain = row.again
        verify(!w.finish())
        compare(w.step, 3)
        verify(w.error.length > 0)
        verify(!w.store.setUp)
        compare(Fixture.rowCount(w.store, "staff"), 0)
    }

    Component {
        id: signalSpyComponent
        SignalSpy {}
    }
}
