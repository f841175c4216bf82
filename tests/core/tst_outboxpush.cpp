// Outbox, the push side: markSent() and markFailed() take ops out of the queue or keep them for a retry, and an
// op that refers to its journal entry is read back whole by pending(), or refused if the entry is not there.
#include "replication/outbox.h"
#include "storage/transaction.h"
#include "testsupport.h"

#include <QTest>

using namespace madang;
using namespace madang::test;

class TestOutboxPush : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void markSentLeavesTheQueue();
    void markSentIsAllOrNothing();
    void markFailed_data();
    void markFailed();
    void journalReferenceWithoutItsEntryIsAnError();

private:
    /// Queues n ops (entity ids e0, e1...) in one transaction; returns their op ids.
    QStringList queue(int n);
    QSqlDatabase conn() { return m_store->database().connection(); }
    qint64 outboxRows() { return queryInt(conn(), QStringLiteral("SELECT count(*) FROM outbox")); }

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<FakeClock> m_clock;
    std::unique_ptr<Store> m_store;
};

void TestOutboxPush::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_clock = std::make_unique<FakeClock>();
    auto store = openStore(*m_dir, *m_clock);
    MADANG_VERIFY_OK(store);
    m_store = std::move(store).value();
}

void TestOutboxPush::cleanup()
{
    m_store.reset();
    m_clock.reset();
    m_dir.reset();
}

QStringList TestOutboxPush::queue(int n)
{
    QSqlDatabase db = conn();
    Transaction tx(db);
    QStringList ids;
    for (int i = 0; i < n; ++i) {
        auto op = m_store->outbox().enqueue(db, ops::ShiftCashMoved, QStringLiteral("e%1").arg(i), {});
        if (!op) {
            qWarning() << op.error().message;
            return {};
        }
        ids << op.value();
    }
    if (!tx.commit()) {
        return {};
    }
    return ids;
}

void TestOutboxPush::markSentLeavesTheQueue()
{
    const QStringList ids = queue(4);
    QCOMPARE(ids.size(), 4);
    MADANG_VERIFY_OK(Outbox::markSent(conn(), {ids.at(0), ids.at(2)}));
    auto pending = Outbox::pending(conn());
    MADANG_VERIFY_OK(pending);
    QCOMPARE(pending->size(), 2);
    QCOMPARE(pending->at(0).opId, ids.at(1)); // oldest first
    QCOMPARE(pending->at(1).opId, ids.at(3));
    QCOMPARE(Outbox::pendingCount(conn()).value(), 2);
    QCOMPARE(queryInt(conn(), QStringLiteral("SELECT count(*) FROM outbox WHERE state = 'sent'")), 2);
    // Marking a sent op again is harmless (a repeated acknowledgement).
    MADANG_VERIFY_OK(Outbox::markSent(conn(), {ids.at(0)}));
    MADANG_VERIFY_OK(Outbox::markSent(conn(), {}));
    QCOMPARE(outboxRows(), 4); // nothing is deleted
}

void TestOutboxPush::markSentIsAllOrNothing()
{
    const QStringList ids = queue(3);
    QCOMPARE(ids.size(), 3);
    const Status marked = Outbox::markSent(conn(), {ids.at(0), QStringLiteral("no-such-op"), ids.at(2)});
    QVERIFY(!marked.ok());
    QCOMPARE(marked.error().code, ErrorCode::NotFound);
    QVERIFY2(marked.error().message.contains(QStringLiteral("no-such-op")), qPrintable(marked.error().message));
    QCOMPARE(Outbox::pendingCount(conn()).value(), 3);
    QVERIFY(!Transaction::inProgress(conn()));
}

void TestOutboxPush::markFailed_data()
{
    QTest::addColumn<int>("failure");
    QTest::addColumn<QString>("state");
    QTest::addColumn<int>("pendingAfter");
    QTest::newRow("retry: stays in the queue") << int(Outbox::Failure::Retry) << QStringLiteral("pending") << 2;
    QTest::newRow("refused: leaves the queue") << int(Outbox::Failure::Refused) << QStringLiteral("failed") << 1;
}

void TestOutboxPush::markFailed()
{
    QFETCH(int, failure);
    QFETCH(QString, state);
    QFETCH(int, pendingAfter);
    const QStringList ids = queue(2);
    QCOMPARE(ids.size(), 2);
    const auto how = static_cast<Outbox::Failure>(failure);
    MADANG_VERIFY_OK(Outbox::markFailed(conn(), ids.at(0), QStringLiteral("HTTP 503"), how));
    MADANG_VERIFY_OK(Outbox::markFailed(conn(), ids.at(0), QStringLiteral("HTTP 409: reused id"), how));
    const QString where = QStringLiteral(" FROM outbox WHERE op_id = '%1'").arg(ids.at(0));
    QCOMPARE(queryInt(conn(), QStringLiteral("SELECT attempts") + where), 2);
    QCOMPARE(queryString(conn(), QStringLiteral("SELECT last_error") + where), QStringLiteral("HTTP 409: reused id"));
    QCOMPARE(queryString(conn(), QStringLiteral("SELECT state") + where), state);
    auto pending = Outbox::pending(conn());
    MADANG_VERIFY_OK(pending);
    QCOMPARE(pending->size(), pendingAfter);
    QCOMPARE(Outbox::refusedCount(conn()).value(), qint64(2 - pendingAfter));
    if (pendingAfter == 2) {
        QCOMPARE(pending->at(0).opId, ids.at(0)); // a retried op keeps its place
        QCOMPARE(pending->at(0).attempts, 2);
        QCOMPARE(pending->at(0).lastError, QStringLiteral("HTTP 409: reused id"));
    } else {
        QCOMPARE(pending->at(0).opId, ids.at(1));
    }
    QCOMPARE(pending->constLast().attempts, 0);
    QCOMPARE(Outbox::markFailed(conn(), QStringLiteral("no-such-op"), QStringLiteral("x")).error().code,
             ErrorCode::NotFound);
    MADANG_VERIFY_OK(Outbox::markSent(conn(), {ids.at(1)}));
    QCOMPARE(Outbox::markFailed(conn(), ids.at(1), QStringLiteral("late")).error().code, ErrorCode::NotFound);
    QCOMPARE(queryInt(conn(), QStringLiteral("SELECT attempts FROM outbox WHERE op_id = '%1'").arg(ids.at(1))), 0);
}

void TestOutboxPush::journalReferenceWithoutItsEntryIsAnError()
{
    // order.finalized v2 refers to its journal entry; an entry that is not there (or not with that hash) means
    // the journal was tampered with, and the queue says so instead of sending half a sale.
    QSqlDatabase db = conn();
    {
        Transaction tx(db);
        MADANG_VERIFY_OK(m_store->outbox().enqueueJson(db, ops::OrderFinalized, QStringLiteral("o1"),
                                                       Outbox::journalReference(42, QStringLiteral("ab12"))));
        MADANG_VERIFY_OK(tx.commit());
    }
    QCOMPARE(queryString(db, QStringLiteral("SELECT payload FROM outbox")),
             QStringLiteral("{\"entry_hash\":\"ab12\",\"journal_seq\":42}"));
    auto pending = Outbox::pending(db);
    QVERIFY(!pending.ok());
    QCOMPARE(pending.error().code, ErrorCode::Storage);
    QVERIFY2(pending.error().message.contains(QStringLiteral("journal entry 42")), qPrintable(pending.error().message));
}

QTEST_GUILESS_MAIN(TestOutboxPush)
#include "tst_outboxpush.moc"
