// madang-bench pin: the cost of a staff PIN hash and check at the production iteration count, next to two
// floors measured in the same run:
//  - raw PKCS5_PBKDF2_HMAC(password, salt, EVP_sha256(), same iterations, 32 bytes): what PinHasher adds on
//    top of OpenSSL (one HMAC for the pepper, base64, parsing) should be invisible;
//  - `openssl speed -seconds 1 -bytes 64 -mr -evp sha256`, if the binary exists. Conversion: a PBKDF2-HMAC-
//    SHA256 iteration with a 32-byte output is one HMAC over the 32-byte previous block, with the ipad/opad
//    states precomputed, i.e. two SHA-256 compressions (inner: 32 bytes + padding = 1 block; outer: 32 bytes +
//    padding = 1 block). One `speed` operation on 64 bytes is also two compressions (64 bytes of data, then a
//    padding block). So ms for N iterations = N / (ops per second) * 1000, with ops per second = the reported
//    bytes per second / 64. It is a lower bound: it leaves out PBKDF2's per-iteration context copy and XOR.
// Sign-in costs one verify, so `verify_ms` is the figure for the "under 0.5 s" goal. Never fails on a time.
#include "benchargs.h"
#include "commands.h"
#include "crypto.h"
#include "pinhasher.h"

#include <QElapsedTimer>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTextStream>
#include <cmath>
#include <limits>
#include <openssl/evp.h>

using namespace madang;

namespace {
constexpr double kNoFigure = std::numeric_limits<double>::quiet_NaN();

double msSince(const QElapsedTimer &timer)
{
    return static_cast<double>(timer.nsecsElapsed()) / 1e6;
}

/// Milliseconds of one raw PBKDF2-HMAC-SHA256 derivation, or NaN if OpenSSL refused.
double rawPbkdf2Ms(int iterations)
{
    const QByteArray password(32, '\x11');
    const QByteArray salt(PinHasher::kSaltBytes, '\x22');
    unsigned char out[PinHasher::kHashBytes];
    QElapsedTimer timer;
    timer.start();
    const int ok = PKCS5_PBKDF2_HMAC(password.constData(), static_cast<int>(password.size()),
                                     reinterpret_cast<const unsigned char *>(salt.constData()),
                                     static_cast<int>(salt.size()), iterations, EVP_sha256(), sizeof out, out);
    return ok == 1 ? msSince(timer) : kNoFigure;
}

/// SHA-256 operations per second on 64-byte blocks from `openssl speed`, or NaN if it is not available.
double opensslSha256OpsPerSecond(QTextStream &err)
{
    const QString program = QStandardPaths::findExecutable(QStringLiteral("openssl"));
    if (program.isEmpty()) {
        err << "openssl binary not found; no `openssl speed` floor" << Qt::endl;
        return kNoFigure;
    }
    QProcess process;
    process.start(program,
                  {QStringLiteral("speed"), QStringLiteral("-seconds"), QStringLiteral("1"), QStringLiteral("-bytes"),
                   QStringLiteral("64"), QStringLiteral("-mr"), QStringLiteral("-evp"), QStringLiteral("sha256")});
    if (!process.waitForFinished(30000) || process.exitStatus() != QProcess::NormalExit || process.exitCode() != 0) {
        process.kill();
        process.waitForFinished(1000);
        err << "openssl speed did not finish cleanly; no `openssl speed` floor" << Qt::endl;
        return kNoFigure;
    }
    // Machine-readable line: "+F:<n>:sha256:<bytes per second for 64-byte blocks>"
    static const QRegularExpression line(QStringLiteral("^\\+F:\\d+:sha256:([0-9.]+)"),
                                         QRegularExpression::MultilineOption);
    const auto match = line.match(QString::fromLatin1(process.readAllStandardOutput()));
    bool ok = false;
    const double bytesPerSecond = match.hasMatch() ? match.captured(1).toDouble(&ok) : 0.0;
    if (!ok || bytesPerSecond <= 0) {
        err << "could not read the figure from openssl speed" << Qt::endl;
        return kNoFigure;
    }
    return bytesPerSecond / 64.0;
}
} // namespace

