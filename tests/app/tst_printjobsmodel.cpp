// Failed print jobs: a printer that never answers fails a receipt three times (backing off on the
// injected clock, no sleeps), the job shows in PrintJobsModel with its error, and Retry and Cancel work.
#include "printing/printjobsmodel.h"
#include "printingfixture.h"
#include "testsupport.h"
#include "workflows/store.h"

#include <QSignalSpy>
#include <QTest>

using namespace madang;

class TestPrintJobsModel : public QObject
{
    Q_OBJECT

private slots:
    void failedJobShowsAfterThreeAttempts_data();
    void failedJobShowsAfterThreeAttempts();

private:
    /// Drains, then moves the clock past the backoff, until the job gives up.
    static void failThreeTimes(PrintingFixture &f);
};

void TestPrintJobsModel::failThreeTimes(PrintingFixture &f)
{
    for (int attempt = 1; attempt <= PrintQueue::kMaxAttempts; ++attempt) {
        QCOMPARE(f.printing().drainOnce(), 0);
        f.clock().advance(PrintQueue::backoffMs(attempt));
    }
}

void TestPrintJobsModel::failedJobShowsAfterThreeAttempts_data()
{
    QTest::addColumn<bool>("retry"); // else cancel
    QTest::newRow("retry") << true;
    QTest::newRow("cancel") << false;
}

void TestPrintJobsModel::failedJobShowsAfterThreeAttempts()
{
    QFETCH(bool, retry);
    PrintingFixture f(PrintingFixture::Printers::Fail);
    QVERIFY(f.ok());
    f.addPrinter(QStringLiteral("Counter"), QStringLiteral("tcp"), QStringLiteral("127.0.0.1:9"), 80, true);
    PrintJobsModel jobs;
    jobs.setStore(&f.app());
    QSignalSpy counted(&jobs, &PrintJobsModel::countChanged);

    QString receipt;
    f.sellAtCounter(&receipt);
    QCOMPARE(f.jobCount(), 1);
    QCOMPARE(jobs.count(), 0);

    // Two failed attempts back off; the job is still queued and not listed.
    QCOMPARE(f.printing().drainOnce(), 0);
    QCOMPARE(f.printing().drainOnce(), 0); // waiting for its backoff: not even tried
    QCOMPARE(f.log().attempts, 1);
    f.clock().advance(PrintQueue::backoffMs(1));
    QCOMPARE(f.printing().drainOnce(), 0);
    QCOMPARE(jobs.count(), 0);
    f.clock().advance(PrintQueue::backoffMs(2));
    QCOMPARE(f.printing().drainOnce(), 0);
    QCOMPARE(f.log().attempts, 3);

    // The third failure makes it failed; the spooler's queueChanged refreshed the list.
    QCOMPARE(jobs.count(), 1);
    QVERIFY(counted.count() >= 1);
    QCOMPARE(jobs.data(jobs.index(0), PrintJobsModel::PrinterNameRole).toString(), QStringLiteral("Counter"));
    QCOMPARE(jobs.data(jobs.index(0), PrintJobsModel::KindRole).toString(), QStringLiteral("receipt"));
    QCOMPARE(jobs.data(jobs.index(0), PrintJobsModel::ReferenceRole).toString(), receipt);
    QVERIFY(jobs.data(jobs.index(0), PrintJobsModel::LastErrorRole).toString().contains(QStringLiteral("refused")));
    QCOMPARE(jobs.data(jobs.index(0), PrintJobsModel::TimeTextRole).toString().size(), 11); // "03-14 09:30"
    const QString jobId = jobs.data(jobs.index(0), PrintJobsModel::JobIdRole).toString();

    if (retry) {
        QVERIFY2(jobs.retry(jobId), qPrintable(jobs.error()));
        QCOMPARE(jobs.count(), 0);
        QCOMPARE(f.queue().job(jobId).value().state, QStringLiteral("queued"));
        failThreeTimes(f); // still broken: it fails again and shows again
        QCOMPARE(jobs.count(), 1);
    } else {
        QVERIFY2(jobs.cancel(jobId), qPrintable(jobs.error()));
        QCOMPARE(jobs.count(), 0);
        QCOMPARE(f.queue().job(jobId).value().state, QStringLiteral("cancelled"));
        QVERIFY(!jobs.cancel(jobId)); // only once
        QVERIFY(!jobs.error().isEmpty());
    }
    QVERIFY(!jobs.retry(QStringLiteral("no-such-job")));
}

QTEST_MAIN(TestPrintJobsModel)
#include "tst_printjobsmodel.moc"
