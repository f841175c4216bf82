// CsvReader: RFC 4180 records with their start lines, and strict errors with the line of the problem.
#include "base/csvreader.h"
#include "testsupport.h"

#include <QTest>

using namespace madang;

using Records = QList<QStringList>;
Q_DECLARE_METATYPE(Records)
Q_DECLARE_METATYPE(QList<int>)

class TestCsvReader : public QObject
{
    Q_OBJECT

private slots:
    void parse_data();
    void parse();
    void errors_data();
    void errors();
    void errorLineIsOptional();
};

void TestCsvReader::parse_data()
{
    QTest::addColumn<QByteArray>("csv");
    QTest::addColumn<Records>("records");
    QTest::addColumn<QList<int>>("lines");

    const QStringList header{QStringLiteral("a"), QStringLiteral("b")};
    QTest::newRow("simple, trailing newline")
        << QByteArray("a,b\n1,2\n") << Records{header, {QStringLiteral("1"), QStringLiteral("2")}} << QList<int>{1, 2};
    QTest::newRow("no trailing newline") << QByteArray("a,b\n1,2")
                                         << Records{header, {QStringLiteral("1"), QStringLiteral("2")}}
                                         << QList<int>{1, 2};
    QTest::newRow("CRLF") << QByteArray("a,b\r\n1,2\r\n3,4\r\n")
                          << Records{header,
                                     {QStringLiteral("1"), QStringLiteral("2")},
                                     {QStringLiteral("3"), QStringLiteral("4")}}
                          << QList<int>{1, 2, 3};
    QTest::newRow("BOM") << QByteArray("\xEF\xBB\xBF"
                                       "a,b\n1,2\n")
                         << Records{header, {QStringLiteral("1"), QStringLiteral("2")}} << QList<int>{1, 2};
    QTest::newRow("quoted fields") << QByteArray("a,b\n\"x, y\",\"z\"\n")
                                   << Records{header, {QStringLiteral("x, y"), QStringLiteral("z")}}
                                   << QList<int>{1, 2};
    QTest::newRow("doubled quotes") << QByteArray("a,b\n\"say \"\"hi\"\"\",\"\"\"\"\n")
                                    << Records{header, {QStringLiteral("say \"hi\""), QStringLiteral("\"")}}
                                    << QList<int>{1, 2};
    QTest::newRow("empty quoted field") << QByteArray("a,b\n\"\",x\n")
                                        << Records{header, {QString(), QStringLiteral("x")}} << QList<int>{1, 2};
    QTest::newRow("empty fields") << QByteArray("a,b,c\n,,\n")
                                  << Records{{QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("c")},
                                             {QString(), QString(), QString()}}
                                  << QList<int>{1, 2};
    QTest::newRow("embedded newline keeps the start line")
        << QByteArray("a,b\n\"line one\nline two\",x\n3,4\n")
        << Records{header,
                   {QStringLiteral("line one\nline two"), QStringLiteral("x")},
                   {QStringLiteral("3"), QStringLiteral("4")}}
        << QList<int>{1, 2, 4};
    QTest::newRow("embedded CRLF") << QByteArray("a,b\r\n\"1\r\n2\",x\r\n3,4\r\n")
                                   << Records{header,
                                              {QStringLiteral("1\r\n2"), QStringLiteral("x")},
                                              {QStringLiteral("3"), QStringLiteral("4")}}
                                   << QList<int>{1, 2, 4};
    QTest::newRow("blank lines skipped, lines still counted")
        << QByteArray("a,b\n\n1,2\n\n\n3,4\n\n")
        << Records{header, {QStringLiteral("1"), QStringLiteral("2")}, {QStringLiteral("3"), QStringLiteral("4")}}
        << QList<int>{1, 3, 6};
    QTest::newRow("blank CRLF lines") << QByteArray("a,b\r\n\r\n1,2\r\n")
                                      << Records{header, {QStringLiteral("1"), QStringLiteral("2")}}
                                      << QList<int>{1, 3};
    QTest::newRow("Hangul") << QByteArray("이름,가격\n김치찌개,9000\n")
                            << Records{{QStringLiteral("이름"), QStringLiteral("가격")},
                                       {QStringLiteral("김치찌개"), QStringLiteral("9000")}}
                            << QList<int>{1, 2};
    QTest::newRow("spaces kept") << QByteArray(" a , b \n") << Records{{QStringLiteral(" a "), QStringLiteral(" b ")}}
                                 << QList<int>{1};
    QTest::newRow("single field") << QByteArray("sku\nA1\n") << Records{{QStringLiteral("sku")}, {QStringLiteral("A1")}}
                                  << QList<int>{1, 2};
    QTest::newRow("empty input") << QByteArray() << Records{} << QList<int>{};
    QTest::newRow("only a BOM") << QByteArray("\xEF\xBB\xBF") << Records{} << QList<int>{};
    QTest::newRow("only newlines") << QByteArray("\n\r\n\n") << Records{} << QList<int>{};
    QTest::newRow("quoted field at end of file") << QByteArray("a,\"b\"") << Records{header} << QList<int>{1};
    QTest::newRow("lone quoted empty field") << QByteArray("\"\"\n") << Records{{QString()}} << QList<int>{1};
}

