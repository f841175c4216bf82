// Outbox: ops only inside the domain transaction, atomic with the domain row; pending() and pendingCount().
#include "catalog/catalogrepository.h"
#include "storage/database.h"
#include "fakeclock.h"
#include "replication/outbox.h"
#include "workflows/store.h"
#include "testsupport.h"
#include "storage/transaction.h"
#include "base/uuid7.h"

#include <QJsonArray>
#include <QTemporaryDir>
#include <QTest>

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
    auto op = m_store->outbox().enqueue(db, QStringLiteral("test.op"), 1, QStringLiteral("e1"), {});
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
            m_store->outbox().enqueue(db, QStringLiteral("catalog.item.created"), 3, QStringLiteral("item-1"), payload);
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
    QCOMPARE(op.version, 3);
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
        MADANG_VERIFY_OK(m_store->outbox().enqueue(db, QStringLiteral("test.op"), 1, QStringLiteral("e1"), {}));
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
        auto op = m_store->outbox().enqueue(db, QStringLiteral("test.op"), 1, QStringLiteral("e%1").arg(i),
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
                m_store->outbox().enqueue(db, QStringLiteral("test.op"), 1, QStringLiteral("e%1").arg(i), {}));
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
                m_store->outbox().enqueue(db, QStringLiteral("test.op"), 1, QStringLiteral("e%1").arg(i), {}));
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

QTEST_GUILESS_MAIN(TestOutbox)
#include "tst_outbox.moc"
