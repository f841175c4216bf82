// madangctl booking slots | create | list | cancel and customer import-profile | show, through QProcess on a
// demo salon (Hyun, 김지수 and 박미나 work 10-13 and 14-20; 김지수 does no perms or colours). Every refusal exits 2
// and writes nothing.
#include "madangctlfixture.h"
#include "storage/database.h"

class TestMadangctlBookings : public QObject, protected MadangctlFixture
{
    Q_OBJECT

private slots:
    void init();
    void cleanup() { tearDown(); }
    void slotsJson();
    void createJson();
    void refusalsWriteNothing_data();
    void refusalsWriteNothing();
    void listAndCancel();
    void sharedProfileImport();
    void repeatingVisits();
    void timeInADaylightSavingGap();

private:
    /// The first Monday of the month monthsAhead from now: far enough ahead that the demo's own bookings (today)
    /// are not in the way, and inside the two-year booking horizon (madangctl runs on the real clock).
    static QDate firstMonday(int monthsAhead)
    {
        const QDate month = QDate::currentDate().addMonths(monthsAhead);
        const QDate first(month.year(), month.month(), 1);
        return first.addDays((8 - first.dayOfWeek()) % 7);
    }
    static QString day() { return firstMonday(2).toString(Qt::ISODate); }
    Run booking(const QStringList &args) { return ctl(withDb(QStringList{QStringLiteral("booking")} + args)); }
    qint64 count(const QString &table);
    QJsonObject json(const Run &r) const { return QJsonDocument::fromJson(r.out.toUtf8()).object(); }
};

void TestMadangctlBookings::init()
{
    setUp();
    const Run r = ctl(withDb({QStringLiteral("init"), QStringLiteral("--vertical"), QStringLiteral("salon"),
                              QStringLiteral("--name"), QStringLiteral("마당 헤어"), QStringLiteral("--demo")}));
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
}

qint64 TestMadangctlBookings::count(const QString &table)
{
    auto opened = Database::open(db(), Database::Mode::ReadOnly);
    return opened ? queryInt(opened.value()->connection(), QStringLiteral("SELECT count(*) FROM %1").arg(table)) : -1;
}

void TestMadangctlBookings::slotsJson()
{
    const Run r = booking({QStringLiteral("slots"), QStringLiteral("--service"), QStringLiteral("CLR-FULL"),
                           QStringLiteral("--date"), day(), QStringLiteral("--staff"), QStringLiteral("박미나"),
                           QStringLiteral("--step"), QStringLiteral("30"), QStringLiteral("--json")});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    const QJsonObject o = json(r);
    QStringList times;
    for (const QJsonValue &v : o.value(QStringLiteral("slots")).toArray()) {
        times << v[QStringLiteral("time")].toString();
        QCOMPARE(v[QStringLiteral("staff")].toString(), QStringLiteral("박미나"));
        QVERIFY(v[QStringLiteral("start")].toString().startsWith(day() + QLatin1Char('T')));
    }
    // A 90-minute colour fits 10:00-11:30 before lunch and 14:00-18:30 after.
    QCOMPARE(times, (QStringList{QStringLiteral("10:00"), QStringLiteral("10:30"), QStringLiteral("11:00"),
                                 QStringLiteral("11:30"), QStringLiteral("14:00"), QStringLiteral("14:30"),
                                 QStringLiteral("15:00"), QStringLiteral("15:30"), QStringLiteral("16:00"),
                                 QStringLiteral("16:30"), QStringLiteral("17:00"), QStringLiteral("17:30"),
                                 QStringLiteral("18:00"), QStringLiteral("18:30")}));
    // 김지수 does no colours: no slot at all for her.
    const Run jisoo = booking({QStringLiteral("slots"), QStringLiteral("--service"), QStringLiteral("CLR-FULL"),
                               QStringLiteral("--date"), day(), QStringLiteral("--staff"), QStringLiteral("김지수"),
                               QStringLiteral("--json")});
    QCOMPARE(jisoo.exitCode, 0);
    QVERIFY(json(jisoo).value(QStringLiteral("slots")).toArray().isEmpty());
}

