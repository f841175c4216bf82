// Reprint: a duplicate receipt's journal entry and its print job are written together or not at all.
#include "fakeclock.h"
#include "fakesigner.h"
#include "printqueue/printqueue.h"
#include "saletickets.h"
#include "testsupport.h"
#include "workflows/reprint.h"

#include <QTemporaryDir>
#include <QTest>

using namespace madang;
using namespace madang::test;

class TestReprint : public QObject
{
    Q_OBJECT

private slots:
    void journalAndJobTogether_data();
    void journalAndJobTogether();
};

void TestReprint::journalAndJobTogether_data()
{
    QTest::addColumn<QString>("fault"); // empty, "printer" (no such printer) or "order" (no such order)
    QTest::newRow("queued and journaled") << QString();
    QTest::newRow("the job is refused: no journal entry") << QStringLiteral("printer");
    QTest::newRow("the entry is refused: no job") << QStringLiteral("order");
}

void TestReprint::journalAndJobTogether()
{
    QFETCH(QString, fault);
    QTemporaryDir dir;
    FakeClock clock;
    FakeSigner signer;
    auto opened = openSetUpStore(dir, clock, Vertical::Salon);
    MADANG_VERIFY_OK(opened);
    Store &store = *opened.value();
    PrintQueue queue(store.database(), clock, store.ids());
    auto printer = queue.addPrinter({{}, QStringLiteral("Counter"), QStringLiteral("pdf"), dir.path(), 80, {}, true});
    MADANG_VERIFY_OK(printer);
    auto sale = store.sales().finalize(salonTicket(), {PaymentInput::cash(52000)}, staff(), signer);
    MADANG_VERIFY_OK(sale);
    const QSqlDatabase db = store.database().connection();
    const QString reprints = QStringLiteral("SELECT count(*) FROM journal WHERE type = 'reprint'");
    const QString jobs = QStringLiteral("SELECT count(*) FROM print_jobs");

    auto queued =
        Reprint(store, queue)
            .queueDuplicate(fault == QLatin1String("order") ? QStringLiteral("no-such-order") : sale->orderId, staff(),
                            signer,
                            fault == QLatin1String("printer") ? QStringLiteral("no-such-printer") : printer.value(),
                            QStringLiteral("receipt"), sale->receipt, QByteArrayLiteral("%PDF-duplicate"));
    if (!fault.isEmpty()) {
        QVERIFY(!queued.ok());
        QCOMPARE(queryInt(db, reprints), 0);
        QCOMPARE(queryInt(db, jobs), 0);
        return;
    }
    MADANG_VERIFY_OK(queued);
    QCOMPARE(queryInt(db, reprints), 1);
    QCOMPARE(queryInt(db, jobs), 1);
    QCOMPARE(queued->journal.receipt, sale->receipt);
    QCOMPARE(queue.job(queued->jobId)->payload, QByteArrayLiteral("%PDF-duplicate"));
}

QTEST_GUILESS_MAIN(TestReprint)
#include "tst_reprint.moc"