int runPinBench(const QStringList &arguments)
{
    QTextStream out(stdout);
    QTextStream err(stderr);
    BenchArgs args(arguments, {QStringLiteral("runs"), QStringLiteral("iterations")}, {QStringLiteral("json")});
    const auto runs = args.integer(QStringLiteral("runs"), 5, 1, 1000);
    const auto iterations =
        args.integer(QStringLiteral("iterations"), PinHasher::kDefaultIterations, 1, PinHasher::kMaxIterations);
    if (!args.error().isEmpty() || !runs || !iterations) {
        err << "madang-bench pin: " << args.error() << "\n"
            << "usage: madang-bench pin [--runs N] [--iterations N] [--json]" << Qt::endl;
        return BenchUsage;
    }
    const bool json = args.has(QStringLiteral("json"));
    const int count = static_cast<int>(*iterations);

    auto pepper = crypto::randomBytes(32);
    if (!pepper) {
        err << "madang-bench pin: " << pepper.error().message << Qt::endl;
        return BenchFailed;
    }
    const PinHasher hasher(pepper.value(), count);
    QList<double> hashMs;
    QList<double> verifyMs;
    QList<double> floorMs;
    for (qint64 run = 0; run < *runs; ++run) {
        QElapsedTimer timer;
        timer.start();
        auto stored = hasher.hash(QStringLiteral("482910"));
        hashMs << msSince(timer);
        if (!stored) {
            err << "madang-bench pin: " << stored.error().message << Qt::endl;
            return BenchFailed;
        }
        timer.restart();
        auto verdict = hasher.verify(QStringLiteral("482910"), stored.value());
        verifyMs << msSince(timer);
        if (!verdict || !verdict.value()) {
            err << "madang-bench pin: the PIN did not verify" << Qt::endl;
            return BenchFailed;
        }
        floorMs << rawPbkdf2Ms(count);
        err << "run " << run + 1 << ": hash " << hashMs.last() << " ms, verify " << verifyMs.last()
            << " ms, raw PBKDF2 " << floorMs.last() << " ms" << Qt::endl;
    }
    QList<double> bothMs;
    for (qsizetype i = 0; i < hashMs.size(); ++i) {
        bothMs << hashMs.at(i) + verifyMs.at(i);
    }
    const double opsPerSecond = opensslSha256OpsPerSecond(err);
    const double speedFloorMs = count / opsPerSecond * 1000.0; // NaN stays NaN and prints as null
    const double verify = percentile(verifyMs, 50);
    const double floor = percentile(floorMs, 50);

    JsonLine line;
    line.add(QStringLiteral("bench"), QStringLiteral("pin"))
        .add(QStringLiteral("iterations"), static_cast<qint64>(count))
        .add(QStringLiteral("runs"), *runs)
        .add(QStringLiteral("hash_verify_ms"), percentile(bothMs, 50), 1)
        .add(QStringLiteral("hash_ms"), percentile(hashMs, 50), 1)
        .add(QStringLiteral("verify_ms"), verify, 1)
        .add(QStringLiteral("floor_pbkdf2_ms"), floor, 1)
        .add(QStringLiteral("verify_vs_floor"), verify / floor, 3)
        .add(QStringLiteral("openssl_sha256_64b_per_s"), opsPerSecond, 0)
        .add(QStringLiteral("floor_openssl_speed_ms"), speedFloorMs, 1)
        .add(QStringLiteral("verify_max_ms"), percentile(verifyMs, 100), 1);
    if (json) {
        out << line.toString() << Qt::endl;
    } else {
        out << "PIN hash+verify at " << count << " iterations: " << percentile(bothMs, 50) << " ms (median of " << *runs
            << "); sign-in (verify) " << verify << " ms vs raw PBKDF2 " << floor << " ms";
        if (!std::isnan(opsPerSecond)) {
            out << "; openssl speed floor " << speedFloorMs << " ms";
        }
        out << Qt::endl;
    }
    return BenchOk;
}
