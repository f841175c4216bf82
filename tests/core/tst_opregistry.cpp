// OpRegistry: one entry per op name, each written somewhere in core/ or security/ through its constant, no op
// name left as a string literal at a call site, lookups by name and version; an unknown op writes nothing.
#include "replication/opregistry.h"
#include "replication/outbox.h"
#include "storage/transaction.h"
#include "testsupport.h"

#include <QDirIterator>
#include <QRegularExpression>
#include <QSet>
#include <QTest>

using namespace madang;
using namespace madang::test;

namespace {
/// "catalog.item_modifiers.set" -> "CatalogItemModifiersSet": the constant's name in namespace ops.
QString constantName(QLatin1String opName)
{
    QString out;
    for (const QString &word : QString(opName).split(QRegularExpression(QStringLiteral("[._]")))) {
        out += word.left(1).toUpper() + word.mid(1);
    }
    return out;
}

/// Every .cpp and .h under dir, as one text per file path (relative to the source root).
QHash<QString, QString> sources(const QString &dir)
{
    QHash<QString, QString> files;
    QDirIterator it(QStringLiteral(MADANG_SOURCE_DIR "/") + dir, {QStringLiteral("*.cpp"), QStringLiteral("*.h")},
                    QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        files.insert(path.mid(qsizetype(sizeof(MADANG_SOURCE_DIR))), QString::fromUtf8(readFile(path)));
    }
    return files;
}
} // namespace

class TestOpRegistry : public QObject
{
    Q_OBJECT

private slots:
    void namesAreUniqueAndWellFormed();
    void lookups_data();
    void lookups();
    void everyOpIsWrittenThroughItsConstant_data();
    void everyOpIsWrittenThroughItsConstant();
    void noOpNameIsWrittenOutside();
    void unknownOpIsRefusedAndNothingIsWritten();
};

void TestOpRegistry::namesAreUniqueAndWellFormed()
{
    static const QRegularExpression shape(QStringLiteral("^[a-z]+(_[a-z]+)*(\\.[a-z]+(_[a-z]+)*)+$"));
    static const QStringList domains{QStringLiteral("sales"),       QStringLiteral("shifts"),
                                     QStringLiteral("merchant"),    QStringLiteral("catalog"),
                                     QStringLiteral("customers"),   QStringLiteral("bookings"),
                                     QStringLiteral("reservations")};
    QSet<QString> names;
    int push = 0;
    for (const OpSpec *spec : OpRegistry::all()) {
        const QString name(spec->name);
        QVERIFY2(!names.contains(name), qPrintable(name + QStringLiteral(" is registered twice")));
        names.insert(name);
        QVERIFY2(shape.match(name).hasMatch(), qPrintable(name));
        QVERIFY2(spec->version >= 1, qPrintable(name));
        QVERIFY2(domains.contains(QString(spec->domain)), qPrintable(name + u' ' + QString(spec->domain)));
        push += spec->direction == OpDirection::Push ? 1 : 0;
    }
    QCOMPARE(names.size(), 45);
    // Every constant the header declares is in the list (a constant left out would be refused by Outbox).
    const QString header =
        QString::fromUtf8(readFile(QStringLiteral(MADANG_SOURCE_DIR "/core/replication/opregistry.h")));
    QCOMPARE(header.count(QRegularExpression(QStringLiteral("inline constexpr OpSpec \\w+\\{"))), names.size());
    // The ledgers the terminal owns; everything else can also come from the platform.
    QCOMPARE(push, 4);
    for (const OpSpec *spec : OpRegistry::all()) {
        const bool ledger = spec->domain == QLatin1String("sales") || spec->domain == QLatin1String("shifts");
        QCOMPARE(spec->direction == OpDirection::Push, ledger);
    }
}

void TestOpRegistry::lookups_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<int>("version");
    QTest::addColumn<bool>("known");
    QTest::addColumn<QString>("domain");
    QTest::newRow("order.finalized v2") << QStringLiteral("order.finalized") << 2 << true << QStringLiteral("sales");
    QTest::newRow("order.finalized v1, no longer written")
        << QStringLiteral("order.finalized") << 1 << false << QStringLiteral("sales");
    QTest::newRow("staff.day_off.removed")
        << QStringLiteral("staff.day_off.removed") << 1 << true << QStringLiteral("bookings");
    QTest::newRow("reservation.status") << QStringLiteral("reservation.status") << 1 << true
                                        << QStringLiteral("reservations");
    QTest::newRow("booking.status (a reservation's name)")
        << QStringLiteral("booking.status") << 1 << false << QString();
    QTest::newRow("prefix of a name") << QStringLiteral("catalog.item") << 1 << false << QString();
    QTest::newRow("name plus a dot") << QStringLiteral("catalog.item.created.") << 1 << false << QString();
    QTest::newRow("empty") << QString() << 1 << false << QString();
}