void TestMadangctlBookings::createJson()
{
    const qint64 ops = count(QStringLiteral("outbox"));
    const Run r = booking(
        {QStringLiteral("create"), QStringLiteral("--service"), QStringLiteral("CLR-FULL"), QStringLiteral("--start"),
         day() + QStringLiteral("T15:00"), QStringLiteral("--customer-phone"), QStringLiteral("010-9999-0000"),
         QStringLiteral("--customer-name"), QStringLiteral("유재석"), QStringLiteral("--staff"),
         QStringLiteral("박미나"), QStringLiteral("--deposit"), QStringLiteral("20000"), QStringLiteral("--json")});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    const QJsonObject o = json(r);
    QCOMPARE(o.value(QStringLiteral("staff")).toString(), QStringLiteral("박미나"));
    QCOMPARE(o.value(QStringLiteral("status")).toString(), QStringLiteral("confirmed"));
    QCOMPARE(o.value(QStringLiteral("customer")).toString(), QStringLiteral("유재석"));
    QCOMPARE(o.value(QStringLiteral("customer_phone")).toString(), QStringLiteral("+821099990000"));
    QCOMPARE(o.value(QStringLiteral("deposit_minor")).toInt(), 20000);
    QVERIFY(o.value(QStringLiteral("start")).toString().startsWith(day() + QStringLiteral("T15:00")));
    QVERIFY(o.value(QStringLiteral("end")).toString().contains(QStringLiteral("T16:30")));
    QCOMPARE(count(QStringLiteral("outbox")), ops + 2); // customer.created and booking.created
    // During the colour's processing (15:30-16:10) 박미나 is free for a cut; the customer is found by phone.
    const qint64 customers = count(QStringLiteral("customers"));
    const Run cut = booking({QStringLiteral("create"), QStringLiteral("--service"), QStringLiteral("CUT-M"),
                             QStringLiteral("--start"), day() + QStringLiteral("T15:35"),
                             QStringLiteral("--customer-phone"), QStringLiteral("01099990000"),
                             QStringLiteral("--staff"), QStringLiteral("박미나"), QStringLiteral("--json")});
    QVERIFY2(cut.exitCode == 0, qPrintable(cut.err));
    QCOMPARE(count(QStringLiteral("customers")), customers);
}

