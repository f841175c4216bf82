// madangctl sale and journal export / pubkey / verify through QProcess, as a script or an auditor would run
// them; and tools/verify_journal.py (Python and openssl only) accepting the export and rejecting a tampered one.
#include "madangctlfixture.h"
#include "storage/database.h"

#include <QFile>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QUuid>

class TestMadangctlSales : public QObject, protected MadangctlFixture
{
    Q_OBJECT

private slots:
    void init() { setUp(); }
    void cleanup() { tearDown(); }
    void saleJsonAndText();
    void refusedSaleWritesNothing_data();
    void refusedSaleWritesNothing();
    void usageErrors_data();
    void usageErrors();
    void receiptsGaplessAcrossRuns();
    void exportVerifyAndTamper();
    void pubkeyIsPem();
    void pythonVerifier();
    void receiptCopiesAreJournaledReprints_data();
    void receiptCopiesAreJournaledReprints();
    void importedPriceAtTheMaximumSells();

private:
    Run sale(const QStringList &args) { return ctl(withDb(QStringList{QStringLiteral("sale")} + args)); }
    QString file(const QString &name) const { return m_dir->filePath(name); }
    qint64 count(const QString &sql);
    QStringList receipts();
    /// Sells n simple sales; false if one fails.
    bool sellSome(int n);
};

qint64 TestMadangctlSales::count(const QString &sql)
{
    auto opened = Database::open(db(), Database::Mode::ReadOnly);
    return opened ? queryInt(opened.value()->connection(), sql) : -1;
}

QStringList TestMadangctlSales::receipts()
{
    auto opened = Database::open(db(), Database::Mode::ReadOnly);
    QStringList list;
    if (opened) {
        QSqlQuery q(opened.value()->connection());
        if (q.exec(QStringLiteral("SELECT receipt FROM orders ORDER BY journal_seq"))) {
            while (q.next()) {
                list << q.value(0).toString();
            }
        }
    }
    return list;
}

bool TestMadangctlSales::sellSome(int n)
{
    for (int i = 0; i < n; ++i) {
        const Run r = sale({QStringLiteral("--item"), QStringLiteral("M-BIBIMx%1").arg(i + 1), QStringLiteral("--pay"),
                            QStringLiteral("card:A%1").arg(i)});
        if (r.exitCode != 0) {
            qWarning("sale failed (%d): %s", r.exitCode, qPrintable(r.err));
            return false;
        }
    }
    return true;
}

void TestMadangctlSales::saleJsonAndText()
{
    QVERIFY(initRestaurant(true));
    const qint64 outboxBefore = count(QStringLiteral("SELECT count(*) FROM outbox"));
    const Run r = sale({QStringLiteral("--item"), QStringLiteral("M-KIMCHIx2"), QStringLiteral("--item"),
                        QStringLiteral("D-COLA"), QStringLiteral("--tip"), QStringLiteral("1000"),
                        QStringLiteral("--pay"), QStringLiteral("cash:50000"), QStringLiteral("--json")});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    QCOMPARE(r.out.count(QLatin1Char('\n')), 1);
    const QJsonObject json = QJsonDocument::fromJson(r.out.toUtf8()).object();
    QCOMPARE(json.value(QStringLiteral("receipt")).toString(), QStringLiteral("T1-000001"));
    QCOMPARE(json.value(QStringLiteral("total_minor")).toInteger(), 21000); // 2 × 9,000 + 2,000 + 1,000 tip
    QCOMPARE(json.value(QStringLiteral("change_minor")).toInteger(), 29000);
    const QString orderId = json.value(QStringLiteral("order_id")).toString();
    QVERIFY(!QUuid::fromString(orderId).isNull());
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM orders WHERE id = '%1' AND total_minor = 21000").arg(orderId)),
             1);
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM order_lines")), 2);
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM payments")), 1);
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM journal")), 1);
    // No shift was open: the sale opened one, with no float, and it counts the sale.
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM shifts WHERE opened_automatically = 1 AND float_minor = 0")),
             1);
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM outbox")), outboxBefore + 2);

    const Run text = sale(
        {QStringLiteral("--item"), QStringLiteral("G-GALBI"), QStringLiteral("--pay"), QStringLiteral("card:APP-78")});
    QCOMPARE(text.exitCode, 0);
    QVERIFY2(text.out.startsWith(QStringLiteral("sale T1-000002: total 28000, change 0")), qPrintable(text.out));

    // The summary to reconcile with the platform's: both orders, each tender by method.
    const Run summary = ctl(withDb({QStringLiteral("summary"), QStringLiteral("--json")}));
    QVERIFY2(summary.exitCode == 0, qPrintable(summary.err));
    QCOMPARE(summary.out.trimmed(),
             QStringLiteral(R"({"bookings":{},"conflicts":0,"orders":{"count":2,"total_minor":49000},)"
                            R"("payments":{"card":28000,"cash":21000}})"));
    QCOMPARE(ctl(withDb({QStringLiteral("summary"), QStringLiteral("extra")})).exitCode, 64);
}

