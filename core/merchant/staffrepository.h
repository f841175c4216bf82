#pragma once

// The one owner of the `staff` table: every row read and written by the terminal goes through here. The PIN
// hash is an opaque PinHasher string (security/ makes and checks it); this class only stores it.

#include "base/error.h"
#include "merchant/merchant.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>
#include <optional>

namespace madang {

class Clock;
class Database;
class Uuid7Generator;

/// A staff row as the sign-in, Settings → Staff and booking code see it.
struct StaffAccount
{
    StaffMember member;   ///< member.pinHash only as read by StaffRepository; callers clear it before handing it on
    QStringList services; ///< catalog item ids this person can perform (for bookings)
    bool hasPin = false;
    int failedAttempts = 0; ///< wrong PINs since the last good one
    bool lockedOut = false; ///< needs a manager or the owner to unlock
    QDateTime retryAfter;   ///< invalid when sign-in may be tried now
};

/// Staff rows: SQL only. Each write runs inside the caller's transaction, which adds the outbox op and the
/// audit entry that go with it (MerchantRepository, StaffAuth, ResourceRepository); rules about who may do
/// what, and the messages about them, stay with the callers.
class StaffRepository
{
public:
    /// Which rows list() returns, and in which order.
    enum class Which { Active, All };
    enum class Order {
        Joined, ///< by created_at, then name: the order people were added in
        Name,   ///< by name: how the calendar lists columns
    };

    StaffRepository(Database &db, const Clock &clock, Uuid7Generator &ids) : m_db(db), m_clock(clock), m_ids(ids) {}

    /// The row with this id, with its PIN hash; nullopt when there is none.
    [[nodiscard]] Result<std::optional<StaffAccount>> find(const QString &staffId) const;
    /// Rows with their PIN hashes.
    [[nodiscard]] Result<QList<StaffAccount>> list(Which which, Order order = Order::Joined) const;
    /// Active owners: the terminal must keep at least one.
    [[nodiscard]] Result<int> countActiveOwners() const;

    /// Inserts member (a new id is made; an empty pinHash is "no PIN yet") with its services. Returns the
    /// member with its id and without the hash.
    Result<StaffMember> insert(const StaffMember &member, const QStringList &services = {});
    /// A member as another terminal saved them (staff.created applied here), under member.id: inserted with
    /// created_at = at and no PIN when new (a PIN hash never leaves the terminal that made it), else their name,
    /// role, active and services written; the PIN and the sign-in state stay. updated_at = at either way (empty:
    /// now).
    Status upsert(const StaffMember &member, const QStringList &services, const QString &at);
    /// Name, role, active and services of an existing member; NotFound if there is none. Taking someone
    /// off the team flags their open bookings (a trigger, in the same transaction).
    Status update(const StaffMember &member, const QStringList &services);
    /// Only the services; NotFound if there is no such member.
    Status setServices(const QString &staffId, const QStringList &services);
    /// A new PIN hash for member (its id; its name is for the message): a fresh failure count, but a
    /// lockout stays until unlock().
    Status setPinHash(const StaffMember &member, const QString &pinHash);

    /// A wrong PIN: the new count, whether it locks the account, and until when sign-in must wait (invalid:
    /// no wait).
    Status recordFailure(const QString &staffId, int failedAttempts, bool lockedOut, const QDateTime &retryAfter);
    /// A good PIN: no failures and no wait (and a re-hashed PIN when newPinHash is set). A lockout stays.
    Status clearFailures(const QString &staffId, const QString &newPinHash = {});
    /// Lifts member's lockout and clears their failures (its name is for the message).
    Status unlock(const StaffMember &member);

    /// What the staff.created and staff.updated ops carry: id, name, role, active and services. Never the PIN
    /// hash (it only works with the pepper of the device that made it).
    static QJsonObject opPayload(const StaffMember &member, const QStringList &services);
    /// The JSON array the `services` column keeps, and back.
    static QString servicesJson(const QStringList &services);
    static QStringList parseServices(const QString &json);

private:
    Database &m_db;
    const Clock &m_clock;
    Uuid7Generator &m_ids;
};

} // namespace madang
