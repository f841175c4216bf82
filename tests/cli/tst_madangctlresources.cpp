// madangctl resource: stations, a service's phases, days off, crews and driving times set up from a script on a
// demo cleaning shop (A팀 = 윤민호 and 한소라 in 1호차, B팀 = 오대호 in 2호차), then used by bookings. Every
// refusal exits 2 (or 64 for a usage error) and writes nothing.
#include "madangctlfixture.h"
#include "storage/database.h"

class TestMadangctlResources : public QObject, protected MadangctlFixture
{
    Q_OBJECT

private slots:
    void init();
    void cleanup() { tearDown(); }
    void crewAndDrivingTimeReachBookings();
    void serviceAndDayOff();
    void stationNamesAreUnique();
    void stationRenamedAndRetired();
    void refusalsWriteNothing_data();
    void refusalsWriteNothing();

private:
    /// The first Monday of the month after next, inside the two-year booking horizon (madangctl runs on the real
    /// clock): 윤민호, 한소라 and 오대호 work 9-18.
    static QString day()
    {
        const QDate month = QDate::currentDate().addMonths(2);
        const QDate first(month.year(), month.month(), 1);
        return first.addDays((8 - first.dayOfWeek()) % 7).toString(Qt::ISODate);
    }
    Run resource(const QStringList &args) { return ctl(withDb(QStringList{QStringLiteral("resource")} + args)); }
    Run booking(const QStringList &args) { return ctl(withDb(QStringList{QStringLiteral("booking")} + args)); }
    qint64 count(const QString &sql);
    QString text(const QString &sql);
    static QJsonObject json(const Run &r) { return QJsonDocument::fromJson(r.out.toUtf8()).object(); }
};

void TestMadangctlResources::init()
{
    setUp();
    const Run r = ctl(withDb({QStringLiteral("init"), QStringLiteral("--vertical"), QStringLiteral("cleaning"),
                              QStringLiteral("--name"), QStringLiteral("마당 클린"), QStringLiteral("--demo")}));
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
}

qint64 TestMadangctlResources::count(const QString &sql)
{
    auto opened = Database::open(db(), Database::Mode::ReadOnly);
    return opened ? queryInt(opened.value()->connection(), sql) : -1;
}

QString TestMadangctlResources::text(const QString &sql)
{
    auto opened = Database::open(db(), Database::Mode::ReadOnly);
    return opened ? queryString(opened.value()->connection(), sql) : QStringLiteral("(cannot open)");
}

void TestMadangctlResources::crewAndDrivingTimeReachBookings()
{
    Run r = resource({QStringLiteral("station"), QStringLiteral("--name"), QStringLiteral("3호차"),
                      QStringLiteral("--kind"), QStringLiteral("van")});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    // B팀 gets 한소라's help and the new van: the crew with that name is updated, not doubled.
    r = resource({QStringLiteral("crew"), QStringLiteral("--name"), QStringLiteral("B팀"), QStringLiteral("--members"),
                  QStringLiteral("오대호,한소라"), QStringLiteral("--van"), QStringLiteral("3호차")});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    QCOMPARE(json(r).value(QStringLiteral("members")).toInt(), 2);
    r = resource({QStringLiteral("crews")});
    QCOMPARE(json(r).value(QStringLiteral("crews")).toArray().size(), 2);
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM crew_members m JOIN crews c ON c.id = m.crew_id "
                                  "WHERE c.name = 'B팀'")),
             2);
    r = resource({QStringLiteral("travel"), QStringLiteral("--from"), QStringLiteral("서울 은평구 1"),
                  QStringLiteral("--to"), QStringLiteral("서울 송파구 2"), QStringLiteral("--minutes"),
                  QStringLiteral("70")});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));

    const auto job = [&](const QString &start, const QString &address) {
        return booking({QStringLiteral("create"), QStringLiteral("--service"), QStringLiteral("C-BASIC"),
                        QStringLiteral("--start"), day() + QLatin1Char('T') + start, QStringLiteral("--customer-phone"),
                        QStringLiteral("010-5555-0101"), QStringLiteral("--crew"), QStringLiteral("B팀"),
                        QStringLiteral("--address"), address, QStringLiteral("--json")});
    };
    r = job(QStringLiteral("09:00"), QStringLiteral("서울 은평구 1"));
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    // Two hours of work end at 11:00; the drive set above takes 70 minutes, so 12:00 is too soon.
    r = job(QStringLiteral("12:00"), QStringLiteral("서울 송파구 2"));
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.err.contains(QStringLiteral("70")), qPrintable(r.err));
    r = job(QStringLiteral("12:10"), QStringLiteral("서울 송파구 2"));
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
}