void TestMadangctlSales::refusedSaleWritesNothing_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QString>("mentions");
    const auto row = [](const char *tag, const QStringList &args, const char *mentions) {
        QTest::newRow(tag) << args << QString::fromUtf8(mentions);
    };
    const QString item = QStringLiteral("--item");
    const QString pay = QStringLiteral("--pay");
    row("unknown SKU", {item, QStringLiteral("NOPE-1"), pay, QStringLiteral("cash")}, "NOPE-1");
    row("short cash", {item, QStringLiteral("M-KIMCHI"), pay, QStringLiteral("cash:5000")}, "still due");
    row("short card", {item, QStringLiteral("M-KIMCHI"), pay, QStringLiteral("card:R1:5000")}, "still due");
    row("card above the total", {item, QStringLiteral("M-KIMCHI"), pay, QStringLiteral("card:R1:90000")}, "more than");
    row("unknown --pay method", {item, QStringLiteral("M-KIMCHI"), pay, QStringLiteral("bitcoin")}, "--pay bitcoin");
    row("card without reference", {item, QStringLiteral("M-KIMCHI"), pay, QStringLiteral("card")}, "--pay card");
    row("cash amount not a number", {item, QStringLiteral("M-KIMCHI"), pay, QStringLiteral("cash:lots")},
        "--pay cash:lots");
    row("too many --pay parts", {item, QStringLiteral("M-KIMCHI"), pay, QStringLiteral("card:R:1:2")},
        "--pay card:R:1:2");
    row("zero quantity", {item, QStringLiteral("M-KIMCHIx0"), pay, QStringLiteral("cash:10000")},
        "--item M-KIMCHIx0: the quantity 0 is out of range (1 to 10,000)");
    row("negative quantity", {item, QStringLiteral("M-KIMCHIx-2"), pay, QStringLiteral("cash")},
        "the quantity -2 is out of range (1 to 10,000)");
    row("quantity above the maximum", {item, QStringLiteral("M-KIMCHIx10001"), pay, QStringLiteral("cash")},
        "the quantity 10001 is out of range (1 to 10,000)");
    row("huge quantity", {item, QStringLiteral("M-KIMCHIx99999999999999999999"), pay, QStringLiteral("cash")},
        "the quantity 99999999999999999999 is out of range (1 to 10,000)");
    row("tip above the maximum",
        {item, QStringLiteral("M-KIMCHI"), QStringLiteral("--tip"), QStringLiteral("1000000000001"), pay,
         QStringLiteral("cash")},
        "--tip: The tip ₩1,000,000,000,001 is over the maximum of ₩1,000,000,000,000.");
    row("cash handed over above a ticket's maximum",
        {item, QStringLiteral("M-KIMCHI"), pay, QStringLiteral("cash:9223372036854775807")},
        "over the maximum of ₩10,000,000,000,000");
    row("negative tip",
        {item, QStringLiteral("M-KIMCHI"), QStringLiteral("--tip"), QStringLiteral("-100"), pay,
         QStringLiteral("cash:10000")},
        "");
    row("payment after the bill is paid",
        {item, QStringLiteral("M-KIMCHI"), pay, QStringLiteral("cash:10000"), pay, QStringLiteral("card:X")}, "");
    row("unknown staff",
        {item, QStringLiteral("M-KIMCHI"), pay, QStringLiteral("cash"), QStringLiteral("--staff"),
         QStringLiteral("Nobody")},
        "Nobody");
}

