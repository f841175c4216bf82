// madang-bench availability: free-slot search on one busy salon day. Builds a deterministic (seeded) Monday
// with N staff (8:00-21:00 or so with a lunch break, a mix of skills), one chair each and a few rooms, and M
// bookings (the services and 15-minute blocks without a station) placed through checkSlot/reserve, then times
// freeSlots for every service over all staff, many runs. The same run repeats the day at 75, 150, 300 and 600
// bookings to show how the time grows with bookings (slots_at_N: how many free slots there were left to find).
#include "benchargs.h"
#include "bookings/availability.h"
#include "commands.h"

#include <QElapsedTimer>
#include <QTextStream>
#include <random>

using namespace madang;

namespace {
const QDate kDay(2026, 12, 7); // a Monday

QList<Service> services()
{
    const QString chair = QStringLiteral("chair");
    return {
        Service{QStringLiteral("CUT"), 30, 0, 0, 0, 5, QStringLiteral("cut"), chair},
        Service{QStringLiteral("KIDS"), 20, 0, 0, 0, 0, QStringLiteral("cut"), chair},
        Service{QStringLiteral("COLOUR"), 30, 40, 20, 5, 10, QStringLiteral("colour"), chair},
        Service{QStringLiteral("PERM"), 40, 30, 30, 0, 10, QStringLiteral("perm"), chair},
        Service{QStringLiteral("SPA"), 50, 0, 0, 10, 10, QStringLiteral("spa"), QStringLiteral("room")},
    };
}

struct BuiltDay
{
    Resources resources;
    qint64 placed = 0;
};

/// The same seed gives the same day: staff, stations and bookings.
BuiltDay buildDay(int staffCount, int bookings, quint32 seed)
{
    std::mt19937 rng(seed);
    const auto pick = [&](int lo, int hi) { return std::uniform_int_distribution<int>(lo, hi)(rng); };
    const QStringList skills{QStringLiteral("cut"), QStringLiteral("colour"), QStringLiteral("perm"),
                             QStringLiteral("spa")};
    BuiltDay day;
    for (int i = 0; i < staffCount; ++i) {
        BookableStaff member;
        member.id = QStringLiteral("s%1").arg(i, 3, 10, QLatin1Char('0'));
        member.name = QStringLiteral("Staff %1").arg(pick(100, 999));
        member.skills.insert(skills.at(pick(0, 1)));
        for (const QString &skill : skills) {
            if (pick(0, 2) == 0) {
                member.skills.insert(skill);
            }
        }
        const int open = 8 * 60 + 30 * pick(0, 2);
        const int lunch = 12 * 60 + 30 * pick(0, 3);
        member.weeklyHours[Qt::Monday] = {Interval{open, lunch}, Interval{lunch + 60, 21 * 60 + 30 * pick(0, 2)}};
        day.resources.staff << member;
    }
    for (int i = 0; i < staffCount; ++i) {
        day.resources.stations << Station{QStringLiteral("chair-%1").arg(i), QStringLiteral("chair"), {}};
    }
    for (int i = 0; i < staffCount / 6 + 1; ++i) {
        day.resources.stations << Station{QStringLiteral("room-%1").arg(i), QStringLiteral("room"), {}};
    }
    // Besides the services, short blocks without a station (a consultation, a phone call) fill the day.
    QList<Service> all = services();
    all << Service{QStringLiteral("BLOCK"), 15, 0, 0, 0, 0, {}, {}};
    for (qint64 attempt = 0; day.placed < bookings && attempt < qint64(bookings) * 50; ++attempt) {
        const Service &service = all.at(pick(0, int(all.size()) - 1));
        const QString &staffId = day.resources.staff.at(pick(0, staffCount - 1)).id;
        const auto slot = checkSlot(day.resources, service, kDay, 8 * 60 + 5 * pick(0, 168), staffId);
        if (slot && reserve(day.resources, service, kDay, *slot)) {
            ++day.placed;
        }
    }
    return day;
}

struct Timing
{
    QList<double> ms;     // one sample per freeSlots call
    qint64 slotCount = 0; // found in the first run, a checksum of the day
    QString error;
};

Timing timeFreeSlots(const Resources &resources, int runs)
{
    Timing timing;
    const QList<Service> all = services();
    for (int run = 0; run < runs; ++run) {
        for (const Service &service : all) {
            QElapsedTimer timer;
            timer.start();
            const auto found = freeSlots(resources, service, kDay);
            timing.ms << static_cast<double>(timer.nsecsElapsed()) / 1e6;
            if (!found) {
                timing.error = found.error().message;
                return timing;
            }
            if (run == 0) {
                timing.slotCount += found->size();
            }
        }
    }
    return timing;
}
} // namespace