void TestMadangctlResources::serviceAndDayOff()
{
    Run r = resource({QStringLiteral("service"), QStringLiteral("C-AIRCON")});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    const qint64 ops = count(QStringLiteral("SELECT count(*) FROM outbox"));
    QCOMPARE(json(r).value(QStringLiteral("duration_min")).toInt(), 90); // only shown: nothing written
    r = resource({QStringLiteral("service"), QStringLiteral("C-AIRCON"), QStringLiteral("--work"), QStringLiteral("60"),
                  QStringLiteral("--processing"), QStringLiteral("30"), QStringLiteral("--finish"),
                  QStringLiteral("15"), QStringLiteral("--buffer-after"), QStringLiteral("10")});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    QCOMPARE(json(r).value(QStringLiteral("duration_min")).toInt(), 105);
    QCOMPARE(count(QStringLiteral("SELECT duration_min FROM items WHERE sku = 'C-AIRCON'")), 105);
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM outbox")), ops + 1);

    const auto minhoSlots = [&] {
        const Run s = booking({QStringLiteral("slots"), QStringLiteral("--service"), QStringLiteral("C-AIRCON"),
                               QStringLiteral("--date"), day(), QStringLiteral("--staff"), QStringLiteral("윤민호"),
                               QStringLiteral("--json")});
        return json(s).value(QStringLiteral("slots")).toArray().size();
    };
    QVERIFY(minhoSlots() > 0);
    r = resource({QStringLiteral("day-off"), QStringLiteral("--staff"), QStringLiteral("윤민호"),
                  QStringLiteral("--date"), day(), QStringLiteral("--reason"), QStringLiteral("연차")});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    QCOMPARE(minhoSlots(), 0);
}

void TestMadangctlResources::stationNamesAreUnique()
{
    Run r = resource({QStringLiteral("station"), QStringLiteral("--name"), QStringLiteral("3호차"),
                      QStringLiteral("--kind"), QStringLiteral("van")});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    const qint64 stations = count(QStringLiteral("SELECT count(*) FROM stations"));
    const qint64 ops = count(QStringLiteral("SELECT count(*) FROM outbox"));
    r = resource({QStringLiteral("station"), QStringLiteral("--name"), QStringLiteral(" 3호차 "),
                  QStringLiteral("--kind"), QStringLiteral("chair")});
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.err.contains(QStringLiteral("There is already a station called 3호차.")), qPrintable(r.err));
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM stations")), stations);
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM outbox")), ops);
}

void TestMadangctlResources::stationRenamedAndRetired()
{
    Run r = resource({QStringLiteral("station"), QStringLiteral("--name"), QStringLiteral("3호차"),
                      QStringLiteral("--kind"), QStringLiteral("van")});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    const QString id = json(r).value(QStringLiteral("id")).toString();
    const qint64 ops = count(QStringLiteral("SELECT count(*) FROM outbox"));

    r = resource({QStringLiteral("rename-station"), QStringLiteral("--station"), QStringLiteral("3호차"),
                  QStringLiteral("--name"), QStringLiteral(" 새 차 ")});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    QCOMPARE(json(r).value(QStringLiteral("id")).toString(), id);
    QCOMPARE(json(r).value(QStringLiteral("name")).toString(), QStringLiteral("새 차"));
    QCOMPARE(json(r).value(QStringLiteral("was")).toString(), QStringLiteral("3호차"));
    QCOMPARE(text(QStringLiteral("SELECT name FROM stations WHERE id = '%1'").arg(id)), QStringLiteral("새 차"));
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM outbox WHERE op = 'station.saved'")) > 0, true);

    r = resource({QStringLiteral("retire-station"), QStringLiteral("--station"), QStringLiteral("새 차")});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    QCOMPARE(json(r).value(QStringLiteral("retired")).toBool(), true);
    QCOMPARE(count(QStringLiteral("SELECT active FROM stations WHERE id = '%1'").arg(id)), 0);
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM outbox")), ops + 2);
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM outbox WHERE op = 'station.retired'")), 1);
    r = resource({QStringLiteral("stations")});
    QVERIFY2(!r.out.contains(QStringLiteral("새 차")), qPrintable(r.out));
    // Gone from the list, so gone for the commands too; its name stays taken.
    r = resource({QStringLiteral("retire-station"), QStringLiteral("--station"), QStringLiteral("새 차")});
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.err.contains(QStringLiteral("There is no station called 새 차.")), qPrintable(r.err));
    r = resource({QStringLiteral("station"), QStringLiteral("--name"), QStringLiteral("새 차"),
                  QStringLiteral("--kind"), QStringLiteral("van")});
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.err.contains(QStringLiteral("A retired station is called 새 차; choose another name.")),
             qPrintable(r.err));
}

