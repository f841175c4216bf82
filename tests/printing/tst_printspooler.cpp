// PrintSpooler: exact bytes to a loopback printer, a dead printer backing off without holding the others, the
// fallback printer taking the job after three failures, a failed job retried, and a slow printer that hangs
// while the others go on printing.
#include "escposrenderer.h"
#include "loopbackprinter.h"
#include "printqueuefixture.h"
#include "printspooler.h"
#include "receiptfixtures.h"
#include "testsupport.h"

#include <QSemaphore>
#include <QSignalSpy>
#include <QTest>

using namespace madang;
using namespace madang::test;

class TestPrintSpooler : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void printsTheExactBytes();
    void deadPrinterBacksOffWithoutBlockingOthers();
    void fallbackPrintsAfterThreeFailures();
    void failedJobIsListedThenRetried();
    void slowPrinterDoesNotHoldTheOthers();

private:
    /// drainOnce(), then a turn of this thread's event loop so that the loopback printers read.
    DrainReport drain(PrintSpooler &spooler);
    PrintQueue &q() { return *m_f->queue; }
    QString addPrinter(const QString &name, const QString &address, const QString &fallback = {})
    {
        return m_f->addPrinter(name, fallback, address);
    }

    std::unique_ptr<PrintQueueFixture> m_f;
};

void TestPrintSpooler::init()
{
    m_f = std::make_unique<PrintQueueFixture>();
    QVERIFY2(m_f->openError.isEmpty(), qPrintable(m_f->openError));
}

void TestPrintSpooler::cleanup()
{
    m_f.reset();
}

DrainReport TestPrintSpooler::drain(PrintSpooler &spooler)
{
    const DrainReport report = spooler.drainOnce();
    QCoreApplication::processEvents(); // let the loopback printers accept and read
    return report;
}

void TestPrintSpooler::printsTheExactBytes()
{
    LoopbackPrinter printer;
    const QString counter = addPrinter(QStringLiteral("Counter"), printer.address());
    const QByteArray receipt = EscPosRenderer(80).render(koreanSale()).value();
    const QByteArray duplicate = EscPosRenderer(80).render(koreanDuplicate()).value();
    const QString first = m_f->enqueue(counter, receipt);
    const QString second = m_f->enqueue(counter, duplicate);

    PrintSpooler spooler(q(), defaultTransportFactory(2000));
    QSignalSpy printed(&spooler, &PrintSpooler::jobPrinted);
    const DrainReport report = drain(spooler);
    QCOMPARE(report.printed, 2);
    QCOMPARE(report.failedAttempts, 0);
    QTRY_COMPARE(printer.jobs().size(), 2);
    QCOMPARE(printer.jobs().at(0), receipt);
    QCOMPARE(printer.jobs().at(1), duplicate);
    QCOMPARE(printed.size(), 2);
    QCOMPARE(printed.at(0).at(0).toString(), first);
    QCOMPARE(printed.at(0).at(1).toString(), QStringLiteral("Counter"));
    QCOMPARE(q().job(second)->state, QStringLiteral("done"));
    QCOMPARE(drain(spooler).printed, 0); // nothing left
}

void TestPrintSpooler::deadPrinterBacksOffWithoutBlockingOthers()
{
    LoopbackPrinter live;
    const quint16 deadPort = LoopbackPrinter::closedPort();
    const QString counter = addPrinter(QStringLiteral("Counter"), live.address());
    const QString kitchen = addPrinter(QStringLiteral("Kitchen"), QStringLiteral("127.0.0.1:%1").arg(deadPort));
    const QString ticket = m_f->enqueue(kitchen, "ticket");
    m_f->enqueue(kitchen, "ticket 2");
    m_f->enqueue(counter, "receipt 1");

    PrintSpooler spooler(q(), defaultTransportFactory(2000));
    QSignalSpy failed(&spooler, &PrintSpooler::attemptFailed);
    DrainReport report = drain(spooler);
    QCOMPARE(report.printed, 1);
    QCOMPARE(report.failedAttempts, 1);
    QTRY_COMPARE(live.jobs(), QList<QByteArray>{"receipt 1"});
    QCOMPARE(failed.size(), 1);
    QCOMPARE(failed.first().at(1).toString(), QStringLiteral("Kitchen"));
    const QString error = failed.first().at(2).toString();
    QVERIFY2(error.contains(QStringLiteral("127.0.0.1:%1").arg(deadPort)), qPrintable(error));

    auto job = q().job(ticket);
    QCOMPARE(job->attempts, 1);
    QCOMPARE(job->nextAttemptAt, m_f->clock.now().addSecs(5));

    // While the kitchen backs off, the counter prints and the kitchen is not tried again.
    m_f->enqueue(counter, "receipt 2");
    report = drain(spooler);
    QCOMPARE(report.printed, 1);
    QCOMPARE(report.failedAttempts, 0);
    QTRY_COMPARE(live.jobs().size(), 2);
    QCOMPARE(q().job(ticket)->attempts, 1);

    m_f->clock.advanceSecs(5);
    report = drain(spooler);
    QCOMPARE(report.failedAttempts, 1);
    QCOMPARE(q().job(ticket)->attempts, 2);
    QCOMPARE(q().job(ticket)->nextAttemptAt, m_f->clock.now().addSecs(15));
}