void TestMadangctlSales::refusedSaleWritesNothing()
{
    QFETCH(QStringList, args);
    QFETCH(QString, mentions);
    QVERIFY(initRestaurant(true));
    const Run r = sale(args);
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.err.contains(mentions), qPrintable(r.err));
    QVERIFY2(r.out.isEmpty(), qPrintable(r.out));
    for (const char *table : {"orders", "order_lines", "payments", "journal", "receipt_counters"}) {
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM %1").arg(QLatin1String(table))), 0);
    }
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM outbox WHERE op = 'order.finalized'")), 0);
    const Run next = sale({QStringLiteral("--item"), QStringLiteral("M-KIMCHI"), QStringLiteral("--pay"),
                           QStringLiteral("cash"), QStringLiteral("--json")});
    QCOMPARE(next.exitCode, 0);
    QCOMPARE(QJsonDocument::fromJson(next.out.toUtf8()).object().value(QStringLiteral("receipt")).toString(),
             QStringLiteral("T1-000001"));
}

void TestMadangctlSales::usageErrors_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QString>("mentions");
    QTest::newRow("sale without --item") << QStringList{QStringLiteral("sale"), QStringLiteral("--pay"),
                                                        QStringLiteral("cash")}
                                         << "--item";
    QTest::newRow("sale without --pay") << QStringList{QStringLiteral("sale"), QStringLiteral("--item"),
                                                       QStringLiteral("M-KIMCHI")}
                                        << "--pay";
    QTest::newRow("sale with unknown option")
        << QStringList{QStringLiteral("sale"),  QStringLiteral("--item"), QStringLiteral("M-KIMCHI"),
                       QStringLiteral("--pay"), QStringLiteral("cash"),   QStringLiteral("--discount"),
                       QStringLiteral("10")}
        << "--discount";
    QTest::newRow("journal alone") << QStringList{QStringLiteral("journal")} << "export";
    QTest::newRow("journal unknown subcommand")
        << QStringList{QStringLiteral("journal"), QStringLiteral("print")} << "export";
    QTest::newRow("journal export without --out")
        << QStringList{QStringLiteral("journal"), QStringLiteral("export")} << "--out";
    QTest::newRow("journal verify with unknown option")
        << QStringList{QStringLiteral("journal"), QStringLiteral("verify"), QStringLiteral("--strict")} << "--strict";
}

void TestMadangctlSales::usageErrors()
{
    QFETCH(QStringList, args);
    QFETCH(QString, mentions);
    QVERIFY(initRestaurant(true));
    const Run r = ctl(withDb(args));
    QCOMPARE(r.exitCode, 64);
    QVERIFY2(r.err.contains(mentions), qPrintable(r.err));
    QVERIFY2(r.out.isEmpty(), qPrintable(r.out));
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM orders")), 0);
}

void TestMadangctlSales::receiptsGaplessAcrossRuns()
{
    QVERIFY(initRestaurant(true));
    QVERIFY(sellSome(2));
    QCOMPARE(sale({QStringLiteral("--item"), QStringLiteral("NOPE"), QStringLiteral("--pay"), QStringLiteral("cash")})
                 .exitCode,
             2);
    QCOMPARE(
        sale({QStringLiteral("--item"), QStringLiteral("M-KIMCHI"), QStringLiteral("--pay"), QStringLiteral("cash:1")})
            .exitCode,
        2);
    QVERIFY(sellSome(2));
    QCOMPARE(receipts(), (QStringList{QStringLiteral("T1-000001"), QStringLiteral("T1-000002"),
                                      QStringLiteral("T1-000003"), QStringLiteral("T1-000004")}));
    QCOMPARE(count(QStringLiteral("SELECT last FROM receipt_counters WHERE terminal = 'T1'")), 4);
    QCOMPARE(count(QStringLiteral("SELECT max(seq) FROM journal")), 4);
}

