// Recurrence: the dates of weekly, every-other-week and monthly-on-weekday-N series, and the refusals.
#include "bookings/recurrence.h"
#include "testsupport.h"

#include <QTest>

using namespace madang;

Q_DECLARE_METATYPE(madang::Repeat)

class TestRecurrence : public QObject
{
    Q_OBJECT

private slots:
    void dates_data();
    void dates();
    void refused_data();
    void refused();
    void names();
};

void TestRecurrence::dates_data()
{
    QTest::addColumn<Repeat>("repeat");
    QTest::addColumn<QDate>("first");
    QTest::addColumn<int>("count");
    QTest::addColumn<QStringList>("expected");

    QTest::newRow("weekly") << Repeat::Weekly << QDate(2026, 12, 8) << 3
                            << QStringLiteral("2026-12-08 2026-12-15 2026-12-22").split(QLatin1Char(' '));
    QTest::newRow("every other Tuesday, over the new year")
        << Repeat::EveryTwoWeeks << QDate(2026, 12, 8) << 4
        << QStringLiteral("2026-12-08 2026-12-22 2027-01-05 2027-01-19").split(QLatin1Char(' '));
    QTest::newRow("2nd Tuesday of the month")
        << Repeat::MonthlyWeekday << QDate(2026, 12, 8) << 3
        << QStringLiteral("2026-12-08 2027-01-12 2027-02-09").split(QLatin1Char(' '));
    QTest::newRow("1st Monday") << Repeat::MonthlyWeekday << QDate(2026, 11, 2) << 3
                                << QStringLiteral("2026-11-02 2026-12-07 2027-01-04").split(QLatin1Char(' '));
    QTest::newRow("last Friday (never skips a month)")
        << Repeat::MonthlyWeekday << QDate(2026, 12, 25) << 3
        << QStringLiteral("2026-12-25 2027-01-29 2027-02-26").split(QLatin1Char(' '));
    QTest::newRow("4th Thursday in the last week means the last")
        << Repeat::MonthlyWeekday << QDate(2026, 11, 26) << 2
        << QStringLiteral("2026-11-26 2026-12-31").split(QLatin1Char(' '));
    QTest::newRow("4th Thursday") << Repeat::MonthlyWeekday << QDate(2026, 12, 24) << 2
                                  << QStringLiteral("2026-12-24 2027-01-28").split(QLatin1Char(' '));
    QTest::newRow("one visit") << Repeat::Weekly << QDate(2027, 3, 1) << 1
                               << QStringLiteral("2027-03-01").split(QLatin1Char(' '));
}

void TestRecurrence::dates()
{
    QFETCH(Repeat, repeat);
    QFETCH(QDate, first);
    QFETCH(int, count);
    QFETCH(QStringList, expected);

    auto dates = occurrences({repeat, first, count});
    MADANG_VERIFY_OK(dates);
    QStringList iso;
    for (const QDate &d : dates.value()) {
        iso << d.toString(Qt::ISODate);
        QCOMPARE(d.dayOfWeek(), first.dayOfWeek());
    }
    QCOMPARE(iso, expected);
}

void TestRecurrence::refused_data()
{
    QTest::addColumn<QDate>("first");
    QTest::addColumn<int>("count");
    QTest::newRow("no visits") << QDate(2026, 12, 8) << 0;
    QTest::newRow("too many") << QDate(2026, 12, 8) << RecurrenceRule::kMaxVisits + 1;
    QTest::newRow("negative") << QDate(2026, 12, 8) << -3;
    QTest::newRow("no date") << QDate() << 3;
    QTest::newRow("31 February") << QDate(2027, 2, 31) << 3;
}

void TestRecurrence::refused()
{
    QFETCH(QDate, first);
    QFETCH(int, count);
    auto dates = occurrences({Repeat::Weekly, first, count});
    QVERIFY(!dates.ok());
    QCOMPARE(dates.error().code, ErrorCode::InvalidInput);
}

void TestRecurrence::names()
{
    for (Repeat r : {Repeat::Weekly, Repeat::EveryTwoWeeks, Repeat::MonthlyWeekday}) {
        QCOMPARE(repeatFromName(repeatName(r)), std::optional<Repeat>(r));
    }
    QVERIFY(!repeatFromName(QStringLiteral("daily")).has_value());
}

QTEST_GUILESS_MAIN(TestRecurrence)
#include "tst_recurrence.moc"
