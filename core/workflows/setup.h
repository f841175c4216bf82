#pragma once

// First-run set-up of a terminal: the merchant's profile, the owner, an audit entry and, when the caller
// gives one, a further step such as the demo data (demo/, which sits above workflows/, provides it).

#include "base/error.h"
#include "merchant/merchant.h"

#include <functional>

namespace madang {

class Store;

/// Constructed on a Store it does not own.
class Setup
{
public:
    /// A step run inside the set-up's transaction after the owner is added (the demo data). If it fails,
    /// nothing of the set-up is written.
    using Step = std::function<Status(Store &)>;

    explicit Setup(Store &store) : m_store(store) {}

    /// In one transaction: the profile, the owner, `extra` if given and the audit entry (which records
    /// whether there was one as `demo`). ownerPinHash: the owner's PIN as made by PinHasher in the app
    /// (opaque here; empty: no PIN yet). Refused with Conflict on a terminal that is set up already.
    Result<StaffMember> run(const MerchantProfile &profile, const QString &ownerName, const QString &ownerPinHash = {},
                            const Step &extra = {});

private:
    Store &m_store;
};

} // namespace madang
