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
    /// Queues n ops (entity ids e0, e1...) in one transaction; returns them as the outbox holds them.
    QList<OutboxOp> queue(int n);
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

QList<OutboxOp> TestOutboxPush::queue(int n)
{
    QSqlDatabase db = conn();
    Transaction tx(db);
    for (int i = 0; i < n; ++i) {
        auto op = m_store->outbox().enqueue(db, ops::ShiftCashMoved, QStringLiteral("e%1").arg(i), {});
        if (!op) {
            qWarning() << op.error().message;
            return {};
        }
    }
    if (!tx.commit()) {
        return {};
    }
    auto queued = Outbox::pending(db);
    return queued ? queued.value() : QList<OutboxOp>{};
}

namespace {
/// An op the outbox does not hold: its seq is past the end, and its op id is made up.
OutboxOp unknownOp()
{
    OutboxOp op;
    op.seq = 1000000;
    op.opId = QStringLiteral("no-such-op");
    return op;
}
} // namespace

void TestOutboxPush::markSentLeavesTheQueue()
{
    const QList<OutboxOp> ops = queue(4);
    QCOMPARE(ops.size(), 4);
    MADANG_VERIFY_OK(Outbox::markSent(conn(), {ops.at(0), ops.at(2)}));
    auto pending = Outbox::pending(conn());
    MADANG_VERIFY_OK(pending);
    QCOMPARE(pending->size(), 2);
    QCOMPARE(pending->at(0).opId, ops.at(1).opId); // oldest first
    QCOMPARE(pending->at(1).opId, ops.at(3).opId);
    QCOMPARE(Outbox::pendingCount(conn()).value(), 2);
    QCOMPARE(queryInt(conn(), QStringLiteral("SELECT count(*) FROM outbox WHERE state = 'sent'")), 2);
    // Marking a sent op again is harmless (a repeated acknowledgement).
    MADANG_VERIFY_OK(Outbox::markSent(conn(), {ops.at(0)}));
    MADANG_VERIFY_OK(Outbox::markSent(conn(), {}));
    QCOMPARE(outboxRows(), 4); // nothing is deleted
}

void TestOutboxPush::markSentIsAllOrNothing()
{
    const QList<OutboxOp> ops = queue(3);
    QCOMPARE(ops.size(), 3);
    OutboxOp otherId = ops.at(1); // its seq, but another op id: not the same op
    otherId.opId = QStringLiteral("other-op");
    for (const OutboxOp &wrong : {unknownOp(), otherId}) {
        const Status marked = Outbox::markSent(conn(), {ops.at(0), wrong, ops.at(2)});
        QVERIFY(!marked.ok());
        QCOMPARE(marked.error().code, ErrorCode::NotFound);
        QVERIFY2(marked.error().message.contains(wrong.opId), qPrintable(marked.error().message));
    }
    const Status marked = Outbox::markSent(conn(), {ops.at(0), unknownOp(), ops.at(2)});
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
    const QList<OutboxOp> ops = queue(2);
    QCOMPARE(ops.size(), 2);
    const auto how = static_cast<Outbox::Failure>(failure);
    MADANG_VERIFY_OK(Outbox::markFailed(conn(), ops.at(0), QStringLiteral("HTTP 503"), how));
    MADANG_VERIFY_OK(Outbox::markFailed(conn(), ops.at(0), QStringLiteral("HTTP 409: reused id"), how));
    const QString where = QStringLiteral(" FROM outbox WHERE op_id = '%1'").arg(ops.at(0).opId);
    QCOMPARE(queryInt(conn(), QStringLiteral("SELECT attempts") + where), 2);
    QCOMPARE(queryString(conn(), QStringLiteral("SELECT last_error") + where), QStringLiteral("HTTP 409: reused id"));
    QCOMPARE(queryString(conn(), QStringLiteral("SELECT state") + where), state);
    auto pending = Outbox::pending(conn());
    MADANG_VERIFY_OK(pending);
    QCOMPARE(pending->size(), pendingAfter);
    QCOMPARE(Outbox::refusedCount(conn()).value(), qint64(2 - pendingAfter));
    if (pendingAfter == 2) {
        QCOMPARE(pending->at(0).opId, ops.at(0).opId); // a retried op keeps its place
        QCOMPARE(pending->at(0).attempts, 2);
        QCOMPARE(pending->at(0).lastError, QStringLiteral("HTTP 409: reused id"));
    } else {
        QCOMPARE(pending->at(0).opId, ops.at(1).opId);
    }
    QCOMPARE(pending->constLast().attempts, 0);
    QCOMPARE(Outbox::markFailed(conn(), unknownOp(), QStringLiteral("x")).error().code, ErrorCode::NotFound);
    MADANG_VERIFY_OK(Outbox::markSent(conn(), {ops.at(1)}));
    QCOMPARE(Outbox::markFailed(conn(), ops.at(1), QStringLiteral("late")).error().code, ErrorCode::NotFound);
    QCOMPARE(queryInt(conn(), QStringLiteral("SELECT attempts FROM outbox WHERE op_id = '%1'").arg(ops.at(1).opId)), 0);
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
