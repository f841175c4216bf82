#pragma once

#include "base/error.h"
#include "merchant/merchant.h"

#include <optional>

namespace madang {

class Clock;
class Database;
class Outbox;
class StaffRepository;

/// The merchant profile, the owner created with it, and device-local settings.
class MerchantRepository
{
public:
    MerchantRepository(Database &db, const Clock &clock, Outbox &outbox, StaffRepository &staff);

    [[nodiscard]] Result<std::optional<MerchantProfile>> profile() const;
    /// First-run setup: profile plus owner in one transaction. Fails if already set up.
    /// ownerPinHash: an opaque PinHasher string for the owner's PIN (empty: no PIN yet).
    Result<StaffMember> initialize(const MerchantProfile &profile, const QString &ownerName,
                                   const QString &ownerPinHash = {});
    Status updateProfile(const MerchantProfile &profile);
    /// The profile another terminal was set up with (merchant.initialized applied here): inserted with
    /// createdAt when this terminal is not set up yet, else written as updateProfile() writes it. No owner is
    /// added: the staff.created op that follows brings them.
    Status setUpFrom(const MerchantProfile &profile, const QString &createdAt);

    /// Every staff member (active or not), in the order they were added; without PIN hashes.
    [[nodiscard]] Result<QList<StaffMember>> staff() const;
    /// Inserts a staff member (with member.pinHash, if any) and a staff.created op (never with the hash).
    Result<StaffMember> addStaff(const StaffMember &member);

    /// Settings that belong to this device (language, idle timeout); never synced.
    [[nodiscard]] QString setting(const QString &key, const QString &fallback = {}) const;
    Status setSetting(const QString &key, const QString &value);

private:
    Database &m_db;
    const Clock &m_clock;
    Outbox &m_outbox;
    StaffRepository &m_staff;
};

} // namespace madang
