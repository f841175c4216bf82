// InputFile: a file handed to the terminal is read whole, but never past its limit, in bounded memory.
#include "base/inputfile.h"
#include "testsupport.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace madang;
using namespace madang::test;

class TestInputFile : public QObject
{
    Q_OBJECT

private slots:
    void read_data();
    void read();
    void endlessDeviceStopsAtTheLimit();
    void sizeText_data();
    void sizeText();
};

void TestInputFile::read_data()
{
    QTest::addColumn<QString>("kind"); // what the path is
    QTest::addColumn<qint64>("bytes");
    QTest::addColumn<bool>("ok");
    QTest::addColumn<QString>("message"); // part of the error
    QTest::newRow("empty file") << "file" << qint64(0) << true << QString();
    QTest::newRow("at the limit") << "file" << qint64(1024) << true << QString();
    QTest::newRow("one byte over") << "file" << qint64(1025) << false
                                   << "larger than 1 KiB, the most a test file may be";
    QTest::newRow("missing") << "missing" << qint64(0) << false << "there is no such file";
    QTest::newRow("a folder") << "folder" << qint64(0) << false << "is a folder, not a test file";
}

void TestInputFile::read()
{
    QFETCH(QString, kind);
    QFETCH(qint64, bytes);
    QFETCH(bool, ok);
    QFETCH(QString, message);
    QTemporaryDir dir;
    QString path = dir.filePath(QStringLiteral("input"));
    if (kind == QLatin1String("file")) {
        QVERIFY(writeFile(path, QByteArray(bytes, 'x')));
    } else if (kind == QLatin1String("folder")) {
        path = dir.path();
    }
    auto data = InputFile::read(path, 1024, QStringLiteral("test file"));
    QCOMPARE(data.ok(), ok);
    if (ok) {
        QCOMPARE(data.value(), QByteArray(bytes, 'x'));
    } else {
        QVERIFY2(data.error().message.contains(message), qPrintable(data.error().message));
        QVERIFY2(data.error().message.contains(path), qPrintable(data.error().message));
        QVERIFY(!data.error().message.contains(QLatin1Char('\n')));
    }
}

void TestInputFile::endlessDeviceStopsAtTheLimit()
{
    if (!QFile::exists(QStringLiteral("/dev/zero"))) {
        QSKIP("no /dev/zero here");
    }
    // 64 MiB limit against an endless device: refused after reading one chunk past it, not after gigabytes.
    auto data = InputFile::read(QStringLiteral("/dev/zero"), InputFile::kMaxCatalogCsvBytes, QStringLiteral("CSV"));
    QVERIFY(!data.ok());
    QCOMPARE(data.error().code, ErrorCode::InvalidInput);
    QVERIFY2(data.error().message.contains(QStringLiteral("64 MiB")), qPrintable(data.error().message));
}

void TestInputFile::sizeText_data()
{
    QTest::addColumn<qint64>("bytes");
    QTest::addColumn<QString>("text");
    QTest::newRow("MiB") << qint64(64) * 1024 * 1024 << "64 MiB";
    QTest::newRow("KiB") << qint64(512) * 1024 << "512 KiB";
    QTest::newRow("bytes") << qint64(1000) << "1000 bytes";
}

void TestInputFile::sizeText()
{
    QFETCH(qint64, bytes);
    QFETCH(QString, text);
    QCOMPARE(InputFile::sizeText(bytes), text);
}

QTEST_GUILESS_MAIN(TestInputFile)
#include "tst_inputfile.moc"