void TestMadangctlBookings::refusalsWriteNothing_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QString>("message");

    const auto create = [](const QString &service, const QString &time, const QString &staff,
                           const QString &phone = QStringLiteral("010-5555-1212")) {
        QStringList a{
            QStringLiteral("create"),        QStringLiteral("--service"),        service, QStringLiteral("--start"),
            day() + QLatin1Char('T') + time, QStringLiteral("--customer-phone"), phone};
        if (!staff.isEmpty()) {
            a << QStringLiteral("--staff") << staff;
        }
        return a;
    };
    QTest::newRow("slot taken") << create(QStringLiteral("CUT-M"), QStringLiteral("10:10"), QStringLiteral("강현우"))
                                << 2 << QStringLiteral("busy");
    QTest::newRow("lacks the skill") << create(QStringLiteral("CLR-FULL"), QStringLiteral("15:00"),
                                               QStringLiteral("김지수"))
                                     << 2 << QStringLiteral("does not do");
    QTest::newRow("outside working hours")
        << create(QStringLiteral("CUT-M"), QStringLiteral("08:00"), QStringLiteral("박미나")) << 2
        << QStringLiteral("working hours");
    QTest::newRow("into lunch") << create(QStringLiteral("CUT-W"), QStringLiteral("12:30"), QStringLiteral("박미나"))
                                << 2 << QStringLiteral("working hours");
    QTest::newRow("bad phone") << create(QStringLiteral("CUT-M"), QStringLiteral("15:00"), {},
                                         QStringLiteral("call me"))
                               << 2 << QStringLiteral("not a phone number");
    QTest::newRow("unknown service") << create(QStringLiteral("NOPE"), QStringLiteral("15:00"), {}) << 2
                                     << QStringLiteral("NOPE");
    QTest::newRow("retail item") << create(QStringLiteral("RET-WAX"), QStringLiteral("15:00"), {}) << 2
                                 << QStringLiteral("takes no time");
    QTest::newRow("unknown staff") << create(QStringLiteral("CUT-M"), QStringLiteral("15:00"), QStringLiteral("Zed"))
                                   << 2 << QStringLiteral("Zed");
    QTest::newRow("unknown crew") << (create(QStringLiteral("CUT-M"), QStringLiteral("15:00"), {})
                                      << QStringLiteral("--crew") << QStringLiteral("Z팀"))
                                  << 2 << QStringLiteral("Z팀");
    QTest::newRow("not a time") << create(QStringLiteral("CUT-M"), QStringLiteral("3pm"), {}) << 2
                                << QStringLiteral("ISO 8601");
    QTest::newRow("bad deposit") << (create(QStringLiteral("CUT-M"), QStringLiteral("15:00"), {})
                                     << QStringLiteral("--deposit") << QStringLiteral("lots"))
                                 << 2 << QString();
    QTest::newRow("deposit above the price") << (create(QStringLiteral("CUT-M"), QStringLiteral("15:00"), {})
                                                 << QStringLiteral("--deposit") << QStringLiteral("99000"))
                                             << 2 << QStringLiteral("deposit");
    // The booking window: no more than 12 hours back (a walk-in recorded after the fact), two years ahead.
    const auto at = [&create](const QString &start) {
        QStringList a = create(QStringLiteral("CUT-M"), QStringLiteral("15:00"), {});
        a[a.indexOf(QStringLiteral("--start")) + 1] = start;
        return a;
    };
    QTest::newRow("in 1900") << at(QStringLiteral("1900-01-01T10:00")) << 2
                             << QStringLiteral("1900-01-01 10:00 is in the past: a booking may start at most 12 hours");
    QTest::newRow("three days ago") << at(QDate::currentDate().addDays(-3).toString(Qt::ISODate) +
                                          QStringLiteral("T15:00"))
                                    << 2 << QStringLiteral("is in the past");
    QTest::newRow("in year 9999") << at(QStringLiteral("9999-12-31T10:00")) << 2
                                  << QStringLiteral(
                                         "9999-12-31 is more than 2 years ahead: bookings can be made up to");
    QTest::newRow("monthly series past the horizon")
        << (create(QStringLiteral("CUT-M"), QStringLiteral("15:00"), {})
            << QStringLiteral("--repeat") << QStringLiteral("monthly_weekday") << QStringLiteral("--visits")
            << QStringLiteral("104"))
        << 2 << QStringLiteral("of 104");
    QTest::newRow("monthly series reaching year 10000")
        << (at(QStringLiteral("9992-01-07T10:00")) << QStringLiteral("--repeat") << QStringLiteral("monthly_weekday")
                                                   << QStringLiteral("--visits") << QStringLiteral("104"))
        << 2 << QStringLiteral("Visit 1 of 104 (9992-01-07): 9992-01-07 is more than 2 years ahead");
    QTest::newRow("--visits without --repeat") << (create(QStringLiteral("CUT-M"), QStringLiteral("15:00"), {})
                                                   << QStringLiteral("--visits") << QStringLiteral("3"))
                                               << 64 << QStringLiteral("--visits N needs --repeat");
    QTest::newRow("deposit above the amount maximum")
        << (create(QStringLiteral("CUT-M"), QStringLiteral("15:00"), {})
            << QStringLiteral("--deposit") << QStringLiteral("9223372036854775807"))
        << 2
        << QStringLiteral("--deposit: The deposit ₩9,223,372,036,854,775,807 is over the maximum of "
                          "₩1,000,000,000,000.");
    QTest::newRow("no service") << QStringList{QStringLiteral("create"), QStringLiteral("--start"), day()} << 64
                                << QStringLiteral("--service");
    QTest::newRow("typo option") << (create(QStringLiteral("CUT-M"), QStringLiteral("15:00"), {})
                                     << QStringLiteral("--staf") << QStringLiteral("박미나"))
                                 << 64 << QStringLiteral("--staf");
    QTest::newRow("slots without date") << QStringList{QStringLiteral("slots"), QStringLiteral("--service"),
                                                       QStringLiteral("CUT-M")}
                                        << 64 << QStringLiteral("--date");
}

void TestMadangctlBookings::refusalsWriteNothing()
{
    QFETCH(QStringList, args);
    QFETCH(int, exitCode);
    QFETCH(QString, message);

    // 강현우 has a men's cut at 10:00 that day.
    const Run first =
        booking({QStringLiteral("create"), QStringLiteral("--service"), QStringLiteral("CUT-M"),
                 QStringLiteral("--start"), day() + QStringLiteral("T10:00"), QStringLiteral("--customer-phone"),
                 QStringLiteral("010-1000-2000"), QStringLiteral("--staff"), QStringLiteral("강현우")});
    QVERIFY2(first.exitCode == 0, qPrintable(first.err));
    const qint64 bookings = count(QStringLiteral("bookings"));
    const qint64 customers = count(QStringLiteral("customers"));
    const qint64 ops = count(QStringLiteral("outbox"));
    const Run r = booking(args);
    QCOMPARE(r.exitCode, exitCode);
    QVERIFY2(r.err.contains(message, Qt::CaseInsensitive), qPrintable(r.err));
    QVERIFY(r.out.isEmpty());
    QCOMPARE(count(QStringLiteral("bookings")), bookings);
    QCOMPARE(count(QStringLiteral("customers")), customers);
    QCOMPARE(count(QStringLiteral("outbox")), ops);
}

