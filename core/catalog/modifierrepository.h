#pragma once

#include "base/error.h"
#include "catalog/modifier.h"

#include <QHash>
#include <QStringList>

namespace madang {

class Database;
class Outbox;
class Uuid7Generator;

/// Option groups (size, spice level, extra shot) and which items offer them.
class ModifierRepository
{
public:
    ModifierRepository(Database &db, Uuid7Generator &ids, Outbox &outbox) : m_db(db), m_ids(ids), m_outbox(outbox) {}

    /// Saves a group with its options (new ids are given to those without one), with an outbox op.
    /// A name, at least one option, 0 <= min <= max, max >= 1 and min <= the number of options.
    Result<ModifierGroup> saveGroup(ModifierGroup group);
    /// Offers the groups (in this order) with the item, replacing what it offered before.
    Status setItemGroups(const QString &itemId, const QStringList &groupIds);
    /// The groups the item offers, in order, with their options.
    [[nodiscard]] Result<QList<ModifierGroup>> groupsForItem(const QString &itemId) const;
    /// Which items offer any group (for badges on the checkout grid).
    [[nodiscard]] Result<QHash<QString, int>> groupCountByItem() const;

private:
    Database &m_db;
    Uuid7Generator &m_ids;
    Outbox &m_outbox;
};

} // namespace madang