int runAvailabilityBench(const QStringList &arguments)
{
    QTextStream out(stdout);
    QTextStream err(stderr);
    BenchArgs args(
        arguments,
        {QStringLiteral("staff"), QStringLiteral("bookings"), QStringLiteral("runs"), QStringLiteral("seed")},
        {QStringLiteral("json")});
    const auto staff = args.integer(QStringLiteral("staff"), 30, 1, 1000);
    const auto bookings = args.integer(QStringLiteral("bookings"), 300, 0, 100000);
    const auto runs = args.integer(QStringLiteral("runs"), 40, 1, 10000);
    const auto seed = args.integer(QStringLiteral("seed"), 7, 0, 0xFFFFFFFF);
    if (!args.error().isEmpty() || !staff || !bookings || !runs || !seed) {
        err << "madang-bench availability: " << args.error()
            << "\nusage: madang-bench availability [--staff N] [--bookings N] [--runs N] [--seed N] [--json]"
            << Qt::endl;
        return BenchUsage;
    }
    const auto measure = [&](int count, Timing *timing, qint64 *placed) {
        const BuiltDay day = buildDay(int(*staff), count, quint32(*seed));
        *placed = day.placed;
        *timing = timeFreeSlots(day.resources, int(*runs));
        err << "availability: " << *staff << " staff, " << day.placed << " of " << count << " bookings placed, "
            << timing->slotCount << " slots, freeSlots p50 " << percentile(timing->ms, 50) << " ms, p99 "
            << percentile(timing->ms, 99) << " ms" << Qt::endl;
        return timing->error.isEmpty();
    };
    Timing headline;
    qint64 placed = 0;
    if (!measure(int(*bookings), &headline, &placed)) {
        err << "madang-bench availability: " << headline.error << Qt::endl;
        return BenchFailed;
    }
    JsonLine line;
    line.add(QStringLiteral("bench"), QStringLiteral("availability"))
        .add(QStringLiteral("staff"), *staff)
        .add(QStringLiteral("bookings"), placed)
        .add(QStringLiteral("services"), static_cast<qint64>(services().size()))
        .add(QStringLiteral("calls"), static_cast<qint64>(headline.ms.size()))
        .add(QStringLiteral("slots"), headline.slotCount)
        .add(QStringLiteral("p50_ms"), percentile(headline.ms, 50), 3)
        .add(QStringLiteral("p99_ms"), percentile(headline.ms, 99), 3);
    for (const int count : {75, 150, 300, 600}) {
        Timing timing;
        qint64 growthPlaced = 0;
        if (!measure(count, &timing, &growthPlaced)) {
            err << "madang-bench availability: " << timing.error << Qt::endl;
            return BenchFailed;
        }
        line.add(QStringLiteral("p50_ms_at_%1").arg(count), percentile(timing.ms, 50), 3)
            .add(QStringLiteral("placed_at_%1").arg(count), growthPlaced)
            .add(QStringLiteral("slots_at_%1").arg(count), timing.slotCount);
    }
    line.add(QStringLiteral("seed"), *seed);
    if (args.has(QStringLiteral("json"))) {
        out << line.toString() << Qt::endl;
    } else {
        out << "freeSlots over " << *staff << " staff and " << placed << " bookings: p50 "
            << percentile(headline.ms, 50) << " ms, p99 " << percentile(headline.ms, 99) << " ms ("
            << headline.ms.size() << " calls)" << Qt::endl;
    }
    return BenchOk;
}
