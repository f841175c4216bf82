// PrintQueue jobs: order, backoff on the clock, the fallback after three failures, the failed list, retry and
// cancel, jobs inside a sale's transaction, and jobs surviving a reopen. Printers: tst_printqueueprinters.
#include "printqueuefixture.h"
#include "storage/transaction.h"
#include "testsupport.h"

#include <QTest>

using namespace madang;
using namespace madang::test;

class TestPrintQueue : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void jobsPrintInOrder();
    void enqueueChecks();
    void enqueueJoinsTheCallersTransaction();
    void backoffDelays_data();
    void backoffDelays();
    void failedAttemptsBackOffOnTheClock();
    void thirdFailureWithoutFallbackFails();
    void thirdFailureMovesTheQueueToTheFallback();
    void disabledFallbackTakesNothing();
    void retryAndCancel();
    void dueJobsSkipsDisabledAndBackingOffPrinters();
    void jobsSurviveAReopen();
    void purgeFinished();

private:
    PrintQueue &q() { return *m_f->queue; }

    std::unique_ptr<PrintQueueFixture> m_f;
};

void TestPrintQueue::init()
{
    m_f = std::make_unique<PrintQueueFixture>();
    QVERIFY2(m_f->openError.isEmpty(), qPrintable(m_f->openError));
}

void TestPrintQueue::cleanup()
{
    m_f.reset();
}

void TestPrintQueue::jobsPrintInOrder()
{
    const QString p = m_f->addPrinter(QStringLiteral("Counter"));
    const QString first = m_f->enqueue(p, "one");
    const QString second = m_f->enqueue(p, "two");
    auto next = q().nextDue(p);
    MADANG_VERIFY_OK(next);
    QVERIFY(next->has_value());
    QCOMPARE(next->value().id, first);
    QCOMPARE(next->value().payload, QByteArray("one"));
    QCOMPARE(next->value().state, QStringLiteral("queued"));
    QCOMPARE(next->value().createdAt, m_f->clock.now());
    MADANG_VERIFY_OK(q().markDone(first));
    QCOMPARE(q().nextDue(p)->value().id, second);
    MADANG_VERIFY_ERROR(q().markDone(first), ErrorCode::Conflict); // done once
    MADANG_VERIFY_OK(q().markDone(second));
    QVERIFY(!q().nextDue(p)->has_value());
    QCOMPARE(q().job(first)->state, QStringLiteral("done"));
}

void TestPrintQueue::enqueueChecks()
{
    const QString p = m_f->addPrinter(QStringLiteral("Counter"));
    MADANG_VERIFY_ERROR(q().enqueue(QStringLiteral("nope"), QStringLiteral("receipt"), {}, "x"), ErrorCode::NotFound);
    MADANG_VERIFY_ERROR(q().enqueue(p, QStringLiteral("receipt"), {}, QByteArray()), ErrorCode::InvalidInput);
    MADANG_VERIFY_ERROR(q().enqueue(p, QString(), {}, "x"), ErrorCode::InvalidInput);
}

void TestPrintQueue::enqueueJoinsTheCallersTransaction()
{
    const QString p = m_f->addPrinter(QStringLiteral("Counter"));
    QSqlDatabase db = m_f->db->connection();
    {
        Transaction sale(db);
        QVERIFY(!m_f->enqueue(p, "rolled back").isEmpty());
    } // no commit: the sale and its receipt go together
    QCOMPARE(q().queuedCount(p).value(), 0);
    {
        Transaction sale(db);
        QVERIFY(!m_f->enqueue(p, "committed").isEmpty());
        MADANG_VERIFY_OK(sale.commit());
    }
    QCOMPARE(q().queuedCount(p).value(), 1);
}

void TestPrintQueue::backoffDelays_data()
{
    QTest::addColumn<int>("attempts");
    QTest::addColumn<qint64>("ms");
    QTest::newRow("1") << 1 << qint64(5000);
    QTest::newRow("2") << 2 << qint64(15000);
    QTest::newRow("3") << 3 << qint64(45000);
    QTest::newRow("4") << 4 << qint64(135000);
    QTest::newRow("capped") << 10 << qint64(600000);
}

void TestPrintQueue::backoffDelays()
{
    QFETCH(int, attempts);
    QFETCH(qint64, ms);
    QCOMPARE(PrintQueue::backoffMs(attempts), ms);
}

