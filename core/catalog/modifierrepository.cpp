#include "catalog/modifierrepository.h"

#include "audit/auditlog.h"
#include "base/clock.h"
#include "base/money.h"
#include "base/textrules.h"
#include "base/uuid7.h"
#include "replication/outbox.h"
#include "storage/database.h"
#include "storage/transaction.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace madang {

namespace {
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(ModifierRepository)
};

Status check(const ModifierGroup &g)
{
    if (g.name.trimmed().isEmpty()) {
        return makeError(ErrorCode::InvalidInput, Text::tr("An option group needs a name."));
    }
    if (auto clean = checkText(g.name.trimmed(), TextKind::Name, Text::tr("option group's name")); !clean) {
        return clean;
    }
    if (g.options.isEmpty()) {
        return makeError(ErrorCode::InvalidInput, Text::tr("%1: add at least one option.").arg(g.name));
    }
    if (g.minChoices < 0 || g.maxChoices < 1 || g.minChoices > g.maxChoices || g.minChoices > g.options.size()) {
        return makeError(ErrorCode::InvalidInput,
                         Text::tr("%1: the number of choices must be between 0 and the number of options, "
                                  "with at least one allowed.")
                             .arg(g.name));
    }
    for (const ModifierOption &o : g.options) {
        if (o.name.trimmed().isEmpty() || o.priceMinor < 0) {
            return makeError(ErrorCode::InvalidInput,
                             Text::tr("%1: every option needs a name and a price of 0 or more.").arg(g.name));
        }
        if (auto price = Money::checkAmount(o.priceMinor, Text::tr("price of %1").arg(o.name.trimmed())); !price) {
            return makeError(ErrorCode::InvalidInput, QStringLiteral("%1: %2").arg(g.name, price.error().message));
        }
        if (auto clean = checkText(o.name.trimmed(), TextKind::Name, Text::tr("option's name")); !clean) {
            return clean;
        }
    }
    return Done{};
}

Status run(QSqlQuery &q, const QString &sql, const QVariantList &values, const QString &context)
{
    q.prepare(sql);
    for (const QVariant &v : values) {
        q.addBindValue(v);
    }
    return q.exec() ? Status(Done{}) : Status(Database::storageError(q.lastError(), context));
}
} // namespace

Result<ModifierGroup> ModifierRepository::saveGroup(ModifierGroup group)
{
    if (auto ok = check(group); !ok) {
        return ok.error();
    }
    QSqlDatabase db = m_db.connection();
    Transaction tx(db);
    if (!tx.active()) {
        return tx.beginError();
    }
    if (group.id.isEmpty()) {
        group.id = m_ids.nextString();
    }
    QSqlQuery q(db);
    const QString context = Text::tr("Saving the option group %1").arg(group.name);
    auto done =
        run(q,
            QStringLiteral("INSERT INTO modifier_groups (id, name, min_choices, max_choices) VALUES (?, ?, ?, ?) "
                           "ON CONFLICT (id) DO UPDATE SET name = excluded.name, "
                           "min_choices = excluded.min_choices, max_choices = excluded.max_choices"),
            {group.id, group.name.trimmed(), group.minChoices, group.maxChoices}, context);
    QJsonArray options;
    for (qsizetype i = 0; done && i < group.options.size(); ++i) {
        ModifierOption &o = group.options[i];
        if (o.id.isEmpty()) {
            o.id = m_ids.nextString();
        }
        done = run(q,
                   QStringLiteral("INSERT INTO modifier_options (id, group_id, name, price_minor, position) "
                                  "VALUES (?, ?, ?, ?, ?) ON CONFLICT (id) DO UPDATE SET name = excluded.name, "
                                  "price_minor = excluded.price_minor, position = excluded.position"),
                   {o.id, group.id, o.name.trimmed(), o.priceMinor, i}, context);
        options.append(QJsonObject{{QStringLiteral("id"), o.id},
                                   {QStringLiteral("name"), o.name},
                                   {QStringLiteral("price_minor"), o.priceMinor}});
    }
    if (!done) {
        return done.error();
    }
    const QJsonObject payload{{QStringLiteral("id"), group.id},
                              {QStringLiteral("name"), group.name},
                              {QStringLiteral("min"), group.minChoices},
                              {QStringLiteral("max"), group.maxChoices},
                              {QStringLiteral("options"), options}};
    if (auto op = m_outbox.enqueue(db, ops::CatalogModifierGroupSaved, group.id, payload); !op) {
        return op.error();
    }
    if (auto committed = tx.commit(); !committed) {
        return committed.error();
    }
    return group;
}

Status ModifierRepository::setItemGroups(const QString &itemId, const QStringList &groupIds)
{
    QSqlDatabase db = m_db.connection();
    Transaction tx(db);
    if (!tx.active()) {
        return tx.beginError();
    }
    QSqlQuery q(db);
    const QString context = Text::tr("Saving the item's options");
    auto done = run(q, QStringLiteral("DELETE FROM item_modifier_groups WHERE item_id = ?"), {itemId}, context);
    for (qsizetype i = 0; done && i < groupIds.size(); ++i) {
        done = run(q, QStringLiteral("INSERT INTO item_modifier_groups (item_id, group_id, position) VALUES (?, ?, ?)"),
                   {itemId, groupIds.at(i), i}, context);
    }
    if (!done) {
        return done.error();
    }
    if (auto op = m_outbox.enqueue(db, ops::CatalogItemModifiersSet, itemId,
                                   QJsonObject{{QStringLiteral("item_id"), itemId},
                                               {QStringLiteral("groups"), QJsonArray::fromStringList(groupIds)}});
        !op) {
        return op.error();
    }
    return tx.commit();
}

Result<QList<ModifierGroup>> ModifierRepository::groupsForItem(const QString &itemId) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT g.id, g.name, g.min_choices, g.max_choices, o.id, o.name, o.price_minor "
                             "FROM item_modifier_groups ig JOIN modifier_groups g ON g.id = ig.group_id "
                             "JOIN modifier_options o ON o.group_id = g.id "
                             "WHERE ig.item_id = ? ORDER BY ig.position, o.position"));
    q.addBindValue(itemId);
    if (!q.exec()) {
        return Database::storageError(q.lastError(), Text::tr("Reading the item's options"));
    }
    QList<ModifierGroup> groups;
    while (q.next()) {
        if (groups.isEmpty() || groups.constLast().id != q.value(0).toString()) {
            groups << ModifierGroup{
                q.value(0).toString(), q.value(1).toString(), q.value(2).toInt(), q.value(3).toInt(), {}};
        }
        groups.last().options << ModifierOption{q.value(4).toString(), q.value(5).toString(), q.value(6).toLongLong()};
    }
    return groups;
}

Result<QHash<QString, int>> ModifierRepository::groupCountByItem() const
{
    QSqlQuery q(m_db.connection());
    if (!q.exec(QStringLiteral("SELECT item_id, count(*) FROM item_modifier_groups GROUP BY item_id"))) {
        return Database::storageError(q.lastError(), Text::tr("Reading the item's options"));
    }
    QHash<QString, int> counts;
    while (q.next()) {
        counts.insert(q.value(0).toString(), q.value(1).toInt());
    }
    return counts;
}

} // namespace madang
