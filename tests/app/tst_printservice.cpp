// PrintService and the sale-done screens' receipt: a sale queues exactly one receipt for the receipt
// printer, in the bytes that printer takes, and the spooler delivers them; no receipt printer means no job
// and a plain message; "Print receipt" again is a journaled DUPLICATE; a table's bill is a guest check.
#include "catalog/catalogrepository.h"
#include "checkout/checkoutmodel.h"
#include "checkout/paymentmodel.h"
#include "floor/floormodel.h"
#include "floor/tableticketmodel.h"
#include "merchant/merchantrepository.h"
#include "printingfixture.h"
#include "printqueue/printqueue.h"
#include "sales/orderrepository.h"
#include "settings/settingsmodel.h"
#include "testsupport.h"
#include "workflows/store.h"

#include <QDir>
#include <QTest>

using namespace madang;

class TestPrintService : public QObject
{
    Q_OBJECT

private slots:
    void saleQueuesOneReceipt_data();
    void saleQueuesOneReceipt();
    void noReceiptPrinterQueuesNothing();
    void autoReceiptOffThenPrintByHand();
    void switchedOffPrinterKeepsTheJob();
    void billIsAGuestCheck();
    void kitchenSlipPrintsWithoutWaitingForThePoll_data();
    void kitchenSlipPrintsWithoutWaitingForThePoll();
    void realPrinters();
};

void TestPrintService::saleQueuesOneReceipt_data()
{
    QTest::addColumn<QString>("kind");
    QTest::addColumn<QString>("address");
    QTest::addColumn<int>("widthMm");
    QTest::addColumn<QByteArray>("head");
    QTest::addColumn<QByteArray>("tail");
    QTest::addColumn<QString>("language");

    const QByteArray reset("\x1b\x40", 2);
    const QByteArray cut("\x1d\x56\x01", 3);
    QTest::newRow("network 80 mm, Korean") << "tcp"
                                           << "127.0.0.1:9100" << 80 << reset << cut << "ko";
    QTest::newRow("serial 58 mm, English") << "serial"
                                           << "/dev/ttyUSB0@115200" << 58 << reset << cut << "en";
    QTest::newRow("pdf folder") << "pdf"
                                << "FOLDER" << 80 << QByteArray("%PDF") << QByteArray() << "ko";
}

void TestPrintService::saleQueuesOneReceipt()
{
    QFETCH(QString, kind);
    QFETCH(QString, address);
    QFETCH(int, widthMm);
    QFETCH(QByteArray, head);
    QFETCH(QByteArray, tail);
    QFETCH(QString, language);

    PrintingFixture f;
    QVERIFY(f.ok());
    MADANG_VERIFY_OK(f.store().merchant().setSetting(SettingsModel::kLanguageKey, language));
    const QString counter = f.addPrinter(QStringLiteral("Counter"), kind,
                                         address == QLatin1String("FOLDER") ? f.folder() : address, widthMm, true);
    QVERIFY(!counter.isEmpty());
    f.addPrinter(QStringLiteral("kitchen"), QStringLiteral("tcp"), QStringLiteral("127.0.0.1:9101"), 80, false);

    QString receipt;
    bool problem = true;
    const QString message = f.sellAtCounter(&receipt, &problem);
    QVERIFY(!receipt.isEmpty());
    QVERIFY2(message.contains(receipt) && message.contains(QStringLiteral("Counter")), qPrintable(message));
    QVERIFY(!problem);
    QCOMPARE(f.jobCount(), 1);
    QCOMPARE(f.queue().queuedCount(counter).value(), 1);

    QCOMPARE(f.printing().drainOnce(), 1);
    const QByteArrayList sent = f.log().sentBytes();
    QCOMPARE(sent.size(), 1);
    QVERIFY(sent.first().startsWith(head));
    QVERIFY(sent.first().endsWith(tail));
    if (kind != QLatin1String("pdf")) {
        QVERIFY2(sent.first().contains(receipt.toLatin1()), "the receipt number is printed");
    }
    QCOMPARE(f.queue().queuedCount(counter).value(), 0);
    QCOMPARE(f.printing().drainOnce(), 0); // printed once, not twice
}

void TestPrintService::noReceiptPrinterQueuesNothing()
{
    PrintingFixture f;
    QVERIFY(f.ok());
    // A printer exists, but none is chosen for receipts.
    f.addPrinter(QStringLiteral("kitchen"), QStringLiteral("tcp"), QStringLiteral("127.0.0.1:9101"), 80, false);
    QString receipt;
    bool problem = true;
    const QString message = f.sellAtCounter(&receipt, &problem);
    QVERIFY2(!receipt.isEmpty(), "the sale stands");
    QVERIFY2(message.contains(QStringLiteral("No receipt printer set up")), qPrintable(message));
    QVERIFY(!problem);
    QCOMPARE(f.jobCount(), 0);
    QCOMPARE(f.store().orders().findByReceipt(receipt).value().has_value(), true);
}

