// Option groups (modifiers) applied to this terminal's database (see replication/applier.h).

#include "catalog/modifierappliers.h"

#include "catalog/modifierrepository.h"
#include "replication/applier.h"
#include "replication/payloadreader.h"
#include "storage/database.h"

#include <QCoreApplication>

namespace madang {

namespace {
using namespace Qt::Literals::StringLiterals;

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(ModifierRepository)
};

Result<bool> exists(const QSqlDatabase &db, const QString &sql, const QString &id)
{
    auto q = Database::run(db, sql, {id}, Text::tr("Reading the item's options"));
    if (!q) {
        return q.error();
    }
    return q->next();
}

Status applyGroup(ModifierRepository &modifiers, const OutboxOp &op)
{
    PayloadReader read(op);
    ModifierGroup group;
    group.id = read.string("id"_L1);
    group.name = read.string("name"_L1);
    group.minChoices = read.number("min"_L1);
    group.maxChoices = read.number("max"_L1);
    const QJsonArray options = read.array("options"_L1);
    if (auto ok = read.status(); !ok) {
        return ok;
    }
    if (group.id.isEmpty()) {
        return PayloadReader::refusal(op, QStringLiteral("id"));
    }
    for (const QJsonValue &value : options) {
        const QJsonObject o = value.toObject();
        const QJsonValue price = o.value("price_minor"_L1);
        const bool whole = value.isObject() && o.value("id"_L1).isString() && !o.value("id"_L1).toString().isEmpty() &&
                           o.value("name"_L1).isString() && price.isDouble() &&
                           price.toDouble() == static_cast<double>(price.toInteger());
        if (!whole) {
            return PayloadReader::refusal(op, QStringLiteral("options"));
        }
        group.options << ModifierOption{o.value("id"_L1).toString(), o.value("name"_L1).toString(), price.toInteger()};
    }
    // saveGroup keeps the ids it is given and checks the group as the editor's save does.
    auto saved = modifiers.saveGroup(group);
    return saved ? Status(Done{}) : Status(saved.error());
}

Status applyItemGroups(ModifierRepository &modifiers, QSqlDatabase &db, const OutboxOp &op)
{
    PayloadReader read(op);
    const QString itemId = read.string("item_id"_L1);
    const QJsonArray groups = read.array("groups"_L1);
    if (auto ok = read.status(); !ok) {
        return ok;
    }
    if (itemId.isEmpty()) {
        return PayloadReader::refusal(op, QStringLiteral("item_id"));
    }
    QStringList groupIds;
    for (const QJsonValue &group : groups) {
        if (!group.isString() || group.toString().isEmpty() || groupIds.contains(group.toString())) {
            return PayloadReader::refusal(op, QStringLiteral("groups"));
        }
        groupIds << group.toString();
    }
    auto item = exists(db, QStringLiteral("SELECT 1 FROM items WHERE id = ?"), itemId);
    if (!item) {
        return item.error();
    }
    if (!item.value()) {
        return makeError(
            ErrorCode::NotFound,
            Text::tr("Item %1 is not in this terminal's catalog; its options were not applied.").arg(itemId.left(80)));
    }
    for (const QString &groupId : std::as_const(groupIds)) {
        auto group = exists(db, QStringLiteral("SELECT 1 FROM modifier_groups WHERE id = ?"), groupId);
        if (!group) {
            return group.error();
        }
        if (!group.value()) {
            return makeError(ErrorCode::NotFound,
                             Text::tr("Option group %1 is not on this terminal; the item's options were not applied.")
                                 .arg(groupId.left(80)));
        }
    }
    return modifiers.setItemGroups(itemId, groupIds);
}
} // namespace

void addModifierAppliers(ApplierSet &set, ModifierRepository &modifiers)
{
    ModifierRepository *m = &modifiers;
    set.add(ops::CatalogModifierGroupSaved, [m](QSqlDatabase &, const OutboxOp &op) { return applyGroup(*m, op); });
    set.add(ops::CatalogItemModifiersSet,
            [m](QSqlDatabase &db, const OutboxOp &op) { return applyItemGroups(*m, db, op); });
}

} // namespace madang
