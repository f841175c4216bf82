// Outbox: ops only inside the domain transaction, atomic with the domain row; only registered ops; nothing while
// replaying; pending() and pendingCount(); migration 018 keeps every op and its seq. The push side: tst_outboxpush.
#include "base/uuid7.h"
#include "catalog/catalogrepository.h"
#include "fakeclock.h"
#include "replication/outbox.h"
#include "storage/database.h"
#include "storage/migrator.h"
#include "storage/transaction.h"
#include "testsupport.h"
#include "workflows/store.h"

#include <QJsonArray>
#include <QTemporaryDir>
#include <QTest>
#include <algorithm>

using namespace madang;
using namespace madang::test;

class TestOutbox : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void enqueueOutsideTransactionIsRefused();
    void enqueueWritesTheOp();
    void domainWriteAndOpCommitTogether_data();
    void domainWriteAndOpCommitTogether();
    void rolledBackTransactionTakesTheOp();
    void pendingInOrder();
    void pendingSkipsSentAndFailed();
    void pendingLimit();
    void unregisteredOpIsRefused_data();
    void unregisteredOpIsRefused();
    void replayingWritesNothing();
    void migration018KeepsEveryOpAndItsSeq();

private:
    QSqlDatabase conn() { return m_store->database().connection(); }
    qint64 outboxRows() { return queryInt(conn(), QStringLiteral("SELECT count(*) FROM outbox")); }

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<FakeClock> m_clock;
    std::unique_ptr<Store> m_store;
};

void TestOutbox::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_clock = std::make_unique<FakeClock>();
    auto store = openStore(*m_dir, *m_clock);
    MADANG_VERIFY_OK(store);
    m_store = std::move(store).value();
}

void TestOutbox::cleanup()
{
    m_store.reset();
    m_clock.reset();
    m_dir.reset();
}

void TestOutbox::enqueueOutsideTransactionIsRefused()
{
    QSqlDatabase db = conn();
    auto op = m_store->outbox().enqueue(db, QStringLiteral("shift.cash_moved"), 1, QStringLiteral("e1"), {});
    QVERIFY(!op.ok());
    QCOMPARE(op.error().code, ErrorCode::Storage);
    QVERIFY2(op.error().message.contains(QStringLiteral("transaction")), qPrintable(op.error().message));
    QCOMPARE(outboxRows(), 0);
}

void TestOutbox::enqueueWritesTheOp()
{
    QSqlDatabase db = conn();
    const QJsonObject payload{{QStringLiteral("name"), QStringLiteral("김치찌개")},
                              {QStringLiteral("price_minor"), 9000},
                              {QStringLiteral("tags"), QJsonArray{QStringLiteral("spicy")}}};
    QString opId;
    {
        Transaction tx(db);
        auto op =
            m_store->outbox().enqueue(db, QStringLiteral("catalog.item.created"), 1, QStringLiteral("item-1"), payload);
        MADANG_VERIFY_OK(op);
        opId = op.value();
        MADANG_VERIFY_OK(tx.commit());
    }
    QCOMPARE(Uuid7Generator::timestampMs(QUuid(opId)), m_clock->nowMs());
    auto pending = Outbox::pending(db);
    MADANG_VERIFY_OK(pending);
    QCOMPARE(pending->size(), 1);
    const OutboxOp &op = pending->at(0);
    QVERIFY(op.seq > 0);
    QCOMPARE(op.opId, opId);
    QCOMPARE(op.op, QStringLiteral("catalog.item.created"));
    QCOMPARE(op.version, 1);
    QCOMPARE(op.entityId, QStringLiteral("item-1"));
    QCOMPARE(op.payload, payload);
    QCOMPARE(op.state, QStringLiteral("pending"));
    QCOMPARE(op.createdAt, QStringLiteral("2025-03-14T09:30:00.000+09:00"));
}

void TestOutbox::domainWriteAndOpCommitTogether_data()
{
    QTest::addColumn<bool>("outboxFails");
    QTest::newRow("outbox insert fails: neither row") << true;
    QTest::newRow("no fault: both rows") << false;
}

