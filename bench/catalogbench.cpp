// madang-bench catalog: the CSV import that `madangctl catalog import` runs, against a raw SQLite
// floor measured in the same run on the same disk, then the latency of catalog search.
#include "base/clock.h"
#include "base/money.h"
#include "benchargs.h"
#include "catalog/catalogimport.h"
#include "catalog/catalogrepository.h"
#include "catalogdata.h"
#include "commands.h"
#include "merchant/merchant.h"
#include "sqlitefloor.h"
#include "workflows/setup.h"
#include "workflows/store.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTextStream>
#include <algorithm>
#include <limits>
#include <memory>

using namespace madang;

namespace {
constexpr int kSearchLimit = 50;
constexpr int kFloorCommits = 50;

double msSince(const QElapsedTimer &timer)
{
    return static_cast<double>(timer.nsecsElapsed()) / 1e6;
}

qint64 fileSize(const QString &path)
{
    const QFileInfo info(path);
    return info.exists() ? info.size() : 0;
}

qint64 databaseBytes(const QSqlDatabase &db)
{
    QSqlQuery q(db);
    qint64 bytes = 1;
    for (const QString &pragma : {QStringLiteral("PRAGMA page_count"), QStringLiteral("PRAGMA page_size")}) {
        bytes *= q.exec(pragma) && q.next() ? q.value(0).toLongLong() : 0;
    }
    return bytes;
}

struct SearchFigures
{
    QList<double> ms;
    QList<qsizetype> found; // results of each query
    qint64 results = 0;
};

Result<SearchFigures> timeSearches(const CatalogRepository &catalog, const QStringList &queries)
{
    SearchFigures figures;
    figures.ms.reserve(queries.size());
    QElapsedTimer timer;
    for (const QString &text : queries) {
        timer.start();
        auto found = catalog.search(text, kSearchLimit);
        const double ms = msSince(timer);
        if (!found) {
            return makeError(found.error().code, QStringLiteral("search \"%1\": %2").arg(text, found.error().message));
        }
        figures.ms << ms;
        figures.found << found->size();
        figures.results += found->size();
    }
    return figures;
}

/// The times grouped by the shape of the query (CatalogData::queryShape), slowest p99 first: what the
/// tail is made of.
void printShapes(QTextStream &err, const QStringList &queries, const SearchFigures &figures)
{
    QHash<QString, QList<double>> byShape;
    for (qsizetype i = 0; i < figures.ms.size(); ++i) {
        byShape[CatalogData::queryShape(queries.at(i), figures.found.at(i))] << figures.ms.at(i);
    }
    QStringList shapes = byShape.keys();
    std::sort(shapes.begin(), shapes.end(), [&byShape](const QString &a, const QString &b) {
        return percentile(byShape.value(a), 99) > percentile(byShape.value(b), 99);
    });
    for (const QString &shape : std::as_const(shapes)) {
        const QList<double> &ms = byShape.value(shape);
        err << "  shape " << shape << " (" << ms.size() << "): p50 " << percentile(ms, 50) << " ms, p99 "
            << percentile(ms, 99) << " ms, max " << percentile(ms, 100) << " ms" << Qt::endl;
    }
}
} // namespace

