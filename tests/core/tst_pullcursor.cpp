// PullCursor: read and advance in the caller's transaction; never back, never skipping, except into a new epoch.
#include "replication/pullcursor.h"
#include "storage/transaction.h"
#include "testsupport.h"

#include <QTest>

using namespace madang;
using namespace madang::test;

class TestPullCursor : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void startsEmpty();
    void advance_data();
    void advance();
    void outsideATransactionIsRefused();
    void rolledBackPageTakesTheCursor();

private:
    QSqlDatabase conn() { return m_store->database().connection(); }
    /// Advances in its own transaction, committed only if the cursor took the page.
    Status step(const QString &epoch, qint64 after, qint64 last);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<FakeClock> m_clock;
    std::unique_ptr<Store> m_store;
};

void TestPullCursor::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_clock = std::make_unique<FakeClock>();
    auto store = openStore(*m_dir, *m_clock);
    MADANG_VERIFY_OK(store);
    m_store = std::move(store).value();
}

void TestPullCursor::cleanup()
{
    m_store.reset();
    m_clock.reset();
    m_dir.reset();
}

Status TestPullCursor::step(const QString &epoch, qint64 after, qint64 last)
{
    QSqlDatabase db = conn();
    Transaction tx(db);
    if (auto moved = PullCursor(*m_clock).advance(db, epoch, after, last); !moved) {
        return moved;
    }
    return tx.commit();
}

void TestPullCursor::startsEmpty()
{
    auto at = PullCursor::read(conn());
    MADANG_VERIFY_OK(at);
    QVERIFY(at->epoch.isEmpty());
    QCOMPARE(at->lastSeq, 0);
    QVERIFY(at->updatedAt.isEmpty());
}

void TestPullCursor::advance_data()
{
    // From epoch "e1" at 10, a page (epoch, after, last): taken, and where the cursor is then.
    QTest::addColumn<QString>("epoch");
    QTest::addColumn<qint64>("after");
    QTest::addColumn<qint64>("last");
    QTest::addColumn<bool>("taken");
    QTest::addColumn<qint64>("expectedSeq");
    QTest::newRow("next page") << QStringLiteral("e1") << qint64(10) << qint64(25) << true << qint64(25);
    QTest::newRow("empty page") << QStringLiteral("e1") << qint64(10) << qint64(10) << true << qint64(10);
    QTest::newRow("goes back") << QStringLiteral("e1") << qint64(5) << qint64(12) << false << qint64(10);
    QTest::newRow("page replayed") << QStringLiteral("e1") << qint64(0) << qint64(10) << false << qint64(10);
    QTest::newRow("skips ahead") << QStringLiteral("e1") << qint64(11) << qint64(20) << false << qint64(10);
    QTest::newRow("ends before it starts") << QStringLiteral("e1") << qint64(10) << qint64(9) << false << qint64(10);
    QTest::newRow("new epoch from its start") << QStringLiteral("e2") << qint64(0) << qint64(3) << true << qint64(3);
    QTest::newRow("new epoch, lower seq than before")
        << QStringLiteral("e2") << qint64(0) << qint64(0) << true << qint64(0);
    QTest::newRow("new epoch not from its start")
        << QStringLiteral("e2") << qint64(10) << qint64(30) << false << qint64(10);
    QTest::newRow("no epoch") << QString() << qint64(10) << qint64(30) << false << qint64(10);
}

void TestPullCursor::advance()
{
    QFETCH(QString, epoch);
    QFETCH(qint64, after);
    QFETCH(qint64, last);
    QFETCH(bool, taken);
    QFETCH(qint64, expectedSeq);
    MADANG_VERIFY_OK(step(QStringLiteral("e1"), 0, 4));
    MADANG_VERIFY_OK(step(QStringLiteral("e1"), 4, 10));
    m_clock->advance(60'000);
    const Status moved = step(epoch, after, last);
    QCOMPARE(moved.ok(), taken);
    if (!taken) {
        QCOMPARE(moved.error().code, ErrorCode::InvalidInput);
    }
    auto at = PullCursor::read(conn());
    MADANG_VERIFY_OK(at);
    QCOMPARE(at->lastSeq, expectedSeq);
    QCOMPARE(at->epoch, taken ? epoch : QStringLiteral("e1"));
    QCOMPARE(at->updatedAt,
             taken ? QStringLiteral("2025-03-14T09:31:00.000+09:00") : QStringLiteral("2025-03-14T09:30:00.000+09:00"));
    QCOMPARE(queryInt(conn(), QStringLiteral("SELECT count(*) FROM sync_cursor")), 1);
}

void TestPullCursor::outsideATransactionIsRefused()
{
    QSqlDatabase db = conn();
    const Status moved = PullCursor(*m_clock).advance(db, QStringLiteral("e1"), 0, 5);
    QVERIFY(!moved.ok());
    QCOMPARE(moved.error().code, ErrorCode::Storage);
    QCOMPARE(queryInt(db, QStringLiteral("SELECT count(*) FROM sync_cursor")), 0);
}

void TestPullCursor::rolledBackPageTakesTheCursor()
{
    QSqlDatabase db = conn();
    {
        Transaction tx(db);
        MADANG_VERIFY_OK(PullCursor(*m_clock).advance(db, QStringLiteral("e1"), 0, 7));
        QCOMPARE(PullCursor::read(db)->lastSeq, 7); // seen inside the transaction
        // the page's rows fail to apply: no commit
    }
    auto at = PullCursor::read(db);
    MADANG_VERIFY_OK(at);
    QCOMPARE(at->lastSeq, 0);
    QVERIFY(at->epoch.isEmpty());
}

QTEST_GUILESS_MAIN(TestPullCursor)
#include "tst_pullcursor.moc"
