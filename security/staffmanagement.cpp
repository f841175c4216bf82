// StaffAuth, part 2: staff management (create, update, set a PIN). Split from staffauth.cpp to keep files short.
#include "audit/auditlog.h"
#include "base/clock.h"
#include "base/textrules.h"
#include "base/uuid7.h"
#include "merchant/staffrepository.h"
#include "pinhasher.h"
#include "replication/opregistry.h"
#include "replication/outbox.h"
#include "staffauth.h"
#include "staffauth_p.h"
#include "storage/database.h"
#include "storage/transaction.h"
#include "workflows/store.h"

#include <QSqlError>
#include <QSqlQuery>
#include <utility>

namespace madang {

using namespace staffauth_detail;

namespace {
/// Trimmed, without blanks and repeats, each the id of a catalog item; InvalidInput names the first unknown one.
Result<QStringList> checkServices(const QSqlDatabase &db, const QStringList &services)
{
    QStringList clean;
    for (const QString &raw : services) {
        const QString id = raw.trimmed();
        if (!id.isEmpty() && !clean.contains(id)) {
            clean << id;
        }
    }
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT 1 FROM items WHERE id = ?"));
    for (const QString &id : std::as_const(clean)) {
        q.addBindValue(id);
        if (!q.exec()) {
            return Database::storageError(q.lastError(), Text::tr("Checking services"));
        }
        if (!q.next()) {
            return makeError(ErrorCode::InvalidInput,
                             Text::tr("There is no catalog item %1 to offer as a service.").arg(id));
        }
        q.finish();
    }
    return clean;
}

/// Name trimmed and not empty, role one of owner | manager | staff.
Status checkMember(StaffMember &member)
{
    member.name = member.name.trimmed();
    if (member.name.isEmpty()) {
        return makeError(ErrorCode::InvalidInput, Text::tr("The staff member's name is empty."));
    }
    if (auto clean = checkText(member.name, TextKind::Name, Text::tr("staff member's name")); !clean) {
        return clean;
    }
    if (!isValidRole(member.role)) {
        return makeError(ErrorCode::InvalidInput,
                         Text::tr("Unknown role \"%1\": use owner, manager or staff.").arg(member.role));
    }
    return Done{};
}

AuditEntry privileged(const StaffAccount &actor, const QString &staffId, const QString &change)
{
    AuditEntry e;
    e.actorId = actor.member.id;
    e.actorName = actor.member.name;
    e.action = audit::PrivilegedAction;
    e.record = staffRecord(staffId);
    e.detail = {{QStringLiteral("change"), change}};
    return e;
}
} // namespace

Result<StaffMember> StaffAuth::createStaff(const QString &actorId, const StaffMember &input, const QString &pin,
                                           const QStringList &services)
{
    auto actor = activeManager(actorId);
    if (!actor) {
        return actor.error();
    }
    StaffMember member = input;
    member.pinHash.clear();
    if (auto valid = checkMember(member); !valid) {
        return valid.error();
    }
    if (member.role == kOwner && actor->member.role != kOwner) {
        return makeError(ErrorCode::Forbidden, Text::tr("Only the owner can add another owner."));
    }
    if (!PinHasher::isValidPin(pin)) {
        return makeError(ErrorCode::InvalidInput, Text::tr("A PIN is 4 to 6 digits."));
    }
    QSqlDatabase db = m_store.database().connection();
    auto clean = checkServices(db, services);
    if (!clean) {
        return clean.error();
    }
    auto hash = m_hasher.hash(pin); // before the transaction: it takes a while and needs no lock
    if (!hash) {
        return hash.error();
    }
    Transaction tx(db);
    if (!tx.active()) {
        return tx.beginError();
    }
    member.pinHash = hash.value();
    auto added = m_store.staff().insert(member, clean.value());
    if (!added) {
        return added.error();
    }
    member = added.value();
    if (auto op = m_store.outbox().enqueue(db, ops::StaffCreated, member.id,
                                           StaffRepository::opPayload(member, clean.value()));
        !op) {
        return op.error();
    }
    AuditEntry e = privileged(actor.value(), member.id, QStringLiteral("staff.created"));
    e.detail.insert(QStringLiteral("name"), member.name);
    e.detail.insert(QStringLiteral("role"), member.role);
    e.detail.insert(QStringLiteral("active"), member.active);
    e.detail.insert(QStringLiteral("services"), QJsonArray::fromStringList(clean.value()));
    if (auto logged = m_store.audit().append(e); !logged) {
        return logged.error();
    }
    if (auto done = tx.commit(); !done) {
        return done.error();
    }
    return member;
}

Status StaffAuth::updateStaff(const QString &actorId, const StaffMember &input, const QStringList &services)
{
    auto actor = activeManager(actorId);
    if (!actor) {
        return actor.error();
    }
    auto before = load(input.id);
    if (!before) {
        return before.error();
    }
    StaffMember member = input;
    member.pinHash.clear();
    if (auto valid = checkMember(member); !valid) {
        return valid;
    }
    const StaffMember &old = before->member;
    if ((old.role == kOwner || member.role == kOwner) && actor->member.role != kOwner) {
        return makeError(ErrorCode::Forbidden,
                         Text::tr("Only the owner can change an owner or make someone an owner."));
    }
    QSqlDatabase db = m_store.database().connection();
    auto clean = checkServices(db, services);
    if (!clean) {
        return clean.error();
    }
    Transaction tx(db);
    if (!tx.active()) {
        return tx.beginError();
    }
    if (auto saved = m_store.staff().update(member, clean.value()); !saved) {
        return saved;
    }
    // The terminal must keep someone who can manage it.
    auto owners = m_store.staff().countActiveOwners();
    if (!owners) {
        return owners.error();
    }
    if (owners.value() == 0) {
        return makeError(ErrorCode::Conflict, Text::tr("The terminal needs at least one active owner."));
    }
    if (auto op = m_store.outbox().enqueue(db, ops::StaffUpdated, member.id,
                                           StaffRepository::opPayload(member, clean.value()));
        !op) {
        return op.error();
    }
    AuditEntry e = privileged(actor.value(), member.id, QStringLiteral("staff.updated"));
    e.detail.insert(QStringLiteral("name"), member.name);
    e.detail.insert(QStringLiteral("role"), member.role);
    e.detail.insert(QStringLiteral("active"), member.active);
    e.detail.insert(QStringLiteral("services"), QJsonArray::fromStringList(clean.value()));
    e.detail.insert(QStringLiteral("previous"), QJsonObject{{QStringLiteral("name"), old.name},
                                                            {QStringLiteral("role"), old.role},
                                                            {QStringLiteral("active"), old.active}});
    if (auto logged = m_store.audit().append(e); !logged) {
        return logged.error();
    }
    return tx.commit();
}

Status StaffAuth::setPin(const QString &actorId, const QString &staffId, const QString &pin)
{
    auto actor = activeManager(actorId);
    if (!actor) {
        return actor.error();
    }
    auto target = load(staffId);
    if (!target) {
        return target.error();
    }
    if (target->member.role == kOwner && actor->member.role != kOwner) {
        return makeError(ErrorCode::Forbidden, Text::tr("Only the owner can set an owner's PIN."));
    }
    if (!PinHasher::isValidPin(pin)) {
        return makeError(ErrorCode::InvalidInput, Text::tr("A PIN is 4 to 6 digits."));
    }
    auto hash = m_hasher.hash(pin);
    if (!hash) {
        return hash.error();
    }
    Transaction tx(m_store.database().connection());
    if (!tx.active()) {
        return tx.beginError();
    }
    // A new PIN starts a fresh count; a lockout stays until unlock() (which needs a manager's own PIN).
    if (auto saved = m_store.staff().setPinHash(target->member, hash.value()); !saved) {
        return saved;
    }
    AuditEntry e = privileged(actor.value(), staffId, QStringLiteral("staff.pin_changed"));
    e.detail.insert(QStringLiteral("had_pin"), target->hasPin);
    if (auto logged = m_store.audit().append(e); !logged) {
        return logged.error();
    }
    return tx.commit();
}

} // namespace madang
