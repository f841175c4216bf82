// Uuid7Generator: RFC 9562 layout, embedded time, and strict ordering from one generator.
#include "base/uuid7.h"
#include "fakeclock.h"
#include "testsupport.h"

#include <QRegularExpression>
#include <QSet>
#include <QTest>
#include <QUuid>

using namespace madang;
using madang::test::FakeClock;

namespace {
/// Byte order of the RFC 4122 form is the order that "strictly increasing" is about.
QByteArray key(const QUuid &id)
{
    return id.toRfc4122();
}
} // namespace

class TestUuid7 : public QObject
{
    Q_OBJECT

private slots:
    void versionAndVariantBits_data();
    void versionAndVariantBits();
    void timestampRoundTrip_data();
    void timestampRoundTrip();
    void timestampOfOtherIds_data();
    void timestampOfOtherIds();
    void increasingAtFixedClock();
    void increasingWhenClockGoesBack();
    void increasingAcrossMilliseconds();
    void increasingWithConstantRandomness();
    void uniqueAcrossGenerators();
    void textForm();
};

void TestUuid7::versionAndVariantBits_data()
{
    QTest::addColumn<quint64>("random");
    QTest::newRow("zero bits") << quint64(0);
    QTest::newRow("all bits") << ~quint64(0);
    QTest::newRow("pattern") << quint64(0xA5A5A5A5A5A5A5A5ULL);
}

void TestUuid7::versionAndVariantBits()
{
    QFETCH(quint64, random);
    FakeClock clock;
    Uuid7Generator ids(clock, [random] { return random; });
    for (int i = 0; i < 50; ++i) {
        const QUuid id = ids.next();
        const QByteArray b = id.toRfc4122();
        QCOMPARE(b.size(), 16);
        QCOMPARE(static_cast<quint8>(b[6]) >> 4, 7); // version 7
        QCOMPARE(static_cast<quint8>(b[8]) >> 6, 2); // variant 10
        // (QUuid::version() of Qt 6.4 predates RFC 9562 and reports VerUnknown for 7.)
        QCOMPARE(id.variant(), QUuid::DCE);
    }
}

void TestUuid7::timestampRoundTrip_data()
{
    QTest::addColumn<qint64>("ms");
    QTest::newRow("epoch") << qint64(0);
    QTest::newRow("2025 Seoul") << FakeClock::defaultStart().toMSecsSinceEpoch();
    QTest::newRow("odd millisecond") << qint64(1718000000123);
    QTest::newRow("largest 48-bit") << qint64(0xFFFFFFFFFFFFLL);
}

void TestUuid7::timestampRoundTrip()
{
    QFETCH(qint64, ms);
    FakeClock clock;
    clock.setMSecsSinceEpoch(ms);
    Uuid7Generator ids(clock);
    const QUuid id = ids.next();
    QCOMPARE(Uuid7Generator::timestampMs(id), ms);
    // The first 48 bits are the time, big-endian: visible in the text form too.
    QCOMPARE(id.toString(QUuid::Id128).left(12), QStringLiteral("%1").arg(ms, 12, 16, QLatin1Char('0')));
}

void TestUuid7::timestampOfOtherIds_data()
{
    QTest::addColumn<QUuid>("id");
    QTest::newRow("null") << QUuid();
    QTest::newRow("v4") << QUuid(QStringLiteral("{f47ac10b-58cc-4372-a567-0e02b2c3d479}"));
    QTest::newRow("v7 with wrong variant") << QUuid(QStringLiteral("{01890a5d-ac96-774b-ecce-b302099a8057}"));
    QTest::newRow("v1") << QUuid(QStringLiteral("{c232ab00-9414-11ec-b3c8-9f6bdeced846}"));
}

void TestUuid7::timestampOfOtherIds()
{
    QFETCH(QUuid, id);
    QCOMPARE(Uuid7Generator::timestampMs(id), qint64(-1));
}

void TestUuid7::increasingAtFixedClock()
{
    FakeClock clock;
    Uuid7Generator ids(clock);
    QByteArray previous = key(ids.next());
    QSet<QUuid> seen;
    for (int i = 0; i < 10000; ++i) {
        const QUuid id = ids.next();
        const QByteArray k = key(id);
        QVERIFY2(k > previous, qPrintable(QStringLiteral("id %1 is not after the one before").arg(i)));
        previous = k;
        seen.insert(id);
        // Never more than a few milliseconds ahead of the clock, even after 10 000 ids in one millisecond.
        QVERIFY(Uuid7Generator::timestampMs(id) - clock.nowMs() < 10);
        QVERIFY(Uuid7Generator::timestampMs(id) >= clock.nowMs());
    }
    QCOMPARE(seen.size(), 10000);
}

void TestUuid7::increasingWhenClockGoesBack()
{
    FakeClock clock;
    Uuid7Generator ids(clock);
    QByteArray previous = key(ids.next());
    const qint64 start = clock.nowMs();
    for (int i = 0; i < 10000; ++i) {
        // An NTP correction: the clock jumps back by up to a minute every so often.
        if (i % 1000 == 999) {
            clock.advance(-60000);
        } else if (i % 10 == 0) {
            clock.advance(1);
        }
        const QUuid id = ids.next();
        const QByteArray k = key(id);
        QVERIFY2(k > previous, qPrintable(QStringLiteral("id %1 is not after the one before").arg(i)));
        previous = k;
        QVERIFY(Uuid7Generator::timestampMs(id) >= start);
    }
}

void TestUuid7::increasingAcrossMilliseconds()
{
    FakeClock clock;
    Uuid7Generator ids(clock);
    QUuid previous = ids.next();
    for (int i = 0; i < 100; ++i) {
        clock.advance(1);
        const QUuid id = ids.next();
        QVERIFY(key(id) > key(previous));
        // A new millisecond takes the clock's time again.
        QCOMPARE(Uuid7Generator::timestampMs(id), clock.nowMs());
        previous = id;
    }
}

void TestUuid7::increasingWithConstantRandomness()
{
    // Even with a degenerate random source the counter alone keeps the order.
    FakeClock clock;
    Uuid7Generator ids(clock, [] { return ~quint64(0); });
    QByteArray previous = key(ids.next());
    for (int i = 0; i < 10000; ++i) {
        const QByteArray k = key(ids.next());
        QVERIFY2(k > previous, qPrintable(QStringLiteral("id %1 is not after the one before").arg(i)));
        previous = k;
    }
}

void TestUuid7::uniqueAcrossGenerators()
{
    // Two terminals at the same instant must not collide: the random bits tell them apart.
    FakeClock clock;
    Uuid7Generator a(clock);
    Uuid7Generator b(clock);
    QSet<QUuid> seen;
    for (int i = 0; i < 5000; ++i) {
        seen.insert(a.next());
        seen.insert(b.next());
    }
    QCOMPARE(seen.size(), 10000);
}

void TestUuid7::textForm()
{
    FakeClock clock;
    Uuid7Generator ids(clock);
    static const QRegularExpression form(
        QStringLiteral("^[0-9a-f]{8}-[0-9a-f]{4}-7[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$"));
    for (int i = 0; i < 100; ++i) {
        const QString text = ids.nextString();
        QVERIFY2(form.match(text).hasMatch(), qPrintable(text));
        QCOMPARE(text.size(), 36);
        QCOMPARE(Uuid7Generator::timestampMs(QUuid(text)), clock.nowMs());
    }
}

QTEST_GUILESS_MAIN(TestUuid7)
#include "tst_uuid7.moc"
