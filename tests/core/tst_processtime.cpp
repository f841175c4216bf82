// msSinceProcessStart: from the start time a parent passed in MADANG_SPAWNED_AT_NS when there is a usable one, else
// from /proc; what `madang --smoke` and the bare window report to `madang-bench startup`.
#include "base/processtime.h"

#include <QTest>

using namespace madang;

class TestProcessTime : public QObject
{
    Q_OBJECT

private slots:
    void cleanup() { qunsetenv(kSpawnedAtNsVariable); }

    void spawnTimeFromTheParent()
    {
        qputenv(kSpawnedAtNsVariable, QByteArray::number(monotonicNs() - 250'000'000)); // 250 ms ago
        const double ms = msSinceProcessStart();
        QVERIFY2(ms >= 250.0 && ms < 250.0 + 60'000.0, qPrintable(QString::number(ms)));
        // To the microsecond, not in clock ticks: two readings 2 ms apart differ by about that much.
        QTest::qSleep(2);
        const double later = msSinceProcessStart();
        QVERIFY2(later - ms >= 2.0 && later - ms < 60'000.0, qPrintable(QString::number(later - ms)));
    }

    void unusableValuesFallBackToProc_data()
    {
        QTest::addColumn<QByteArray>("value");
        QTest::newRow("unset") << QByteArray();
        QTest::newRow("not a number") << QByteArrayLiteral("soon");
        QTest::newRow("zero") << QByteArrayLiteral("0");
        QTest::newRow("negative") << QByteArrayLiteral("-5");
        QTest::newRow("in the future") << QByteArray::number(monotonicNs() + 3'600'000'000'000LL);
    }

    void unusableValuesFallBackToProc()
    {
        QFETCH(QByteArray, value);
        if (!value.isEmpty()) {
            qputenv(kSpawnedAtNsVariable, value);
        }
        // /proc's figure: this test process has run for some time, never for an hour in the future.
        const double ms = msSinceProcessStart();
        QVERIFY2(ms >= 0.0 && ms < 3'600'000.0, qPrintable(QString::number(ms)));
    }
};

QTEST_GUILESS_MAIN(TestProcessTime)
#include "tst_processtime.moc"
