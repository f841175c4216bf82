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
    // One run of each before measuring, so that both find the files in the page cache.
    QList<double> appMs;
    QList<double> bareMs;
    QList<double> textMs; // the bare window with one line of Korean: what the font costs any first screen
    for (qint64 i = -1; i < *runs; ++i) {
        const Run a = run(app, QStringList{QStringLiteral("--smoke")} + dbArgs, 60000);
        const Run b = run(bare, {}, 60000);
        const Run t = run(bare, {QStringLiteral("--text")}, 60000);
        if (!a.error.isEmpty() || !b.error.isEmpty() || !t.error.isEmpty()) {
            err << a.error << b.error << t.error << '\n';
            return BenchFailed;
        }
        if (i >= 0) {
            appMs << startupMs(a.out);
            bareMs << startupMs(b.out);
            textMs << startupMs(t.out);
        }
    }
    const double app50 = percentile(appMs, 50);
    const double bare50 = percentile(bareMs, 50);
    const double text50 = percentile(textMs, 50);
    const double ratio = bare50 > 0 ? app50 / bare50 : 0;
    if (args.has(QStringLiteral("json"))) {
        out << JsonLine()
                   .add(QStringLiteral("bench"), QStringLiteral("startup"))
                   .add(QStringLiteral("items"), *items)
                   .add(QStringLiteral("orders"), *orders)
                   .add(QStringLiteral("runs"), *runs)
                   .add(QStringLiteral("first_frame_p50_ms"), app50, 1)
                   .add(QStringLiteral("bare_window_p50_ms"), bare50, 1)
                   .add(QStringLiteral("ratio"), ratio, 2)
                   .add(QStringLiteral("bare_window_text_p50_ms"), text50, 1)
                   .add(QStringLiteral("ratio_to_text_window"), text50 > 0 ? app50 / text50 : 0, 2)
                   .toString()
            << '\n';
    } else {
        out << "first frame, " << *items << " items and " << *orders << " orders: p50 "
            << QString::number(app50, 'f', 1) << " ms over " << *runs
            << " runs\nbare Qt Quick window (floor):       p50 " << QString::number(bare50, 'f', 1) << " ms\nratio "
            << QString::number(ratio, 'f', 2) << "x\nthe same with one line of Korean:  p50 "
            << QString::number(text50, 'f', 1) << " ms (ratio "
            << QString::number(text50 > 0 ? app50 / text50 : 0, 'f', 2) << "x)\n";
    }
    return BenchOk;
}
