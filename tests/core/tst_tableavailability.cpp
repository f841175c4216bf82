// Table availability: seatings for a party (single tables and neighbours of one group combined), free
// starts inside opening hours, refusals, reserving, and the same answers for the same (or shuffled) input.
#include "reservations/tableavailability.h"
#include "testsupport.h"

#include <QTest>

using namespace madang;

namespace {
const QDate kFriday(2026, 12, 11);

constexpr int at(int hour, int minute = 0)
{
    return hour * 60 + minute;
}

QString clockText(int minutes)
{
    return QTime(0, 0).addSecs(minutes * 60).toString(QStringLiteral("HH:mm"));
}

BookableTable table(int number, int seats, const QString &group = {}, int position = 0)
{
    return BookableTable{
        QStringLiteral("t%1").arg(number), QStringLiteral("Table %1").arg(number), seats, group, position, {}};
}

/// Table 1 (2 seats) and table 8 (8) stand alone; the terrace has tables 2 and 3 (2 each) at positions 1
/// and 3, so they are not neighbours; the hall has tables 4 (4), 5 (2) and 6 (4) at positions 1, 2, 3.
/// Listed out of order on purpose.
QList<BookableTable> room()
{
    const QString terrace = QStringLiteral("terrace");
    const QString hall = QStringLiteral("hall");
    return {table(8, 8),          table(6, 4, hall, 3),    table(3, 2, terrace, 3), table(1, 2),
            table(5, 2, hall, 2), table(2, 2, terrace, 1), table(4, 4, hall, 1)};
}

/// The room with the given tables busy from 19:00 to 21:00.
QList<BookableTable> roomWithBusy(const QStringList &busyIds)
{
    QList<BookableTable> tables = room();
    for (BookableTable &t : tables) {
        if (busyIds.contains(t.id)) {
            t.busy[kFriday] = {Interval{at(19), at(21)}};
        }
    }
    return tables;
}

/// "t4+t5/6": the tables and the seats.
QString describe(const TableChoice &choice)
{
    return QStringLiteral("%1/%2").arg(choice.tableIds.join(QLatin1Char('+'))).arg(choice.seats);
}

QStringList describeAll(const QList<TableChoice> &choices)
{
    QStringList out;
    for (const TableChoice &choice : choices) {
        out << describe(choice);
    }
    return out;
}

/// "17:00 t4+t5" for every start from `first` to `last`, every `step` minutes.
QStringList slotsFor(int first, int last, const QString &tables, int step = 15)
{
    QStringList out;
    for (int s = first; s <= last; s += step) {
        out << QStringLiteral("%1 %2").arg(clockText(s), tables);
    }
    return out;
}

QStringList describeSlots(const QList<TableSlot> &found)
{
    QStringList out;
    for (const TableSlot &slot : found) {
        out << QStringLiteral("%1 %2").arg(clockText(slot.startMin), slot.best.tableIds.join(QLatin1Char('+')));
    }
    return out;
}

const QList<Interval> kLunchAndDinner{Interval{at(11, 30), at(14, 30)}, Interval{at(17), at(22)}};
} // namespace

Q_DECLARE_METATYPE(madang::BookableTable)
Q_DECLARE_METATYPE(madang::Interval)

class TestTableAvailability : public QObject
{
    Q_OBJECT

private slots:
    void choices_data();
    void choices();
    void refused_data();
    void refused();
    void freeSlots_data();
    void freeSlots();
    void slotsRefused_data();
    void slotsRefused();
    void reserve();
    void deterministic();
};

