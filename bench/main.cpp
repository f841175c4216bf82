// madang-bench SUBCOMMAND [options]: prints figures; never fails on a time threshold.
#include "commands.h"
#include "storage/sqliteconfig.h"

#include <QCoreApplication>
#include <QTextStream>
#include <array>

namespace {
struct Subcommand
{
    const char *name;
    int (*run)(const QStringList &args);
    const char *usage;
};

// Add a subcommand here and in commands.h; keep its code in its own file.
constexpr std::array kSubcommands{
    Subcommand{"catalog", runCatalogBench,
               "catalog --items N [--queries N] [--seed N] [--dir PATH] [--keep] [--json]\n"
               "      CSV import of N generated items vs a raw SQLite floor, then catalog search latency;\n"
               "      --keep leaves the databases, catalog.csv and queries.txt in the folder it prints"},
    Subcommand{"pin", runPinBench,
               "pin [--runs N] [--iterations N] [--json]\n"
               "      one PinHasher hash and verify at the production iteration count (median of N runs, default 5)\n"
               "      vs raw PKCS5_PBKDF2_HMAC and the `openssl speed -evp sha256` floor"},
    Subcommand{"sale", runSaleBench,
               "sale [--count N] [--seed N] [--dir PATH] [--keep] [--json]\n"
               "      N durable sales (default 2000) through SaleService::finalize with a real device key, vs a raw\n"
               "      single-row WAL + synchronous=FULL commit floor on the same disk; ECDSA signing timed apart"},
    Subcommand{"seed-orders", runSeedOrders,
               "seed-orders --db PATH --count N [--secrets DIR] [--days D] [--seed N] [--json]\n"
               "      fills a set-up database with N realistic sales through SaleService (journal and outbox\n"
               "      included), dated over the D days before today (default 30) during opening hours"},
    Subcommand{"close", runCloseBench,
               "close [--orders N] [--runs N] [--json]\n"
               "      closing a shift of N orders (default 10000): X-report and journaled Z-report close times,\n"
               "      next to a single fsync'd commit measured in the same run"},
    Subcommand{"availability", runAvailabilityBench,
               "availability [--staff N] [--bookings N] [--runs N] [--seed N] [--json]\n"
               "      free-slot search for every service on a seeded salon day of N staff (default 30) and M bookings\n"
               "      (default 300), p50/p99 per call, and p50 at 75, 150, 300 and 600 bookings in the same run"},
    Subcommand{"sync", runSyncBench,
               "sync [--sales N] [--items N] [--seed N] [--json]\n"
               "      sync over loopback against an in-process madang-platform: push of N sales (default 10000) in\n"
               "      ops per second, and a fresh second terminal's pull of a catalog of M items (default 100000) in\n"
               "      rows per second, vs raw SQLite inserts of the same op JSON, 500 rows per WAL + FULL commit"},
#ifdef MADANG_HAS_STARTUP_BENCH
    Subcommand{
        "startup", runStartupBench,
        "startup [--items N] [--orders N] [--runs N] [--dir PATH] [--json]\n"
        "      process start to the app's first frame (madang --smoke) on a terminal of N items (default\n"
        "      10000) and M orders (default 100000), next to a bare Qt Quick window of the same size and\n"
        "      style (the floor), p50 of alternate runs (default 7); --dir keeps and reuses the seeded database"},
#endif
};

void printUsage(QTextStream &stream)
{
    stream << "usage: madang-bench SUBCOMMAND [options]\n\nsubcommands:\n";
    for (const Subcommand &sub : kSubcommands) {
        stream << "  " << sub.usage << '\n';
    }
    stream << "\nWith --json, exactly one JSON line goes to stdout; progress goes to stderr.\n"
              "exit codes: 0 done, 1 failed, 64 usage error\n";
    stream.flush();
}
} // namespace

int main(int argc, char *argv[])
{
    // Before any benchmark opens SQLite for its raw floor, so that the floor and Madang run on the same
    // SQLite settings, the ones madang and madangctl use.
    if (!madang::configureSqlite()) {
        QTextStream(stderr) << "madang-bench: SQLite was initialised before it could be configured" << Qt::endl;
        return BenchFailed;
    }
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("madang-bench"));
    QCoreApplication::setApplicationVersion(QStringLiteral(MADANG_VERSION));
    QTextStream out(stdout);
    QTextStream err(stderr);
    QStringList args = QCoreApplication::arguments().mid(1);
    if (args.isEmpty()) {
        printUsage(err);
        return BenchUsage;
    }
    const QString name = args.takeFirst();
    if (name == QStringLiteral("--help") || name == QStringLiteral("-h") || name == QStringLiteral("help")) {
        printUsage(out);
        return BenchOk;
    }
    if (name == QStringLiteral("--version")) {
        out << "madang-bench " << MADANG_VERSION << Qt::endl;
        return BenchOk;
    }
    for (const Subcommand &sub : kSubcommands) {
        if (name == QLatin1String(sub.name)) {
            return sub.run(args);
        }
    }
    err << "madang-bench: unknown subcommand \"" << name << "\"\n\n";
    printUsage(err);
    return BenchUsage;
}