void TestMadangctlSales::exportVerifyAndTamper()
{
    QVERIFY(initRestaurant(true));
    QVERIFY(sellSome(3));
    const QString out = file(QStringLiteral("journal.jsonl"));
    const Run exported =
        ctl(withDb({QStringLiteral("journal"), QStringLiteral("export"), QStringLiteral("--out"), out}));
    QCOMPARE(exported.exitCode, 0);
    QVERIFY2(exported.out.contains(QStringLiteral("3 entries")), qPrintable(exported.out));
    const Run stored = ctl(withDb({QStringLiteral("journal"), QStringLiteral("verify")}));
    QCOMPARE(stored.exitCode, 0);
    QVERIFY2(stored.out.contains(QStringLiteral("intact, 3 entries")), qPrintable(stored.out));
    const Run fileOk = ctl(withDb({QStringLiteral("journal"), QStringLiteral("verify"), QStringLiteral("--file"), out,
                                   QStringLiteral("--json")}));
    QCOMPARE(fileOk.exitCode, 0);
    QCOMPARE(QJsonDocument::fromJson(fileOk.out.toUtf8()).object(),
             (QJsonObject{{QStringLiteral("ok"), true}, {QStringLiteral("entries"), 3}}));

    QByteArray text = readFile(out);
    const qsizetype secondLine = text.indexOf('\n') + 1;
    const qsizetype total = text.indexOf("\"total_minor\":", secondLine) + 14;
    text[total] = text.at(total) == '9' ? '8' : '9';
    const QString tampered = file(QStringLiteral("tampered.jsonl"));
    QVERIFY(writeFile(tampered, text));
    const Run bad = ctl(withDb({QStringLiteral("journal"), QStringLiteral("verify"), QStringLiteral("--file"), tampered,
                                QStringLiteral("--json")}));
    QCOMPARE(bad.exitCode, 2);
    const QJsonObject verdict = QJsonDocument::fromJson(bad.out.toUtf8()).object();
    QCOMPARE(verdict.value(QStringLiteral("ok")).toBool(true), false);
    QCOMPARE(verdict.value(QStringLiteral("first_bad_line")).toInteger(), 2);
    const Run badText =
        ctl(withDb({QStringLiteral("journal"), QStringLiteral("verify"), QStringLiteral("--file"), tampered}));
    QCOMPARE(badText.exitCode, 2);
    QVERIFY2(badText.err.contains(QStringLiteral("NOT intact at line 2")), qPrintable(badText.err));
    const Run missing = ctl(withDb({QStringLiteral("journal"), QStringLiteral("verify"), QStringLiteral("--file"),
                                    file(QStringLiteral("nope.jsonl"))}));
    QCOMPARE(missing.exitCode, 2);
}

void TestMadangctlSales::pubkeyIsPem()
{
    QVERIFY(initRestaurant());
    const Run r = ctl(withDb({QStringLiteral("journal"), QStringLiteral("pubkey")}));
    QCOMPARE(r.exitCode, 0);
    QVERIFY2(r.out.startsWith(QStringLiteral("-----BEGIN PUBLIC KEY-----\n")), qPrintable(r.out));
    QVERIFY2(r.out.trimmed().endsWith(QStringLiteral("-----END PUBLIC KEY-----")), qPrintable(r.out));
}

