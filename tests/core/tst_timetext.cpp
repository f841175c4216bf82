// timetext: the one way times of day and timestamps are written as text.
#include "base/clock.h"
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
    void wireAgreesWithQtsIsoText();
    void invalidTimeHasNoText();
    void systemClockWiresNowAsQtWould_data();
    void systemClockWiresNowAsQtWould();
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
    QTest::newRow("east of UTC, quarter hour, across midnight")
        << QDateTime(QDate(2024, 2, 29), QTime(0, 0, 0, 1), Qt::OffsetFromUTC, 5 * 3600 + 45 * 60)
        << QStringLiteral("2024-02-29T00:00:00.001+05:45");
    QTest::newRow("+14:00") << QDateTime(QDate(2026, 1, 1), QTime(13, 59), Qt::OffsetFromUTC, 14 * 3600)
                            << QStringLiteral("2026-01-01T13:59:00.000+14:00");
    QTest::newRow("before 1970") << QDateTime(QDate(1969, 12, 31), QTime(23, 59, 59, 999), Qt::UTC)
                                 << QStringLiteral("1969-12-31T23:59:59.999+00:00");
    QTest::newRow("year 1, west") << QDateTime(QDate(1, 1, 1), QTime(0, 0), Qt::OffsetFromUTC, -3600)
                                  << QStringLiteral("0001-01-01T00:00:00.000-01:00");
    QTest::newRow("year 9999") << QDateTime(QDate(9999, 12, 31), QTime(23, 59, 59, 999), Qt::UTC)
                               << QStringLiteral("9999-12-31T23:59:59.999+00:00");
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

void TestTimeText::wireAgreesWithQtsIsoText()
{
    // Instants every ~37 days and 1 ms apart over 1900-2100, at offsets on both sides of UTC: the hand-written
    // text equals Qt's ISO text at that offset (which writes "Z" for UTC).
    const QList<int> offsets{0, 9 * 3600, -(9 * 3600 + 1800), 5 * 3600 + 45 * 60, -12 * 3600, 14 * 3600};
    const qint64 from = QDateTime(QDate(1900, 1, 1), QTime(0, 0), Qt::UTC).toMSecsSinceEpoch();
    const qint64 to = QDateTime(QDate(2100, 1, 1), QTime(0, 0), Qt::UTC).toMSecsSinceEpoch();
    int checked = 0;
    for (qint64 ms = from; ms < to; ms += 3'196'800'001LL) {
        for (const int offset : offsets) {
            const QDateTime t = QDateTime::fromMSecsSinceEpoch(ms, Qt::OffsetFromUTC, offset);
            QString expected = t.toString(Qt::ISODateWithMs);
            if (expected.endsWith(u'Z')) {
                expected.replace(expected.size() - 1, 1, QStringLiteral("+00:00"));
            }
            QCOMPARE(timetext::wire(t), expected);
            ++checked;
        }
    }
    QVERIFY(checked > 10000);
}

void TestTimeText::invalidTimeHasNoText()
{
    QCOMPARE(timetext::wire(QDateTime()), QString());
}

void TestTimeText::systemClockWiresNowAsQtWould_data()
{
    QTest::addColumn<QByteArray>("zone"); // TZ for the process; empty: as the machine is set
    QTest::newRow("the machine's zone") << QByteArray();
    QTest::newRow("Seoul") << QByteArrayLiteral("Asia/Seoul");
    QTest::newRow("Newfoundland, half hours west") << QByteArrayLiteral("America/St_Johns");
    QTest::newRow("Kathmandu, +05:45") << QByteArrayLiteral("Asia/Kathmandu");
}

void TestTimeText::systemClockWiresNowAsQtWould()
{
    // SystemClock::nowWire reads the offset from the C library; the text must be what wire(now()) gives for
    // the same instant, in whatever zone the machine is set to (a change shows within a second).
    QFETCH(QByteArray, zone);
    const QByteArray saved = qgetenv("TZ");
    const bool hadZone = qEnvironmentVariableIsSet("TZ");
    if (!zone.isEmpty()) {
        qputenv("TZ", zone);
        QTest::qWait(1100);
    }
    const SystemClock clock;
    const qint64 before = QDateTime::currentMSecsSinceEpoch();
    const QString text = clock.nowWire();
    const qint64 after = QDateTime::currentMSecsSinceEpoch();
    const QDateTime back = timetext::fromWire(text);
    if (!zone.isEmpty()) {
        hadZone ? qputenv("TZ", saved) : qunsetenv("TZ");
    }
    QVERIFY2(back.isValid(), qPrintable(text));
    QVERIFY(back.toMSecsSinceEpoch() >= before && back.toMSecsSinceEpoch() <= after);
    if (!zone.isEmpty()) {
        QCOMPARE(text, timetext::wire(back.toTimeZone(QTimeZone(zone))));
    }
    QCOMPARE(text, timetext::wire(QDateTime::fromMSecsSinceEpoch(
                       back.toMSecsSinceEpoch(), zone.isEmpty() ? QTimeZone::systemTimeZone() : QTimeZone(zone))));
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