void TestOpRegistry::lookups()
{
    QFETCH(QString, name);
    QFETCH(int, version);
    QFETCH(bool, known);
    QFETCH(QString, domain);
    QCOMPARE(OpRegistry::knows(name, version), known);
    const OpSpec *spec = OpRegistry::find(name);
    QCOMPARE(spec != nullptr, !domain.isEmpty());
    if (spec != nullptr) {
        QCOMPARE(QString(spec->name), name);
        QCOMPARE(QString(spec->domain), domain);
        QVERIFY(OpRegistry::knows(*spec));
    }
    // Every registered op is found by its own name, as itself.
    for (const OpSpec *each : OpRegistry::all()) {
        QCOMPARE(OpRegistry::find(QString(each->name)), each);
    }
}

void TestOpRegistry::everyOpIsWrittenThroughItsConstant_data()
{
    QTest::addColumn<QString>("constant");
    QTest::addColumn<QString>("name");
    for (const OpSpec *spec : OpRegistry::all()) {
        QTest::newRow(spec->name.data()) << constantName(spec->name) << QString(spec->name);
    }
}

void TestOpRegistry::everyOpIsWrittenThroughItsConstant()
{
    QFETCH(QString, constant);
    QFETCH(QString, name);
    static const QHash<QString, QString> files = [] {
        QHash<QString, QString> all = sources(QStringLiteral("core"));
        all.insert(sources(QStringLiteral("security")));
        return all;
    }();
    // Declared under the name the convention gives...
    const QString header = files.value(QStringLiteral("core/replication/opregistry.h"));
    QVERIFY(!header.isEmpty());
    QVERIFY2(header.contains(QStringLiteral("OpSpec %1{QLatin1String(\"%2\")").arg(constant, name)),
             qPrintable(constant));
    // ...and used by at least one writer outside replication/: an op nobody writes is not reachable.
    QStringList writers;
    const QRegularExpression use(QStringLiteral("\\bops::%1\\b").arg(constant));
    for (auto it = files.cbegin(); it != files.cend(); ++it) {
        if (!it.key().startsWith(QLatin1String("core/replication/")) && use.match(it.value()).hasMatch()) {
            writers << it.key();
        }
    }
    QVERIFY2(!writers.isEmpty(), qPrintable(name + QStringLiteral(": no writer uses ops::") + constant));
}

void TestOpRegistry::noOpNameIsWrittenOutside()
{
    // A name exists once: no file of core/ outside replication/ spells an op's name as a string.
    const QHash<QString, QString> files = sources(QStringLiteral("core"));
    QStringList found;
    for (const OpSpec *spec : OpRegistry::all()) {
        const QString quoted = u'"' + QString(spec->name) + u'"';
        for (auto it = files.cbegin(); it != files.cend(); ++it) {
            if (!it.key().startsWith(QLatin1String("core/replication/")) && it.value().contains(quoted)) {
                found << it.key() + u' ' + quoted;
            }
        }
    }
    QVERIFY2(found.isEmpty(), qPrintable(found.join(QStringLiteral(", "))));
}

void TestOpRegistry::unknownOpIsRefusedAndNothingIsWritten()
{
    QTemporaryDir dir;
    FakeClock clock;
    auto store = openStore(dir, clock);
    MADANG_VERIFY_OK(store);
    QSqlDatabase db = store.value()->database().connection();
    {
        Transaction tx(db);
        auto queued = store.value()->outbox().enqueue(db, QStringLiteral("order.refunded"), 1, QStringLiteral("o1"),
                                                      {{QStringLiteral("n"), 1}});
        QVERIFY(!queued.ok());
        QCOMPARE(queued.error().code, ErrorCode::InvalidInput);
        QVERIFY2(queued.error().message.contains(QStringLiteral("order.refunded")), qPrintable(queued.error().message));
        MADANG_VERIFY_OK(tx.commit());
    }
    QCOMPARE(queryInt(db, QStringLiteral("SELECT count(*) FROM outbox")), 0);
}

QTEST_GUILESS_MAIN(TestOpRegistry)
#include "tst_opregistry.moc"
