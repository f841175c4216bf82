// timetext: the one way times of day and timestamps are written as text.
#include "base/timetext.h"

#include <QTest>
#include <QTimeZone>

using namespace madang;

class TestTimeText : public QObject
{
    Q_OBJECT

private slots:
    void clock_data();
    void clock();
    void minutesFrom_data();
    void minutesFrom();
    void wire_data();
    void wire();
    void olderTextsReadBack_data();
    void olderTextsReadBack();
    void wireTextOrderIsTimeOrderAtOneOffset();
};

void TestTimeText::clock_data()
{
    QTest::addColumn<int>("minutes");
    QTest::addColumn<QString>("text");
    QTest::newRow("midnight") << 0 << QStringLiteral("00:00");
    QTest::newRow("morning") << 9 * 60 + 5 << QStringLiteral("09:05");
    QTest::newRow("last minute") << 24 * 60 - 1 << QStringLiteral("23:59");
    QTest::newRow("end of day") << 24 * 60 << QStringLiteral("24:00");
    QTest::newRow("past midnight wraps") << 24 * 60 + 30 << QStringLiteral("00:30");
    QTest::newRow("negative wraps back") << -30 << QStringLiteral("23:30");
}

void TestTimeText::clock()
{
    QFETCH(int, minutes);
    QFETCH(QString, text);
    QCOMPARE(timetext::clock(minutes), text);
}

void TestTimeText::minutesFrom_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("minutes");
    QTest::newRow("short hour") << QStringLiteral("9:00") << 540;
    QTest::newRow("two digits") << QStringLiteral("09:30") << 570;
    QTest::newRow("spaces") << QStringLiteral(" 18:45 ") << 18 * 60 + 45;
    QTest::newRow("end of day") << QStringLiteral("24:00") << 1440;
    QTest::newRow("past the end") << QStringLiteral("24:01") << -1;
    QTest::newRow("minutes out of range") << QStringLiteral("10:60") << -1;
    QTest::newRow("no colon") << QStringLiteral("0930") << -1;
    QTest::newRow("words") << QStringLiteral("noon") << -1;
    QTest::newRow("empty") << QString() << -1;
}

void TestTimeText::minutesFrom()
{
    QFETCH(QString, text);
    QFETCH(int, minutes);
    QCOMPARE(timetext::minutesFrom(text), minutes);
    if (minutes >= 0) {
        QCOMPARE(timetext::minutesFrom(timetext::clock(minutes)), minutes);
    }
}

void TestTimeText::wire_data()
{
    QTest::addColumn<QDateTime>("time");
    QTest::addColumn<QString>("text");
    const QDate day(2026, 12, 7);
    QTest::newRow("Seoul") << QDateTime(day, QTime(9, 30, 0, 5), Qt::OffsetFromUTC, 9 * 3600)
                           << QStringLiteral("2026-12-07T09:30:00.005+09:00");
    QTest::newRow("UTC") << QDateTime(day, QTime(0, 30), Qt::UTC) << QStringLiteral("2026-12-07T00:30:00.000+00:00");
    QTest::newRow("west of UTC, half hour")
        << QDateTime(day, QTime(23, 59, 59, 999), Qt::OffsetFromUTC, -(3 * 3600 + 1800))
        << QStringLiteral("2026-12-07T23:59:59.999-03:30");
    QTest::newRow("time zone") << QDateTime(day, QTime(12, 0), QTimeZone("Asia/Seoul"))
                               << QStringLiteral("2026-12-07T12:00:00.000+09:00");
}

void TestTimeText::wire()
{
    QFETCH(QDateTime, time);
    QFETCH(QString, text);
    QCOMPARE(timetext::wire(time), text);
    const QDateTime back = timetext::fromWire(text);
    QVERIFY(back.isValid());
    QCOMPARE(back.toMSecsSinceEpoch(), time.toMSecsSinceEpoch());
    QCOMPARE(back.offsetFromUtc(), time.offsetFromUtc());
}

void TestTimeText::olderTextsReadBack_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("valid");
    QTest::newRow("UTC with Z (print queue before)") << QStringLiteral("2026-12-07T00:30:00.000Z") << true;
    QTest::newRow("no offset (local, before)") << QStringLiteral("2026-12-07T09:30:00.000") << true;
    QTest::newRow("no milliseconds") << QStringLiteral("2026-12-07T09:30:00+09:00") << true;
    QTest::newRow("not a time") << QStringLiteral("yesterday") << false;
    QTest::newRow("empty") << QString() << false;
}

void TestTimeText::olderTextsReadBack()
{
    QFETCH(QString, text);
    QFETCH(bool, valid);
    QCOMPARE(timetext::fromWire(text).isValid(), valid);
}

void TestTimeText::wireTextOrderIsTimeOrderAtOneOffset()
{
    QDateTime t(QDate(2026, 12, 31), QTime(23, 59, 58, 990), Qt::OffsetFromUTC, 9 * 3600);
    QString previous = timetext::wire(t);
    for (int i = 0; i < 50; ++i) {
        t = t.addMSecs(7);
        const QString next = timetext::wire(t);
        QVERIFY2(previous < next, qPrintable(previous + QStringLiteral(" >= ") + next));
        previous = next;
    }
}

QTEST_GUILESS_MAIN(TestTimeText)
#include "tst_timetext.moc"