int runCatalogBench(const QStringList &arguments)
{
    QTextStream out(stdout);
    QTextStream err(stderr);
    BenchArgs args(arguments,
                   {QStringLiteral("items"), QStringLiteral("queries"), QStringLiteral("seed"), QStringLiteral("dir")},
                   {QStringLiteral("json"), QStringLiteral("keep")});
    const auto items = args.integer(QStringLiteral("items"), 100000, 1, 5000000);
    const auto queryCount = args.integer(QStringLiteral("queries"), 2000, 0, 1000000);
    const auto seed = args.integer(QStringLiteral("seed"), 1, 0, std::numeric_limits<qint64>::max());
    if (!args.error().isEmpty() || !items || !queryCount || !seed) {
        err << "madang-bench catalog: " << args.error() << "\n"
            << "usage: madang-bench catalog --items N [--queries N] [--seed N] [--dir PATH] [--keep] [--json]"
            << Qt::endl;
        return BenchUsage;
    }
    const bool json = args.has(QStringLiteral("json"));
    const QString parent = args.value(QStringLiteral("dir"), QDir::tempPath());
    if (!QFileInfo(parent).isDir()) {
        err << "madang-bench catalog: --dir " << parent << " is not a folder" << Qt::endl;
        return BenchUsage;
    }
    QTemporaryDir dir(QDir(parent).filePath(QStringLiteral("madang-bench-XXXXXX")));
    if (!dir.isValid()) {
        err << "madang-bench catalog: cannot create a folder in " << parent << ": " << dir.errorString() << Qt::endl;
        return BenchFailed;
    }

    CatalogData data(static_cast<quint64>(*seed));
    const QList<GeneratedItem> generated = data.items(*items);
    const QByteArray csv = CatalogData::toCsv(generated);
    const QStringList queries = data.queries(generated, *queryCount);
    const QStringList extraQueries = data.extraQueries(generated, *queryCount / 4);
    if (args.has(QStringLiteral("keep"))) {
        // For a look afterwards: the databases, the CSV (madangctl catalog import reads it) and the queries.
        dir.setAutoRemove(false);
        QFile csvFile(dir.filePath(QStringLiteral("catalog.csv")));
        QFile queryFile(dir.filePath(QStringLiteral("queries.txt")));
        if (!csvFile.open(QIODevice::WriteOnly) || csvFile.write(csv) != csv.size() ||
            !queryFile.open(QIODevice::WriteOnly) || queryFile.write(queries.join(QLatin1Char('\n')).toUtf8()) < 0) {
            err << "madang-bench catalog: cannot write into " << dir.path() << Qt::endl;
            return BenchFailed;
        }
    }
    err << "catalog: " << generated.size() << " items, " << csv.size() << " bytes of CSV, seed " << *seed << ", in "
        << dir.path() << Qt::endl;

    const SqliteFloor floor =
        measureSqliteFloor(dir.filePath(QStringLiteral("floor.db")), generated, data, kFloorCommits);
    if (!floor.error.isEmpty()) {
        err << "madang-bench catalog: " << floor.error << Qt::endl;
        return BenchFailed;
    }
    err << "floor: raw insert " << floor.bulkInsertMs << " ms, single fsync'd commit p50 " << floor.fsyncCommitP50Ms
        << " ms" << Qt::endl;

    const SystemClock clock;
    const QString dbPath = dir.filePath(QStringLiteral("madang.db"));
    auto opened = Store::open(dbPath, Database::Mode::ReadWrite, clock);
    if (!opened) {
        err << "madang-bench catalog: " << opened.error().message << Qt::endl;
        return BenchFailed;
    }
    const std::unique_ptr<Store> store = std::move(opened).value();
    MerchantProfile profile;
    profile.name = QStringLiteral("Bench 식당");
    profile.vertical = Vertical::Restaurant;
    profile.currency = QStringLiteral("KRW");
    if (auto owner = Setup(*store).run(profile, QStringLiteral("Bench Owner")); !owner) {
        err << "madang-bench catalog: set-up failed: " << owner.error().message << Qt::endl;
        return BenchFailed;
    }
    const auto currency = Currency::fromCode(profile.currency);
    if (!currency) {
        err << "madang-bench catalog: " << currency.error().message << Qt::endl;
        return BenchFailed;
    }

    CatalogImport import(store->catalog(), currency.value(), profile.vatBasisPoints);
    QElapsedTimer timer;
    timer.start();
    auto report = import.run(csv);
    const double importMs = msSince(timer);
    if (!report) {
        err << "madang-bench catalog: import failed: " << report.error().message << Qt::endl;
        return BenchFailed;
    }
    if (!report->issues.isEmpty() || report->created != generated.size()) {
        for (const ImportIssue &issue : report->issues.mid(0, 10)) {
            err << "  " << issue.toString() << '\n';
        }
        err << "madang-bench catalog: the generated CSV did not import cleanly (" << report->issues.size()
            << " issue(s), " << report->created << " created of " << generated.size() << ")" << Qt::endl;
        return BenchFailed;
    }
    err << "import: " << report->created << " items in " << importMs << " ms" << Qt::endl;

    auto searched = timeSearches(store->catalog(), queries);
    if (!searched) {
        err << "madang-bench catalog: " << searched.error().message << Qt::endl;
        return BenchFailed;
    }
    const SearchFigures &search = searched.value();
    auto searchedExtra = timeSearches(store->catalog(), extraQueries);
    if (!searchedExtra) {
        err << "madang-bench catalog: " << searchedExtra.error().message << Qt::endl;
        return BenchFailed;
    }
    const SearchFigures &extra = searchedExtra.value();
    QHash<QString, QList<double>> byKind;
    for (qsizetype i = 0; i < search.ms.size(); ++i) {
        byKind[CatalogData::queryKind(i)] << search.ms.at(i);
    }
    for (qsizetype k = 0; k < std::min<qsizetype>(6, search.ms.size()); ++k) {
        const QList<double> &ms = byKind.value(CatalogData::queryKind(k));
        err << "search " << CatalogData::queryKind(k) << ": p50 " << percentile(ms, 50) << " ms, p99 "
            << percentile(ms, 99) << " ms, max " << percentile(ms, 100) << " ms" << Qt::endl;
    }
    err << "search by shape, the rotation above:" << Qt::endl;
    printShapes(err, queries, search);
    err << "search by shape, barcodes and misses (" << extra.ms.size() << " more queries):" << Qt::endl;
    printShapes(err, extraQueries, extra);
    // Pages in use, whether or not they were checkpointed yet; the WAL file keeps its high-water
    // size after the import's big transaction, so it is reported apart.
    const qint64 dbBytes = databaseBytes(store->database().connection());
    const qint64 walBytes = fileSize(dbPath + QStringLiteral("-wal"));

    JsonLine line;
    line.add(QStringLiteral("bench"), QStringLiteral("catalog"))
        .add(QStringLiteral("items"), static_cast<qint64>(generated.size()))
        .add(QStringLiteral("import_ms"), importMs, 1)
        .add(QStringLiteral("import_rows_per_s"), static_cast<qint64>(generated.size() * 1000.0 / importMs))
        .add(QStringLiteral("floor_raw_insert_ms"), floor.bulkInsertMs, 1)
        .add(QStringLiteral("import_vs_floor"), importMs / floor.bulkInsertMs, 2)
        .add(QStringLiteral("floor_fsync_commit_ms_p50"), floor.fsyncCommitP50Ms, 3)
        .add(QStringLiteral("search_queries"), static_cast<qint64>(search.ms.size()))
        .add(QStringLiteral("search_p50_ms"), percentile(search.ms, 50), 3)
        .add(QStringLiteral("search_p99_ms"), percentile(search.ms, 99), 3)
        .add(QStringLiteral("search_max_ms"), percentile(search.ms, 100), 3)
        .add(QStringLiteral("search_extra_queries"), static_cast<qint64>(extra.ms.size()))
        .add(QStringLiteral("search_extra_p99_ms"), percentile(extra.ms, 99), 3)
        .add(QStringLiteral("search_mean_results"),
             search.ms.isEmpty() ? 0.0 : static_cast<double>(search.results) / static_cast<double>(search.ms.size()), 1)
        .add(QStringLiteral("db_bytes"), dbBytes)
        .add(QStringLiteral("wal_bytes"), walBytes)
        .add(QStringLiteral("seed"), *seed);
    if (json) {
        out << line.toString() << Qt::endl;
    } else {
        out << "import " << generated.size() << " items: " << importMs << " ms (" << importMs / floor.bulkInsertMs
            << "x the raw SQLite floor of " << floor.bulkInsertMs << " ms; one fsync'd commit "
            << floor.fsyncCommitP50Ms << " ms)\nsearch " << search.ms.size() << " queries: p50 "
            << percentile(search.ms, 50) << " ms, p99 " << percentile(search.ms, 99) << " ms, max "
            << percentile(search.ms, 100) << " ms; barcodes and misses " << extra.ms.size() << " queries: p99 "
            << percentile(extra.ms, 99) << " ms\ndatabase " << dbBytes << " bytes (WAL " << walBytes << " bytes)"
            << Qt::endl;
    }
    return BenchOk;
}
