// FloorModel: the floor plan editor's operations.
#include "floor/floormodel.h"
#include "workflows/store.h"

#include <QRect>
#include <algorithm>

using namespace madang;

namespace {
constexpr int kNewTableSize = 140;
} // namespace

QString FloorModel::addTable()
{
    if (!m_store || m_areaId.isEmpty()) {
        fail(tr("Add an area first."));
        return {};
    }
    auto all = m_store->store().tables().floor();
    if (!all) {
        fail(all.error().message);
        return {};
    }
    int highest = 0;
    for (const TableState &s : all.value()) {
        highest = std::max(highest, s.table.name.toInt());
    }
    DiningTable t;
    t.areaId = m_areaId;
    t.name = QString::number(highest + 1);
    t.width = t.height = kNewTableSize;
    // The first spot, row by row, that overlaps no table of the area.
    const auto isFree = [this](const QRect &r) {
        return std::none_of(m_tables.cbegin(), m_tables.cend(), [&r](const TableState &s) {
            return r.intersects(QRect(s.table.x, s.table.y, s.table.width, s.table.height));
        });
    };
    for (int y = 20; y + t.height <= kPlanSize; y += 40) {
        bool placed = false;
        for (int x = 20; x + t.width <= kPlanSize && !placed; x += 40) {
            if (isFree(QRect(x, y, t.width, t.height))) {
                t.x = x;
                t.y = y;
                placed = true;
            }
        }
        if (placed) {
            break;
        }
    }
    auto saved = m_store->store().tables().saveTable(t);
    if (!saved) {
        fail(saved.error().message);
        return {};
    }
    done(Done{});
    return saved.value().id;
}

bool FloorModel::editTable(const QString &tableId, const std::function<void(DiningTable &)> &edit)
{
    if (!m_store) {
        return failNoDatabase();
    }
    const int row = rowOf(tableId);
    if (row < 0) {
        return fail(tr("There is no such table."));
    }
    DiningTable t = m_tables.at(row).table;
    edit(t);
    auto saved = m_store->store().tables().saveTable(t);
    return done(saved ? Status(Done{}) : Status(saved.error()));
}

bool FloorModel::moveTable(const QString &tableId, int x, int y)
{
    return editTable(tableId, [x, y](DiningTable &t) {
        t.x = std::clamp(x, 0, kPlanSize - t.width);
        t.y = std::clamp(y, 0, kPlanSize - t.height);
    });
}

bool FloorModel::resizeTable(const QString &tableId, int width, int height)
{
    return editTable(tableId, [width, height](DiningTable &t) {
        t.width = std::clamp(width, kMinTableSize, kPlanSize - t.x);
        t.height = std::clamp(height, kMinTableSize, kPlanSize - t.y);
    });
}

bool FloorModel::renameTable(const QString &tableId, const QString &name)
{
    return editTable(tableId, [&name](DiningTable &t) { t.name = name.trimmed(); });
}

bool FloorModel::setSeats(const QString &tableId, int seats)
{
    return editTable(tableId, [seats](DiningTable &t) { t.seats = seats; });
}

bool FloorModel::setRound(const QString &tableId, bool round)
{
    return editTable(tableId, [round](DiningTable &t) { t.round = round; });
}

bool FloorModel::setCombine(const QString &tableId, const QString &group, int position)
{
    if (!m_store) {
        return failNoDatabase();
    }
    const QString name = group.trimmed();
    if (name.size() > kMaxGroupName) {
        return fail(tr("A group name is at most %1 characters.").arg(kMaxGroupName));
    }
    if (!name.isEmpty() && (position < 1 || position > kMaxGroupPosition)) {
        return fail(tr("The place in the group is 1 to %1.").arg(kMaxGroupPosition));
    }
    return done(m_store->store().reservations().setCombineGroup(tableId, name, name.isEmpty() ? 0 : position));
}

bool FloorModel::retireTable(const QString &tableId)
{
    if (!m_store) {
        return failNoDatabase();
    }
    return done(m_store->store().tables().retireTable(tableId));
}

QString FloorModel::addArea(const QString &name)
{
    if (!m_store) {
        failNoDatabase();
        return {};
    }
    int last = -1;
    for (const Area &a : m_areas) {
        last = std::max(last, a.position);
    }
    auto saved = m_store->store().tables().saveArea(Area{{}, name, last + 1});
    if (!saved) {
        fail(saved.error().message);
        return {};
    }
    m_areaId = saved.value().id;
    Q_EMIT areaIdChanged();
    done(Done{});
    return saved.value().id;
}

bool FloorModel::renameArea(const QString &areaId, const QString &name)
{
    if (!m_store) {
        return failNoDatabase();
    }
    const auto it = std::find_if(m_areas.cbegin(), m_areas.cend(), [&areaId](const Area &a) { return a.id == areaId; });
    if (it == m_areas.cend()) {
        return fail(tr("There is no such area."));
    }
    Area area = *it;
    area.name = name;
    auto saved = m_store->store().tables().saveArea(area);
    return done(saved ? Status(Done{}) : Status(saved.error()));
}