void TestMadangctlResources::refusalsWriteNothing_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QString>("says");

    QTest::newRow("station of no kind") << QStringList{QStringLiteral("station"), QStringLiteral("--name"),
                                                       QStringLiteral("배"), QStringLiteral("--kind"),
                                                       QStringLiteral("boat")}
                                        << 2 << QStringLiteral("boat");
    QTest::newRow("station without a name")
        << QStringList{QStringLiteral("station"), QStringLiteral("--name"), QStringLiteral(" "),
                       QStringLiteral("--kind"), QStringLiteral("van")}
        << 2 << QStringLiteral("name");
    QTest::newRow("station name with ESC")
        << QStringList{QStringLiteral("station"), QStringLiteral("--name"),
                       QStringLiteral("abc") + QChar(0x1B) + QStringLiteral("[31m"), QStringLiteral("--kind"),
                       QStringLiteral("van")}
        << 2 << QStringLiteral("The station name contains a control character (U+001B) at position 4.");
    QTest::newRow("station name with a right-to-left override")
        << QStringList{QStringLiteral("station"), QStringLiteral("--name"),
                       QStringLiteral("abc") + QChar(0x202E) + QStringLiteral("exe.txt"), QStringLiteral("--kind"),
                       QStringLiteral("van")}
        << 2 << QStringLiteral("The station name contains a text direction control (U+202E) at position 4.");
    QTest::newRow("station name of 40,000 characters")
        << QStringList{QStringLiteral("station"), QStringLiteral("--name"), QString(40000, QLatin1Char('v')),
                       QStringLiteral("--kind"), QStringLiteral("van")}
        << 2 << QStringLiteral("The station name is 40000 characters; the maximum is 80.");
    QTest::newRow("rename an unknown station")
        << QStringList{QStringLiteral("rename-station"), QStringLiteral("--station"), QStringLiteral("9호차"),
                       QStringLiteral("--name"), QStringLiteral("10호차")}
        << 2 << QStringLiteral("There is no station called 9호차.");
    QTest::newRow("rename to an empty name")
        << QStringList{QStringLiteral("rename-station"), QStringLiteral("--station"), QStringLiteral("승합차 1"),
                       QStringLiteral("--name"), QStringLiteral("  ")}
        << 2 << QStringLiteral("A station needs a name.");
    QTest::newRow("rename to a name of 40,000 characters")
        << QStringList{QStringLiteral("rename-station"), QStringLiteral("--station"), QStringLiteral("승합차 1"),
                       QStringLiteral("--name"), QString(40000, QLatin1Char('v'))}
        << 2 << QStringLiteral("The station name is 40000 characters; the maximum is 80.");
    QTest::newRow("rename to a name with ESC")
        << QStringList{QStringLiteral("rename-station"), QStringLiteral("--station"), QStringLiteral("승합차 1"),
                       QStringLiteral("--name"), QStringLiteral("abc") + QChar(0x1B) + QStringLiteral("[31m")}
        << 2 << QStringLiteral("The station name contains a control character (U+001B) at position 4.");
    QTest::newRow("rename to a name with a line feed")
        << QStringList{QStringLiteral("rename-station"), QStringLiteral("--station"), QStringLiteral("승합차 1"),
                       QStringLiteral("--name"), QStringLiteral("1호") + QLatin1Char('\n') + QStringLiteral("차")}
        << 2 << QStringLiteral("The station name contains a control character (U+000A) at position 3.");
    QTest::newRow("rename to a taken name")
        << QStringList{QStringLiteral("rename-station"), QStringLiteral("--station"), QStringLiteral("승합차 1"),
                       QStringLiteral("--name"), QStringLiteral("승합차 2")}
        << 2 << QStringLiteral("There is already a station called 승합차 2.");
    QTest::newRow("rename without a new name")
        << QStringList{QStringLiteral("rename-station"), QStringLiteral("--station"), QStringLiteral("승합차 1")} << 64
        << QStringLiteral("rename-station needs --station NAME --name NEW");
    QTest::newRow("retire an unknown station")
        << QStringList{QStringLiteral("retire-station"), QStringLiteral("--station"), QStringLiteral("9호차")} << 2
        << QStringLiteral("There is no station called 9호차.");
    QTest::newRow("retire a station named with a control character")
        << QStringList{QStringLiteral("retire-station"), QStringLiteral("--station"),
                       QStringLiteral("1호") + QChar(0x07) + QStringLiteral("차")}
        << 2 << QStringLiteral("There is no station called 1호\\u0007차.");
    QTest::newRow("retire without a station")
        << QStringList{QStringLiteral("retire-station"), QStringLiteral("--station"), QStringLiteral(" ")} << 64
        << QStringLiteral("retire-station needs --station NAME");
    QTest::newRow("retire a van a crew drives")
        << QStringList{QStringLiteral("retire-station"), QStringLiteral("--station"), QStringLiteral("승합차 1")} << 2
        << QStringLiteral("Crew A팀 drives 승합차 1: give the crew another van, or none, then retire it.");
    QTest::newRow("day off with a BEL in the reason")
        << QStringList{QStringLiteral("day-off"),
                       QStringLiteral("--staff"),
                       QStringLiteral("윤민호"),
                       QStringLiteral("--date"),
                       day(),
                       QStringLiteral("--reason"),
                       QStringLiteral("ding") + QChar(0x07)}
        << 2 << QStringLiteral("The reason contains a control character (U+0007) at position 5.");
    QTest::newRow("crew name with a C1 control")
        << QStringList{QStringLiteral("crew"), QStringLiteral("--name"),
                       QStringLiteral("C") + QChar(0x85) + QStringLiteral("팀"), QStringLiteral("--members"),
                       QStringLiteral("윤민호")}
        << 2 << QStringLiteral("The crew name contains a control character (U+0085) at position 2.");
    QTest::newRow("drive from a 40,000-character address")
        << QStringList{QStringLiteral("travel"), QStringLiteral("--from"), QString(40000, QLatin1Char('a')),
                       QStringLiteral("--to"),   QStringLiteral("B"),      QStringLiteral("--minutes"),
                       QStringLiteral("10")}
        << 2 << QStringLiteral("The address is 40000 characters; the maximum is 200.");
    QTest::newRow("unknown service") << QStringList{QStringLiteral("service"), QStringLiteral("NOPE"),
                                                    QStringLiteral("--work"), QStringLiteral("30")}
                                     << 2 << QStringLiteral("NOPE");
    QTest::newRow("negative minutes") << QStringList{QStringLiteral("service"), QStringLiteral("C-AIRCON"),
                                                     QStringLiteral("--processing"), QStringLiteral("-5")}
                                      << 2 << QStringLiteral("--processing");
    QTest::newRow("no work") << QStringList{QStringLiteral("service"), QStringLiteral("C-AIRCON"),
                                            QStringLiteral("--work"), QStringLiteral("0")}
                             << 2 << QStringLiteral("C-AIRCON");
    QTest::newRow("day off for nobody") << QStringList{QStringLiteral("day-off"), QStringLiteral("--staff"),
                                                       QStringLiteral("Nobody"), QStringLiteral("--date"), day()}
                                        << 2 << QStringLiteral("Nobody");
    QTest::newRow("day off on no date") << QStringList{QStringLiteral("day-off"), QStringLiteral("--staff"),
                                                       QStringLiteral("윤민호"), QStringLiteral("--date"),
                                                       QStringLiteral("2030-02-30")}
                                        << 2 << QStringLiteral("2030-02-30");
    QTest::newRow("day off in the past") << QStringList{QStringLiteral("day-off"), QStringLiteral("--staff"),
                                                        QStringLiteral("윤민호"), QStringLiteral("--date"),
                                                        QStringLiteral("2020-01-06")}
                                         << 2 << QStringLiteral("2020-01-06 is in the past");
    QTest::newRow("day off in year 9999")
        << QStringList{QStringLiteral("day-off"), QStringLiteral("--staff"), QStringLiteral("윤민호"),
                       QStringLiteral("--date"), QStringLiteral("9999-12-31")}
        << 2 << QStringLiteral("9999-12-31 is more than 2 years ahead");
    QTest::newRow("crew of a stranger") << QStringList{QStringLiteral("crew"), QStringLiteral("--name"),
                                                       QStringLiteral("C팀"), QStringLiteral("--members"),
                                                       QStringLiteral("윤민호,Nobody")}
                                        << 2 << QStringLiteral("Nobody");
    QTest::newRow("crew in no van") << QStringList{QStringLiteral("crew"),   QStringLiteral("--name"),
                                                   QStringLiteral("C팀"),    QStringLiteral("--members"),
                                                   QStringLiteral("오대호"), QStringLiteral("--van"),
                                                   QStringLiteral("9호차")}
                                    << 2 << QStringLiteral("9호차");
    QTest::newRow("drive too long") << QStringList{QStringLiteral("travel"), QStringLiteral("--from"),
                                                   QStringLiteral("A"),      QStringLiteral("--to"),
                                                   QStringLiteral("B"),      QStringLiteral("--minutes"),
                                                   QStringLiteral("900")}
                                    << 2 << QStringLiteral("600");
    QTest::newRow("drive to the same address")
        << QStringList{QStringLiteral("travel"), QStringLiteral("--from"), QStringLiteral("A"),
                       QStringLiteral("--to"),   QStringLiteral(" A"),     QStringLiteral("--minutes"),
                       QStringLiteral("10")}
        << 2 << QStringLiteral("different");
    QTest::newRow("drive not a number") << QStringList{QStringLiteral("travel"), QStringLiteral("--from"),
                                                       QStringLiteral("A"),      QStringLiteral("--to"),
                                                       QStringLiteral("B"),      QStringLiteral("--minutes"),
                                                       QStringLiteral("soon")}
                                        << 2 << QStringLiteral("--minutes");
    QTest::newRow("unknown subcommand") << QStringList{QStringLiteral("tables")} << 64
                                        << QStringLiteral("resource needs");
    QTest::newRow("unknown option") << QStringList{QStringLiteral("crews"), QStringLiteral("--colour"),
                                                   QStringLiteral("red")}
                                    << 64 << QStringLiteral("--colour");
}

