#include "floor/kitchendelivery.h"

#ifdef MADANG_HAS_PRINTING
#include "escposrenderer.h"
#endif

#include "base/clock.h"
#include "floor/stations.h"
#include "printqueue/printqueue.h"
#include "workflows/store.h"

using namespace madang;

namespace {
constexpr int kColumns80mm = 42;
constexpr int kColumns58mm = 32;
constexpr int kLogLimit = 50;
} // namespace

QByteArray kitchenSlipBytes(const KitchenTicket &slip, int columns, const QString &time)
{
#ifdef MADANG_HAS_PRINTING
    // Korean in the printer's own code (CP949), like receipts; the slip's text is laid out for columns.
    return EscPosRenderer(columns <= kColumns58mm ? 58 : 80).renderText(slip.render(columns, time));
#else
    return slip.render(columns, time).toUtf8();
#endif
}

Status deliverKitchenSlip(Store &store, QSqlDatabase &db, const KitchenTicket &slip, QStringList &log)
{
    Q_UNUSED(db) // the queue writes on this thread's connection, which is db, inside its transaction
    const QString time = store.clock().now().toString(QStringLiteral("HH:mm"));
    PrintQueue queue(store.database(), store.clock(), store.ids());
    auto printers = queue.listPrinters();
    if (!printers) {
        return printers.error();
    }
    for (const PrinterConfig &p : printers.value()) {
        if (p.enabled && p.takesEscPos() && stations::printsFor(p.name, slip.station)) {
            const int columns = p.widthMm <= 58 ? kColumns58mm : kColumns80mm;
            auto job =
                queue.enqueue(p.id, QStringLiteral("kitchen"), slip.table, kitchenSlipBytes(slip, columns, time));
            if (!job) {
                return job.error();
            }
            break;
        }
    }
    log.prepend(slip.render(kColumns80mm, time));
    while (log.size() > kLogLimit) {
        log.removeLast();
    }
    return Done{};
}
