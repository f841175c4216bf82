#pragma once

#include "base/error.h"
#include "merchant/merchant.h"

namespace madang {

class Store;

/// Realistic starting data so that a new merchant can try the terminal at once:
/// a salon with stylists and services, a restaurant menu of about 40 items, or cleaning packages.
class DemoData
{
public:
    /// Seeds staff and catalog for the vertical in one transaction. Prices are written in the
    /// merchant's currency (won amounts; a tenth of the won figure in cents for 2-decimal currencies).
    static Status seed(Vertical vertical, Store &store);
    /// Chairs or vans, working hours, service phases, customers (one with a shared profile) and today's
    /// bookings (none for restaurants yet). Does nothing when stations exist already. In demobookings.cpp.
    static Status seedBookings(Vertical vertical, Store &store);
    /// First-run set-up (workflows/setup.h) with, if `demo`, the demo data of the profile's vertical seeded in
    /// the same transaction: what the set-up wizard, `madang --demo` and `madangctl init` do.
    static Result<StaffMember> setUpTerminal(Store &store, const MerchantProfile &profile, const QString &ownerName,
                                             bool demo, const QString &ownerPinHash = {});
    /// A profile with a name for the vertical, used by `madang --demo` on an empty database; the name is in the
    /// language of the installed translator (마당 헤어 in Korean, Madang Hair otherwise).
    static MerchantProfile defaultProfile(Vertical vertical);
    static QString defaultOwnerName();
};

} // namespace madang
