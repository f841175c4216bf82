#pragma once

#include "base/error.h"
#include "merchant/merchant.h"
#include "merchant/staffrepository.h" // StaffAccount

#include <QDateTime>
#include <QString>
#include <QStringList>

namespace madang {

class AuditLog;
class PinHasher;
class Store;

/// Roles, from most to least trusted. Owners and managers approve, unlock and manage staff.
bool isManagerRole(const QString &role);

/// Escalating delays, then lockout: the 3rd wrong PIN in a row makes the next try wait 30 s, the 4th
/// wait 2 min, the 5th locks the account until a manager or the owner unlocks it. Survives restarts
/// (it is stored), and every failure, lockout and unlock is audited.
struct LockoutPolicy
{
    int delayFromFailure = 3;
    int lockAtFailure = 5;
    int firstDelaySecs = 30;
    int secondDelaySecs = 120;
};

/// Staff sign-in with PINs, staff management, unlocking, and single-use manager approvals.
///
/// Approvals: a manager or the owner enters their PIN for one action on one record (e.g. action
/// "order.refund", record "<order id>"); the result is a random token valid for 2 minutes that
/// consumeApproval() accepts once, for exactly that action and record, inside the caller's transaction.
/// Only a hash of the token is stored.
class StaffAuth
{
public:
    static constexpr int kApprovalValiditySecs = 120;

    StaffAuth(Store &store, const PinHasher &hasher, LockoutPolicy policy = {});

    [[nodiscard]] Result<QList<StaffAccount>> accounts(bool includeInactive = false) const;
    [[nodiscard]] Result<StaffAccount> account(const QString &staffId) const;

    /// Staff management. actorId must be an active owner or manager (Forbidden otherwise);
    /// only an owner may create or promote an owner. PINs are 4–6 digits (PinHasher::isValidPin).
    Result<StaffMember> createStaff(const QString &actorId, const StaffMember &member, const QString &pin,
                                    const QStringList &services = {});
    Status updateStaff(const QString &actorId, const StaffMember &member, const QStringList &services);
    Status setPin(const QString &actorId, const QString &staffId, const QString &pin);

    /// Checks the PIN. Errors: InvalidInput (not 4–6 digits; not counted as a failure), NotFound or
    /// Forbidden (unknown or inactive staff), WrongPin (counted; message says tries left), RetryLater,
    /// LockedOut. Success resets the failure count and is audited.
    Result<StaffMember> signIn(const QString &staffId, const QString &pin);
    Status signOut(const QString &staffId, const QString &reason = {});

    /// A manager or the owner clears a lockout by entering their own PIN. Audited with the approver.
    Status unlock(const QString &staffId, const QString &approverId, const QString &approverPin);

    /// Issues a single-use approval token for one action on one record. The approver's PIN is checked
    /// like a sign-in (wrong PINs count towards their lockout). Audited as audit::Approval (or
    /// ApprovalDenied on a wrong PIN / a role that may not approve).
    Result<QString> approve(const QString &approverId, const QString &approverPin, const QString &action,
                            const QString &record, const QString &reason = {});
    /// Accepts a token once, for exactly the action and record it was issued for, within 2 minutes.
    /// Returns the approver's staff id. Errors: NotFound (unknown token), Conflict (other action or
    /// record), Expired, AlreadyUsed. Runs inside the caller's transaction when there is one.
    Result<QString> consumeApproval(const QString &token, const QString &action, const QString &record);

    /// The percentage above which a discount needs approval (setting "approval.discount_percent", default 10).
    [[nodiscard]] int discountApprovalPercent() const;
    Status setDiscountApprovalPercent(const QString &actorId, int percent);

private:
    struct Attempt; ///< what a PIN check is for, so its failures are audited under the right action

    /// The stored account, with member.pinHash filled in (never returned to callers). NotFound if unknown.
    [[nodiscard]] Result<StaffAccount> load(const QString &staffId) const;
    /// The account of an active owner or manager, or Forbidden.
    [[nodiscard]] Result<StaffAccount> activeManager(const QString &actorId) const;
    /// Every check of signIn(): format, known, active, role (if asked), lockout, delay, PIN. Counts and
    /// audits failures (in their own transaction); on success the caller clears the count in its own.
    Result<StaffAccount> checkPin(const QString &staffId, const QString &pin, const Attempt &attempt);
    Result<StaffAccount> countWrongPin(const StaffAccount &account, const Attempt &attempt);
    Status auditFailure(const StaffAccount *account, const QString &staffId, const Attempt &attempt,
                        const QString &why);
    /// Inside the caller's transaction: back to no failures (and a re-hashed PIN if newHash is set).
    Status clearFailures(const QString &staffId, const QString &newHash = {});

    Store &m_store;
    const PinHasher &m_hasher;
    LockoutPolicy m_policy;
};

} // namespace madang