void TestTableAvailability::choices_data()
{
    QTest::addColumn<int>("party");
    QTest::addColumn<QStringList>("busy"); // tables busy 19:00-21:00
    QTest::addColumn<Interval>("span");
    QTest::addColumn<QStringList>("expected");

    const Interval evening{at(19, 30), at(21)};
    const QStringList sixAll{QStringLiteral("t4+t5/6"), QStringLiteral("t5+t6/6"), QStringLiteral("t8/8"),
                             QStringLiteral("t4+t5+t6/10")};
    QTest::newRow("a party of 6 sits at tables 4 and 5") << 6 << QStringList() << evening << sixAll;
    QTest::newRow("table 4 busy: tables 5 and 6, then the 8")
        << 6 << QStringList{QStringLiteral("t4")} << evening
        << QStringList{QStringLiteral("t5+t6/6"), QStringLiteral("t8/8")};
    QTest::newRow("a booking that ends as the party arrives")
        << 6 << QStringList{QStringLiteral("t4")} << Interval{at(21), at(22, 30)} << sixAll;
    QTest::newRow("the party fits, but nothing is free")
        << 6 << QStringList{QStringLiteral("t4"), QStringLiteral("t6"), QStringLiteral("t8")} << evening
        << QStringList();
    QTest::newRow("a party of 4: full single tables first")
        << 4 << QStringList() << evening
        << QStringList{QStringLiteral("t4/4"),    QStringLiteral("t6/4"), QStringLiteral("t4+t5/6"),
                       QStringLiteral("t5+t6/6"), QStringLiteral("t8/8"), QStringLiteral("t4+t5+t6/10")};
    QTest::newRow("a party of 10 only fits a combination")
        << 10 << QStringList() << evening << QStringList{QStringLiteral("t4+t5+t6/10")};
    // Left free: tables 1, 2, 3 and 5 (2 seats each). Tables 2 and 3 share a group but not neighbouring
    // positions; 2 and 5, 5 and 3 have neighbouring positions in different groups; 1 has no group.
    QTest::newRow("non-neighbours and other groups do not combine")
        << 4 << QStringList{QStringLiteral("t4"), QStringLiteral("t6"), QStringLiteral("t8")} << evening
        << QStringList();
    QTest::newRow("a party of 1: fewest empty seats, then fewest tables, then names")
        << 1 << QStringList() << evening
        << QStringList{QStringLiteral("t1/2"),       QStringLiteral("t2/2"),    QStringLiteral("t3/2"),
                       QStringLiteral("t5/2"),       QStringLiteral("t4/4"),    QStringLiteral("t6/4"),
                       QStringLiteral("t4+t5/6"),    QStringLiteral("t5+t6/6"), QStringLiteral("t8/8"),
                       QStringLiteral("t4+t5+t6/10")};
}

void TestTableAvailability::choices()
{
    QFETCH(int, party);
    QFETCH(QStringList, busy);
    QFETCH(Interval, span);
    QFETCH(QStringList, expected);
    const auto found = tableChoices(roomWithBusy(busy), party, kFriday, span);
    QVERIFY2(found.ok(), test::describe(found).constData());
    QCOMPARE(describeAll(*found), expected);
    // Another day is free: the bookings are per date.
    const auto nextDay = tableChoices(roomWithBusy(busy), party, kFriday.addDays(1), span);
    QVERIFY2(nextDay.ok(), test::describe(nextDay).constData());
    QVERIFY(!nextDay->isEmpty());
}

