#include "staffauth.h"

#include "audit/auditlog.h"
#include "base/clock.h"
#include "base/uuid7.h"
#include "pinhasher.h"
#include "replication/outbox.h"
#include "staffauth_p.h"
#include "storage/transaction.h"
#include "workflows/store.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLoggingCategory>

Q_LOGGING_CATEGORY(lcStaffAuth, "madang.security.staffauth", QtWarningMsg)

namespace madang {

using namespace staffauth_detail;

bool isManagerRole(const QString &role)
{
    return role == kOwner || role == kManager;
}

StaffAuth::StaffAuth(Store &store, const PinHasher &hasher, LockoutPolicy policy)
    : m_store(store), m_hasher(hasher), m_policy(policy)
{}

Result<StaffAccount> StaffAuth::load(const QString &staffId) const
{
    auto found = m_store.staff().find(staffId);
    if (!found) {
        return found.error();
    }
    if (!found->has_value()) {
        return makeError(ErrorCode::NotFound, Text::tr("There is no such staff member."));
    }
    return std::move(*found.value());
}

Result<QList<StaffAccount>> StaffAuth::accounts(bool includeInactive) const
{
    auto list = m_store.staff().list(includeInactive ? StaffRepository::Which::All : StaffRepository::Which::Active);
    if (!list) {
        return list.error();
    }
    for (StaffAccount &a : list.value()) {
        a.member.pinHash.clear();
    }
    return list;
}

Result<StaffAccount> StaffAuth::account(const QString &staffId) const
{
    auto a = load(staffId);
    if (a) {
        a.value().member.pinHash.clear();
    }
    return a;
}

Result<StaffAccount> StaffAuth::activeManager(const QString &actorId) const
{
    auto actor = load(actorId);
    if (!actor) {
        return actor.error().code == ErrorCode::NotFound ? forbiddenActor() : actor.error();
    }
    if (!actor->member.active || !isManagerRole(actor->member.role)) {
        return forbiddenActor();
    }
    return actor;
}

Status StaffAuth::auditFailure(const StaffAccount *account, const QString &staffId, const Attempt &attempt,
                               const QString &why)
{
    AuditEntry e;
    if (account != nullptr) {
        e.actorId = account->member.id;
        e.actorName = account->member.name;
    }
    e.action = attempt.failureAction;
    e.record = attempt.record.isEmpty() ? staffRecord(staffId.left(64)) : attempt.record;
    e.detail = attempt.detail;
    e.detail.insert(QStringLiteral("why"), why);
    if (account != nullptr) {
        e.detail.insert(QStringLiteral("failed_attempts"), account->failedAttempts);
    }
    auto logged = m_store.audit().append(e);
    if (!logged) {
        qCWarning(lcStaffAuth) << "could not audit a failed PIN check:" << logged.error().message;
        return logged.error();
    }
    return Done{};
}

Result<StaffAccount> StaffAuth::checkPin(const QString &staffId, const QString &pin, const Attempt &attempt)
{
    if (!PinHasher::isValidPin(pin)) {
        return invalidPin(); // a typing slip, not a guess: not counted
    }
    auto found = load(staffId);
    if (!found) {
        if (found.error().code == ErrorCode::NotFound) {
            if (auto logged = auditFailure(nullptr, staffId, attempt, QStringLiteral("unknown_staff")); !logged) {
                return logged.error();
            }
        }
        return found.error();
    }
    const StaffAccount &a = found.value();
    auto refuse = [&](const QString &why, Error error) -> Result<StaffAccount> {
        if (auto logged = auditFailure(&a, staffId, attempt, why); !logged) {
            return logged.error();
        }
        return error;
    };
    const QString &name = a.member.name;
    if (!a.member.active) {
        return refuse(QStringLiteral("inactive"),
                      makeError(ErrorCode::Forbidden, Text::tr("%1 is no longer active on this terminal.").arg(name)));
    }
    if (attempt.managerOnly && !isManagerRole(a.member.role)) {
        return refuse(QStringLiteral("role"),
                      makeError(ErrorCode::Forbidden, Text::tr("Only a manager or the owner can approve this.")));
    }
    if (a.lockedOut) {
        return refuse(QStringLiteral("locked_out"),
                      makeError(ErrorCode::LockedOut, Text::tr("%1 is locked after too many wrong PINs. A manager or "
                                                               "the owner must unlock it.")
                                                          .arg(name)));
    }
    const QDateTime now = m_store.clock().now();
    if (a.retryAfter.isValid() && now < a.retryAfter) {
        const int secs = static_cast<int>((now.msecsTo(a.retryAfter) + 999) / 1000);
        return refuse(QStringLiteral("retry_later"),
                      makeError(ErrorCode::RetryLater,
                                Text::tr("Too many wrong PINs. Try again in %n second(s).", nullptr, secs)));
    }
    if (!a.hasPin) {
        return refuse(QStringLiteral("no_pin"),
                      makeError(ErrorCode::Forbidden,
                                Text::tr("%1 has no PIN yet. A manager or the owner can set one.").arg(name)));
    }
    auto match = m_hasher.verify(pin, a.member.pinHash);
    if (!match) {
        return match.error();
    }
    if (!match.value()) {
        return countWrongPin(a, attempt);
    }
    return found;
}

Result<StaffAccount> StaffAuth::countWrongPin(const StaffAccount &account, const Attempt &attempt)
{
    const int failures = account.failedAttempts + 1;
    const bool lock = failures >= m_policy.lockAtFailure;
    const QDateTime now = m_store.clock().now();
    int delaySecs = 0;
    if (!lock && failures >= m_policy.delayFromFailure) {
        delaySecs = failures == m_policy.delayFromFailure ? m_policy.firstDelaySecs : m_policy.secondDelaySecs;
    }
    Transaction tx(m_store.database().connection());
    if (!tx.active()) {
        return tx.beginError();
    }
    if (auto saved = m_store.staff().recordFailure(account.member.id, failures, lock,
                                                   delaySecs > 0 ? now.addSecs(delaySecs) : QDateTime());
        !saved) {
        return saved.error();
    }
    StaffAccount counted = account;
    counted.failedAttempts = failures;
    if (auto logged = auditFailure(&counted, account.member.id, attempt, QStringLiteral("wrong_pin")); !logged) {
        return logged.error();
    }
    if (lock) {
        AuditEntry e;
        e.actorId = account.member.id;
        e.actorName = account.member.name;
        e.action = audit::Lockout;
        e.record = staffRecord(account.member.id);
        e.detail = {{QStringLiteral("failed_attempts"), failures}};
        if (auto logged = m_store.audit().append(e); !logged) {
            return logged.error();
        }
    }
    if (auto done = tx.commit(); !done) {
        return done.error();
    }
    if (lock) {
        return makeError(ErrorCode::LockedOut, Text::tr("Wrong PIN. %1 is now locked; a manager or the owner must "
                                                        "unlock it.")
                                                   .arg(account.member.name));
    }
    if (delaySecs > 0) {
        return makeError(ErrorCode::RetryLater, Text::tr("Wrong PIN. Try again in %n second(s).", nullptr, delaySecs));
    }
    return makeError(ErrorCode::WrongPin,
                     Text::tr("Wrong PIN. %n tries left.", nullptr, m_policy.lockAtFailure - failures));
}

Status StaffAuth::clearFailures(const QString &staffId, const QString &newHash)
{
    return m_store.staff().clearFailures(staffId, newHash);
}

Result<StaffMember> StaffAuth::signIn(const QString &staffId, const QString &pin)
{
    auto checked = checkPin(staffId, pin, Attempt{audit::SignInFailed, {}, {}, false});
    if (!checked) {
        return checked.error();
    }
    StaffMember member = checked->member;
    QString newHash;
    if (m_hasher.needsRehash(member.pinHash)) {
        if (auto rehashed = m_hasher.hash(pin); rehashed) {
            newHash = rehashed.value();
        }
    }
    member.pinHash.clear();
    Transaction tx(m_store.database().connection());
    if (!tx.active()) {
        return tx.beginError();
    }
    if (auto cleared = clearFailures(member.id, newHash); !cleared) {
        return cleared.error();
    }
    AuditEntry e;
    e.actorId = member.id;
    e.actorName = member.name;
    e.action = audit::SignIn;
    e.record = staffRecord(member.id);
    if (auto logged = m_store.audit().append(e); !logged) {
        return logged.error();
    }
    if (auto done = tx.commit(); !done) {
        return done.error();
    }
    return member;
}

Status StaffAuth::signOut(const QString &staffId, const QString &reason)
{
    auto a = load(staffId);
    if (!a) {
        return a.error();
    }
    AuditEntry e;
    e.actorId = a->member.id;
    e.actorName = a->member.name;
    e.action = audit::SignOut;
    e.record = staffRecord(a->member.id);
    e.reason = reason;
    if (auto logged = m_store.audit().append(e); !logged) {
        return logged.error();
    }
    return Done{};
}

Status StaffAuth::unlock(const QString &staffId, const QString &approverId, const QString &approverPin)
{
    auto target = load(staffId);
    if (!target) {
        return target.error();
    }
    const Attempt attempt{audit::ApprovalDenied,
                          staffRecord(staffId),
                          {{QStringLiteral("approval_action"), QString(audit::Unlock)}},
                          true};
    auto approver = checkPin(approverId, approverPin, attempt);
    if (!approver) {
        return approver.error();
    }
    Transaction tx(m_store.database().connection());
    if (!tx.active()) {
        return tx.beginError();
    }
    if (auto unlocked = m_store.staff().unlock(target->member); !unlocked) {
        return unlocked;
    }
    if (auto cleared = clearFailures(approverId); !cleared) {
        return cleared;
    }
    AuditEntry e;
    e.actorId = approver->member.id;
    e.actorName = approver->member.name;
    e.action = audit::Unlock;
    e.record = staffRecord(staffId);
    e.approverId = approver->member.id;
    e.detail = {{QStringLiteral("staff_name"), target->member.name},
                {QStringLiteral("was_locked_out"), target->lockedOut},
                {QStringLiteral("failed_attempts"), target->failedAttempts}};
    if (auto logged = m_store.audit().append(e); !logged) {
        return logged.error();
    }
    return tx.commit();
}

} // namespace madang