void TestPrintService::autoReceiptOffThenPrintByHand()
{
    PrintingFixture f;
    QVERIFY(f.ok());
    f.addPrinter(QStringLiteral("Counter"), QStringLiteral("tcp"), QStringLiteral("127.0.0.1:9100"), 80, true);
    MADANG_VERIFY_OK(f.printing().setAutoReceipt(false));

    CheckoutModel checkout;
    checkout.setStore(&f.app());
    QVERIFY(checkout.addItem(f.store().catalog().findBySku(QStringLiteral("D-COLA")).value()->id));
    PaymentModel payment;
    payment.setStore(&f.app());
    payment.setCheckout(&checkout);
    payment.start();
    QVERIFY(!payment.printReceipt()); // nothing sold yet
    QVERIFY(payment.payCash(payment.remainingMinor()));
    QVERIFY2(payment.printMessage().contains(QStringLiteral("not printed automatically")),
             qPrintable(payment.printMessage()));
    QCOMPARE(f.jobCount(), 0);

    // The first copy by hand is the original; the next is a DUPLICATE, journaled as a reprint.
    QVERIFY(payment.printReceipt());
    QCOMPARE(f.jobCount(), 1);
    QCOMPARE(f.reprintCount(), 0);
    QVERIFY(payment.printReceipt());
    QCOMPARE(f.jobCount(), 2);
    QCOMPARE(f.reprintCount(), 1);
    QVERIFY2(payment.printMessage().contains(QStringLiteral("copy")), qPrintable(payment.printMessage()));
    QCOMPARE(f.printing().drainOnce(), 2);
}

void TestPrintService::switchedOffPrinterKeepsTheJob()
{
    PrintingFixture f;
    QVERIFY(f.ok());
    const QString counter =
        f.addPrinter(QStringLiteral("Counter"), QStringLiteral("tcp"), QStringLiteral("127.0.0.1:9100"), 80, true);
    MADANG_VERIFY_OK(f.queue().setEnabled(counter, false));
    bool problem = false;
    const QString message = f.sellAtCounter(nullptr, &problem);
    QVERIFY(problem);
    QVERIFY2(message.contains(QStringLiteral("switched off")), qPrintable(message));
    QCOMPARE(f.jobCount(), 1);
    QCOMPARE(f.printing().drainOnce(), 0);
    MADANG_VERIFY_OK(f.queue().setEnabled(counter, true));
    QCOMPARE(f.printing().drainOnce(), 1);
}

void TestPrintService::billIsAGuestCheck()
{
    PrintingFixture f;
    QVERIFY(f.ok());
    MADANG_VERIFY_OK(f.store().merchant().setSetting(SettingsModel::kLanguageKey, QStringLiteral("en")));
    f.addPrinter(QStringLiteral("Counter"), QStringLiteral("tcp"), QStringLiteral("127.0.0.1:9100"), 80, true);
    FloorModel floor;
    floor.setStore(&f.app());
    QVERIFY2(floor.rowCount() > 0, "the demo has tables");
    const QString tableId = floor.data(floor.index(0, 0), FloorModel::TableIdRole).toString();
    QVERIFY(floor.open(tableId, 2));

    TableTicketModel ticket;
    ticket.setStore(&f.app());
    ticket.setTableId(tableId);
    QVERIFY(!ticket.printBill()); // nothing to bill yet
    QCOMPARE(f.jobCount(QStringLiteral("bill")), 0);
    QVERIFY(ticket.addItemWithChoices(f.store().catalog().findBySku(QStringLiteral("D-COLA")).value()->id, {}));
    QVERIFY2(ticket.printBill(), qPrintable(ticket.property("error").toString()));
    QVERIFY2(ticket.property("billMessage").toString().contains(QStringLiteral("bill")),
             qPrintable(ticket.property("billMessage").toString()));
    QCOMPARE(f.jobCount(QStringLiteral("bill")), 1);
    QCOMPARE(f.jobCount(QStringLiteral("receipt")), 0);
    QCOMPARE(f.reprintCount(), 0);
    QCOMPARE(f.printing().drainOnce(), 1);
    const QByteArray bytes = f.log().sentBytes().first();
    QVERIFY(bytes.contains("BILL"));
    QVERIFY(bytes.contains("This is not a receipt"));
    QVERIFY2(!bytes.contains("\x1d\x76\x30"), "no QR raster on a bill");
}