void TestTableAvailability::refused_data()
{
    QTest::addColumn<QList<BookableTable>>("tables");
    QTest::addColumn<int>("party");
    QTest::addColumn<Interval>("span");
    QTest::addColumn<QString>("message");

    const Interval evening{at(19), at(21)};
    const QString bar = QStringLiteral("bar");
    QTest::newRow("nobody") << room() << 0 << evening << QStringLiteral("A party of 0 is not between 1 and 99 guests.");
    QTest::newRow("a hundred") << room() << 100 << evening
                               << QStringLiteral("A party of 100 is not between 1 and 99 guests.");
    QTest::newRow("larger than every combination")
        << room() << 11 << evening
        << QStringLiteral("No table or combination of tables seats a party of 11; the largest seats 10.");
    QTest::newRow("at most four tables together")
        << QList<BookableTable>{table(1, 2, bar, 1), table(2, 2, bar, 2), table(3, 2, bar, 3), table(4, 2, bar, 4),
                                table(5, 2, bar, 5)}
        << 9 << evening << QStringLiteral("No table or combination of tables seats a party of 9; the largest seats 8.");
    QTest::newRow("neighbouring positions in different groups")
        << QList<BookableTable>{table(1, 2, QStringLiteral("left"), 1), table(2, 2, QStringLiteral("right"), 2)} << 4
        << evening << QStringLiteral("No table or combination of tables seats a party of 4; the largest seats 2.");
    QTest::newRow("tables without a group")
        << QList<BookableTable>{table(1, 2, {}, 1), table(2, 2, {}, 2)} << 3 << evening
        << QStringLiteral("No table or combination of tables seats a party of 3; the largest seats 2.");
    QTest::newRow("a gap in the positions")
        << QList<BookableTable>{table(1, 2, bar, 1), table(2, 2, bar, 3)} << 4 << evening
        << QStringLiteral("No table or combination of tables seats a party of 4; the largest seats 2.");
    QTest::newRow("no tables at all")
        << QList<BookableTable>() << 2 << evening
        << QStringLiteral("No table or combination of tables seats a party of 2; the largest seats 0.");
    QTest::newRow("a table without seats") << (room() << table(9, 0)) << 2 << evening
                                           << QStringLiteral("Table 9 has 0 seats; a table needs at least one.");
    QTest::newRow("two tables at one position")
        << (room() << table(7, 2, QStringLiteral("hall"), 2)) << 2 << evening
        << QStringLiteral("Table 5 and Table 7 share position 2 in the group hall.");
    QTest::newRow("two tables with one id")
        << (room() << table(4, 2)) << 2 << evening << QStringLiteral("Two tables have the id \"t4\".");
    QTest::newRow("a span that ends before it starts")
        << room() << 2 << Interval{at(21), at(19)}
        << QStringLiteral("The time range 21:00-19:00 ends before it starts.");
    QList<BookableTable> badBooking = room();
    badBooking[0].busy[kFriday] = {Interval{at(20), at(25)}};
    QTest::newRow("a booking past midnight")
        << badBooking << 2 << evening << QStringLiteral("The time range 1200-1500 minutes is not within one day.");
}

void TestTableAvailability::refused()
{
    QFETCH(QList<BookableTable>, tables);
    QFETCH(int, party);
    QFETCH(Interval, span);
    QFETCH(QString, message);
    const auto found = tableChoices(tables, party, kFriday, span);
    QVERIFY(!found.ok());
    QCOMPARE(found.error().code, ErrorCode::InvalidInput);
    QCOMPARE(found.error().message, message);
    if (span.length() > 0) {
        const auto starts = freeTableSlots(tables, party, kFriday, span.length(), kLunchAndDinner);
        QVERIFY(!starts.ok());
        QCOMPARE(starts.error().code, ErrorCode::InvalidInput);
        QCOMPARE(starts.error().message, message);
    }
}

