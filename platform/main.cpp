// madang-platform: the reference platform that terminals pair and sync with (docs/sync-protocol.md).
#include "base/clock.h"
#include "cliargs.h"
#include "crypto.h"
#include "platformserver.h"
#include "platformstore.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTextStream>
#include <cstdio>

namespace {

const char *const kUsage = R"(usage: madang-platform COMMAND --db FILE

commands:
  serve --db FILE [--port N] [--bind ADDR]
                     serves the sync API (default 127.0.0.1, port 8470; --port 0 takes a free one and prints it)
  pairing-code --db FILE --merchant NAME [--vertical salon|restaurant|cleaning] [--json]
                     a one-time code (10 minutes) for a terminal to pair with; creates the merchant if new
  summary --db FILE [--merchant NAME] [--json]
                     what each merchant's op log adds up to: orders, payments by method, bookings by status,
                     conflicts; the same shape as a terminal's `madangctl summary --json`

exit codes: 0 done, 1 failed, 2 bad input, 64 usage error
)";

enum { Ok = 0, Failed = 1, BadInput = 2, Usage = 64 };

int fail(QTextStream &err, const madang::Error &error)
{
    err << "madang-platform: " << error.message << Qt::endl;
    return error.code == madang::ErrorCode::InvalidInput ? BadInput : Failed;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("madang-platform"));
    madang::crypto::useOpenSslDigest();
    QTextStream out(stdout);
    QTextStream err(stderr);
    const CliArgs args(QCoreApplication::arguments());
    if (args.has(QStringLiteral("help"))) {
        out << kUsage;
        return Ok;
    }
    const QString command = args.word(0);
    if (!args.error().isEmpty() || command.isEmpty() || args.db().isEmpty()) {
        err << (args.error().isEmpty() ? QString() : args.error() + QLatin1Char('\n')) << kUsage;
        return Usage;
    }
    const madang::SystemClock clock;
    auto store = madang::platform::PlatformStore::open(args.db(), clock);
    if (!store) {
        return fail(err, store.error());
    }
    if (command == QLatin1String("pairing-code")) {
        const QString vertical = args.option(QStringLiteral("vertical"), QStringLiteral("salon"));
        if (!QStringList{QStringLiteral("salon"), QStringLiteral("restaurant"), QStringLiteral("cleaning")}.contains(
                vertical)) {
            err << "madang-platform: --vertical must be salon, restaurant or cleaning" << Qt::endl;
            return Usage;
        }
        auto code = (*store)->issuePairingCode(args.option(QStringLiteral("merchant")), vertical);
        if (!code) {
            return fail(err, code.error());
        }
        if (args.has(QStringLiteral("json"))) {
            out << QJsonDocument(QJsonObject{{QStringLiteral("code"), code->code},
                                             {QStringLiteral("merchant_id"), code->merchantId},
                                             {QStringLiteral("expires_at"), code->expiresAt}})
                       .toJson(QJsonDocument::Compact)
                << Qt::endl;
        } else {
            out << "pairing code for " << code->merchantName << ": " << code->code << " (valid 10 minutes)" << Qt::endl;
        }
        return Ok;
    }
    if (command == QLatin1String("summary")) {
        auto summaries = (*store)->summaries(args.option(QStringLiteral("merchant")));
        if (!summaries) {
            return fail(err, summaries.error());
        }
        QJsonArray merchants;
        for (const madang::platform::MerchantSummary &m : summaries.value()) {
            QJsonObject o = m.summary.toJson();
            o.insert(QStringLiteral("merchant_id"), m.merchantId);
            o.insert(QStringLiteral("name"), m.name);
            merchants.append(o);
            if (!args.has(QStringLiteral("json"))) {
                out << m.name << ": " << m.summary.orderCount << " orders, total " << m.summary.orderTotalMinor
                    << " (minor units), " << m.summary.conflicts() << " conflicts" << Qt::endl;
            }
        }
        if (args.has(QStringLiteral("json"))) {
            out << QJsonDocument(QJsonObject{{QStringLiteral("merchants"), merchants}}).toJson(QJsonDocument::Compact)
                << Qt::endl;
        }
        return Ok;
    }
    if (command == QLatin1String("serve")) {
        bool ok = true;
        const int port = args.option(QStringLiteral("port"), QStringLiteral("8470")).toInt(&ok);
        const QHostAddress bind(args.option(QStringLiteral("bind"), QStringLiteral("127.0.0.1")));
        if (!ok || port < 0 || port > 65535 || bind.isNull()) {
            err << "madang-platform: --port must be 0 to 65535 and --bind an IP address" << Qt::endl;
            return Usage;
        }
        madang::platform::PlatformServer server(**store, clock);
        auto listening = server.listen(bind, static_cast<quint16>(port));
        if (!listening) {
            return fail(err, listening.error());
        }
        out << QJsonDocument(QJsonObject{{QStringLiteral("listening"), bind.toString()},
                                         {QStringLiteral("port"), listening.value()},
                                         {QStringLiteral("epoch"), (*store)->epoch()}})
                   .toJson(QJsonDocument::Compact)
            << Qt::endl;
        return QCoreApplication::exec();
    }
    err << "madang-platform: unknown command \"" << command << "\"\n" << kUsage;
    return Usage;
}
