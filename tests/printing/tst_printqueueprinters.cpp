// PrintQueue printers: the checks on name, kind, address and roll, tcp address parsing, fallbacks that fit and
// do not loop, and changing or removing a printer without stranding the jobs made for it.
#include "printqueuefixture.h"
#include "testsupport.h"

#include <QTest>

using namespace madang;
using namespace madang::test;

class TestPrintQueuePrinters : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void addPrinterChecks_data();
    void addPrinterChecks();
    void addressParsing_data();
    void addressParsing();
    void fallbackMustFit_data();
    void fallbackMustFit();
    void fallbackMayNotLoop();
    void updatePrinterChecks_data();
    void updatePrinterChecks();
    void removePrinter();

private:
    PrintQueue &q() { return *m_f->queue; }

    std::unique_ptr<PrintQueueFixture> m_f;
};

void TestPrintQueuePrinters::init()
{
    m_f = std::make_unique<PrintQueueFixture>();
    QVERIFY2(m_f->openError.isEmpty(), qPrintable(m_f->openError));
}

void TestPrintQueuePrinters::cleanup()
{
    m_f.reset();
}

void TestPrintQueuePrinters::addPrinterChecks_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("kind");
    QTest::addColumn<QString>("address");
    QTest::addColumn<int>("widthMm");
    QTest::addColumn<bool>("ok");
    QTest::newRow("tcp") << QStringLiteral("Counter") << QStringLiteral("tcp") << QStringLiteral("192.168.0.50") << 80
                         << true;
    QTest::newRow("serial") << QStringLiteral("Bar") << QStringLiteral("serial") << QStringLiteral("/dev/ttyUSB0@9600")
                            << 58 << true;
    QTest::newRow("pdf") << QStringLiteral("Archive") << QStringLiteral("pdf") << QStringLiteral("/tmp/receipts") << 80
                         << true;
    QTest::newRow("no name") << QStringLiteral("  ") << QStringLiteral("tcp") << QStringLiteral("10.0.0.1") << 80
                             << false;
    QTest::newRow("bad kind") << QStringLiteral("X") << QStringLiteral("usb") << QStringLiteral("10.0.0.1") << 80
                              << false;
    QTest::newRow("72 mm") << QStringLiteral("X") << QStringLiteral("tcp") << QStringLiteral("10.0.0.1") << 72 << false;
    QTest::newRow("bad port") << QStringLiteral("X") << QStringLiteral("tcp") << QStringLiteral("10.0.0.1:99999") << 80
                              << false;
    QTest::newRow("no address") << QStringLiteral("X") << QStringLiteral("pdf") << QString() << 80 << false;
    QTest::newRow("a name with ESC") << QStringLiteral("Bar\x1b[2J") << QStringLiteral("tcp")
                                     << QStringLiteral("10.0.0.1") << 80 << false;
    QTest::newRow("a name of 81 characters")
        << QStringLiteral("x").repeated(81) << QStringLiteral("tcp") << QStringLiteral("10.0.0.1") << 80 << false;
    QTest::newRow("a folder with a right-to-left override")
        << QStringLiteral("Archive") << QStringLiteral("pdf") << QStringLiteral("/tmp/\u202Etxt.exe") << 80 << false;
}

void TestPrintQueuePrinters::addPrinterChecks()
{
    QFETCH(QString, name);
    QFETCH(QString, kind);
    QFETCH(QString, address);
    QFETCH(int, widthMm);
    QFETCH(bool, ok);
    auto id = q().addPrinter(PrinterConfig{{}, name, kind, address, widthMm, {}, true});
    QCOMPARE(id.ok(), ok);
    if (!ok) {
        QCOMPARE(id.error().code, ErrorCode::InvalidInput);
        QCOMPARE(q().listPrinters()->size(), 0);
        return;
    }
    auto stored = q().printer(id.value());
    MADANG_VERIFY_OK(stored);
    QCOMPARE(stored->name, name);
    QCOMPARE(stored->address, address);
    QCOMPARE(stored->widthMm, widthMm);
    MADANG_VERIFY_ERROR(q().addPrinter(PrinterConfig{{}, name, kind, address, widthMm, {}, true}),
                        ErrorCode::Conflict); // names are unique
}

