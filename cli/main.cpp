#include "base/clock.h"
#include "base/textrules.h"
#include "clistore.h"
#include "commands.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#ifdef MADANG_HAS_PRINTING
#include <QGuiApplication>
#endif

#include <algorithm>
#include <memory>

namespace {
const char *const kUsage = R"(usage: madangctl --db PATH COMMAND

commands:
  init --vertical salon|restaurant|cleaning --name NAME [--currency KRW] [--owner NAME] [--terminal T1] [--demo]
                                 also creates the device key and PIN pepper under --secrets DIR
  catalog import FILE.csv        all-or-nothing; columns sku,name,category,price,vat_rate,duration_min,barcode
  catalog list [--search TEXT] [--limit N] [--json]
  backup --out FILE              consistent copy while the app runs (SQLite online backup)
  check                          quick_check, schema version and the journal (chain, signatures, orders) as JSON
  device show [--json]           terminal id and device public key (PEM)
  device set-terminal ID         renames the terminal (e.g. T2); audited
  audit verify [--json]          checks the audit trail's hash chain; names the first bad entry
  sale --item SKU[xQTY]... [--tip AMOUNT] --pay cash[:TENDERED]|card:REF[:AMOUNT]... [--staff NAME] [--json]
                                 finalizes one sale like the checkout screen does; prints the receipt number
  shift open [--float AMOUNT] | cash in|out AMOUNT --reason TEXT | report [--json] | close --counted AMOUNT [--json]
                                 shifts and cash; close prints the Z-report and journals it as a closure
  receipt pdf|png|escpos --receipt T1-000001 --out FILE [--width 58|80] [--lang ko|en]
                                 a copy of a receipt (DUPLICATE), journaled as a reprint
  journal export --out FILE      the signed sales journal as JSON Lines (docs/journal.md)
  journal pubkey                 the device public key that signs the journal (PEM), from the database
  journal verify [--file FILE [--pubkey KEY.pem]] [--json]
                                 checks chain, hashes and signatures, and that the orders and Z-reports agree
                                 with it; names the first bad entry. Needs no secrets folder; with --pubkey an
                                 export is checked without the database (--db may be left out)

  booking slots --service SKU --date YYYY-MM-DD [--staff NAME] [--step MIN] [--json]
                                 free start times for a service, for one staff member or anyone qualified
  booking create --service SKU --start ISO --customer-phone P [--customer-name N] [--staff NAME] [--crew NAME]
                 [--source counter|walk_in|phone|platform] [--deposit AMOUNT] [--notes T] [--address A]
                 [--access-notes T] [--repeat weekly|every_2_weeks|monthly_weekday --visits N] [--json]
                                 books where it fits; a taken slot, a missing skill or a time outside working
                                 hours exits 2 and writes nothing
  booking list --date YYYY-MM-DD [--json]
  booking cancel ID --reason TEXT
  reservation deposit-refund ID --reason TEXT [--staff NAME]
                                 gives back what is left of a cancelled or missed reservation's deposit, once;
                                 recorded, queued for the platform and audited
  customer import-profile FILE.json
                                 a shared profile received from the platform (docs/bookings.md); fields it no
                                 longer lists are revoked and deleted
  customer show --phone P        the customer, their shared profile and visit history as JSON

  pair --platform URL --code CODE [--json]
                                 pairs this terminal with a platform (a one-time code from madang-platform
                                 pairing-code); a new database joins the merchant and is set up by its first sync
  sync --once [--json]           pushes every pending op and pulls every new change; exit 1 if the platform
                                 could not be reached (nothing is lost: the next round sends it again)
  sync status [--json]           paired, pending, needs_attention, conflicts, last_sync_at
  summary [--json]               orders (count, total), payments by method, bookings by status and conflicts, of
                                 every order this terminal holds (its own and those pulled): the shape of
                                 madang-platform summary, to reconcile the two