void TestOutbox::domainWriteAndOpCommitTogether()
{
    QFETCH(bool, outboxFails);
    if (outboxFails) {
        QVERIFY(execSql(conn(), QStringLiteral("CREATE TRIGGER t BEFORE INSERT ON outbox BEGIN "
                                               "SELECT RAISE(ABORT, 'boom'); END")));
    }
    auto saved = m_store->catalog().save(
        makeItem(QStringLiteral("M-KIMCHI"), QStringLiteral("김치찌개"), 9000, QStringLiteral("식사")));
    const qint64 items = queryInt(conn(), QStringLiteral("SELECT count(*) FROM items"));
    const qint64 categories = queryInt(conn(), QStringLiteral("SELECT count(*) FROM categories"));
    const qint64 indexed = queryInt(conn(), QStringLiteral("SELECT count(*) FROM search.item_search"));
    if (outboxFails) {
        QVERIFY(!saved.ok());
        QVERIFY2(saved.error().message.contains(QStringLiteral("boom")), qPrintable(saved.error().message));
        QCOMPARE(items, 0);
        QCOMPARE(categories, 0); // the category made for the item went with it
        QCOMPARE(indexed, 0);
        QCOMPARE(outboxRows(), 0);
        QVERIFY(!Transaction::inProgress(conn()));
        // With the fault gone the same save works: nothing half-written is in the way.
        QVERIFY(execSql(conn(), QStringLiteral("DROP TRIGGER t")));
        MADANG_VERIFY_OK(m_store->catalog().save(
            makeItem(QStringLiteral("M-KIMCHI"), QStringLiteral("김치찌개"), 9000, QStringLiteral("식사"))));
        QCOMPARE(queryInt(conn(), QStringLiteral("SELECT count(*) FROM items")), 1);
    } else {
        MADANG_VERIFY_OK(saved);
        QCOMPARE(items, 1);
        QCOMPARE(categories, 1);
        QCOMPARE(indexed, 1);
        QCOMPARE(outboxRows(), 2); // category created, item created
        QCOMPARE(queryString(conn(), QStringLiteral("SELECT entity_id FROM outbox WHERE op = 'catalog.item.created'")),
                 saved->id);
    }
}

void TestOutbox::rolledBackTransactionTakesTheOp()
{
    QSqlDatabase db = conn();
    {
        Transaction tx(db);
        MADANG_VERIFY_OK(
            m_store->outbox().enqueue(db, QStringLiteral("shift.cash_moved"), 1, QStringLiteral("e1"), {}));
        QCOMPARE(outboxRows(), 1);
    }
    QCOMPARE(outboxRows(), 0);
    auto count = Outbox::pendingCount(db);
    MADANG_VERIFY_OK(count);
    QCOMPARE(count.value(), 0);
}

void TestOutbox::pendingInOrder()
{
    QSqlDatabase db = conn();
    QStringList ids;
    for (int i = 0; i < 5; ++i) {
        Transaction tx(db);
        auto op = m_store->outbox().enqueue(db, QStringLiteral("shift.cash_moved"), 1, QStringLiteral("e%1").arg(i),
                                            {{QStringLiteral("n"), i}});
        MADANG_VERIFY_OK(op);
        ids << op.value();
        MADANG_VERIFY_OK(tx.commit());
        m_clock->advance(-1000); // even with the clock going back, the queue keeps insertion order
    }
    auto pending = Outbox::pending(db);
    MADANG_VERIFY_OK(pending);
    QCOMPARE(pending->size(), 5);
    for (int i = 0; i < 5; ++i) {
        QCOMPARE(pending->at(i).opId, ids.at(i));
        QCOMPARE(pending->at(i).payload.value(QStringLiteral("n")).toInt(), i);
        if (i > 0) {
            QVERIFY(pending->at(i).seq > pending->at(i - 1).seq);
            QVERIFY2(pending->at(i).opId > pending->at(i - 1).opId, "op ids increase even when the clock goes back");
        }
    }
    auto count = Outbox::pendingCount(db);
    MADANG_VERIFY_OK(count);
    QCOMPARE(count.value(), 5);
}

void TestOutbox::pendingSkipsSentAndFailed()
{
    QSqlDatabase db = conn();
    {
        Transaction tx(db);
        for (int i = 0; i < 4; ++i) {
            MADANG_VERIFY_OK(
                m_store->outbox().enqueue(db, QStringLiteral("shift.cash_moved"), 1, QStringLiteral("e%1").arg(i), {}));
        }
        MADANG_VERIFY_OK(tx.commit());
    }
    QVERIFY(execSql(db, QStringLiteral("UPDATE outbox SET state = 'sent' WHERE entity_id = 'e0'")));
    QVERIFY(execSql(db, QStringLiteral("UPDATE outbox SET state = 'failed' WHERE entity_id = 'e2'")));
    auto pending = Outbox::pending(db);
    MADANG_VERIFY_OK(pending);
    QCOMPARE(pending->size(), 2);
    QCOMPARE(pending->at(0).entityId, QStringLiteral("e1"));
    QCOMPARE(pending->at(1).entityId, QStringLiteral("e3"));
    auto count = Outbox::pendingCount(db);
    MADANG_VERIFY_OK(count);
    QCOMPARE(count.value(), 2);
}