void TestMadangctlBookings::listAndCancel()
{
    const Run made =
        booking({QStringLiteral("create"), QStringLiteral("--service"), QStringLiteral("CUT-W"),
                 QStringLiteral("--start"), day() + QStringLiteral("T16:00"), QStringLiteral("--customer-phone"),
                 QStringLiteral("010-3000-4000"), QStringLiteral("--json")});
    QVERIFY2(made.exitCode == 0, qPrintable(made.err));
    const QString id = json(made).value(QStringLiteral("booking_id")).toString();
    QCOMPARE(json(made).value(QStringLiteral("staff")).toString(), QStringLiteral("강현우")); // first free, by name
    const Run noReason = booking({QStringLiteral("cancel"), id});
    QCOMPARE(noReason.exitCode, 64);
    const Run blank = booking({QStringLiteral("cancel"), id, QStringLiteral("--reason"), QStringLiteral(" ")});
    QCOMPARE(blank.exitCode, 2);
    const Run cancelled = booking({QStringLiteral("cancel"), id, QStringLiteral("--reason"), QStringLiteral("아파요")});
    QVERIFY2(cancelled.exitCode == 0, qPrintable(cancelled.err));
    const Run listed = booking({QStringLiteral("list"), QStringLiteral("--date"), day(), QStringLiteral("--json")});
    QCOMPARE(listed.exitCode, 0);
    const QJsonArray all = QJsonDocument::fromJson(listed.out.toUtf8()).array();
    QCOMPARE(all.size(), 1);
    QCOMPARE(all.first()[QStringLiteral("status")].toString(), QStringLiteral("cancelled"));
    const Run again = booking({QStringLiteral("cancel"), id, QStringLiteral("--reason"), QStringLiteral("twice")});
    QCOMPARE(again.exitCode, 2);
}

void TestMadangctlBookings::sharedProfileImport()
{
    const auto customer = [this](const QStringList &args) {
        return ctl(withDb(QStringList{QStringLiteral("customer")} + args));
    };
    const auto fieldsOf = [&]() {
        const Run shown =
            customer({QStringLiteral("show"), QStringLiteral("--phone"), QStringLiteral("010 1234 5678")});
        QStringList fields;
        for (const QJsonValue &v : json(shown).value(QStringLiteral("shared_profile")).toArray()) {
            fields << v[QStringLiteral("field")].toString();
        }
        return fields;
    };
    // The demo's 김하늘 is platform customer cus_demo_hana: a profile of another platform id with her number
    // is refused, and she keeps her link and her four fields.
    const Run taken =
        customer({QStringLiteral("import-profile"), dataPath(QStringLiteral("shared_profile/hana.json"))});
    QCOMPARE(taken.exitCode, 2);
    QVERIFY2(taken.err.contains(QStringLiteral("010-1234-5678 belongs to 김하늘, who is linked to another platform "
                                               "customer (cus_demo_hana)")),
             qPrintable(taken.err));
    QCOMPARE(fieldsOf().size(), 4);
    // Her own profile, under her platform id, replaces what she shares.
    const auto asDemoHana = [&](const QString &file) {
        const QString path = m_dir->filePath(file);
        const QByteArray json = readFile(dataPath(QStringLiteral("shared_profile/") + file));
        return writeFile(path, QByteArray(json).replace("cus_7f3a9c", "cus_demo_hana")) ? path : QString();
    };
    const Run imported = customer({QStringLiteral("import-profile"), asDemoHana(QStringLiteral("hana.json"))});
    QVERIFY2(imported.exitCode == 0, qPrintable(imported.err));
    QCOMPARE(fieldsOf().size(), 4);
    const Run revoked =
        customer({QStringLiteral("import-profile"), asDemoHana(QStringLiteral("hana_revoked_playlist.json"))});
    QCOMPARE(revoked.exitCode, 0);
    QCOMPARE(json(revoked).value(QStringLiteral("revoked")).toInt(), 1);
    QVERIFY(!fieldsOf().contains(QStringLiteral("playlist")));
    // A broken file is refused and changes nothing.
    const QString broken = m_dir->filePath(QStringLiteral("broken.json"));
    QVERIFY(writeFile(broken, readFile(dataPath(QStringLiteral("shared_profile/hana.json"))).left(100)));
    const Run bad = customer({QStringLiteral("import-profile"), broken});
    QCOMPARE(bad.exitCode, 2);
    QVERIFY2(bad.err.contains(QStringLiteral("not imported")), qPrintable(bad.err));
    QCOMPARE(fieldsOf().size(), 3);
    const Run missing = customer({QStringLiteral("import-profile"), m_dir->filePath(QStringLiteral("none.json"))});
    QCOMPARE(missing.exitCode, 2);
}

