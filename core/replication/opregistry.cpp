#include "replication/opregistry.h"

namespace madang {

const QList<const OpSpec *> &OpRegistry::all()
{
    using namespace ops;
    static const QList<const OpSpec *> list{
        &OrderFinalized,
        &ShiftOpened,
        &ShiftCashMoved,
        &ShiftClosed,
        &MerchantInitialized,
        &MerchantUpdated,
        &StaffCreated,
        &StaffUpdated,
        &CatalogCategoryCreated,
        &CatalogItemCreated,
        &CatalogItemUpdated,
        &CatalogItemsUpserted,
        &CatalogModifierGroupSaved,
        &CatalogItemModifiersSet,
        &CustomerCreated,
        &CustomerUpdated,
        &StaffSkillsSet,
        &StaffHoursSet,
        &StaffDayOffAdded,
        &StaffDayOffRemoved,
        &StationSaved,
        &StationRetired,
        &ServiceSaved,
        &CrewSaved,
        &CrewRetired,
        &TravelTimeSaved,
        &BookingCreated,
        &BookingMoved,
        &BookingStatusChanged,
        &BookingCancelled,
        &BookingNoShow,
        &BookingCompleted,
        &BookingSeriesCreated,
        &DiningHoursSet,
        &ReservationCreated,
        &ReservationMoved,
        &ReservationStatus,
        &ReservationCancelled,
        &ReservationNoShow,
        &ReservationSeated,
        &ReservationCompleted,
        &ReservationDepositRefunded,
        &WaitlistAdded,
        &WaitlistSeated,
        &WaitlistLeft,
    };
    return list;
}

const OpSpec *OpRegistry::find(QStringView name)
{
    // About forty entries: a scan costs less than hashing the name (it runs for every op written).
    for (const OpSpec *spec : all()) {
        if (spec->name.size() == name.size() && spec->name == name) {
            return spec;
        }
    }
    return nullptr;
}

bool OpRegistry::knows(QStringView name, int version)
{
    const OpSpec *spec = find(name);
    return spec != nullptr && spec->version == version;
}

bool OpRegistry::knows(const OpSpec &op)
{
    for (const OpSpec *spec : all()) {
        if (spec == &op || (spec->name == op.name && spec->version == op.version)) {
            return true;
        }
    }
    return false;
}

QLatin1String OpRegistry::directionName(OpDirection direction)
{
    return direction == OpDirection::Push ? QLatin1String("push") : QLatin1String("exchange");
}

} // namespace madang