void TestCsvReader::parse()
{
    QFETCH(QByteArray, csv);
    QFETCH(Records, records);
    QFETCH(QList<int>, lines);
    int errorLine = -7;
    const auto parsed = CsvReader::parse(csv, &errorLine);
    QVERIFY2(parsed.ok(), test::describe(parsed).constData());
    Records fields;
    QList<int> starts;
    for (const CsvRecord &r : parsed.value()) {
        fields << r.fields;
        starts << r.line;
    }
    QCOMPARE(fields, records);
    QCOMPARE(starts, lines);
}

void TestCsvReader::errors_data()
{
    QTest::addColumn<QByteArray>("csv");
    QTest::addColumn<int>("line");
    QTest::addColumn<QString>("mentions");
    QTest::newRow("unclosed quote") << QByteArray("a,b\n1,2\n\"open,3\n4,5\n") << 3 << "never closed";
    QTest::newRow("unclosed quote on the first line") << QByteArray("\"a,b\n") << 1 << "never closed";
    QTest::newRow("quote inside unquoted field") << QByteArray("a,b\n1,2\nab\"c,3\n") << 3 << "unquoted";
    QTest::newRow("quote inside unquoted field after a multi-line record")
        << QByteArray("a,b\n\"x\ny\",2\n5,6\"\n") << 4 << "unquoted";
    QTest::newRow("text after closing quote") << QByteArray("a,b\n\"x\"y,2\n") << 2 << "closing quote";
    QTest::newRow("space after closing quote") << QByteArray("a,b\n1,2\n\"x\" ,2\n") << 3 << "closing quote";
    QTest::newRow("invalid UTF-8") << QByteArray("a,b\n1,2\n3,\xFF\xFE\n5,6\n") << 3 << "UTF-8";
    QTest::newRow("Latin-1 Hangul-less file") << QByteArray("name,price\nCaf\xE9,4500\n") << 2 << "UTF-8";
    QTest::newRow("EUC-KR file") << QByteArray("a,b\n1,2\n3,4\n\xB1\xE8\xC4\xA1,9000\n") << 4 << "UTF-8";
    QTest::newRow("truncated UTF-8 at end") << QByteArray("a,b\n1,\xEA\xB9") << 2 << "UTF-8";
}

void TestCsvReader::errors()
{
    QFETCH(QByteArray, csv);
    QFETCH(int, line);
    QFETCH(QString, mentions);
    int errorLine = -7;
    const auto parsed = CsvReader::parse(csv, &errorLine);
    QVERIFY(!parsed.ok());
    QCOMPARE(parsed.error().code, ErrorCode::InvalidInput);
    QCOMPARE(errorLine, line);
    QVERIFY2(parsed.error().message.contains(mentions), qPrintable(parsed.error().message));
}

void TestCsvReader::errorLineIsOptional()
{
    const auto parsed = CsvReader::parse(QByteArray("\"open"));
    QVERIFY(!parsed.ok());
    QCOMPARE(parsed.error().code, ErrorCode::InvalidInput);
}

QTEST_GUILESS_MAIN(TestCsvReader)
#include "tst_csvreader.moc"