void TestMadangctlResources::refusalsWriteNothing()
{
    QFETCH(QStringList, args);
    QFETCH(int, exitCode);
    QFETCH(QString, says);
    const QString everything =
        QStringLiteral("SELECT (SELECT count(*) FROM outbox) + (SELECT count(*) FROM stations) + "
                       "(SELECT count(*) FROM crews) + (SELECT count(*) FROM crew_members) + "
                       "(SELECT count(*) FROM travel_times) + (SELECT count(*) FROM staff_days_off)");
    const qint64 before = count(everything);
    const QString stations = QStringLiteral("SELECT group_concat(id || name || kind || active, ',') FROM stations");
    const QString stationsBefore = text(stations);
    const qint64 duration = count(QStringLiteral("SELECT duration_min FROM items WHERE sku = 'C-AIRCON'"));
    const Run r = resource(args);
    QCOMPARE(r.exitCode, exitCode);
    QVERIFY2(r.err.contains(says), qPrintable(r.err));
    QVERIFY(r.out.isEmpty());
    QCOMPARE(count(everything), before);
    QCOMPARE(text(stations), stationsBefore);
    QCOMPARE(count(QStringLiteral("SELECT duration_min FROM items WHERE sku = 'C-AIRCON'")), duration);
}

QTEST_GUILESS_MAIN(TestMadangctlResources)
#include "tst_madangctlresources.moc"
