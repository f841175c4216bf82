import QtQuick
import QtTest
import Madang.ViewModels
import Madang.Testing

TestCase {
    name: "StaffModels"

    Component { id: listComponent; StaffListModel {} }
    Component { id: editorComponent; StaffEditorModel {} }
    Component { id: approvalComponent; ApprovalModel {} }
    Component { id: auditComponent; AuditListModel {} }

    function signedInOwner(demo) {
        const store = Fixture.freshStore("restaurant", demo)
        verify(store.session.signIn(Fixture.ownerId(store), Fixture.ownerPin()), store.session.error)
        return store
    }

    function test_listAndAdd() {
        const store = signedInOwner(true)
        const list = createTemporaryObject(listComponent, this, { store: store })
        compare(list.count, 3) // owner + 2 demo servers
        const editor = createTemporaryObject(editorComponent, this, { store: store })
        editor.startNew()
        editor.name = "Jun"
        editor.role = "manager"
        editor.pin = "1111"
        verify(editor.save(), editor.error)
        compare(list.count, 4)
        const managers = createTemporaryObject(listComponent, this, { store: store, managersOnly: true })
        compare(managers.count, 2)
    }

    function test_editorRefusesBadInput_data() {
        return [
            { tag: "no name", name: "", role: "staff", pin: "1111" },
            { tag: "short pin", name: "Jun", role: "staff", pin: "11" },
            { tag: "letters in pin", name: "Jun", role: "staff", pin: "11a1" },
            { tag: "unknown role", name: "Jun", role: "chef", pin: "1111" },
        ]
    }

    function test_editorRefusesBadInput(row) {
        const store = signedInOwner(false)
        const before = Fixture.rowCount(store, "staff")
        const editor = createTemporaryObject(editorComponent, this, { store: store })
        editor.startNew()
        editor.name = row.name
        editor.role = row.role
        editor.pin = row.pin
        verify(!editor.save())
        verify(editor.error.length > 0)
        compare(Fixture.rowCount(store, "staff"), before)
    }

    // The bookable week: Monday to Friday 10-19 with a 13-14 break, saved and read back; bad hours save nothing.
    function test_bookableWeek_data() {
        return [
            { tag: "weekdays with a break", start: "10:00", end: "19:00", breakFrom: "13:00", breakTo: "14:00", ok: true, rows: 10 },
            { tag: "no break", start: "9:00", end: "18:00", breakFrom: "", breakTo: "", ok: true, rows: 5 },
            { tag: "not a time", start: "25:00", end: "19:00", breakFrom: "", breakTo: "", ok: false, rows: 0 },
            { tag: "ends before it starts", start: "19:00", end: "10:00", breakFrom: "", breakTo: "", ok: false, rows: 0 },
            { tag: "break outside the hours", start: "10:00", end: "19:00", breakFrom: "19:30", breakTo: "20:00", ok: false, rows: 0 },
            { tag: "half a break", start: "10:00", end: "19:00", breakFrom: "13:00", breakTo: "", ok: false, rows: 0 },
        ]
    }

    function test_bookableWeek(row) {
        const store = signedInOwner(false)
        const staffBefore = Fixture.rowCount(store, "staff")
        const editor = createTemporaryObject(editorComponent, this, { store: store })
        editor.startNew()
        editor.name = "Hana"
        editor.pin = "4444"
        for (let day = 1; day <= 5; ++day)
            editor.toggleDay(day)
        editor.hoursStart = row.start
        editor.hoursEnd = row.end
        editor.breakStart = row.breakFrom
        editor.breakEnd = row.breakTo
        compare(editor.save(), row.ok, editor.error)
        compare(Fixture.rowCount(store, "staff_hours"), row.rows)
        if (!row.ok) {
            verify(editor.error.length > 0)
            compare(editor.errorField, "hours") // shown under the hours
            compare(Fixture.rowCount(store, "staff"), staffBefore)
            return
        }
        // Read back as saved.
        compare(editor.workDays, [true, true, true, true, true, false, false])
        compare(editor.hoursEnd, row.end)
        compare(editor.breakEnd, row.breakTo)
    }

    function test_staffRoleCannotManageStaff() {
        const store = signedInOwner(false)
        const editor = createTemporaryObject(editorComponent, this, { store: store })
        editor.startNew()
        editor.name = "Ari"
        editor.role = "staff"
        editor.pin = "2222"
        verify(editor.save(), editor.error)
        const ariId = Fixture.lastStaffId(store)
        verify(store.session.signIn(ariId, "2222"), store.session.error)
        compare(store.session.role, "staff")
        const before = Fixture.rowCount(store, "staff")
        editor.startNew()
        editor.name = "Sneaky"
        editor.pin = "3333"
        verify(!editor.save())
        verify(editor.error.length > 0)
        compare(Fixture.rowCount(store, "staff"), before)
    }

    function test_approvalIsSingleUseAndUnlockNeedsManager() {
        const store = signedInOwner(false)
        const approval = createTemporaryObject(approvalComponent, this, { store: store, action: "order.refund", record: "order-1" })
        verify(!approval.approve(Fixture.ownerId(store), "0000"))
        verify(approval.error.length > 0)
        compare(approval.token, "")
        verify(approval.approve(Fixture.ownerId(store), Fixture.ownerPin()), approval.error)
        verify(approval.token.length >= 32)
        const audit = createTemporaryObject(auditComponent, this, { store: store })
        verify(audit.intact, audit.verdict)
        audit.action = "manager.approval"
        compare(audit.count, 1)
        audit.action = "manager.approval_denied"
        compare(audit.count, 1)
    }
}