  resource stations | crews      the chairs, rooms, basins and vans; the cleaning crews (JSON)
  resource station --name N --kind chair|room|basin|van
  resource rename-station --station NAME --name NEW
  resource retire-station --station NAME
                                 takes a station off the calendar; refused while bookings still to come or a
                                 crew's van need it (the message counts them and names the first)
  resource service SKU [--work MIN] [--processing MIN] [--finish MIN] [--buffer-before MIN] [--buffer-after MIN]
                   [--station-kind KIND]
                                 how a service's time is spent (what is not given stays); its duration becomes
                                 work + processing + finish
  resource day-off --staff NAME --date YYYY-MM-DD [--reason T]
  resource crew --name N --members A,B [--van NAME]
                                 adds a crew, or replaces the members and van of the crew with that name
  resource travel --from ADDRESS --to ADDRESS --minutes N
                                 the driving time between two job addresses, both ways

global options: --secrets DIR (default ~/.config/madang/secrets): where device keys and the PIN pepper live

exit codes: 0 done, 1 failed, 2 bad input data, 64 usage error
)";
/// How many words (command, subcommand, operands) a command line may have, by command and subcommand; 0 when
/// the command is unknown to this table, which leaves the command to say what it needs.
int wordsAllowed(const QStringList &words)
{
    static const QHash<QString, int> byCommand{
        {QStringLiteral("init"), 1},
        {QStringLiteral("backup"), 1},
        {QStringLiteral("check"), 1},
        {QStringLiteral("sale"), 1},
        {QStringLiteral("catalog import"), 3},
        {QStringLiteral("catalog list"), 2},
        {QStringLiteral("device show"), 2},
        {QStringLiteral("device set-terminal"), 3},
        {QStringLiteral("audit verify"), 2},
        {QStringLiteral("receipt pdf"), 2},
        {QStringLiteral("receipt png"), 2},
        {QStringLiteral("receipt escpos"), 2},
        {QStringLiteral("shift open"), 2},
        {QStringLiteral("shift cash"), 4},
        {QStringLiteral("shift report"), 2},
        {QStringLiteral("shift close"), 2},
        {QStringLiteral("journal export"), 2},
        {QStringLiteral("journal pubkey"), 2},
        {QStringLiteral("journal verify"), 2},
        {QStringLiteral("booking slots"), 2},
        {QStringLiteral("booking create"), 2},
        {QStringLiteral("booking list"), 2},
        {QStringLiteral("booking cancel"), 3},
        {QStringLiteral("reservation deposit-refund"), 3},
        {QStringLiteral("customer import-profile"), 3},
        {QStringLiteral("customer show"), 2},
        {QStringLiteral("resource stations"), 2},
        {QStringLiteral("resource crews"), 2},
        {QStringLiteral("resource station"), 2},
        {QStringLiteral("resource rename-station"), 2},
        {QStringLiteral("resource retire-station"), 2},
        {QStringLiteral("resource service"), 3},
        {QStringLiteral("resource day-off"), 2},
        {QStringLiteral("resource crew"), 2},
        {QStringLiteral("resource travel"), 2},
        {QStringLiteral("pair"), 1},
        {QStringLiteral("sync"), 2},
        {QStringLiteral("summary"), 1},
    };
    if (const int n = byCommand.value(words.value(0)); n > 0) {
        return n;
    }
    return byCommand.value(words.value(0) + QLatin1Char(' ') + words.value(1));
}

/// Every command but init works on a database that exists: a mistyped --db must not create one. Returns the
/// reason, or an empty string.
QString databasePathProblem(const QString &path)
{
    const QFileInfo info(path);
    if (info.isDir()) {
        return QStringLiteral("%1 is a folder, not a database file").arg(path);
    }
    if (!info.exists()) {
        return QStringLiteral("there is no database at %1 (madangctl init makes one)").arg(path);
    }
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        return QStringLiteral("cannot read %1: %2").arg(path, file.errorString());
    }
    if (file.read(16) != QByteArrayView("SQLite format 3\0", 16)) {
        return file.size() == 0 ? QStringLiteral("%1 is empty, not a Madang database").arg(path)
                                : QStringLiteral("%1 is not a Madang database").arg(path);
    }
    return {};
}
} // namespace