void TestPrintQueuePrinters::addressParsing_data()
{
    QTest::addColumn<QString>("address");
    QTest::addColumn<QString>("host");
    QTest::addColumn<int>("port");
    QTest::newRow("host") << QStringLiteral("192.168.0.50") << QStringLiteral("192.168.0.50") << 9100;
    QTest::newRow("host:port") << QStringLiteral("printer.local:9101") << QStringLiteral("printer.local") << 9101;
    QTest::newRow("[v6]:port") << QStringLiteral("[fe80::1]:9100") << QStringLiteral("fe80::1") << 9100;
    QTest::newRow("bare v6") << QStringLiteral("::1") << QStringLiteral("::1") << 9100;
    QTest::newRow("empty port") << QStringLiteral("10.0.0.1:") << QString() << 0;
    QTest::newRow("port 0") << QStringLiteral("10.0.0.1:0") << QString() << 0;
    QTest::newRow("no host") << QStringLiteral(":9100") << QString() << 0;
    QTest::newRow("unclosed bracket") << QStringLiteral("[fe80::1:9100") << QString() << 0;
}

void TestPrintQueuePrinters::addressParsing()
{
    QFETCH(QString, address);
    QFETCH(QString, host);
    QFETCH(int, port);
    auto parsed = TcpAddress::parse(address);
    QCOMPARE(parsed.ok(), !host.isEmpty());
    if (parsed) {
        QCOMPARE(parsed->host, host);
        QCOMPARE(int(parsed->port), port);
    } else {
        QVERIFY2(parsed.error().message.contains(address.trimmed()), qPrintable(parsed.error().message));
    }
}

void TestPrintQueuePrinters::fallbackMustFit_data()
{
    QTest::addColumn<int>("fallbackWidth");
    QTest::addColumn<QString>("fallbackKind");
    QTest::addColumn<bool>("ok");
    QTest::newRow("same roll, tcp") << 80 << QStringLiteral("tcp") << true;
    QTest::newRow("same roll, serial") << 80 << QStringLiteral("serial") << true;
    QTest::newRow("narrower roll") << 58 << QStringLiteral("tcp") << false;
    QTest::newRow("pdf") << 80 << QStringLiteral("pdf") << false;
}

void TestPrintQueuePrinters::fallbackMustFit()
{
    QFETCH(int, fallbackWidth);
    QFETCH(QString, fallbackKind);
    QFETCH(bool, ok);
    const QString address =
        fallbackKind == QStringLiteral("serial") ? QStringLiteral("/dev/ttyS0") : QStringLiteral("10.0.0.2");
    auto fallback = q().addPrinter(PrinterConfig{{},
                                                 QStringLiteral("Spare"),
                                                 fallbackKind,
                                                 fallbackKind == QStringLiteral("pdf") ? m_f->dir.path() : address,
                                                 fallbackWidth,
                                                 {},
                                                 true});
    MADANG_VERIFY_OK(fallback);
    auto main = q().addPrinter(PrinterConfig{
        {}, QStringLiteral("Kitchen"), QStringLiteral("tcp"), QStringLiteral("10.0.0.1"), 80, fallback.value(), true});
    QCOMPARE(main.ok(), ok);
    if (!ok) {
        QVERIFY2(main.error().message.contains(QStringLiteral("Spare")), qPrintable(main.error().message));
    }
}

void TestPrintQueuePrinters::fallbackMayNotLoop()
{
    const QString a = m_f->addPrinter(QStringLiteral("A"));
    const QString b = m_f->addPrinter(QStringLiteral("B"), a);
    const QString c = m_f->addPrinter(QStringLiteral("C"), b);
    MADANG_VERIFY_ERROR(q().setFallback(a, c), ErrorCode::InvalidInput); // A -> C -> B -> A
    MADANG_VERIFY_ERROR(q().setFallback(a, a), ErrorCode::InvalidInput);
    MADANG_VERIFY_ERROR(q().setFallback(a, QStringLiteral("nope")), ErrorCode::NotFound);
    MADANG_VERIFY_OK(q().setFallback(c, a));
    MADANG_VERIFY_OK(q().setFallback(c, {}));
    QCOMPARE(q().printer(c)->fallbackId, QString());
}

