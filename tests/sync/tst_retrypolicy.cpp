// RetryPolicy: the steady interval while all is well; after failures in a row, a delay that doubles up to its cap;
// every delay spread by the jitter, both ways.
#include "engine/retrypolicy.h"

#include <QTest>

using madang::sync::RetryPolicy;

class tst_RetryPolicy : public QObject
{
    Q_OBJECT
private slots:
    void delays_data()
    {
        QTest::addColumn<QString>("outcomes"); // s: a round completed, f: it failed
        QTest::addColumn<double>("random");    // what the random source returns
        QTest::addColumn<QList<int>>("delays");
        QTest::newRow("steady") << QStringLiteral("sss") << 0.5 << QList<int>{15000, 15000, 15000};
        QTest::newRow("doubling up to the cap")
            << QStringLiteral("fffffffff") << 0.5
            << QList<int>{2000, 4000, 8000, 16000, 32000, 64000, 128000, 256000, 300000};
        QTest::newRow("a success starts again") << QStringLiteral("ffsf") << 0.5 << QList<int>{2000, 4000, 15000, 2000};
        QTest::newRow("jitter down") << QStringLiteral("sf") << 0.0 << QList<int>{12000, 1600};
        QTest::newRow("jitter up") << QStringLiteral("sf") << 0.999999 << QList<int>{18000, 2400};
    }
    void delays()
    {
        QFETCH(QString, outcomes);
        QFETCH(double, random);
        QFETCH(QList<int>, delays);
        RetryPolicy policy({}, [random] { return random; });
        QList<int> got;
        for (const QChar c : outcomes) {
            got << (c == QLatin1Char('s') ? policy.afterSuccess() : policy.afterFailure());
        }
        QCOMPARE(got, delays);
    }

    void longOutageStaysAtTheCap()
    {
        RetryPolicy policy({}, [] { return 0.5; });
        int delay = 0;
        for (int i = 0; i < 1000; ++i) { // days without the platform: no overflow, no delay beyond the cap
            delay = policy.afterFailure();
            QVERIFY(delay > 0 && delay <= 300000);
        }
        QCOMPARE(delay, 300000);
        QCOMPARE(policy.failuresInARow(), 1000);
    }

    void jitterStaysInItsBand()
    {
        RetryPolicy policy({}); // the real random source
        for (int i = 0; i < 200; ++i) {
            const int delay = policy.afterSuccess();
            QVERIFY2(delay >= 12000 && delay <= 18000, qPrintable(QString::number(delay)));
        }
    }
};

QTEST_GUILESS_MAIN(tst_RetryPolicy)
#include "tst_retrypolicy.moc"
