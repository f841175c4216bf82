// Dining hours applied to this terminal's database (see replication/applier.h).

#include "reservations/diningappliers.h"

#include "replication/applier.h"
#include "replication/payloadreader.h"
#include "reservations/reservationservice.h"

namespace madang {

namespace {
using namespace Qt::Literals::StringLiterals;

Status applyWeek(ReservationService &reservations, const OutboxOp &op)
{
    PayloadReader read(op);
    const QJsonObject weekdays = read.object("weekdays"_L1);
    if (auto ok = read.status(); !ok) {
        return ok;
    }
    const auto bad = [&op] { return PayloadReader::refusal(op, QStringLiteral("weekdays")); };
    // Every weekday is listed (setWeek replaces the whole week): a missing one would close that day by mistake.
    if (weekdays.size() != Qt::Sunday) {
        return bad();
    }
    QHash<int, QList<Interval>> week;
    for (int weekday = Qt::Monday; weekday <= Qt::Sunday; ++weekday) {
        const QJsonValue day = weekdays.value(QString::number(weekday));
        if (!day.isArray()) {
            return bad();
        }
        for (const QJsonValue &value : day.toArray()) {
            const QJsonArray pair = value.toArray();
            if (!value.isArray() || pair.size() != 2 || !pair.at(0).isDouble() || !pair.at(1).isDouble()) {
                return bad();
            }
            week[weekday] << Interval{pair.at(0).toInt(), pair.at(1).toInt()};
        }
    }
    return reservations.setWeek(week);
}
} // namespace

void addDiningAppliers(ApplierSet &set, ReservationService &reservations)
{
    ReservationService *r = &reservations;
    set.add(ops::DiningHoursSet, [r](QSqlDatabase &, const OutboxOp &op) { return applyWeek(*r, op); });
}

} // namespace madang