void TestPrintQueuePrinters::updatePrinterChecks_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("kind");
    QTest::addColumn<QString>("address");
    QTest::addColumn<int>("widthMm");
    QTest::addColumn<bool>("withJob");
    QTest::addColumn<int>("error"); // -1: accepted
    QTest::newRow("new address and name")
        << QStringLiteral("Front") << QStringLiteral("tcp") << QStringLiteral("10.0.0.9:9100") << 80 << true << -1;
    QTest::newRow("network to serial, same bytes")
        << QStringLiteral("A") << QStringLiteral("serial") << QStringLiteral("/dev/ttyUSB1") << 80 << true << -1;
    QTest::newRow("narrower, nothing waiting")
        << QStringLiteral("A") << QStringLiteral("tcp") << QStringLiteral("10.0.0.5") << 58 << false << -1;
    QTest::newRow("narrower with a job waiting")
        << QStringLiteral("A") << QStringLiteral("tcp") << QStringLiteral("10.0.0.5") << 58 << true
        << int(ErrorCode::Conflict);
    QTest::newRow("to PDF with a job waiting") << QStringLiteral("A") << QStringLiteral("pdf")
                                               << QStringLiteral("/tmp/x") << 80 << true << int(ErrorCode::Conflict);
    QTest::newRow("another printer's name") << QStringLiteral("B") << QStringLiteral("tcp")
                                            << QStringLiteral("10.0.0.5") << 80 << false << int(ErrorCode::Conflict);
    QTest::newRow("blank name") << QStringLiteral("  ") << QStringLiteral("tcp") << QStringLiteral("10.0.0.5") << 80
                                << false << int(ErrorCode::InvalidInput);
    QTest::newRow("bad address") << QStringLiteral("A") << QStringLiteral("tcp") << QStringLiteral("10.0.0.5:99999")
                                 << 80 << false << int(ErrorCode::InvalidInput);
    QTest::newRow("bad roll") << QStringLiteral("A") << QStringLiteral("tcp") << QStringLiteral("10.0.0.5") << 76
                              << false << int(ErrorCode::InvalidInput);
}

void TestPrintQueuePrinters::updatePrinterChecks()
{
    QFETCH(QString, name);
    QFETCH(QString, kind);
    QFETCH(QString, address);
    QFETCH(int, widthMm);
    QFETCH(bool, withJob);
    QFETCH(int, error);
    const QString a = m_f->addPrinter(QStringLiteral("A"), {}, QStringLiteral("10.0.0.5"));
    m_f->addPrinter(QStringLiteral("B"));
    if (withJob) {
        QVERIFY(!m_f->enqueue(a, "receipt bytes").isEmpty());
    }
    const PrinterConfig before = q().printer(a).value();
    PrinterConfig changed = before;
    changed.name = name;
    changed.kind = kind;
    changed.address = address;
    changed.widthMm = widthMm;
    const Status updated = q().updatePrinter(changed);
    if (error < 0) {
        MADANG_VERIFY_OK(updated);
        const PrinterConfig after = q().printer(a).value();
        QCOMPARE(after.name, name.trimmed());
        QCOMPARE(after.kind, kind);
        QCOMPARE(after.address, address);
        QCOMPARE(after.widthMm, widthMm);
    } else {
        MADANG_VERIFY_ERROR(updated, ErrorCode(error));
        const PrinterConfig after = q().printer(a).value();
        QCOMPARE(after.name, before.name); // nothing changed
        QCOMPARE(after.address, before.address);
        QCOMPARE(after.widthMm, before.widthMm);
    }
}

void TestPrintQueuePrinters::removePrinter()
{
    const QString a = m_f->addPrinter(QStringLiteral("A"));
    const QString b = m_f->addPrinter(QStringLiteral("B"), a);
    // A stands in for B.
    MADANG_VERIFY_ERROR(q().removePrinter(a), ErrorCode::Conflict);
    MADANG_VERIFY_OK(q().setFallback(b, {}));
    // A job waiting on A keeps it; printed, it may go (with its history).
    const QString job = m_f->enqueue(a, "bytes");
    const Status refused = q().removePrinter(a);
    MADANG_VERIFY_ERROR(refused, ErrorCode::Conflict);
    QVERIFY2(refused.error().message.contains(QStringLiteral("1 job")), qPrintable(refused.error().message));
    MADANG_VERIFY_OK(q().markDone(job));
    MADANG_VERIFY_OK(q().removePrinter(a));
    MADANG_VERIFY_ERROR(q().printer(a), ErrorCode::NotFound);
    MADANG_VERIFY_ERROR(q().job(job), ErrorCode::NotFound);
    MADANG_VERIFY_ERROR(q().removePrinter(a), ErrorCode::NotFound);
    QCOMPARE(q().listPrinters()->size(), 1);
}

QTEST_GUILESS_MAIN(TestPrintQueuePrinters)
#include "tst_printqueueprinters.moc"