void TestOutbox::pendingLimit()
{
    QSqlDatabase db = conn();
    {
        Transaction tx(db);
        for (int i = 0; i < 150; ++i) {
            MADANG_VERIFY_OK(
                m_store->outbox().enqueue(db, QStringLiteral("shift.cash_moved"), 1, QStringLiteral("e%1").arg(i), {}));
        }
        MADANG_VERIFY_OK(tx.commit());
    }
    auto firstPage = Outbox::pending(db);
    MADANG_VERIFY_OK(firstPage);
    QCOMPARE(firstPage->size(), 100); // default page
    QCOMPARE(firstPage->constFirst().entityId, QStringLiteral("e0"));
    auto small = Outbox::pending(db, 7);
    MADANG_VERIFY_OK(small);
    QCOMPARE(small->size(), 7);
    QCOMPARE(small->constLast().entityId, QStringLiteral("e6"));
    auto count = Outbox::pendingCount(db);
    MADANG_VERIFY_OK(count);
    QCOMPARE(count.value(), 150);
}

void TestOutbox::unregisteredOpIsRefused_data()
{
    QTest::addColumn<QString>("op");
    QTest::addColumn<int>("version");
    QTest::newRow("unknown name") << QStringLiteral("test.op") << 1;
    QTest::newRow("near miss") << QStringLiteral("order.finalised") << 1;
    QTest::newRow("known name, version no longer written") << QStringLiteral("order.finalized") << 1;
    QTest::newRow("known name, next version") << QStringLiteral("catalog.item.created") << 2;
    QTest::newRow("version 0") << QStringLiteral("catalog.item.created") << 0;
    QTest::newRow("empty name") << QString() << 1;
    QTest::newRow("case differs") << QStringLiteral("Order.Finalized") << 1;
}

void TestOutbox::unregisteredOpIsRefused()
{
    QFETCH(QString, op);
    QFETCH(int, version);
    QSqlDatabase db = conn();
    {
        Transaction tx(db);
        auto queued = m_store->outbox().enqueue(db, op, version, QStringLiteral("e1"), {{QStringLiteral("n"), 1}});
        QVERIFY(!queued.ok());
        QCOMPARE(queued.error().code, ErrorCode::InvalidInput);
        QVERIFY2(queued.error().message.contains(QStringLiteral("nothing was queued")),
                 qPrintable(queued.error().message));
        QVERIFY2(!queued.error().message.contains(u'\n'), "one line");
        auto json = m_store->outbox().enqueueJson(db, op, version, QStringLiteral("e1"), QByteArrayLiteral("{}"));
        QVERIFY(!json.ok());
        QCOMPARE(json.error().code, ErrorCode::InvalidInput);
        OutboxStatements statements(sqliteHandle(db));
        auto prepared =
            m_store->outbox().enqueueJson(db, statements, op, version, QStringLiteral("e1"), QByteArrayLiteral("{}"));
        QVERIFY(!prepared.ok());
        QCOMPARE(prepared.error().code, ErrorCode::InvalidInput);
        // An OpSpec made up on the spot is not in the registry either.
        const OpSpec madeUp{QLatin1String("made.up"), 1, QLatin1String("sales"), OpDirection::Push};
        QCOMPARE(m_store->outbox().enqueue(db, madeUp, QStringLiteral("e1"), {}).error().code, ErrorCode::InvalidInput);
        MADANG_VERIFY_OK(tx.commit());
    }
    QCOMPARE(outboxRows(), 0);
}