void TestMadangctlSales::pythonVerifier()
{
    const QString python = QStandardPaths::findExecutable(QStringLiteral("python3"));
    if (python.isEmpty() || QStandardPaths::findExecutable(QStringLiteral("openssl")).isEmpty()) {
        QSKIP("python3 and openssl are needed on PATH");
    }
    QVERIFY(initRestaurant(true));
    QVERIFY(sellSome(5));
    const QString out = file(QStringLiteral("journal.jsonl"));
    QCOMPARE(ctl(withDb({QStringLiteral("journal"), QStringLiteral("export"), QStringLiteral("--out"), out})).exitCode,
             0);
    const Run pem = ctl(withDb({QStringLiteral("journal"), QStringLiteral("pubkey")}));
    QCOMPARE(pem.exitCode, 0);
    const QString pub = file(QStringLiteral("device.pem"));
    QVERIFY(writeFile(pub, pem.out.toUtf8()));
    const auto verify = [&](const QString &path) {
        QProcess p;
        p.start(python, {QStringLiteral(VERIFY_JOURNAL_PY), path, pub});
        Run run;
        if (p.waitForFinished(60000) && p.exitStatus() == QProcess::NormalExit) {
            run.exitCode = p.exitCode();
        }
        run.out = QString::fromUtf8(p.readAllStandardOutput());
        run.err = QString::fromUtf8(p.readAllStandardError());
        return run;
    };
    const Run ok = verify(out);
    QVERIFY2(ok.exitCode == 0, qPrintable(ok.out + ok.err));
    QVERIFY2(ok.out.contains(QStringLiteral("intact, 5 entries")), qPrintable(ok.out));

    const QByteArray text = readFile(out);
    QList<QByteArray> lines = text.split('\n');
    QByteArray edited = lines.at(2);
    edited.replace("\"qty\":3", "\"qty\":4");
    QVERIFY(edited != lines.at(2));
    lines[2] = edited;
    const QString tampered = file(QStringLiteral("tampered.jsonl"));
    QVERIFY(writeFile(tampered, lines.join('\n')));
    const Run bad = verify(tampered);
    QCOMPARE(bad.exitCode, 1);
    QVERIFY2(bad.out.contains(QStringLiteral("NOT intact at line 3")), qPrintable(bad.out + bad.err));

    // A signature whose base64 ends in '=' has spare low bits in its last character; changing them keeps the
    // decoded signature, but the file is no longer the one that was exported, and both verifiers say so.
    lines = text.split('\n');
    for (qsizetype i = 0; i + 1 < lines.size(); ++i) {
        const qsizetype pad = lines.at(i).indexOf("=\",\"terminal\"");
        if (pad < 0) {
            continue;
        }
        const qsizetype last = lines.at(i).lastIndexOf(QByteArray("\"sig\":\"")) + 7;
        qsizetype data = pad - 1;
        while (data > last && lines.at(i).at(data) == '=') {
            --data;
        }
        lines[i][data] = static_cast<char>(lines.at(i).at(data) + 1);
        QVERIFY(writeFile(tampered, lines.join('\n')));
        const Run padded = verify(tampered);
        QCOMPARE(padded.exitCode, 1);
        QVERIFY2(padded.out.contains(QStringLiteral("NOT intact at line %1").arg(i + 1)), qPrintable(padded.out));
        const Run ours =
            ctl(withDb({QStringLiteral("journal"), QStringLiteral("verify"), QStringLiteral("--file"), tampered}));
        QCOMPARE(ours.exitCode, 2);
        return;
    }
    qInfo("no signature in this export ends in '=' (a 72-byte DER signature has no spare bits)");
}

void TestMadangctlSales::receiptCopiesAreJournaledReprints_data()
{
    QTest::addColumn<QString>("format");
    QTest::addColumn<QStringList>("extra");
    QTest::addColumn<QByteArray>("magic");
    QTest::newRow("pdf") << QStringLiteral("pdf") << QStringList{} << QByteArray("%PDF-");
    QTest::newRow("png") << QStringLiteral("png") << QStringList{QStringLiteral("--lang"), QStringLiteral("en")}
                         << QByteArray("\x89PNG");
    QTest::newRow("escpos 58") << QStringLiteral("escpos")
                               << QStringList{QStringLiteral("--width"), QStringLiteral("58")} << QByteArray("\x1b@");
}