void TestPrintQueue::failedAttemptsBackOffOnTheClock()
{
    const QString p = m_f->addPrinter(QStringLiteral("Counter"));
    const QString job = m_f->enqueue(p, "bytes");
    auto after = q().markFailedAttempt(job, QStringLiteral("refused"));
    MADANG_VERIFY_OK(after);
    QCOMPARE(after->attempts, 1);
    QCOMPARE(after->state, QStringLiteral("queued"));
    QCOMPARE(after->nextAttemptAt, m_f->clock.now().addSecs(5));
    QCOMPARE(after->lastError, QStringLiteral("refused"));
    QVERIFY(!q().nextDue(p)->has_value());
    m_f->clock.advance(4999);
    QVERIFY(!q().nextDue(p)->has_value());
    m_f->clock.advance(1);
    QVERIFY(q().nextDue(p)->has_value());

    after = q().markFailedAttempt(job, QStringLiteral("refused again"));
    QCOMPARE(after->attempts, 2);
    QCOMPARE(after->nextAttemptAt, m_f->clock.now().addSecs(15));
    m_f->clock.advanceSecs(14);
    QVERIFY(!q().nextDue(p)->has_value());
    m_f->clock.advanceSecs(1);
    QVERIFY(q().nextDue(p)->has_value());
}

void TestPrintQueue::thirdFailureWithoutFallbackFails()
{
    const QString p = m_f->addPrinter(QStringLiteral("Counter"));
    const QString job = m_f->enqueue(p, "bytes");
    const QString behind = m_f->enqueue(p, "next");
    for (int i = 0; i < PrintQueue::kMaxAttempts; ++i) {
        MADANG_VERIFY_OK(q().markFailedAttempt(job, QStringLiteral("Printer Counter at 10.0.0.9:9100: timed out")));
        m_f->clock.advanceSecs(60);
    }
    QCOMPARE(q().job(job)->state, QStringLiteral("failed"));
    MADANG_VERIFY_ERROR(q().markFailedAttempt(job, QStringLiteral("again")), ErrorCode::Conflict);
    auto failed = q().failedJobs();
    MADANG_VERIFY_OK(failed);
    QCOMPARE(failed->size(), 1);
    QCOMPARE(failed->first().id, job);
    QCOMPARE(failed->first().attempts, 3);
    QCOMPARE(failed->first().lastError, QStringLiteral("Printer Counter at 10.0.0.9:9100: timed out"));
    QVERIFY(failed->first().payload.isEmpty());   // lists leave the bytes out
    QCOMPARE(q().nextDue(p)->value().id, behind); // the next job gets its own attempts
}

void TestPrintQueue::thirdFailureMovesTheQueueToTheFallback()
{
    const QString spare = m_f->addPrinter(QStringLiteral("Spare"));
    const QString kitchen = m_f->addPrinter(QStringLiteral("Kitchen"), spare);
    const QString first = m_f->enqueue(kitchen, "ticket 1");
    const QString second = m_f->enqueue(kitchen, "ticket 2");
    for (int i = 0; i < 2; ++i) {
        QCOMPARE(q().markFailedAttempt(first, QStringLiteral("refused"))->printerId, kitchen);
        m_f->clock.advanceSecs(60);
    }
    auto moved = q().markFailedAttempt(first, QStringLiteral("refused"));
    MADANG_VERIFY_OK(moved);
    QCOMPARE(moved->printerId, spare);
    QCOMPARE(moved->state, QStringLiteral("queued"));
    QCOMPARE(moved->attempts, 0);
    QCOMPARE(moved->nextAttemptAt, m_f->clock.now());
    QVERIFY2(moved->lastError.contains(QStringLiteral("Kitchen")) && moved->lastError.contains(QStringLiteral("Spare")),
             qPrintable(moved->lastError));
    QCOMPARE(q().queuedCount(kitchen).value(), 0);
    QCOMPARE(q().queuedCount(spare).value(), 2); // the ticket behind it followed
    QCOMPARE(q().nextDue(spare)->value().id, first);
    MADANG_VERIFY_OK(q().markDone(first));
    QCOMPARE(q().nextDue(spare)->value().id, second);
    QCOMPARE(q().failedJobs()->size(), 0);
}

void TestPrintQueue::disabledFallbackTakesNothing()
{
    const QString spare = m_f->addPrinter(QStringLiteral("Spare"));
    const QString kitchen = m_f->addPrinter(QStringLiteral("Kitchen"), spare);
    MADANG_VERIFY_OK(q().setEnabled(spare, false));
    const QString job = m_f->enqueue(kitchen, "ticket");
    for (int i = 0; i < PrintQueue::kMaxAttempts; ++i) {
        MADANG_VERIFY_OK(q().markFailedAttempt(job, QStringLiteral("refused")));
    }
    QCOMPARE(q().job(job)->state, QStringLiteral("failed"));
    QCOMPARE(q().job(job)->printerId, kitchen);
}

