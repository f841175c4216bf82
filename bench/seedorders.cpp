// madang-bench seed-orders: fills an existing, set-up terminal database with realistic finalized sales through
// the real SaleService path (order, lines, payments, receipt number, signed journal entry and outbox op in one
// transaction each), dated over the past days during opening hours by a clock that only moves forward. For
// trying the Orders screen, reports and sync against a realistic history.
#include "base/timetext.h"
#include "benchargs.h"
#include "commands.h"
#include "deviceidentity.h"
#include "salemix.h"
#include "sales/journal.h"
#include "steppedclock.h"
#include "workflows/store.h"

#include <QDate>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QTextStream>
#include <QTime>
#include <algorithm>
#include <limits>
#include <memory>
#include <random>

using namespace madang;

namespace {
/// Sales fall between 11:00 and 22:00, local time.
const QTime kOpens(11, 0);
const QTime kCloses(22, 0);

const char *const kUsage =
    "usage: madang-bench seed-orders --db PATH --count N [--secrets DIR] [--days D] [--seed N] [--json]";

/// The opening hours of the days before today, from firstDay on, that lie after notBefore (ms since the
/// epoch): where seeded sales may fall. Sale i of count goes somewhere in its own count-th of that time, so
/// the instants only ever increase. If that leaves less than a second a sale (the database already has
/// later sales), they go a minute apart from notBefore instead.
class OpeningHours
{
public:
    OpeningHours(const QDate &firstDay, qint64 notBefore, qint64 count)
    {
        for (QDate day = firstDay; day < QDate::currentDate(); day = day.addDays(1)) {
            add(std::max(QDateTime(day, kOpens).toMSecsSinceEpoch(), notBefore),
                QDateTime(day, kCloses).toMSecsSinceEpoch());
        }
        if (m_total < count * 1000) {
            m_starts.clear();
            m_ends.clear();
            m_total = 0;
            add(notBefore, notBefore + 60000 * count);
        }
    }

    [[nodiscard]] qint64 instant(qint64 i, qint64 count, std::mt19937_64 &rng) const
    {
        const double slot = static_cast<double>(m_total) / static_cast<double>(count);
        const double jitter = std::uniform_real_distribution<double>(0.0, 0.9)(rng);
        const auto offset = static_cast<qint64>((static_cast<double>(i) + jitter) * slot);
        // The interval whose running total passes offset.
        const auto at = std::upper_bound(m_ends.cbegin(), m_ends.cend(), offset) - m_ends.cbegin();
        const qsizetype k = std::min<qsizetype>(at, m_starts.size() - 1);
        return m_starts.at(k) + offset - (k == 0 ? 0 : m_ends.at(k - 1));
    }

private:
    void add(qint64 from, qint64 to)
    {
        if (to > from) {
            m_starts << from;
            m_total += to - from;
            m_ends << m_total;
        }
    }

    QList<qint64> m_starts; ///< each interval's first instant
    QList<qint64> m_ends;   ///< running total of the intervals' lengths, up to and including each
    qint64 m_total = 0;
};
} // namespace

