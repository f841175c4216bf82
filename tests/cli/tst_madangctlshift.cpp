// madangctl shift open / cash / report / close at the amount limits: refusals that write nothing, the issue's
// probe (a float, two cash-ins at the maximum and a sale) and a database that already holds an out-of-range row.
#include "madangctlfixture.h"
#include "storage/database.h"

#include <QSqlQuery>

class TestMadangctlShift : public QObject, protected MadangctlFixture
{
    Q_OBJECT

private slots:
    void init();
    void cleanup() { tearDown(); }
    void refusedAmountsWriteNothing_data();
    void refusedAmountsWriteNothing();
    void largestAmountsReportAndClose();
    void outOfRangeRowStillReportsAndCloses();

private:
    Run shift(const QStringList &args) { return ctl(withDb(QStringList{QStringLiteral("shift")} + args)); }
    qint64 count(const QString &sql)
    {
        auto opened = Database::open(db(), Database::Mode::ReadOnly);
        return opened ? queryInt(opened.value()->connection(), sql) : -1;
    }
    QList<qint64> writes()
    {
        QList<qint64> counts;
        for (const char *table : {"shifts", "cash_movements", "shift_closures", "journal", "outbox"}) {
            counts << count(QStringLiteral("SELECT count(*) FROM %1").arg(QLatin1String(table)));
        }
        return counts;
    }
};

void TestMadangctlShift::init()
{
    setUp();
    QVERIFY(initRestaurant(true));
    const Run opened = shift({QStringLiteral("open"), QStringLiteral("--float"), QStringLiteral("100000")});
    QVERIFY2(opened.exitCode == 0, qPrintable(opened.err));
}

void TestMadangctlShift::refusedAmountsWriteNothing_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QString>("mentions");
    const QString reason = QStringLiteral("--reason");
    QTest::newRow("cash in INT64_MAX")
        << QStringList{QStringLiteral("cash"), QStringLiteral("in"), QStringLiteral("9223372036854775807"), reason,
                       QStringLiteral("bank")}
        << QStringLiteral("cash in: The cash in ₩9,223,372,036,854,775,807 is over the maximum of ₩1,000,000,000,000.");
    QTest::newRow("cash in beyond 64 bits")
        << QStringList{QStringLiteral("cash"), QStringLiteral("in"), QStringLiteral("99999999999999999999"), reason,
                       QStringLiteral("bank")}
        << QStringLiteral("is over the maximum of ₩1,000,000,000,000");
    QTest::newRow("cash out above the maximum")
        << QStringList{QStringLiteral("cash"), QStringLiteral("out"), QStringLiteral("1000000000001"), reason,
                       QStringLiteral("bank")}
        << QStringLiteral("over the maximum of ₩1,000,000,000,000");
    QTest::newRow("cash out beyond the drawer")
        << QStringList{QStringLiteral("cash"), QStringLiteral("out"), QStringLiteral("100001"), reason,
                       QStringLiteral("bank")}
        << QStringLiteral("more than the ₩100,000 the drawer holds; that needs a manager's approval. Take it out "
                          "at the terminal");
    QTest::newRow("float above the maximum")
        << QStringList{QStringLiteral("open"), QStringLiteral("--float"), QStringLiteral("1000000000001")}
        << QStringLiteral("--float: The opening float ₩1,000,000,000,001 is over the maximum");
    QTest::newRow("counted above the maximum")
        << QStringList{QStringLiteral("close"), QStringLiteral("--counted"), QStringLiteral("10000000000001")}
        << QStringLiteral("--counted: The counted cash ₩10,000,000,000,001 is over the maximum of "
                          "₩10,000,000,000,000.");
}