void TestTableAvailability::freeSlots_data()
{
    QTest::addColumn<int>("party");
    QTest::addColumn<int>("duration");
    QTest::addColumn<QList<Interval>>("opening");
    QTest::addColumn<QStringList>("busy"); // tables busy 19:00-21:00
    QTest::addColumn<int>("step");
    QTest::addColumn<QStringList>("expected");

    const QString fourFive = QStringLiteral("t4+t5");
    const QList<Interval> dinner{Interval{at(17), at(22)}};
    QTest::newRow("lunch and dinner") << 6 << 90 << kLunchAndDinner << QStringList() << 15
                                      << slotsFor(at(11, 30), at(13), fourFive) +
                                             slotsFor(at(17), at(20, 30), fourFive);
    QTest::newRow("table 4 busy from 19:00")
        << 6 << 90 << kLunchAndDinner << QStringList{QStringLiteral("t4")} << 15
        << slotsFor(at(11, 30), at(13), fourFive) + slotsFor(at(17), at(17, 30), fourFive) +
               slotsFor(at(17, 45), at(20, 30), QStringLiteral("t5+t6"));
    QTest::newRow("tables 4, 6 and 8 busy from 19:00")
        << 6 << 90 << kLunchAndDinner << QStringList{QStringLiteral("t4"), QStringLiteral("t6"), QStringLiteral("t8")}
        << 15 << slotsFor(at(11, 30), at(13), fourFive) + slotsFor(at(17), at(17, 30), fourFive);
    QTest::newRow("exactly the whole evening")
        << 6 << 300 << dinner << QStringList() << 15 << QStringList{QStringLiteral("17:00 t4+t5")};
    QTest::newRow("a minute longer than the evening") << 6 << 301 << dinner << QStringList() << 15 << QStringList();
    QTest::newRow("opening at 17:10: the first step inside is 17:15")
        << 6 << 90 << QList<Interval>{Interval{at(17, 10), at(19)}} << QStringList() << 15
        << slotsFor(at(17, 15), at(17, 30), fourFive);
    QTest::newRow("hourly steps") << 6 << 90 << kLunchAndDinner << QStringList() << 60
                                  << slotsFor(at(12), at(13), fourFive, 60) + slotsFor(at(17), at(20), fourFive, 60);
    QTest::newRow("a couple takes the first two-seater")
        << 2 << 120 << QList<Interval>{Interval{at(12), at(14)}} << QStringList() << 15
        << QStringList{QStringLiteral("12:00 t1")};
    QTest::newRow("closed") << 2 << 60 << QList<Interval>() << QStringList() << 15 << QStringList();
}

void TestTableAvailability::freeSlots()
{
    QFETCH(int, party);
    QFETCH(int, duration);
    QFETCH(QList<Interval>, opening);
    QFETCH(QStringList, busy);
    QFETCH(int, step);
    QFETCH(QStringList, expected);
    const auto found = freeTableSlots(roomWithBusy(busy), party, kFriday, duration, opening, step);
    QVERIFY2(found.ok(), test::describe(found).constData());
    QCOMPARE(describeSlots(*found), expected);
    // Each slot's best seating is the first of tableChoices at that start.
    for (const TableSlot &slot : *found) {
        const auto choices =
            tableChoices(roomWithBusy(busy), party, kFriday, Interval{slot.startMin, slot.startMin + duration});
        QVERIFY2(choices.ok(), test::describe(choices).constData());
        QVERIFY(!choices->isEmpty());
        QCOMPARE(choices->first(), slot.best);
    }
}

void TestTableAvailability::slotsRefused_data()
{
    QTest::addColumn<int>("party");
    QTest::addColumn<int>("duration");
    QTest::addColumn<QList<Interval>>("opening");
    QTest::addColumn<int>("step");
    QTest::addColumn<QString>("message");

    QTest::newRow("no duration") << 2 << 0 << kLunchAndDinner << 15
                                 << QStringLiteral("The duration of 0 minutes is not between 1 and 1440.");
    QTest::newRow("longer than a day") << 2 << 1441 << kLunchAndDinner << 15
                                       << QStringLiteral("The duration of 1441 minutes is not between 1 and 1440.");
    QTest::newRow("no step") << 2 << 90 << kLunchAndDinner << 0
                             << QStringLiteral("The step of 0 minutes is not between 1 and 1440.");
    QTest::newRow("opening hours that end before they start")
        << 2 << 90 << QList<Interval>{Interval{at(22), at(17)}} << 15
        << QStringLiteral("The time range 22:00-17:00 ends before it starts.");
    QTest::newRow("too large a party")
        << 12 << 90 << kLunchAndDinner << 15
        << QStringLiteral("No table or combination of tables seats a party of 12; the largest seats 10.");
    QTest::newRow("negative party") << -1 << 90 << kLunchAndDinner << 15
                                    << QStringLiteral("A party of -1 is not between 1 and 99 guests.");
}