int runSeedOrders(const QStringList &arguments)
{
    QTextStream out(stdout);
    QTextStream err(stderr);
    BenchArgs args(arguments,
                   {QStringLiteral("db"), QStringLiteral("count"), QStringLiteral("secrets"), QStringLiteral("days"),
                    QStringLiteral("seed")},
                   {QStringLiteral("json")});
    const auto count = args.integer(QStringLiteral("count"), 0, 1, 10000000);
    const auto days = args.integer(QStringLiteral("days"), 30, 1, 3650);
    const auto seed = args.integer(QStringLiteral("seed"), 1, 0, std::numeric_limits<qint64>::max());
    const QString path = args.value(QStringLiteral("db"));
    if (args.error().isEmpty() && (path.isEmpty() || !args.has(QStringLiteral("count")))) {
        err << "madang-bench seed-orders: --db and --count are required\n" << kUsage << Qt::endl;
        return BenchUsage;
    }
    if (!args.error().isEmpty() || !count || !days || !seed) {
        err << "madang-bench seed-orders: " << args.error() << "\n" << kUsage << Qt::endl;
        return BenchUsage;
    }
    if (!QFileInfo(path).isFile()) {
        // Database::open would make a new, empty database; seeding only makes sense in a set-up one.
        err << "madang-bench seed-orders: there is no database at " << path << "; run madangctl init first" << Qt::endl;
        return BenchFailed;
    }
    const QDate firstDay = QDate::currentDate().addDays(-*days);
    SteppedClock clock(QDateTime(firstDay, QTime(0, 0)).toMSecsSinceEpoch());
    auto opened = Store::open(path, Database::Mode::ReadWrite, clock);
    if (!opened) {
        err << "madang-bench seed-orders: " << opened.error().message << Qt::endl;
        return BenchFailed;
    }
    const std::unique_ptr<Store> store = std::move(opened).value();
    auto mix = SaleMix::forStore(*store, static_cast<quint64>(*seed));
    if (!mix) {
        err << "madang-bench seed-orders: " << mix.error().message << Qt::endl;
        return BenchFailed;
    }
    // New sales come after the ones already there, so that the journal's times stay in order.
    qint64 notBefore = clock.nowMs();
    auto seq = store->journal().entries(1, -1);
    if (seq && !seq.value().isEmpty()) {
        notBefore =
            std::max(notBefore, madang::timetext::fromWire(seq.value().constLast().at).toMSecsSinceEpoch() + 1000);
    }
    const OpeningHours hours(firstDay, notBefore, *count);
    const QString secrets = args.value(QStringLiteral("secrets"), DeviceIdentity::defaultSecretsRoot());
    auto device = DeviceIdentity::ensure(store->database(), clock, secrets);
    if (!device) {
        err << "madang-bench seed-orders: " << device.error().message << Qt::endl;
        return BenchFailed;
    }

    std::mt19937_64 rng(static_cast<quint64>(*seed));
    QString first;
    QString lastReceipt;
    QString from;
    QElapsedTimer timer;
    timer.start();
    for (qint64 i = 0; i < *count; ++i) {
        auto sale = mix.value().next();
        clock.moveTo(hours.instant(i, *count, rng));
        auto done = sale ? store->sales().finalize(sale->ticket, sale->tenders, mix.value().who(), device.value())
                         : Result<FinalizedSale>(sale.error());
        if (!done) {
            err << "madang-bench seed-orders: sale " << i + 1 << " of " << *count << ": " << done.error().message
                << " (" << i << " written)" << Qt::endl;
            return BenchFailed;
        }
        lastReceipt = done.value().receipt;
        if (first.isEmpty()) {
            first = lastReceipt;
            from = clock.now().toString(Qt::ISODate);
        }
        if (*count >= 10 && (i + 1) % (*count / 10) == 0) {
            err << "seed-orders: " << i + 1 << " of " << *count << Qt::endl;
        }
    }
    const double seconds = static_cast<double>(timer.nsecsElapsed()) / 1e9;
    const QString to = clock.now().toString(Qt::ISODate);
    if (args.has(QStringLiteral("json"))) {
        JsonLine line;
        line.add(QStringLiteral("bench"), QStringLiteral("seed-orders"))
            .add(QStringLiteral("count"), *count)
            .add(QStringLiteral("days"), *days)
            .add(QStringLiteral("seconds"), seconds, 2)
            .add(QStringLiteral("sales_per_s"), seconds > 0 ? static_cast<double>(*count) / seconds : 0.0, 1)
            .add(QStringLiteral("first_receipt"), first)
            .add(QStringLiteral("last_receipt"), lastReceipt)
            .add(QStringLiteral("from"), from)
            .add(QStringLiteral("to"), to)
            .add(QStringLiteral("terminal"), device.value().terminalId());
        out << line.toString() << Qt::endl;
    } else {
        out << "seed-orders: " << *count << " sales (" << first << " .. " << lastReceipt << ") dated " << from << " .. "
            << to << ", written in " << seconds << " s (" << (seconds > 0 ? static_cast<double>(*count) / seconds : 0.0)
            << " per second), signed by " << device.value().terminalId() << Qt::endl;
    }
    return BenchOk;
}
