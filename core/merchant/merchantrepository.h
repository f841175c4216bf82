#pragma once

#include "base/error.h"
#include "merchant/merchant.h"

#include <optional>

namespace madang {

class Clock;
class Database;
class Outbox;
class Uuid7Generator;

/// The merchant profile, the owner created with it, and device-local settings.
class MerchantRepository
{
public:
    MerchantRepository(Database &db, const Clock &clock, Uuid7Generator &ids, Outbox &outbox);

    [[nodiscard]] Result<std::optional<MerchantProfile>> profile() const;
    /// First-run setup: profile plus owner in one transaction. Fails if already set up.
    /// ownerPinHash: an opaque PinHasher string for the owner's PIN (empty: no PIN yet).
    Result<StaffMember> initialize(const MerchantProfile &profile, const QString &ownerName,
                                   const QString &ownerPinHash = {});
    Status updateProfile(const MerchantProfile &profile);

    [[nodiscard]] Result<QList<StaffMember>> staff() const;
    /// Inserts a staff member (with member.pinHash, if any) and a staff.created op (never with the hash).
    Result<StaffMember> addStaff(const StaffMember &member);

    /// Settings that belong to this device (language, idle timeout); never synced.
    [[nodiscard]] QString setting(const QString &key, const QString &fallback = {}) const;
    Status setSetting(const QString &key, const QString &value);

private:
    Database &m_db;
    const Clock &m_clock;
    Uuid7Generator &m_ids;
    Outbox &m_outbox;
};

} // namespace madang