void TestPrintQueue::retryAndCancel()
{
    const QString p = m_f->addPrinter(QStringLiteral("Counter"));
    const QString job = m_f->enqueue(p, "bytes");
    MADANG_VERIFY_ERROR(q().retry(job), ErrorCode::Conflict); // only failed jobs
    for (int i = 0; i < PrintQueue::kMaxAttempts; ++i) {
        MADANG_VERIFY_OK(q().markFailedAttempt(job, QStringLiteral("paper out")));
    }
    m_f->clock.advanceSecs(3600);
    MADANG_VERIFY_OK(q().retry(job));
    auto again = q().nextDue(p);
    QVERIFY(again->has_value());
    QCOMPARE(again->value().attempts, 0);
    QCOMPARE(again->value().nextAttemptAt, m_f->clock.now());
    QCOMPARE(q().failedJobs()->size(), 0);

    MADANG_VERIFY_OK(q().cancel(job));
    QCOMPARE(q().job(job)->state, QStringLiteral("cancelled"));
    QVERIFY(!q().nextDue(p)->has_value());
    MADANG_VERIFY_ERROR(q().cancel(job), ErrorCode::Conflict);
    MADANG_VERIFY_ERROR(q().retry(QStringLiteral("nope")), ErrorCode::Conflict);
}

void TestPrintQueue::dueJobsSkipsDisabledAndBackingOffPrinters()
{
    const QString a = m_f->addPrinter(QStringLiteral("A counter"));
    const QString b = m_f->addPrinter(QStringLiteral("B kitchen"));
    const QString c = m_f->addPrinter(QStringLiteral("C bar"));
    const QString jobA = m_f->enqueue(a, "a");
    const QString jobB = m_f->enqueue(b, "b");
    m_f->enqueue(c, "c");
    m_f->enqueue(a, "a2");
    MADANG_VERIFY_OK(q().markFailedAttempt(jobB, QStringLiteral("refused")));
    MADANG_VERIFY_OK(q().setEnabled(c, false));
    auto due = q().dueJobs();
    MADANG_VERIFY_OK(due);
    QCOMPARE(due->size(), 1); // one head job per printer: B backs off, C is off
    QCOMPARE(due->first().id, jobA);
    m_f->clock.advanceSecs(5);
    MADANG_VERIFY_OK(q().setEnabled(c, true));
    QCOMPARE(q().dueJobs()->size(), 3);
}

void TestPrintQueue::jobsSurviveAReopen()
{
    const QString p = m_f->addPrinter(QStringLiteral("Counter"));
    const QByteArray payload = QByteArray("\x1b@receipt\x00", 10) + QByteArray("bytes\xff");
    const QString job = m_f->enqueue(p, payload);
    const QString failing = m_f->enqueue(m_f->addPrinter(QStringLiteral("Kitchen")), "ticket");
    MADANG_VERIFY_OK(q().markFailedAttempt(failing, QStringLiteral("refused")));

    m_f->reopen(); // the app closes (or the power goes)
    QVERIFY2(m_f->openError.isEmpty(), qPrintable(m_f->openError));

    auto next = q().nextDue(p);
    MADANG_VERIFY_OK(next);
    QVERIFY(next->has_value());
    QCOMPARE(next->value().id, job);
    QCOMPARE(next->value().payload, payload);
    auto kept = q().job(failing);
    QCOMPARE(kept->attempts, 1);
    QCOMPARE(kept->nextAttemptAt, m_f->clock.now().addSecs(5));
    QCOMPARE(q().listPrinters()->size(), 2);
}

void TestPrintQueue::purgeFinished()
{
    const QString p = m_f->addPrinter(QStringLiteral("Counter"));
    const QString old = m_f->enqueue(p, "old");
    MADANG_VERIFY_OK(q().markDone(old));
    m_f->clock.advanceSecs(8 * 24 * 3600);
    const QString recent = m_f->enqueue(p, "recent");
    MADANG_VERIFY_OK(q().markDone(recent));
    const QString waiting = m_f->enqueue(p, "waiting");
    auto purged = q().purgeFinished(m_f->clock.now().addDays(-7));
    MADANG_VERIFY_OK(purged);
    QCOMPARE(purged.value(), 1);
    MADANG_VERIFY_ERROR(q().job(old), ErrorCode::NotFound);
    MADANG_VERIFY_OK(q().job(recent));
    MADANG_VERIFY_OK(q().job(waiting));
}

QTEST_GUILESS_MAIN(TestPrintQueue)
#include "tst_printqueue.moc"
