// madangctl catalog import | list
#include "base/inputfile.h"
#include "base/money.h"
#include "base/textrules.h"
#include "catalog/catalogimport.h"
#include "catalog/catalogrepository.h"
#include "clistore.h"
#include "commands.h"
#include "merchant/merchantrepository.h"
#include "workflows/store.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <unistd.h>

using namespace madang;

namespace {
void drawProgress(QTextStream &err, qsizetype done, qsizetype total)
{
    constexpr int width = 30;
    const int filled = total > 0 ? static_cast<int>(width * done / total) : width;
    err << "\r[" << QString(filled, QLatin1Char('#')) << QString(width - filled, QLatin1Char('.')) << "] "
        << (total > 0 ? 100 * done / total : 100) << "% " << done << "/" << total;
    err.flush();
}

/// A message that quotes a whole field (a 50 MB header is one) is cut to what a person can read on one line.
QString shortened(const QString &message)
{
    constexpr qsizetype kMaxChars = 300;
    return message.size() <= kMaxChars
               ? message
               : message.left(kMaxChars) + QStringLiteral("… (%1 characters)").arg(message.size());
}

int importCsv(const CliContext &ctx)
{
    const QString file = ctx.args.word(2);
    if (file.isEmpty()) {
        ctx.err << "madangctl: catalog import needs FILE.csv" << Qt::endl;
        return ExitUsage;
    }
    auto read = InputFile::read(file, InputFile::kMaxCatalogCsvBytes, QStringLiteral("catalog CSV"));
    if (!read) {
        ctx.err << "madangctl: " << visibleText(read.error().message) << Qt::endl;
        return ExitBadInput;
    }
    const QByteArray data = std::move(read).value();
    auto store = Store::open(ctx.args.db(), Database::Mode::ReadWrite, ctx.clock);
    if (!store) {
        ctx.err << "madangctl: " << visibleText(store.error().message) << Qt::endl;
        return ExitFailed;
    }
    auto profile = store.value()->merchant().profile();
    if (!profile || !profile.value()) {
        ctx.err << "madangctl: " << ctx.args.db() << " is not set up; run madangctl init first" << Qt::endl;
        return ExitFailed;
    }
    auto currency = Currency::fromCode(profile.value()->currency);
    if (!currency) {
        ctx.err << "madangctl: " << visibleText(currency.error().message) << Qt::endl;
        return ExitFailed;
    }
    const bool tty = isatty(STDERR_FILENO) != 0;
    CatalogImport import(store.value()->catalog(), currency.value(), profile.value()->vatBasisPoints);
    QElapsedTimer timer;
    timer.start();
    auto report = import.run(data, [&](qsizetype done, qsizetype total) {
        if (tty) {
            drawProgress(ctx.err, done, total);
        }
    });
    if (tty) {
        ctx.err << Qt::endl;
    }
    if (!report) {
        ctx.err << "madangctl: import failed, nothing was imported: " << visibleText(report.error().message)
                << Qt::endl;
        return ExitFailed;
    }
    if (!report->issues.isEmpty()) {
        // Every bad row on stdout, for the person or script fixing the file; one line on stderr that says why.
        for (const ImportIssue &issue : report->issues) {
            ctx.out << shortened(issue.toString()) << '\n';
        }
        ctx.out.flush();
        ctx.err << "madangctl: " << report->issues.size() << " bad row(s) in " << file
                << ", nothing was imported; the first: " << shortened(report->issues.constFirst().toString())
                << Qt::endl;
        return ExitBadInput;
    }
    ctx.out << "imported " << report->rows << " items from " << file << " (" << report->created << " new, "
            << report->updated << " updated) in " << timer.elapsed() << " ms" << Qt::endl;
    return ExitOk;
}

int listItems(const CliContext &ctx)
{
    auto store = Store::open(ctx.args.db(), Database::Mode::ReadOnly, ctx.clock);
    if (!store) {
        ctx.err << "madangctl: " << visibleText(store.error().message) << Qt::endl;
        return ExitFailed;
    }
    auto profile = store.value()->merchant().profile();
    const QString code = profile && profile.value() ? profile.value()->currency : QStringLiteral("KRW");
    const Currency currency =
        Currency::fromCode(code).ok() ? Currency::fromCode(code).value() : Currency{code, 0, code};
    bool ok = true;
    const int limit = ctx.args.option(QStringLiteral("limit"), QStringLiteral("1000")).toInt(&ok);
    if (!ok || limit <= 0) {
        ctx.err << "madangctl: --limit must be a positive number" << Qt::endl;
        return ExitUsage;
    }
    auto items = store.value()->catalog().search(ctx.args.option(QStringLiteral("search")), limit);
    if (!items) {
        ctx.err << "madangctl: " << visibleText(items.error().message) << Qt::endl;
        return ExitFailed;
    }
    if (ctx.args.has(QStringLiteral("json"))) {
        QJsonArray array;
        for (const CatalogItem &item : items.value()) {
            array.append(QJsonObject{{QStringLiteral("id"), item.id},
                                     {QStringLiteral("sku"), item.sku},
                                     {QStringLiteral("name"), item.name},
                                     {QStringLiteral("category"), item.categoryName},
                                     {QStringLiteral("price_minor"), item.priceMinor},
                                     {QStringLiteral("price"), Money(item.priceMinor, currency).toMajorString()},
                                     {QStringLiteral("currency"), currency.code},
                                     {QStringLiteral("vat_bp"), item.vatBasisPoints},
                                     {QStringLiteral("duration_min"), item.durationMin},
                                     {QStringLiteral("barcode"), item.barcode},
                                     {QStringLiteral("active"), item.active}});
        }
        ctx.out << QJsonDocument(array).toJson(QJsonDocument::Compact) << Qt::endl;
        return ExitOk;
    }
    for (const CatalogItem &item : items.value()) {
        ctx.out << item.sku.leftJustified(16) << ' ' << item.name.leftJustified(28) << ' '
                << item.categoryName.leftJustified(12) << ' ' << Money(item.priceMinor, currency).display() << '\n';
    }
    ctx.out << items->size() << " item(s)" << Qt::endl;
    return ExitOk;
}
} // namespace

int runCatalog(const CliContext &ctx)
{
    const QString sub = ctx.args.word(1);
    const QStringList bad = ctx.args.unknown({QStringLiteral("db"), QStringLiteral("search"), QStringLiteral("json"),
                                              QStringLiteral("limit"), QStringLiteral("secrets")});
    if (!bad.isEmpty()) {
        ctx.err << "madangctl: unknown option " << bad.join(QStringLiteral(", ")) << Qt::endl;
        return ExitUsage;
    }
    if (sub == QStringLiteral("import")) {
        return importCsv(ctx);
    }
    if (sub == QStringLiteral("list")) {
        return listItems(ctx);
    }
    ctx.err << "madangctl: catalog needs import or list" << Qt::endl;
    return ExitUsage;
}
