#include "ledgerfold.h"

#include "replication/lastwriter.h"
#include "replication/opregistry.h"

#include <QJsonArray>

namespace madang::platform {

void LedgerFold::add(const OutboxOp &op)
{
    const OpSpec *spec = OpRegistry::find(op.op);
    if (spec == nullptr || spec->version != op.version) {
        return; // the platform stores no op it does not know
    }
    if (op.op == ops::OrderFinalized.name) {
        ++m_orders.orderCount;
        m_orders.orderTotalMinor += op.payload.value(QLatin1String("total_minor")).toInteger();
        for (const QJsonValue &p : op.payload.value(QLatin1String("payments")).toArray()) {
            const QJsonObject payment = p.toObject();
            m_orders.payments[payment.value(QLatin1String("method")).toString()] +=
                payment.value(QLatin1String("amount_minor")).toInteger();
        }
        return;
    }
    if (spec->domain != QLatin1String("bookings") || !op.op.startsWith(QLatin1String("booking.")) ||
        op.op == ops::BookingSeriesCreated.name) {
        return;
    }
    const QString reg = LwwRegisters::registerOf(*spec, op.entityId, op.payload);
    if (!reg.isEmpty()) {
        const QString version = LwwRegisters::version(op.hlc, op.opId);
        if (const auto held = m_registerVersions.constFind(reg);
            held != m_registerVersions.constEnd() && *held >= version) {
            return; // superseded: a terminal would not apply it
        }
        m_registerVersions.insert(reg, version);
    }
    m_bookingStatus.insert(op.entityId, op.payload.value(QLatin1String("status")).toString());
}

LedgerSummary LedgerFold::summary() const
{
    LedgerSummary s = m_orders;
    for (const QString &status : m_bookingStatus) {
        ++s.bookings[status];
    }
    return s;
}

} // namespace madang::platform
