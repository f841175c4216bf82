// PrinterTransport: raw TCP to a loopback printer, serial through a pseudo-terminal, files in a folder, and
// errors that name the printer, where it is and why.
#include "loopbackprinter.h"
#include "printertransport.h"
#include "printqueue/printqueue.h"
#include "testsupport.h"

#include <QDir>
#include <QTemporaryDir>
#include <QTest>
#include <fcntl.h>
#include <future>
#include <unistd.h>

using namespace madang;
using namespace madang::test;

class TestPrinterTransport : public QObject
{
    Q_OBJECT

private slots:
    void tcpSendsTheExactBytes_data();
    void tcpSendsTheExactBytes();
    void tcpRefusedNamesThePrinter();
    void serialSendsThroughAPty();
    void serialMissingDeviceNamesThePrinter();
    void folderWritesOneFilePerJob();
    void defaultFactory_data();
    void defaultFactory();
};

namespace {
QByteArray sampleBytes(qsizetype size)
{
    QByteArray bytes(size, '\0');
    for (qsizetype i = 0; i < size; ++i) {
        bytes[i] = char(i * 7 + 3);
    }
    return bytes;
}
} // namespace

void TestPrinterTransport::tcpSendsTheExactBytes_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::newRow("a receipt") << QByteArray("\x1b@\x1c&hello\n\x1dV\x01");
    QTest::newRow("every byte value") << sampleBytes(256);
    QTest::newRow("256 KiB") << sampleBytes(256 * 1024);
}

void TestPrinterTransport::tcpSendsTheExactBytes()
{
    QFETCH(QByteArray, bytes);
    LoopbackPrinter printer;
    QVERIFY(printer.listening());
    TcpPrinterTransport transport(QStringLiteral("Counter"), QStringLiteral("127.0.0.1"), printer.port(), 5000);
    // Sent from a worker, as the spooler does, while this thread's event loop lets the printer read.
    auto sent = std::async(std::launch::async, [&] { return transport.send(bytes); });
    QTRY_VERIFY(sent.wait_for(std::chrono::seconds(0)) == std::future_status::ready);
    MADANG_VERIFY_OK(sent.get());
    QTRY_COMPARE(printer.jobs().size(), 1);
    QCOMPARE(printer.jobs().first(), bytes);
}

void TestPrinterTransport::tcpRefusedNamesThePrinter()
{
    const quint16 port = LoopbackPrinter::closedPort();
    TcpPrinterTransport transport(QStringLiteral("Kitchen"), QStringLiteral("127.0.0.1"), port, 2000);
    auto sent = transport.send("x");
    MADANG_VERIFY_ERROR(sent, ErrorCode::Io);
    const QString message = sent.error().message;
    QVERIFY2(message.contains(QStringLiteral("Kitchen")), qPrintable(message));
    QVERIFY2(message.contains(QStringLiteral("127.0.0.1:%1").arg(port)), qPrintable(message));
    // In the counter's words, not the socket's.
    QVERIFY2(message.contains(QStringLiteral("it refused the connection")), qPrintable(message));
    QVERIFY2(!message.contains(QStringLiteral("Connection refused")), qPrintable(message));
}

void TestPrinterTransport::serialSendsThroughAPty()
{
    const int master = posix_openpt(O_RDWR | O_NOCTTY);
    QVERIFY(master >= 0);
    QVERIFY(grantpt(master) == 0 && unlockpt(master) == 0);
    const QString slave = QString::fromLocal8Bit(ptsname(master));
    const QByteArray bytes = QByteArray("\x1b@line one\nline two\n\x1dV\x01") + sampleBytes(300);

    SerialPrinterTransport transport(QStringLiteral("Bar"), slave, 115200, 2000);
    const Status sent = transport.send(bytes);
    QByteArray received;
    fcntl(master, F_SETFL, fcntl(master, F_GETFL) | O_NONBLOCK);
    for (int tries = 0; tries < 100 && received.size() < bytes.size(); ++tries) {
        char buffer[4096];
        const ssize_t n = read(master, buffer, sizeof buffer);
        if (n > 0) {
            received.append(buffer, n);
        } else {
            QTest::qWait(10);
        }
    }
    close(master);
    MADANG_VERIFY_OK(sent);
    QCOMPARE(received, bytes); // raw: no newline translation
}

void TestPrinterTransport::serialMissingDeviceNamesThePrinter()
{
    SerialPrinterTransport transport(QStringLiteral("Bar"), QStringLiteral("/dev/ttyMADANG-none"), 9600, 1000);
    auto sent = transport.send("x");
    MADANG_VERIFY_ERROR(sent, ErrorCode::Io);
    QVERIFY2(sent.error().message.contains(QStringLiteral("Bar")), qPrintable(sent.error().message));
    QVERIFY2(sent.error().message.contains(QStringLiteral("/dev/ttyMADANG-none")), qPrintable(sent.error().message));
}

void TestPrinterTransport::folderWritesOneFilePerJob()
{
    QTemporaryDir dir;
    const QString folder = dir.filePath(QStringLiteral("receipts/2025"));
    FolderPrinterTransport transport(QStringLiteral("Archive"), folder);
    MADANG_VERIFY_OK(transport.send("%PDF-1.4 first"));
    MADANG_VERIFY_OK(transport.send("%PDF-1.4 second"));
    const QStringList files = QDir(folder).entryList({QStringLiteral("receipt-*.pdf")}, QDir::Files);
    QCOMPARE(files.size(), 2);
    QByteArrayList contents;
    for (const QString &f : files) {
        contents << readFile(QDir(folder).filePath(f));
    }
    std::sort(contents.begin(), contents.end());
    QCOMPARE(contents, (QByteArrayList{"%PDF-1.4 first", "%PDF-1.4 second"}));
}

void TestPrinterTransport::defaultFactory_data()
{
    QTest::addColumn<QString>("kind");
    QTest::addColumn<QString>("address");
    QTest::addColumn<QString>("mentions");
    QTest::newRow("tcp, bad port") << QStringLiteral("tcp") << QStringLiteral("127.0.0.1:0")
                                   << QStringLiteral("127.0.0.1:0");
    QTest::newRow("serial, bad speed") << QStringLiteral("serial") << QStringLiteral("/dev/ttyS0@fast")
                                       << QStringLiteral("fast");
    QTest::newRow("unknown kind") << QStringLiteral("usb") << QStringLiteral("/dev/usb/lp0") << QStringLiteral("usb");
    QTest::newRow("tcp, refused") << QStringLiteral("tcp")
                                  << QStringLiteral("127.0.0.1:%1").arg(LoopbackPrinter::closedPort())
                                  << QStringLiteral("Front");
}

void TestPrinterTransport::defaultFactory()
{
    QFETCH(QString, kind);
    QFETCH(QString, address);
    QFETCH(QString, mentions);
    const TransportFactory factory = defaultTransportFactory(1000);
    auto transport = factory(PrinterConfig{QStringLiteral("id"), QStringLiteral("Front"), kind, address, 80, {}, true});
    QVERIFY(transport);
    auto sent = transport->send("x");
    QVERIFY(!sent.ok());
    QVERIFY2(sent.error().message.contains(mentions), qPrintable(sent.error().message));
}

QTEST_GUILESS_MAIN(TestPrinterTransport)
#include "tst_printertransport.moc"