void TestPrintSpooler::fallbackPrintsAfterThreeFailures()
{
    LoopbackPrinter spare;
    const QString spareId = addPrinter(QStringLiteral("Spare"), spare.address());
    const QString kitchen = addPrinter(QStringLiteral("Kitchen"),
                                       QStringLiteral("127.0.0.1:%1").arg(LoopbackPrinter::closedPort()), spareId);
    const QByteArray ticket = EscPosRenderer(80).render(englishSale()).value();
    const QString job = m_f->enqueue(kitchen, ticket);

    PrintSpooler spooler(q(), defaultTransportFactory(2000));
    for (const int wait : {5, 15}) {
        QCOMPARE(drain(spooler).failedAttempts, 1);
        m_f->clock.advanceSecs(wait);
    }
    QCOMPARE(drain(spooler).failedAttempts, 1); // the third: the job moves to the spare
    QCOMPARE(q().job(job)->printerId, spareId);
    QVERIFY(spare.jobs().isEmpty());

    QCOMPARE(drain(spooler).printed, 1);
    QTRY_COMPARE(spare.jobs().size(), 1);
    QCOMPARE(spare.jobs().first(), ticket);
    QCOMPARE(q().job(job)->state, QStringLiteral("done"));
    QCOMPARE(q().failedJobs()->size(), 0);
}

void TestPrintSpooler::failedJobIsListedThenRetried()
{
    const quint16 port = LoopbackPrinter::closedPort();
    const QString bar = addPrinter(QStringLiteral("Bar"), QStringLiteral("127.0.0.1:%1").arg(port));
    const QString job = m_f->enqueue(bar, "order 7");
    PrintSpooler spooler(q(), defaultTransportFactory(2000));
    for (int i = 0; i < PrintQueue::kMaxAttempts; ++i) {
        QCOMPARE(drain(spooler).failedAttempts, 1);
        m_f->clock.advanceSecs(60);
    }
    auto failed = q().failedJobs();
    MADANG_VERIFY_OK(failed);
    QCOMPARE(failed->size(), 1);
    QCOMPARE(failed->first().id, job);
    QVERIFY2(failed->first().lastError.contains(QStringLiteral("Bar")), qPrintable(failed->first().lastError));
    QCOMPARE(drain(spooler).failedAttempts, 0); // failed jobs wait for a person

    // The printer is back on the same port; someone presses retry.
    LoopbackPrinter back(port);
    if (!back.listening()) {
        QSKIP("another program took the freed port");
    }
    MADANG_VERIFY_OK(q().retry(job));
    QCOMPARE(drain(spooler).printed, 1);
    QTRY_COMPARE(back.jobs(), QList<QByteArray>{"order 7"});
    QCOMPARE(q().failedJobs()->size(), 0);
}

void TestPrintSpooler::slowPrinterDoesNotHoldTheOthers()
{
    // A printer that takes the connection and then hangs (paper jam, a half-open socket) until released.
    class HangingTransport final : public PrinterTransport
    {
    public:
        explicit HangingTransport(QSemaphore &release) : m_release(release) {}
        Status send(const QByteArray &) override
        {
            if (!m_release.tryAcquire(1, 20000)) {
                return makeError(ErrorCode::Io, QStringLiteral("Slow: timed out"));
            }
            return Done{};
        }

    private:
        QSemaphore &m_release;
    };

    LoopbackPrinter live;
    QSemaphore release;
    const QString slow = addPrinter(QStringLiteral("Slow"), QStringLiteral("127.0.0.1:9"));
    const QString counter = addPrinter(QStringLiteral("Counter"), live.address());
    const TransportFactory real = defaultTransportFactory(2000);
    auto factory = [&release, real](const PrinterConfig &p) -> std::unique_ptr<PrinterTransport> {
        if (p.name == QStringLiteral("Slow")) {
            return std::make_unique<HangingTransport>(release);
        }
        return real(p);
    };
    const QString stuck = m_f->enqueue(slow, "kitchen ticket");
    m_f->enqueue(counter, "receipt 1");

    PrintSpooler spooler(q(), factory);
    spooler.start(20);
    QTRY_COMPARE(live.jobs().size(), 1);
    m_f->enqueue(counter, "receipt 2");
    QTRY_COMPARE(live.jobs().size(), 2); // printed while Slow still hangs
    QCOMPARE(q().job(stuck)->state, QStringLiteral("queued"));

    release.release();
    QTRY_COMPARE(q().job(stuck)->state, QStringLiteral("done"));
    spooler.stop();
    QVERIFY(!spooler.isActive());
}

QTEST_GUILESS_MAIN(TestPrintSpooler)
#include "tst_printspooler.moc"
