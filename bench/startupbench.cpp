// madang-bench startup: the time from process start to the app's first frame on a big terminal database, next
// to a bare Qt Quick window of the same size and style started the same way (the floor), run alternately.
#include "base/processtime.h"
#include "benchargs.h"
#include "catalogdata.h"
#include "commands.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTextStream>

namespace {

const char *const kUsage = "usage: madang-bench startup [--items N] [--orders N] [--runs N] [--dir PATH] [--json]";

struct Run
{
    QString error;
    QByteArray out;
};

Run run(const QString &program, const QStringList &args, int timeoutMs = 600000)
{
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    if (!env.contains(QStringLiteral("QT_QPA_PLATFORM"))) {
        env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    }
    // The child measures its start-up from here, to the microsecond (/proc counts in 10 ms ticks).
    env.insert(QString::fromLatin1(madang::kSpawnedAtNsVariable), QString::number(madang::monotonicNs()));
    p.setProcessEnvironment(env);
    p.start(program, args);
    if (!p.waitForFinished(timeoutMs) || p.exitStatus() != QProcess::NormalExit || p.exitCode() != 0) {
        return {QStringLiteral("%1 %2 failed (%3): %4")
                    .arg(program, args.join(QLatin1Char(' ')))
                    .arg(p.exitCode())
                    .arg(QString::fromUtf8(p.readAllStandardError()).trimmed()),
                {}};
    }
    return {{}, p.readAllStandardOutput()};
}

/// startup_ms of the last JSON line a smoke run printed; -1 if there is none.
double startupMs(const QByteArray &out)
{
    const QList<QByteArray> lines = out.trimmed().split('\n');
    const QJsonObject o = QJsonDocument::fromJson(lines.value(lines.size() - 1)).object();
    return o.contains(QStringLiteral("startup_ms")) ? o.value(QStringLiteral("startup_ms")).toDouble() : -1.0;
}

} // namespace