void TestMadangctlSales::receiptCopiesAreJournaledReprints()
{
    QFETCH(QString, format);
    QFETCH(QStringList, extra);
    QFETCH(QByteArray, magic);
    QVERIFY(initRestaurant(true));
    QVERIFY(sellSome(1));
    const QString out = file(QStringLiteral("copy.") + format);
    const Run r = ctl(withDb(QStringList{QStringLiteral("receipt"), format, QStringLiteral("--receipt"),
                                         QStringLiteral("T1-000001"), QStringLiteral("--out"), out} +
                             extra));
    QCOMPARE(r.exitCode, 0);
    QVERIFY(readFile(out).startsWith(magic));
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM journal WHERE type = 'reprint'")), 1);
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM orders")), 1);
    // An unknown receipt and bad options change nothing.
    const Run unknown = ctl(withDb({QStringLiteral("receipt"), format, QStringLiteral("--receipt"),
                                    QStringLiteral("T1-999999"), QStringLiteral("--out"), file(QStringLiteral("x"))}));
    QCOMPARE(unknown.exitCode, 2);
    const Run badWidth =
        ctl(withDb({QStringLiteral("receipt"), format, QStringLiteral("--receipt"), QStringLiteral("T1-000001"),
                    QStringLiteral("--out"), out, QStringLiteral("--width"), QStringLiteral("70")}));
    QCOMPARE(badWidth.exitCode, 64);
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM journal")), 2);
}

void TestMadangctlSales::importedPriceAtTheMaximumSells()
{
    // A price that can be imported can be sold, and so can the most units of one line.
    QVERIFY(initRestaurant(true));
    QFile csv(file(QStringLiteral("top.csv")));
    QVERIFY(csv.open(QIODevice::WriteOnly));
    csv.write("sku,name,price\nTOP,Gold bar,\"1,000,000,000,000\"\nTOP2,Dearer bar,1000000000001\n");
    csv.close();
    const Run refused = ctl(withDb({QStringLiteral("catalog"), QStringLiteral("import"), csv.fileName()}));
    QCOMPARE(refused.exitCode, 2);
    QVERIFY2(refused.err.contains(QStringLiteral("over the maximum of ₩1,000,000,000,000")), qPrintable(refused.err));
    QVERIFY(csv.open(QIODevice::WriteOnly));
    csv.write("sku,name,price\nTOP,Gold bar,\"1,000,000,000,000\"\n");
    csv.close();
    const Run imported = ctl(withDb({QStringLiteral("catalog"), QStringLiteral("import"), csv.fileName()}));
    QVERIFY2(imported.exitCode == 0, qPrintable(imported.err));
    const Run one = sale({QStringLiteral("--item"), QStringLiteral("TOP"), QStringLiteral("--pay"),
                          QStringLiteral("cash"), QStringLiteral("--json")});
    QVERIFY2(one.exitCode == 0, qPrintable(one.err));
    QCOMPARE(QJsonDocument::fromJson(one.out.toUtf8()).object().value(QStringLiteral("total_minor")).toInteger(),
             1'000'000'000'000);
    const Run most = sale({QStringLiteral("--item"), QStringLiteral("M-KIMCHIx10000"), QStringLiteral("--pay"),
                           QStringLiteral("card:R1"), QStringLiteral("--json")});
    QVERIFY2(most.exitCode == 0, qPrintable(most.err));
    QCOMPARE(QJsonDocument::fromJson(most.out.toUtf8()).object().value(QStringLiteral("total_minor")).toInteger(),
             90'000'000);
    const Run eleven =
        sale({QStringLiteral("--item"), QStringLiteral("TOPx11"), QStringLiteral("--pay"), QStringLiteral("cash")});
    QCOMPARE(eleven.exitCode, 2);
    QVERIFY2(eleven.err.contains(QStringLiteral("over the maximum of ₩10,000,000,000,000")), qPrintable(eleven.err));
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM orders")), 2);
}

QTEST_GUILESS_MAIN(TestMadangctlSales)
#include "tst_madangctlsales.moc"