int main(int argc, char *argv[])
{
#ifdef MADANG_HAS_PRINTING
    // Receipts are drawn with QtGui (fonts, QPdfWriter), which needs a GUI application; headless is enough.
    const bool drawing = std::any_of(argv + 1, argv + argc, [](const char *a) { return qstrcmp(a, "receipt") == 0; });
    if (drawing && qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM")) {
        qputenv("QT_QPA_PLATFORM", "offscreen");
    }
    const std::unique_ptr<QCoreApplication> application(drawing ? new QGuiApplication(argc, argv)
                                                                : new QCoreApplication(argc, argv));
#else
    const auto application = std::make_unique<QCoreApplication>(argc, argv);
#endif
    QCoreApplication::setApplicationName(QStringLiteral("madangctl"));
    QCoreApplication::setApplicationVersion(QStringLiteral(MADANG_VERSION));
    QTextStream out(stdout);
    QTextStream err(stderr);
    const CliArgs args(QCoreApplication::arguments());
    if (args.has(QStringLiteral("version"))) {
        out << "madangctl " << MADANG_VERSION << Qt::endl;
        return ExitOk;
    }
    if (args.has(QStringLiteral("help")) || args.words().isEmpty()) {
        (args.has(QStringLiteral("help")) ? out : err) << kUsage;
        return args.has(QStringLiteral("help")) ? ExitOk : ExitUsage;
    }
    if (!args.error().isEmpty()) {
        err << "madangctl: " << madang::visibleText(args.error()) << Qt::endl;
        return ExitUsage;
    }
    // An auditor checks an export against a key file without the terminal's database.
    const bool keyFileOnly = args.word(0) == QLatin1String("journal") && args.has(QStringLiteral("pubkey"));
    if (args.db().isEmpty() && !keyFileOnly) {
        err << "madangctl: --db PATH is required" << Qt::endl;
        return ExitUsage;
    }
    const int allowed = wordsAllowed(args.words());
    if (allowed > 0 && args.words().size() > allowed) {
        err << "madangctl: unexpected argument \"" << madang::visibleText(args.word(allowed)) << "\" after \""
            << args.words().mid(0, allowed).join(QLatin1Char(' ')) << "\"" << Qt::endl;
        return ExitUsage;
    }
    const QString command = args.word(0);
    if (allowed > 0 && command != QStringLiteral("init") && command != QStringLiteral("pair") &&
        !(keyFileOnly && args.db().isEmpty())) {
        if (const QString problem = databasePathProblem(args.db()); !problem.isEmpty()) {
            err << "madangctl: " << madang::visibleText(problem) << Qt::endl;
            return ExitBadInput;
        }
    }
    const madang::SystemClock clock;
    const CliContext ctx{args, clock, out, err};
    if (command == QStringLiteral("init")) {
        return runInit(ctx);
    }
    if (command == QStringLiteral("catalog")) {
        return runCatalog(ctx);
    }
    if (command == QStringLiteral("backup")) {
        return runBackup(ctx);
    }
    if (command == QStringLiteral("check")) {
        return runCheck(ctx);
    }
    if (command == QStringLiteral("device")) {
        return runDevice(ctx);
    }
    if (command == QStringLiteral("sale")) {
        return runSale(ctx);
    }
#ifdef MADANG_HAS_PRINTING
    if (command == QStringLiteral("receipt")) {
        return runReceipt(ctx);
    }
#endif
    if (command == QStringLiteral("shift")) {
        return runShift(ctx);
    }
    if (command == QStringLiteral("journal")) {
        return runJournal(ctx);
    }
    if (command == QStringLiteral("booking")) {
        return runBooking(ctx);
    }
    if (command == QStringLiteral("reservation")) {
        return runReservation(ctx);
    }
    if (command == QStringLiteral("customer")) {
        return runCustomer(ctx);
    }
    if (command == QStringLiteral("resource")) {
        return runResource(ctx);
    }
    if (command == QStringLiteral("audit")) {
        return runAudit(ctx);
    }
    if (command == QStringLiteral("pair")) {
        return runPair(ctx);
    }
    if (command == QStringLiteral("sync")) {
        return runSync(ctx);
    }
    if (command == QStringLiteral("summary")) {
        return runSummary(ctx);
    }
    err << "madangctl: unknown command \"" << madang::visibleText(command) << "\"\n\n" << kUsage;
    return ExitUsage;
}
