import QtQuick
import QtTest
import Madang.ViewModels
import Madang.Testing

TestCase {
    name: "FloorModel"

    Component {
        id: floorComponent
        FloorModel {}
    }

    function idOf(floor, name) {
        for (let row = 0; row < floor.count; ++row) {
            if (floor.data(floor.index(row, 0), FloorModel.NameRole) === name)
                return floor.data(floor.index(row, 0), FloorModel.TableIdRole)
        }
        return ""
    }

    function makeFloor() {
        const store = Fixture.freshStore("restaurant", true)
        verify(store)
        return createTemporaryObject(floorComponent, this, { store: store })
    }

    function test_demoFloor() {
        const floor = makeFloor()
        compare(floor.areas.length, 2)
        compare(floor.areas[0].name, "홀")
        compare(floor.areas[1].name, "테라스")
        compare(floor.areaId, floor.areas[0].areaId)
        compare(floor.count, 8)
        compare(floor.occupiedCount, 0)
        const one = floor.table(idOf(floor, "1"))
        compare(one.status, "free")
        compare(one.seats, 4)
        compare(one.minutes, -1)
        compare(one.totalText, "")
        verify(floor.bounds.width > 0 && floor.bounds.x >= 0 && floor.bounds.right <= 1000)
        floor.areaId = floor.areas[1].areaId
        compare(floor.count, 4)
        verify(floor.table(idOf(floor, "9")).round)
    }

    function test_openTransferMerge() {
        const floor = makeFloor()
        const t1 = idOf(floor, "1"), t2 = idOf(floor, "2"), t3 = idOf(floor, "3")
        verify(!floor.open(t1, 0))
        verify(floor.error.length > 0)
        verify(floor.open(t1, 3), floor.error)
        compare(floor.error, "")
        compare(floor.table(t1).status, "seated")
        compare(floor.table(t1).guests, 3)
        compare(floor.table(t1).minutes, 0)
        Fixture.advanceClock(25 * 60)
        floor.refresh()
        compare(floor.table(t1).minutes, 25)
        compare(floor.occupiedCount, 1)
        compare(floor.guestCount, 3)

        // Free tables in every area are offered for a move; the table itself is not.
        const free = floor.moveTargets(t1, false)
        compare(free.length, 11)
        verify(!free.some(t => t.tableId === t1))
        verify(free.some(t => t.areaName === "테라스"))
        compare(free[0].name, "2") // area by area, in number order
        compare(free[6].name, "8")
        compare(free[7].name, "9")
        compare(floor.moveTargets(t1, true).length, 0)

        verify(floor.transfer(t1, t2), floor.error)
        compare(floor.table(t1).status, "free")
        compare(floor.table(t2).guests, 3)

        // Onto a taken table: refused, nothing moves.
        verify(floor.open(t3, 2))
        verify(!floor.transfer(t3, t2))
        verify(floor.error.length > 0)
        compare(floor.table(t3).guests, 2)

        verify(floor.merge(t3, t2), floor.error)
        compare(floor.table(t3).status, "free")
        compare(floor.table(t2).guests, 5)
        verify(!floor.merge(t2, t2))
        compare(floor.occupiedCount, 1)
    }

    function test_editor() {
        const floor = makeFloor()
        const id = floor.addTable()
        verify(id.length > 0, floor.error)
        compare(floor.count, 9)
        compare(floor.table(id).name, "13") // after the 12 demo tables, in any area
        compare(floor.table(id).planWidth, 140)

        // Bad seats are refused and change nothing.
        verify(!floor.setSeats(id, 0))
        verify(floor.error.length > 0)
        verify(!floor.setSeats(id, 100))
        compare(floor.table(id).seats, 4)
        verify(floor.setSeats(id, 6), floor.error)
        compare(floor.error, "")
        compare(floor.table(id).seats, 6)

        verify(!floor.renameTable(id, "  "))
        verify(!floor.renameTable(id, "1")) // the area has a table 1
        verify(floor.error.length > 0)
        verify(floor.renameTable(id, "창가 A"), floor.error)
        compare(floor.table(id).name, "창가 A")

        // Moves and sizes stay inside the plan.
        verify(floor.moveTable(id, 990, -50))
        compare(floor.table(id).planX, 860)
        compare(floor.table(id).planY, 0)
        verify(floor.resizeTable(id, 10, 2000))
        compare(floor.table(id).planWidth, 60)
        compare(floor.table(id).planHeight, 1000)
        verify(floor.setRound(id, true))
        verify(floor.table(id).round)

        // A table with a party cannot be removed.
        verify(floor.open(id, 2))
        verify(!floor.retireTable(id))
        verify(floor.error.length > 0)
        compare(floor.count, 9)

        const other = idOf(floor, "8")
        verify(floor.retireTable(other), floor.error)
        compare(floor.count, 8)
        compare(idOf(floor, "8"), "")
    }

    function test_areas() {
        const floor = makeFloor()
        compare(floor.addArea(" "), "")
        verify(floor.error.length > 0)
        const id = floor.addArea("2층")
        verify(id.length > 0, floor.error)
        compare(floor.areaId, id)
        compare(floor.areas.length, 3)
        compare(floor.areas[2].name, "2층")
        compare(floor.count, 0)
        const t = floor.addTable()
        compare(floor.table(t).name, "13")
        compare(floor.table(t).planX, 20)
        verify(floor.renameArea(id, "루프탑"), floor.error)
        compare(floor.areas[2].name, "루프탑")
        verify(!floor.renameArea("nope", "x"))
    }
}