void TestPrintService::kitchenSlipPrintsWithoutWaitingForThePoll_data()
{
    QTest::addColumn<QString>("printer");
    QTest::addColumn<bool>("prints");
    QTest::newRow("the station's name") << QStringLiteral("bar") << true;
    QTest::newRow("in another case") << QStringLiteral("Bar") << true;
    QTest::newRow("its Korean name") << QStringLiteral("바") << true;
    QTest::newRow("another station's name") << QStringLiteral("주방") << false;
}

void TestPrintService::kitchenSlipPrintsWithoutWaitingForThePoll()
{
    QFETCH(QString, printer);
    QFETCH(bool, prints);
    PrintingFixture f;
    QVERIFY(f.ok());
    // The demo routes drinks to the "bar" station; a printer of that name (in English or Korean) takes its slips.
    f.addPrinter(printer, QStringLiteral("tcp"), QStringLiteral("127.0.0.1:9102"), 58, false);
    f.printing().start(60 * 60 * 1000); // the next poll is an hour away
    FloorModel floor;
    floor.setStore(&f.app());
    const QString tableId = floor.data(floor.index(0, 0), FloorModel::TableIdRole).toString();
    QVERIFY(floor.open(tableId, 2));
    TableTicketModel ticket;
    ticket.setStore(&f.app());
    ticket.setTableId(tableId);
    QVERIFY(ticket.addItemWithChoices(f.store().catalog().findBySku(QStringLiteral("D-COLA")).value()->id, {}));
    QCOMPARE(ticket.sendToKitchen(), 1);
    QCOMPARE(f.jobCount(QStringLiteral("kitchen")), prints ? 1 : 0);
    if (!prints) {
        f.printing().stop();
        QVERIFY(f.log().sentBytes().isEmpty());
        return;
    }
    QTRY_COMPARE_WITH_TIMEOUT(f.log().sentBytes().size(), 1, 5000);
    const QByteArray slip = f.log().sentBytes().first();
    QVERIFY(slip.contains("NEW"));
    QVERIFY(slip.contains("\xC4\xDD\xB6\xF3")); // 콜라 in the printer's code page, CP949
    f.printing().stop();
}

void TestPrintService::realPrinters()
{
    // The real transports: a "pdf" printer writes a file in its folder; nothing listens on 127.0.0.1:9, so
    // that printer's job backs off and fails.
    PrintingFixture f(PrintingFixture::Printers::Real);
    QVERIFY(f.ok());
    const QString archive = f.addPrinter(QStringLiteral("Archive"), QStringLiteral("pdf"), f.folder(), 80, true);
    QVERIFY(QDir().mkpath(f.folder()));
    QString receipt;
    f.sellAtCounter(&receipt);
    QCOMPARE(f.printing().drainOnce(), 1);
    const QStringList pdfs = QDir(f.folder()).entryList({QStringLiteral("receipt-*.pdf")}, QDir::Files);
    QCOMPARE(pdfs.size(), 1);
    const QByteArray pdf = test::readFile(QDir(f.folder()).filePath(pdfs.first()));
    QVERIFY(pdf.startsWith("%PDF"));
    if (const QString keep = qEnvironmentVariable("MADANG_SCREENSHOT_DIR"); !keep.isEmpty()) {
        QDir().mkpath(keep);
        QVERIFY(test::writeFile(QDir(keep).filePath(QStringLiteral("app-receipt-%1.pdf").arg(receipt)), pdf));
    }

    const QString nowhere =
        f.addPrinter(QStringLiteral("Nowhere"), QStringLiteral("tcp"), QStringLiteral("127.0.0.1:9"), 80, true);
    f.sellAtCounter();
    for (int attempt = 1; attempt <= PrintQueue::kMaxAttempts; ++attempt) {
        QCOMPARE(f.printing().drainOnce(), 0);
        f.clock().advance(PrintQueue::backoffMs(attempt));
    }
    auto failed = f.queue().failedJobs();
    QVERIFY(failed && failed.value().size() == 1);
    QCOMPARE(failed.value().first().printerId, nowhere);
    QVERIFY2(failed.value().first().lastError.contains(QStringLiteral("127.0.0.1")),
             qPrintable(failed.value().first().lastError));
    QCOMPARE(f.queue().queuedCount(archive).value(), 0);
}

QTEST_MAIN(TestPrintService)
#include "tst_printservice.moc"