int runStartupBench(const QStringList &words)
{
    QTextStream err(stderr);
    QTextStream out(stdout);
    BenchArgs args(words,
                   {QStringLiteral("items"), QStringLiteral("orders"), QStringLiteral("runs"), QStringLiteral("dir")},
                   {QStringLiteral("json")});
    const auto items = args.integer(QStringLiteral("items"), 10000, 1, 1000000);
    const auto orders = args.integer(QStringLiteral("orders"), 100000, 0, 10000000);
    const auto runs = args.integer(QStringLiteral("runs"), 7, 1, 1000);
    if (!args.error().isEmpty() || !items || !orders || !runs) {
        err << args.error() << '\n' << kUsage << '\n';
        return BenchUsage;
    }
    QTemporaryDir scratch;
    const QString dir = args.value(QStringLiteral("dir"), scratch.path());
    QDir().mkpath(dir);
    const QString db = QDir(dir).filePath(QStringLiteral("startup-%1-%2.db").arg(*items).arg(*orders));
    const QString secrets = QDir(dir).filePath(QStringLiteral("secrets"));
    const QString madangctl = QStringLiteral(MADANG_CTL_PATH);
    const QString app = QStringLiteral(MADANG_APP_PATH);
    const QString bare = QStringLiteral(MADANG_BARE_WINDOW_PATH);
    const QStringList dbArgs{QStringLiteral("--db"), db, QStringLiteral("--secrets"), secrets};

    if (!QFile::exists(db)) { // a kept --dir reuses what an earlier run seeded
        err << "seeding " << db << ": " << *items << " items, " << *orders << " orders\n";
        err.flush();
        const QString csv = QDir(dir).filePath(QStringLiteral("items.csv"));
        QFile file(csv);
        if (!file.open(QIODevice::WriteOnly) || file.write(CatalogData::toCsv(CatalogData(7).items(*items))) < 0) {
            err << "cannot write " << csv << '\n';
            return BenchFailed;
        }
        file.close();
        for (const auto &[program, extra] : QList<std::pair<QString, QStringList>>{
                 {madangctl,
                  {QStringLiteral("init"), QStringLiteral("--vertical"), QStringLiteral("restaurant"),
                   QStringLiteral("--name"), QStringLiteral("Startup 식당")}},
                 {madangctl, {QStringLiteral("catalog"), QStringLiteral("import"), csv}},
                 {QCoreApplication::applicationFilePath(),
                  {QStringLiteral("seed-orders"), QStringLiteral("--count"), QString::number(*orders)}}}) {
            const bool bench = program == QCoreApplication::applicationFilePath();
            const QStringList all = bench ? QStringList{extra.first()} + dbArgs + extra.mid(1) : dbArgs + extra;
            if (*orders == 0 && bench) {
                continue;
            }
            if (const Run r = run(program, all); !r.error.isEmpty()) {
                QFile::remove(db);
                err << r.error << '\n';
                return BenchFailed;
            }
        }
    }
    // The floors, each run in turn with the app: a bare window of the app's original style (an ApplicationWindow
    // with Qt Quick Controls), the same with one line of Korean (what the font costs any first screen), and a plain
    // Qt Quick Window without Controls, the kind the app's window now is.
    const QList<std::pair<QString, QStringList>> floors{
        {QStringLiteral("bare_window"), {}},
        {QStringLiteral("bare_window_text"), {QStringLiteral("--text")}},
        {QStringLiteral("plain_window"), {QStringLiteral("--plain")}}};
    QList<double> appMs;
    QList<QList<double>> floorMs(floors.size());
    for (qint64 i = -1; i < *runs; ++i) { // one run of each before measuring: all find their files in the page cache
        const Run a = run(app, QStringList{QStringLiteral("--smoke")} + dbArgs, 60000);
        if (!a.error.isEmpty()) {
            err << a.error << '\n';
            return BenchFailed;
        }
        if (i >= 0) {
            appMs << startupMs(a.out);
        }
        for (qsizetype f = 0; f < floors.size(); ++f) {
            const Run b = run(bare, floors.at(f).second, 60000);
            if (!b.error.isEmpty()) {
                err << b.error << '\n';
                return BenchFailed;
            }
            if (i >= 0) {
                floorMs[f] << startupMs(b.out);
            }
        }
    }
    const double app50 = percentile(appMs, 50);
    QList<double> floor50;
    for (const QList<double> &ms : std::as_const(floorMs)) {
        floor50 << percentile(ms, 50);
    }
    const auto ratioTo = [app50](double floor) { return floor > 0 ? app50 / floor : 0.0; };
    if (args.has(QStringLiteral("json"))) {
        JsonLine line;
        line.add(QStringLiteral("bench"), QStringLiteral("startup"))
            .add(QStringLiteral("items"), *items)
            .add(QStringLiteral("orders"), *orders)
            .add(QStringLiteral("runs"), *runs)
            .add(QStringLiteral("first_frame_p50_ms"), app50, 1)
            .add(QStringLiteral("ratio"), ratioTo(floor50.at(0)), 2);
        for (qsizetype f = 0; f < floors.size(); ++f) {
            line.add(floors.at(f).first + QStringLiteral("_p50_ms"), floor50.at(f), 1)
                .add(QStringLiteral("ratio_to_") + floors.at(f).first, ratioTo(floor50.at(f)), 2);
        }
        out << line.toString() << '\n';
    } else {
        const QStringList names{QStringLiteral("bare Qt Quick window (floor):      "),
                                QStringLiteral("the same with one line of Korean: "),
                                QStringLiteral("plain Window without Controls:    ")};
        out << "first frame, " << *items << " items and " << *orders << " orders: p50 "
            << QString::number(app50, 'f', 1) << " ms over " << *runs << " runs\n";
        for (qsizetype f = 0; f < floors.size(); ++f) {
            out << names.at(f) << " p50 " << QString::number(floor50.at(f), 'f', 1) << " ms (ratio "
                << QString::number(ratioTo(floor50.at(f)), 'f', 2) << "x)\n";
        }
    }
    return BenchOk;
}