void TestMadangctlBookings::repeatingVisits()
{
    const QStringList visit{
        QStringLiteral("create"),        QStringLiteral("--service"),      QStringLiteral("CUT-W"),
        QStringLiteral("--start"),       day() + QStringLiteral("T11:00"), QStringLiteral("--customer-phone"),
        QStringLiteral("010-8080-9090"), QStringLiteral("--staff"),        QStringLiteral("강현우")};
    // 강현우 is taken on the second Monday two weeks on, at 11:00: the whole series is refused.
    const Run blocker =
        booking({QStringLiteral("create"), QStringLiteral("--service"), QStringLiteral("CUT-M"),
                 QStringLiteral("--start"), firstMonday(2).addDays(14).toString(Qt::ISODate) + QStringLiteral("T11:15"),
                 QStringLiteral("--customer-phone"), QStringLiteral("010-1111-0000"), QStringLiteral("--staff"),
                 QStringLiteral("강현우")});
    QVERIFY2(blocker.exitCode == 0, qPrintable(blocker.err));
    const qint64 bookings = count(QStringLiteral("bookings"));
    const Run refused = booking(QStringList(visit) << QStringLiteral("--repeat") << QStringLiteral("every_2_weeks")
                                                   << QStringLiteral("--visits") << QStringLiteral("3"));
    QCOMPARE(refused.exitCode, 2);
    QVERIFY2(
        refused.err.contains(QStringLiteral("Visit 2 of 3 (%1)").arg(firstMonday(2).addDays(14).toString(Qt::ISODate))),
        qPrintable(refused.err));
    QCOMPARE(count(QStringLiteral("bookings")), bookings);
    QCOMPARE(count(QStringLiteral("booking_series")), 0);
    const Run weekly = booking(QStringList(visit) << QStringLiteral("--repeat") << QStringLiteral("monthly_weekday")
                                                  << QStringLiteral("--visits") << QStringLiteral("3"));
    QVERIFY2(weekly.exitCode == 0, qPrintable(weekly.err));
    QStringList days;
    for (const QJsonValue &v : QJsonDocument::fromJson(weekly.out.toUtf8()).array()) {
        days << v[QStringLiteral("start")].toString().left(10);
    }
    QCOMPARE(days, (QStringList{day(), firstMonday(3).toString(Qt::ISODate),
                                firstMonday(4).toString(Qt::ISODate)})); // 1st Mondays
    const Run noVisits = booking(QStringList(visit) << QStringLiteral("--repeat") << QStringLiteral("weekly"));
    QCOMPARE(noVisits.exitCode, 64);
    const Run tooMany = booking(QStringList(visit) << QStringLiteral("--repeat") << QStringLiteral("weekly")
                                                   << QStringLiteral("--visits") << QStringLiteral("500"));
    QCOMPARE(tooMany.exitCode, 2);
}

void TestMadangctlBookings::timeInADaylightSavingGap()
{
    // In Berlin the clocks go from 02:00 to 03:00 on the last Sunday of March: 02:30 does not exist that day.
    QDate gap;
    for (int year = QDate::currentDate().year();; ++year) {
        const QDate last(year, 3, 31);
        gap = last.addDays(-(last.dayOfWeek() % 7));
        if (gap > QDate::currentDate().addDays(1)) {
            break;
        }
    }
    m_env.insert(QStringLiteral("TZ"), QStringLiteral("Europe/Berlin"));
    const qint64 bookings = count(QStringLiteral("bookings"));
    const Run r = booking({QStringLiteral("create"), QStringLiteral("--service"), QStringLiteral("CUT-M"),
                           QStringLiteral("--start"), gap.toString(Qt::ISODate) + QStringLiteral("T02:30"),
                           QStringLiteral("--customer-phone"), QStringLiteral("010-5555-1212")});
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.err.contains(QStringLiteral("02:30 does not exist on %1 in Europe/Berlin: the clocks go forward")
                                .arg(gap.toString(Qt::ISODate))),
             qPrintable(r.err));
    QVERIFY2(!r.err.contains(QStringLiteral("ISO 8601")), qPrintable(r.err));
    QCOMPARE(count(QStringLiteral("bookings")), bookings);
}

QTEST_GUILESS_MAIN(TestMadangctlBookings)
#include "tst_madangctlbookings.moc"