void TestMadangctlShift::refusedAmountsWriteNothing()
{
    QFETCH(QStringList, args);
    QFETCH(QString, mentions);
    const QList<qint64> before = writes();
    const Run r = shift(args);
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.err.contains(mentions), qPrintable(r.err));
    QCOMPARE(r.err.count(QLatin1Char('\n')), 1);
    QVERIFY2(r.out.isEmpty(), qPrintable(r.out));
    QCOMPARE(writes(), before);
    // The shift is still open and still adds up.
    const Run x = shift({QStringLiteral("report"), QStringLiteral("--json")});
    QVERIFY2(x.exitCode == 0, qPrintable(x.err));
    const QJsonObject cash = QJsonDocument::fromJson(x.out.toUtf8()).object().value(QStringLiteral("cash")).toObject();
    QCOMPARE(cash.value(QStringLiteral("expected_minor")).toInteger(), 100000);
}

void TestMadangctlShift::largestAmountsReportAndClose()
{
    for (int i = 0; i < 2; ++i) {
        const Run in = shift({QStringLiteral("cash"), QStringLiteral("in"), QStringLiteral("1,000,000,000,000"),
                              QStringLiteral("--reason"), QStringLiteral("bank")});
        QVERIFY2(in.exitCode == 0, qPrintable(in.err));
    }
    const Run sold = ctl(withDb({QStringLiteral("sale"), QStringLiteral("--item"), QStringLiteral("M-KIMCHIx2"),
                                 QStringLiteral("--pay"), QStringLiteral("cash")}));
    QVERIFY2(sold.exitCode == 0, qPrintable(sold.err));
    const Run x = shift({QStringLiteral("report")});
    QVERIFY2(x.exitCode == 0, qPrintable(x.err));
    QVERIFY2(x.out.contains(QStringLiteral("cash expected ₩2,000,000,118,000")), qPrintable(x.out));
    const Run z = shift({QStringLiteral("close"), QStringLiteral("--counted"), QStringLiteral("2000000118000"),
                         QStringLiteral("--json")});
    QVERIFY2(z.exitCode == 0, qPrintable(z.err));
    const QJsonObject cash = QJsonDocument::fromJson(z.out.toUtf8()).object().value(QStringLiteral("cash")).toObject();
    QCOMPARE(cash.value(QStringLiteral("expected_minor")).toInteger(), 2'000'000'118'000);
    QCOMPARE(cash.value(QStringLiteral("difference_minor")).toInteger(), 0);
}

void TestMadangctlShift::outOfRangeRowStillReportsAndCloses()
{
    // A row as an older version could write it: cash in of 2^63 - 1.
    {
        auto opened = Database::open(db(), Database::Mode::ReadWrite);
        QVERIFY(opened.ok());
        QString error;
        QVERIFY2(execSql(opened.value()->connection(),
                         QStringLiteral("INSERT INTO cash_movements (id, shift_id, kind, amount_minor, reason, at) "
                                        "SELECT 'old', id, 'in', 9223372036854775807, 'old', 'x' FROM shifts"),
                         &error),
                 qPrintable(error));
    }
    const Run x = shift({QStringLiteral("report")});
    QVERIFY2(x.exitCode == 0, qPrintable(x.err));
    QVERIFY2(x.out.contains(QStringLiteral("cash expected ₩100,000\n")), qPrintable(x.out));
    QVERIFY2(x.out.contains(QStringLiteral("left out 1 stored figure(s)")), qPrintable(x.out));
    const Run z = shift({QStringLiteral("close"), QStringLiteral("--counted"), QStringLiteral("100000")});
    QVERIFY2(z.exitCode == 0, qPrintable(z.err));
    QVERIFY2(z.out.contains(QStringLiteral("difference ₩0")), qPrintable(z.out));
    QCOMPARE(count(QStringLiteral("SELECT expected_cash_minor FROM shift_closures")), 100000);
    QCOMPARE(count(QStringLiteral("SELECT json_extract(report, '$.out_of_range') FROM shift_closures")), 1);
    // And the next shift opens and closes as usual.
    QCOMPARE(shift({QStringLiteral("open")}).exitCode, 0);
    QCOMPARE(shift({QStringLiteral("close"), QStringLiteral("--counted"), QStringLiteral("0")}).exitCode, 0);
}

QTEST_GUILESS_MAIN(TestMadangctlShift)
#include "tst_madangctlshift.moc"
