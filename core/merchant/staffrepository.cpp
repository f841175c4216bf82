#include "merchant/staffrepository.h"

#include "audit/auditlog.h"
#include "base/clock.h"
#include "base/timetext.h"
#include "base/uuid7.h"
#include "storage/database.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlQuery>

namespace madang {

namespace {
// The messages moved here from the classes that used to write these rows keep those classes' translation
// contexts, so their translations still apply.
struct AuthText
{
    Q_DECLARE_TR_FUNCTIONS(StaffAuth)
};
struct ResourceText
{
    Q_DECLARE_TR_FUNCTIONS(ResourceRepository)
};

const QString kColumns = QStringLiteral(
    "SELECT id, name, role, active, pin_hash, failed_attempts, locked_out, retry_after, services FROM staff ");

QString timeText(const QDateTime &time)
{
    return timetext::wire(time);
}

StaffAccount accountFrom(const QSqlQuery &q)
{
    StaffAccount a;
    a.member = StaffMember{q.value(0).toString(), q.value(1).toString(), q.value(2).toString(), q.value(3).toBool(),
                           q.value(4).toString()};
    a.hasPin = !a.member.pinHash.isEmpty();
    a.failedAttempts = q.value(5).toInt();
    a.lockedOut = q.value(6).toBool();
    a.retryAfter = q.value(7).isNull() ? QDateTime() : timetext::fromWire(q.value(7).toString());
    a.services = StaffRepository::parseServices(q.value(8).toString());
    return a;
}

/// NotFound when an UPDATE by id touched no row.
Status touchedOne(const QSqlQuery &q)
{
    if (q.numRowsAffected() != 1) {
        return makeError(ErrorCode::NotFound, AuthText::tr("There is no such staff member."));
    }
    return Done{};
}
} // namespace

QJsonObject StaffRepository::opPayload(const StaffMember &member, const QStringList &services)
{
    return {{QStringLiteral("id"), member.id},
            {QStringLiteral("name"), member.name},
            {QStringLiteral("role"), member.role},
            {QStringLiteral("active"), member.active},
            {QStringLiteral("services"), QJsonArray::fromStringList(services)}};
}

QString StaffRepository::servicesJson(const QStringList &services)
{
    return QString::fromUtf8(QJsonDocument(QJsonArray::fromStringList(services)).toJson(QJsonDocument::Compact));
}

QStringList StaffRepository::parseServices(const QString &json)
{
    QStringList list;
    const QJsonArray array = QJsonDocument::fromJson(json.toUtf8()).array();
    for (const auto &v : array) {
        list << v.toString();
    }
    return list;
}

Result<std::optional<StaffAccount>> StaffRepository::find(const QString &staffId) const
{
    auto q = Database::run(m_db.connection(), kColumns + QStringLiteral("WHERE id = ?"), {staffId},
                           AuthText::tr("Reading staff"));
    if (!q) {
        return q.error();
    }
    if (!q->next()) {
        return std::optional<StaffAccount>();
    }
    return std::optional<StaffAccount>(accountFrom(q.value()));
}

Result<QList<StaffAccount>> StaffRepository::list(Which which, Order order) const
{
    const QString where = which == Which::Active ? QStringLiteral("WHERE active = 1 ") : QString();
    const QString by =
        order == Order::Name ? QStringLiteral("ORDER BY name") : QStringLiteral("ORDER BY created_at, name");
    auto q = Database::run(m_db.connection(), kColumns + where + by, {}, AuthText::tr("Reading staff"));
    if (!q) {
        return q.error();
    }
    QList<StaffAccount> list;
    while (q->next()) {
        list << accountFrom(q.value());
    }
    return list;
}

Result<int> StaffRepository::countActiveOwners() const
{
    auto q = Database::run(m_db.connection(),
                           QStringLiteral("SELECT count(*) FROM staff WHERE role = 'owner' AND active = 1"), {},
                           AuthText::tr("Checking the owners"));
    if (!q) {
        return q.error();
    }
    return q->next() ? q->value(0).toInt() : 0;
}

Result<StaffMember> StaffRepository::insert(const StaffMember &input, const QStringList &services)
{
    StaffMember member = input;
    member.id = m_ids.nextString();
    const QString now = timeText(m_clock.now());
    // An empty hash is SQL NULL: "no PIN yet".
    auto q = Database::run(m_db.connection(),
                           QStringLiteral("INSERT INTO staff (id, name, role, active, created_at, updated_at, "
                                          "pin_hash, services) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"),
                           {member.id, member.name, member.role, member.active ? 1 : 0, now, now,
                            member.pinHash.isEmpty() ? QString() : member.pinHash, servicesJson(services)},
                           AuthText::tr("Saving staff member %1").arg(member.name));
    if (!q) {
        return q.error();
    }
    member.pinHash.clear(); // callers get the member, not the secret
    return member;
}

Status StaffRepository::upsert(const StaffMember &member, const QStringList &services, const QString &at)
{
    const QString when = at.isEmpty() ? timeText(m_clock.now()) : at;
    auto q =
        Database::run(m_db.connection(),
                      QStringLiteral("INSERT INTO staff (id, name, role, active, created_at, updated_at, services) "
                                     "VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT (id) DO UPDATE SET "
                                     "name = excluded.name, role = excluded.role, active = excluded.active, "
                                     "services = excluded.services, updated_at = excluded.updated_at"),
                      {member.id, member.name, member.role, member.active ? 1 : 0, when, when, servicesJson(services)},
                      AuthText::tr("Saving staff member %1").arg(member.name));
    return q ? Status(Done{}) : Status(q.error());
}

Status StaffRepository::update(const StaffMember &member, const QStringList &services)
{
    auto q = Database::run(
        m_db.connection(),
        QStringLiteral("UPDATE staff SET name = ?, role = ?, active = ?, services = ?, "
                       "updated_at = ? WHERE id = ?"),
        {member.name, member.role, member.active ? 1 : 0, servicesJson(services), timeText(m_clock.now()), member.id},
        AuthText::tr("Saving staff member %1").arg(member.name));
    return q ? touchedOne(q.value()) : Status(q.error());
}

Status StaffRepository::setServices(const QString &staffId, const QStringList &services)
{
    auto q =
        Database::run(m_db.connection(), QStringLiteral("UPDATE staff SET services = ?, updated_at = ? WHERE id = ?"),
                      {servicesJson(services), timeText(m_clock.now()), staffId},
                      ResourceText::tr("Saving the staff member's services"));
    return q ? touchedOne(q.value()) : Status(q.error());
}

Status StaffRepository::setPinHash(const StaffMember &member, const QString &pinHash)
{
    auto q = Database::run(m_db.connection(),
                           QStringLiteral("UPDATE staff SET pin_hash = ?, failed_attempts = 0, retry_after = NULL, "
                                          "updated_at = ? WHERE id = ?"),
                           {pinHash, timeText(m_clock.now()), member.id},
                           AuthText::tr("Saving the PIN of %1").arg(member.name));
    return q ? touchedOne(q.value()) : Status(q.error());
}

Status StaffRepository::recordFailure(const QString &staffId, int failedAttempts, bool lockedOut,
                                      const QDateTime &retryAfter)
{
    auto q = Database::run(
        m_db.connection(),
        QStringLiteral("UPDATE staff SET failed_attempts = ?, locked_out = ?, retry_after = ? WHERE id = ?"),
        {failedAttempts, lockedOut ? 1 : 0, retryAfter.isValid() ? timeText(retryAfter) : QString(), staffId},
        AuthText::tr("Saving a failed sign-in"));
    return q ? touchedOne(q.value()) : Status(q.error());
}

Status StaffRepository::clearFailures(const QString &staffId, const QString &newPinHash)
{
    auto q = Database::run(m_db.connection(),
                           QStringLiteral("UPDATE staff SET failed_attempts = 0, retry_after = NULL, "
                                          "pin_hash = coalesce(?, pin_hash) WHERE id = ?"),
                           {newPinHash.isEmpty() ? QString() : newPinHash, staffId}, AuthText::tr("Saving a sign-in"));
    return q ? touchedOne(q.value()) : Status(q.error());
}

Status StaffRepository::unlock(const StaffMember &member)
{
    auto q = Database::run(
        m_db.connection(),
        QStringLiteral("UPDATE staff SET locked_out = 0, failed_attempts = 0, retry_after = NULL WHERE id = ?"),
        {member.id}, AuthText::tr("Unlocking %1").arg(member.name));
    return q ? touchedOne(q.value()) : Status(q.error());
}

} // namespace madang
