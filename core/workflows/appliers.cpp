#include "workflows/appliers.h"

#include "bookings/bookingappliers.h"
#include "bookings/crewappliers.h"
#include "bookings/resourceappliers.h"
#include "catalog/catalogappliers.h"
#include "catalog/catalogrepository.h"
#include "customers/customerappliers.h"
#include "merchant/merchantappliers.h"
#include "reservations/diningappliers.h"
#include "reservations/reservationappliers.h"
#include "sales/orderappliers.h"
#include "workflows/store.h"

#include <algorithm>

namespace madang {

std::unique_ptr<ApplierSet> makeAppliers(Store &store)
{
    auto set = std::make_unique<ApplierSet>(store.database());
    addCatalogAppliers(*set, store.clock(), store.modifiers());
    CatalogRepository *catalog = &store.catalog();
    addMerchantAppliers(*set, store.merchant(), store.staff(), [catalog](const QString &itemId) -> Result<bool> {
        auto item = catalog->find(itemId);
        if (!item) {
            return item.error();
        }
        return item.value().has_value();
    });
    addCustomerAppliers(*set, store.customers(), store.clock());
    addResourceAppliers(*set, store.resources());
    addCrewAppliers(*set, store.crews());
    addBookingAppliers(*set, store.clock());
    addReservationAppliers(*set, store.reservations());
    addDiningAppliers(*set, store.reservations());
    addOrderAppliers(*set, store.sales());
    return set;
}

QStringList exchangeOpsWithoutApplier(const ApplierSet &set)
{
    QStringList missing;
    for (const OpSpec *spec : OpRegistry::all()) {
        if (spec->direction == OpDirection::Exchange && !set.has(QString(spec->name))) {
            missing << QString(spec->name);
        }
    }
    std::sort(missing.begin(), missing.end());
    return missing;
}

} // namespace madang