void TestOutbox::replayingWritesNothing()
{
    QSqlDatabase db = conn();
    {
        Transaction tx(db);
        {
            Outbox::Replaying replaying(db);
            QVERIFY(Outbox::Replaying::active(db));
            auto op = m_store->outbox().enqueue(db, ops::CustomerCreated, QStringLiteral("c1"), {});
            MADANG_VERIFY_OK(op);
            QVERIFY(op->isEmpty());
            {
                Outbox::Replaying nested(db);
                auto again = m_store->outbox().enqueue(db, ops::CustomerUpdated, QStringLiteral("c1"), {});
                MADANG_VERIFY_OK(again);
                QVERIFY(again->isEmpty());
            }
            QVERIFY(Outbox::Replaying::active(db)); // the outer scope still holds
            // Still only registered ops: replaying does not hide a wrong name.
            QCOMPARE(m_store->outbox().enqueue(db, QStringLiteral("test.op"), 1, {}, {}).error().code,
                     ErrorCode::InvalidInput);
            QCOMPARE(outboxRows(), 0);
        }
        QVERIFY(!Outbox::Replaying::active(db));
        auto op = m_store->outbox().enqueue(db, ops::CustomerCreated, QStringLiteral("c2"), {});
        MADANG_VERIFY_OK(op);
        QVERIFY(!op->isEmpty());
        MADANG_VERIFY_OK(tx.commit());
    }
    QCOMPARE(outboxRows(), 1);
    QCOMPARE(queryString(conn(), QStringLiteral("SELECT entity_id FROM outbox")), QStringLiteral("c2"));
}

void TestOutbox::migration018KeepsEveryOpAndItsSeq()
{
    m_store.reset();
    QList<Migration> upTo17 = Migrator::builtin();
    upTo17.erase(std::remove_if(upTo17.begin(), upTo17.end(), [](const Migration &m) { return m.version > 17; }),
                 upTo17.end());
    const QString path = m_dir->filePath(QStringLiteral("old.db"));
    auto old = Database::open(path, Database::Mode::ReadWrite, upTo17);
    MADANG_VERIFY_OK(old);
    QSqlDatabase c = old.value()->connection();
    QCOMPARE(old.value()->schemaVersion(), 17);
    // Seqs with a gap (an op rolled back while a later one committed is not possible, but a copied file may
    // have anything), each state, an error, a payload with Hangul.
    QVERIFY(execSql(
        c, QStringLiteral("INSERT INTO outbox (seq, op_id, op, op_version, entity_id, payload, created_at, state, "
                          "attempts, last_error) VALUES "
                          "(1, 'a', 'order.finalized', 1, 'o1', '{\"n\":1}', 't1', 'sent', 0, NULL), "
                          "(2, 'b', 'customer.created', 1, 'c1', '{\"name\":\"김민지\"}', 't2', 'pending', 3, "
                          "'HTTP 503'), "
                          "(7, 'c', 'booking.created', 1, 'b1', '{}', 't3', 'failed', 1, 'HTTP 409')")));
    const QString rowsSql = QStringLiteral(
        "SELECT group_concat(r, '|') FROM (SELECT seq || ',' || op_id || ',' || op || ',' || op_version || ',' || "
        "entity_id || ',' || payload || ',' || created_at || ',' || state || ',' || attempts || ',' || "
        "coalesce(last_error, '-') AS r FROM outbox ORDER BY seq)");
    const QString before = queryString(c, rowsSql);
    QVERIFY(queryString(c, QStringLiteral("SELECT sql FROM sqlite_schema WHERE name = 'outbox'"))
                .contains(QStringLiteral("AUTOINCREMENT")));

    MADANG_VERIFY_OK(Migrator::migrate(c, Migrator::builtin()));
    QCOMPARE(old.value()->schemaVersion(), Migrator::latestVersion(Migrator::builtin()));
    QCOMPARE(queryString(c, rowsSql), before);
    QVERIFY(!queryString(c, QStringLiteral("SELECT sql FROM sqlite_schema WHERE name = 'outbox'"))
                 .contains(QStringLiteral("AUTOINCREMENT")));
    QCOMPARE(queryInt(c, QStringLiteral("SELECT count(*) FROM sqlite_schema WHERE name = 'outbox_pending'")), 1);
    QCOMPARE(queryInt(c, QStringLiteral("SELECT count(*) FROM sqlite_sequence WHERE name = 'outbox'")), 0);
    QCOMPARE(queryInt(c, QStringLiteral("SELECT count(*) FROM sync_cursor")), 0);
    // The next op takes the next seq, after the largest kept one.
    FakeClock clock;
    Uuid7Generator ids(clock);
    Outbox outbox(clock, ids);
    {
        Transaction tx(c);
        MADANG_VERIFY_OK(outbox.enqueue(c, ops::ShiftOpened, QStringLiteral("s1"), {}));
        MADANG_VERIFY_OK(tx.commit());
    }
    QCOMPARE(queryInt(c, QStringLiteral("SELECT max(seq) FROM outbox")), 8);
    QCOMPARE(queryInt(c, QStringLiteral("SELECT count(*) FROM sqlite_sequence WHERE name = 'outbox'")), 0);
}

QTEST_GUILESS_MAIN(TestOutbox)
#include "tst_outbox.moc"