void TestTableAvailability::slotsRefused()
{
    QFETCH(int, party);
    QFETCH(int, duration);
    QFETCH(QList<Interval>, opening);
    QFETCH(int, step);
    QFETCH(QString, message);
    const auto found = freeTableSlots(room(), party, kFriday, duration, opening, step);
    QVERIFY(!found.ok());
    QCOMPARE(found.error().code, ErrorCode::InvalidInput);
    QCOMPARE(found.error().message, message);
}

void TestTableAvailability::reserve()
{
    QList<BookableTable> tables = room();
    const Interval first{at(19), at(20, 30)};
    const auto choices = tableChoices(tables, 6, kFriday, first);
    QVERIFY2(choices.ok(), test::describe(choices).constData());
    QCOMPARE(describe(choices->first()), QStringLiteral("t4+t5/6"));
    QVERIFY(reserveTables(tables, kFriday, choices->first(), first));

    const auto overlapping = tableChoices(tables, 6, kFriday, Interval{at(20), at(21, 30)});
    QVERIFY2(overlapping.ok(), test::describe(overlapping).constData());
    QCOMPARE(describeAll(*overlapping), QStringList{QStringLiteral("t8/8")});
    const auto after = tableChoices(tables, 6, kFriday, Interval{at(20, 30), at(22)});
    QVERIFY2(after.ok(), test::describe(after).constData());
    QCOMPARE(describe(after->first()), QStringLiteral("t4+t5/6"));

    const QList<BookableTable> before = tables;
    QVERIFY(!reserveTables(tables, kFriday, TableChoice{{QStringLiteral("t6"), QStringLiteral("t7")}, 6}, first));
    QVERIFY(!reserveTables(tables, kFriday, TableChoice{}, first));
    QVERIFY(!reserveTables(tables, kFriday, TableChoice{{QStringLiteral("t6")}, 4}, Interval{at(21), at(20)}));
    for (qsizetype i = 0; i < tables.size(); ++i) {
        QCOMPARE(tables.at(i).busy, before.at(i).busy);
    }
}

void TestTableAvailability::deterministic()
{
    QList<BookableTable> tables = roomWithBusy({QStringLiteral("t5")});
    const auto first = freeTableSlots(tables, 4, kFriday, 120, kLunchAndDinner);
    const auto second = freeTableSlots(tables, 4, kFriday, 120, kLunchAndDinner);
    std::reverse(tables.begin(), tables.end());
    const auto reversed = freeTableSlots(tables, 4, kFriday, 120, kLunchAndDinner);
    QVERIFY(first.ok() && second.ok() && reversed.ok());
    QVERIFY(!first->isEmpty());
    QCOMPARE(*second, *first);
    QCOMPARE(*reversed, *first);

    const Interval evening{at(19, 30), at(21, 30)};
    const auto choices = tableChoices(tables, 2, kFriday, evening);
    const auto again = tableChoices(tables, 2, kFriday, evening);
    std::reverse(tables.begin(), tables.end());
    const auto unreversed = tableChoices(tables, 2, kFriday, evening);
    QVERIFY(choices.ok() && again.ok() && unreversed.ok());
    QCOMPARE(describeAll(*choices),
             (QStringList{QStringLiteral("t1/2"), QStringLiteral("t2/2"), QStringLiteral("t3/2"),
                          QStringLiteral("t4/4"), QStringLiteral("t6/4"), QStringLiteral("t8/8")}));
    QCOMPARE(*again, *choices);
    QCOMPARE(*unreversed, *choices);
}

QTEST_GUILESS_MAIN(TestTableAvailability)
#include "tst_tableavailability.moc"
