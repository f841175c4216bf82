// madang-bench close: closing a day with N orders. Seeds N realistic sales (the real SaleService path,
// journal and outbox included; the seeding itself runs with synchronous=OFF because only the close is
// measured) into one open shift, then times the X-report and the Z-report close (journaled, signed and
// fsync'd like any closure), next to a single fsync'd commit measured in the same run.
#include "base/clock.h"
#include "benchargs.h"
#include "commands.h"
#include "demo/demodata.h"
#include "deviceidentity.h"
#include "merchant/merchant.h"
#include "salemix.h"
#include "shifts/shiftservice.h"
#include "sqlitefloor.h"
#include "workflows/store.h"

#include <QDir>
#include <QElapsedTimer>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTextStream>
#include <algorithm>

using namespace madang;

namespace {
int fail(QTextStream &err, const QString &message)
{
    err << "madang-bench close: " << message << Qt::endl;
    return BenchFailed;
}

double msOf(const QElapsedTimer &t)
{
    return static_cast<double>(t.nsecsElapsed()) / 1e6;
}
} // namespace

int runCloseBench(const QStringList &arguments)
{
    QTextStream out(stdout);
    QTextStream err(stderr);
    BenchArgs args(arguments, {QStringLiteral("orders"), QStringLiteral("runs")}, {QStringLiteral("json")});
    const auto orders = args.integer(QStringLiteral("orders"), 10000, 1, 1000000);
    const auto runs = args.integer(QStringLiteral("runs"), 3, 1, 20);
    if (!args.error().isEmpty() || !orders || !runs) {
        err << "madang-bench close: " << args.error() << "\nusage: madang-bench close [--orders N] [--runs N] [--json]"
            << Qt::endl;
        return BenchUsage;
    }
    QTemporaryDir dir(QDir(QDir::tempPath()).filePath(QStringLiteral("madang-bench-XXXXXX")));
    if (!dir.isValid()) {
        return fail(err, dir.errorString());
    }
    const CommitFloor floor = measureCommitFloor(dir.filePath(QStringLiteral("floor.db")), 50);
    if (!floor.error.isEmpty()) {
        return fail(err, floor.error);
    }
    QList<double> floorMs = floor.ms;
    std::sort(floorMs.begin(), floorMs.end());

    const SystemClock clock;
    auto opened = Store::open(dir.filePath(QStringLiteral("madang.db")), Database::Mode::ReadWrite, clock);
    if (!opened) {
        return fail(err, opened.error().message);
    }
    Store &store = *opened.value();
    MerchantProfile profile;
    profile.name = QStringLiteral("Bench 식당");
    profile.vertical = Vertical::Restaurant;
    if (auto owner = DemoData::setUpTerminal(store, profile, QStringLiteral("Bench Owner"), true); !owner) {
        return fail(err, owner.error().message);
    }
    auto device = DeviceIdentity::ensure(store.database(), clock, dir.filePath(QStringLiteral("secrets")));
    auto mix = SaleMix::forStore(store, 7);
    if (!device || !mix) {
        return fail(err, device ? mix.error().message : device.error().message);
    }
    SaleMix &sales = mix.value();
    QList<double> xMs;
    QList<double> zMs;
    qint64 closedOrders = 0;
    for (qint64 run = 0; run < *runs; ++run) {
        if (auto shift = store.shifts().open(100000, profile.currency, sales.who(), device.value()); !shift) {
            return fail(err, shift.error().message);
        }
        QSqlQuery pragma(store.database().connection());
        pragma.exec(QStringLiteral("PRAGMA synchronous = OFF"));
        for (qint64 i = 0; i < *orders; ++i) {
            auto sale = sales.next();
            auto done = sale ? store.sales().finalize(sale->ticket, sale->tenders, sales.who(), device.value())
                             : Result<FinalizedSale>(sale.error());
            if (!done) {
                return fail(err, done.error().message);
            }
        }
        pragma.exec(QStringLiteral("PRAGMA synchronous = FULL"));
        QElapsedTimer timer;
        timer.start();
        auto x = store.shifts().report(device->terminalId());
        xMs << msOf(timer);
        timer.restart();
        auto z = store.shifts().close(x ? x->expectedCashMinor : 0, sales.who(), device.value());
        zMs << msOf(timer);
        if (!x || !z) {
            return fail(err, x ? z.error().message : x.error().message);
        }
        closedOrders = z->salesCount;
        err << "close: run " << run + 1 << ": " << z->salesCount << " orders, X-report " << xMs.constLast()
            << " ms, Z close " << zMs.constLast() << " ms" << Qt::endl;
    }
    std::sort(xMs.begin(), xMs.end());
    std::sort(zMs.begin(), zMs.end());
    const auto median = [](const QList<double> &v) { return v.at(v.size() / 2); };
    if (args.has(QStringLiteral("json"))) {
        out << QStringLiteral("{\"bench\":\"close\",\"orders\":%1,\"runs\":%2,\"x_report_ms_p50\":%3,"
                              "\"z_close_ms_p50\":%4,\"z_close_ms_max\":%5,\"floor_fsync_commit_ms_p50\":%6}")
                   .arg(closedOrders)
                   .arg(*runs)
                   .arg(median(xMs), 0, 'f', 2)
                   .arg(median(zMs), 0, 'f', 2)
                   .arg(zMs.constLast(), 0, 'f', 2)
                   .arg(median(floorMs), 0, 'f', 3)
            << Qt::endl;
    }
    return BenchOk;
}
