// saleworker DB SECRETS SEED: the victim of tst_salecrash. Opens a set-up terminal store and its device
// identity, then rings sales up until it is killed. It prints a receipt number on stdout, and flushes it,
// only after finalize() has returned ok: what it printed is what it acknowledged to the customer.
#include "base/clock.h"
#include "catalog/catalogrepository.h"
#include "deviceidentity.h"
#include "merchant/merchantrepository.h"
#include "sales/saleservice.h"
#include "workflows/store.h"

#include <QCoreApplication>
#include <cstdio>
#include <random>

using namespace madang;

namespace {
int fail(const QString &message)
{
    std::fprintf(stderr, "saleworker: %s\n", qPrintable(message));
    return 1;
}
} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = QCoreApplication::arguments();
    if (args.size() != 4) {
        return fail(QStringLiteral("usage: saleworker DB SECRETS SEED"));
    }
    const SystemClock clock;
    auto store = Store::open(args.at(1), Database::Mode::ReadWrite, clock);
    if (!store) {
        return fail(store.error().message);
    }
    Store &s = *store.value();
    auto device = DeviceIdentity::ensure(s.database(), clock, args.at(2));
    auto items = s.catalog().search(QString(), 500);
    auto staff = s.merchant().staff();
    if (!device || !items || !staff || items->isEmpty() || staff->isEmpty()) {
        return fail(QStringLiteral("the store is not set up with demo data and a device identity"));
    }
    const SaleContext who{staff->constFirst().id, staff->constFirst().name, {}, {}};
    std::mt19937_64 rng(args.at(3).toULongLong());
    const auto below = [&rng](qsizetype n) { return static_cast<qsizetype>(rng() % static_cast<quint64>(n)); };
    for (qint64 n = 1;; ++n) {
        Ticket ticket;
        for (qsizetype i = 0, lines = 1 + below(3); i < lines; ++i) {
            ticket.lines << TicketLine::fromItem(items->at(below(items->size())), 1 + below(3));
        }
        ticket.tipMinor = below(4) == 0 ? 1000 : 0;
        auto totals = priceTicket(ticket);
        if (!totals) {
            return fail(totals.error().message);
        }
        const qint64 due = totals->totalMinor;
        const QList<PaymentInput> tenders{below(2) == 0 ? PaymentInput::cash(due + below(3) * 1000)
                                                        : PaymentInput::card(due, QStringLiteral("W%1").arg(n))};
        auto sale = s.sales().finalize(ticket, tenders, who, device.value());
        if (!sale) {
            return fail(sale.error().message);
        }
        std::fputs(qPrintable(sale->receipt + QLatin1Char('\n')), stdout);
        std::fflush(stdout);
    }
}
