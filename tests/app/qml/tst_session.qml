import QtQuick
import QtTest
import Madang.ViewModels
import Madang.Testing

TestCase {
    name: "Session"

    function test_signInAndOut() {
        const store = Fixture.freshStore("salon", true)
        const s = store.session
        verify(!s.signedIn)
        verify(s.signIn(Fixture.ownerId(store), Fixture.ownerPin()), s.error)
        verify(s.signedIn)
        compare(s.role, "owner")
        verify(s.isManager)
        compare(s.staffName, "Owner")
        s.signOut()
        verify(!s.signedIn)
        compare(s.staffId, "")
    }

    function test_badPins_data() {
        return [
            { tag: "wrong", pin: "9999" },
            { tag: "too short", pin: "12" },
            { tag: "letters", pin: "abcd" },
            { tag: "empty", pin: "" },
        ]
    }

    function test_badPins(row) {
        const store = Fixture.freshStore("salon", false)
        const s = store.session
        verify(!s.signIn(Fixture.ownerId(store), row.pin))
        verify(!s.signedIn)
        verify(s.error.length > 0)
    }

    function test_unknownStaff() {
        const store = Fixture.freshStore("salon", false)
        verify(!store.session.signIn("01890000-0000-7000-8000-000000000000", "1234"))
        verify(store.session.error.length > 0)
    }

    function test_idleSignOut() {
        const store = Fixture.freshStore("salon", false)
        const s = store.session
        s.idleMinutes = 5
        verify(s.signIn(Fixture.ownerId(store), Fixture.ownerPin()), s.error)
        Fixture.advanceClock(4 * 60)
        s.checkIdle()
        verify(s.signedIn)
        Fixture.advanceClock(61)
        s.checkIdle()
        verify(!s.signedIn)
    }

    function test_idleMinutesIsRememberedAndBounded() {
        const store = Fixture.freshStore("salon", false)
        store.session.idleMinutes = 15
        compare(store.session.idleMinutes, 15)
        store.session.idleMinutes = 0
        compare(store.session.idleMinutes, 15)
        store.session.idleMinutes = 100000
        compare(store.session.idleMinutes, 15)
    }
}
