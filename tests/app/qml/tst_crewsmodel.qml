import QtQuick
import QtTest
import Madang.ViewModels
import Madang.Testing

// CrewsModel on the demo cleaning shop: A팀 (윤민호, 한소라, 승합차 1) and B팀 (오대호, 승합차 2).
TestCase {
    name: "CrewsModel"

    Component {
        id: modelComponent
        CrewsModel {}
    }

    function staffId(store, name) {
        return Fixture.query(store, "SELECT id FROM staff WHERE name = '" + name + "'")
    }

    function crewNamed(model, name) {
        return model.crews.find(c => c.name === name)
    }

    function test_demoCrews() {
        const store = Fixture.freshStore("cleaning", true)
        const model = createTemporaryObject(modelComponent, this, { store: store })
        compare(model.crews.length, 2)
        compare(crewNamed(model, "A팀").members, "윤민호, 한소라")
        compare(crewNamed(model, "A팀").vanName, "승합차 1")
        compare(model.vans.length, 2)
        verify(model.staff.length >= 3)
        compare(model.defaultTravelMin, 30)
    }

    function test_refusalsChangeNothing_data() {
        return [
            { tag: "crew without a name", op: "crew", name: " ", members: ["윤민호"] },
            { tag: "crew without members", op: "crew", name: "C팀", members: [] },
            { tag: "crew name taken", op: "crew", name: "A팀", members: ["오대호"] },
            { tag: "member listed twice", op: "crew", name: "C팀", members: ["오대호", "오대호"] },
            { tag: "van without a name", op: "station", name: "  ", kind: "van" },
            { tag: "station of no kind", op: "station", name: "의자 9", kind: "boat" },
            { tag: "station name with ESC", op: "station", name: "abc\u001b[31m", kind: "van",
              says: "The station name contains a control character (U+001B) at position 4." },
            { tag: "station name taken", op: "station", name: "승합차 1", kind: "van",
              says: "There is already a station called 승합차 1." },
            { tag: "crew name with an override", op: "crew", name: "C\u202e팀", members: ["오대호"],
              says: "The crew name contains a text direction control (U+202E) at position 2." },
            { tag: "drive as text", op: "travel", from: "마포", to: "강남", minutes: "soon" },
            { tag: "drive too long", op: "travel", from: "마포", to: "강남", minutes: "601" },
            { tag: "drive to itself", op: "travel", from: "마포", to: "마포", minutes: "10" },
            { tag: "drive from nowhere", op: "travel", from: "", to: "강남", minutes: "10" },
        ]
    }

    function test_refusalsChangeNothing(row) {
        const store = Fixture.freshStore("cleaning", true)
        const model = createTemporaryObject(modelComponent, this, { store: store })
        const ops = Fixture.rowCount(store, "outbox")
        const rows = Fixture.rowCount(store, "crews") + Fixture.rowCount(store, "crew_members") +
                     Fixture.rowCount(store, "stations") + Fixture.rowCount(store, "travel_times")
        let ok
        if (row.op === "crew")
            ok = model.saveCrew("", row.name, row.members.map(n => staffId(store, n)), "")
        else if (row.op === "station")
            ok = model.addStation(row.name, row.kind)
        else
            ok = model.setTravel(row.from, row.to, row.minutes)
        verify(!ok)
        verify(model.error.length > 0)
        if (row.says)
            compare(model.error, row.says)
        compare(Fixture.rowCount(store, "outbox"), ops)
        compare(Fixture.rowCount(store, "crews") + Fixture.rowCount(store, "crew_members") +
                Fixture.rowCount(store, "stations") + Fixture.rowCount(store, "travel_times"), rows)
    }

    function test_vanCrewAndDrive() {
        const store = Fixture.freshStore("cleaning", true)
        const model = createTemporaryObject(modelComponent, this, { store: store })
        verify(model.addStation("3호차", "van"), model.error)
        const van = model.vans.find(v => v.name === "3호차")
        verify(van !== undefined)
        // B팀 takes 한소라 as lead and the new van; the crew is updated, not doubled.
        const b = crewNamed(model, "B팀")
        verify(model.saveCrew(b.id, "B팀", [staffId(store, "한소라"), staffId(store, "오대호")], van.id), model.error)
        compare(model.crews.length, 2)
        compare(crewNamed(model, "B팀").members, "한소라, 오대호")
        compare(crewNamed(model, "B팀").vanName, "3호차")
        verify(model.setTravel("서울 은평구 1", "서울 송파구 2", "70"), model.error)
        compare(model.travel.length, 1)
        compare(model.travel[0].minutes, 70)
        verify(model.retireCrew(crewNamed(model, "A팀").id), model.error)
        compare(model.crews.length, 1)
        compare(Fixture.query(store, "SELECT op FROM outbox ORDER BY rowid DESC LIMIT 1").indexOf("crew") >= 0, true)
    }

    function test_salonStations() {
        const store = Fixture.freshStore("salon", true)
        const model = createTemporaryObject(modelComponent, this, { store: store })
        const before = model.stations.length
        verify(model.addStation("의자 9", "chair"), model.error)
        compare(model.stations.length, before + 1)
        const added = model.stations.find(s => s.name === "의자 9")
        compare(added.kind, "chair")
        verify(added.kindText.length > 0)
        compare(Fixture.query(store, "SELECT kind FROM stations WHERE name = '의자 9'"), "chair")
    }
}
