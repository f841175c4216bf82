// madangctl driven through QProcess: usage, init, catalog import and list, check, backup.
#include "madangctlfixture.h"

class TestMadangctl : public QObject, protected MadangctlFixture
{
    Q_OBJECT

private slots:
    void init() { setUp(); }
    void cleanup() { tearDown(); }
    void version();
    void help();
    void noArguments();
    void usageErrors_data();
    void usageErrors();
    void initEachVertical_data();
    void initEachVertical();
    void initTwiceFails();
    void initWithUnknownCurrency();
    void importGoodFileThenList();
    void importBadFileImportsNothing();
    void importBeforeInit();
    void importMissingFile();
    void listSearchHangul();
    void listText();
    void checkReportsJson();
    void checkMissingDatabase();
    void backupThenCheckTheCopy();
    void backupRefusesExistingFile();
    void refusalsQuoteInputVisibly_data();
    void refusalsQuoteInputVisibly();
};

void TestMadangctl::version()
{
    const Run r = ctl({QStringLiteral("--version")});
    QCOMPARE(r.exitCode, 0);
    QCOMPARE(r.out.trimmed(), QStringLiteral("madangctl " MADANG_VERSION));
}

void TestMadangctl::help()
{
    const Run r = ctl({QStringLiteral("--help")});
    QCOMPARE(r.exitCode, 0);
    QVERIFY2(r.out.contains(QStringLiteral("usage: madangctl")), qPrintable(r.out));
    QVERIFY(r.out.contains(QStringLiteral("catalog import")));
}

void TestMadangctl::noArguments()
{
    const Run r = ctl({});
    QCOMPARE(r.exitCode, 64);
    QVERIFY2(r.err.contains(QStringLiteral("usage: madangctl")), qPrintable(r.err));
    QVERIFY(r.out.isEmpty());
}

void TestMadangctl::usageErrors_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<bool>("withDb");
    QTest::addColumn<QString>("mentions");
    const auto row = [](const char *tag, const QStringList &args, bool db, const char *mentions) {
        QTest::newRow(tag) << args << db << QString::fromUtf8(mentions);
    };
    row("missing --db", {QStringLiteral("check")}, false, "--db");
    row("missing --db for import", {QStringLiteral("catalog"), QStringLiteral("import"), QStringLiteral("x.csv")},
        false, "--db");
    row("--db without a value", {QStringLiteral("check"), QStringLiteral("--db")}, false, "needs a value");
    row("unknown option", {QStringLiteral("check"), QStringLiteral("--bogus"), QStringLiteral("1")}, true, "--bogus");
    row("unknown flag", {QStringLiteral("check"), QStringLiteral("--all")}, true, "--all");
    row("misspelt init option",
        {QStringLiteral("init"), QStringLiteral("--vertical"), QStringLiteral("salon"), QStringLiteral("--nmae"),
         QStringLiteral("X")},
        true, "--nmae");
    row("unknown list option",
        {QStringLiteral("catalog"), QStringLiteral("list"), QStringLiteral("--colour"), QStringLiteral("red")}, true,
        "--colour");
    row("unknown backup option",
        {QStringLiteral("backup"), QStringLiteral("--out"), QStringLiteral("x.db"), QStringLiteral("--force"),
         QStringLiteral("1")},
        true, "--force");
    row("unknown command", {QStringLiteral("frobnicate")}, true, "frobnicate");
    row("catalog without subcommand", {QStringLiteral("catalog")}, true, "import or list");
    row("import without file", {QStringLiteral("catalog"), QStringLiteral("import")}, true, "FILE.csv");
    row("bad vertical",
        {QStringLiteral("init"), QStringLiteral("--vertical"), QStringLiteral("bakery"), QStringLiteral("--name"),
         QStringLiteral("X")},
        true, "--vertical");
    row("init without name", {QStringLiteral("init"), QStringLiteral("--vertical"), QStringLiteral("salon")}, true,
        "--name");
    row("backup without --out", {QStringLiteral("backup")}, true, "--out");
    row("list limit zero",
        {QStringLiteral("catalog"), QStringLiteral("list"), QStringLiteral("--limit"), QStringLiteral("0")}, true,
        "--limit");
    row("list limit not a number",
        {QStringLiteral("catalog"), QStringLiteral("list"), QStringLiteral("--limit"), QStringLiteral("ten")}, true,
        "--limit");
}

void TestMadangctl::usageErrors()
{
    QFETCH(QStringList, args);
    QFETCH(bool, withDb);
    QFETCH(QString, mentions);
    if (withDb) {
        QVERIFY(initRestaurant()); // a real database, so only the usage can be wrong
    }
    const Run r = ctl(withDb ? this->withDb(args) : args);
    QCOMPARE(r.exitCode, 64);
    QVERIFY2(r.err.contains(mentions), qPrintable(r.err));
    QVERIFY2(r.out.isEmpty(), qPrintable(r.out));
}

void TestMadangctl::initEachVertical_data()
{
    QTest::addColumn<QString>("vertical");
    QTest::addColumn<bool>("demo");
    QTest::addColumn<QString>("sku");
    QTest::newRow("salon") << "salon" << false << "";
    QTest::newRow("salon --demo") << "salon" << true << "CUT-W";
    QTest::newRow("restaurant --demo") << "restaurant" << true << "M-KIMCHI";
    QTest::newRow("cleaning --demo") << "cleaning" << true << "C-BASIC";
}

void TestMadangctl::initEachVertical()
{
    QFETCH(QString, vertical);
    QFETCH(bool, demo);
    QFETCH(QString, sku);
    QStringList args =
        withDb({QStringLiteral("init"), QStringLiteral("--vertical"), vertical, QStringLiteral("--name"),
                QStringLiteral("마당 ") + vertical, QStringLiteral("--owner"), QStringLiteral("김사장")});
    if (demo) {
        args << QStringLiteral("--demo");
    }
    const Run r = ctl(args);
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    QVERIFY2(r.out.contains(QStringLiteral("initialized")), qPrintable(r.out));
    QVERIFY2(r.out.contains(QStringLiteral("\"마당 ") + vertical + QLatin1Char('"')), qPrintable(r.out));
    const QJsonArray items = listJson();
    if (demo) {
        QVERIFY(items.size() > 10);
        QVERIFY2(bySku(items).contains(sku), qPrintable(sku));
        QVERIFY2(r.out.contains(QStringLiteral("%1 catalog items").arg(items.size())), qPrintable(r.out));
    } else {
        QCOMPARE(items.size(), 0);
    }
    const QJsonObject check = checkJson(db());
    QCOMPARE(check.value(QStringLiteral("ok")).toBool(), true);
    QCOMPARE(check.value(QStringLiteral("catalog_items")).toInt(), items.size());
}

void TestMadangctl::initTwiceFails()
{
    QVERIFY(initRestaurant(true));
    const QJsonObject before = checkJson(db());
    const Run r = ctl(withDb({QStringLiteral("init"), QStringLiteral("--vertical"), QStringLiteral("salon"),
                              QStringLiteral("--name"), QStringLiteral("Other")}));
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.err.contains(QStringLiteral("already set up")), qPrintable(r.err));
    const QJsonObject after = checkJson(db());
    QCOMPARE(after.value(QStringLiteral("catalog_items")), before.value(QStringLiteral("catalog_items")));
    QCOMPARE(after.value(QStringLiteral("outbox_pending")), before.value(QStringLiteral("outbox_pending")));
}

void TestMadangctl::initWithUnknownCurrency()
{
    const Run r = ctl(
        withDb({QStringLiteral("init"), QStringLiteral("--vertical"), QStringLiteral("salon"), QStringLiteral("--name"),
                QStringLiteral("Salon"), QStringLiteral("--currency"), QStringLiteral("XYZ")}));
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.err.contains(QStringLiteral("XYZ")), qPrintable(r.err));
    QCOMPARE(checkJson(db()).value(QStringLiteral("outbox_pending")).toInt(), 0);
}

void TestMadangctl::importGoodFileThenList()
{
    QVERIFY(initRestaurant());
    const QString csv = dataPath(QStringLiteral("csv/good.csv"));
    const Run r = ctl(withDb({QStringLiteral("catalog"), QStringLiteral("import"), csv}));
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    QVERIFY2(r.out.contains(QStringLiteral("imported 6 items")), qPrintable(r.out));
    QVERIFY2(r.out.contains(QStringLiteral("(6 new, 0 updated)")), qPrintable(r.out));

    const QJsonArray items = listJson();
    QCOMPARE(items.size(), 6);
    const auto map = bySku(items);
    const QJsonObject stew = map.value(QStringLiteral("M-DOENJANG"));
    QCOMPARE(stew.value(QStringLiteral("name")).toString(), QStringLiteral("된장찌개"));
    QCOMPARE(stew.value(QStringLiteral("category")).toString(), QStringLiteral("식사"));
    QCOMPARE(stew.value(QStringLiteral("price_minor")).toInteger(), 9000);
    QCOMPARE(stew.value(QStringLiteral("price")).toString(), QStringLiteral("9000"));
    QCOMPARE(stew.value(QStringLiteral("currency")).toString(), QStringLiteral("KRW"));
    QCOMPARE(stew.value(QStringLiteral("vat_bp")).toInt(), 1000);
    QCOMPARE(stew.value(QStringLiteral("active")).toBool(), true);
    QVERIFY(!stew.value(QStringLiteral("id")).toString().isEmpty());
    const QJsonObject set = map.value(QStringLiteral("C-SET"));
    QCOMPARE(set.value(QStringLiteral("name")).toString(), QStringLiteral("세트 A, 2인"));
    QCOMPARE(set.value(QStringLiteral("price_minor")).toInteger(), 25000);
    QCOMPARE(set.value(QStringLiteral("vat_bp")).toInt(), 550);
    QCOMPARE(set.value(QStringLiteral("duration_min")).toInt(), 30);
    QCOMPARE(map.value(QStringLiteral("D-COLA")).value(QStringLiteral("barcode")).toString(),
             QStringLiteral("8801094013004"));
    QCOMPARE(map.value(QStringLiteral("T-WATER")).value(QStringLiteral("name")).toString(),
             QStringLiteral("생수 \"500ml\""));
    QCOMPARE(map.value(QStringLiteral("EXIST-1")).value(QStringLiteral("vat_bp")).toInt(), 0);

    // Ordered by name.
    QStringList names;
    for (const QJsonValue &v : items) {
        names << v.toObject().value(QStringLiteral("name")).toString();
    }
    QStringList sorted = names;
    std::sort(sorted.begin(), sorted.end(),
              [](const QString &a, const QString &b) { return a.compare(b, Qt::CaseInsensitive) < 0; });
    QCOMPARE(names, sorted);

    // The same file again updates instead of duplicating.
    const Run again = ctl(withDb({QStringLiteral("catalog"), QStringLiteral("import"), csv}));
    QVERIFY2(again.exitCode == 0, qPrintable(again.err));
    QVERIFY2(again.out.contains(QStringLiteral("(0 new, 6 updated)")), qPrintable(again.out));
    QCOMPARE(listJson().size(), 6);
}

void TestMadangctl::importBadFileImportsNothing()
{
    QVERIFY(initRestaurant(true));
    const QJsonObject before = checkJson(db());
    const QString csv = dataPath(QStringLiteral("csv/many-problems.csv"));
    const Run r = ctl(withDb({QStringLiteral("catalog"), QStringLiteral("import"), csv}));
    QCOMPARE(r.exitCode, 2);
    // Each bad row, as "line N: reason" on its own line of stdout; stderr says why in one line.
    QCOMPARE(r.err.trimmed().count(QLatin1Char('\n')), 0);
    QVERIFY2(r.err.contains(QStringLiteral("bad row(s) in")), qPrintable(r.err));
    const QStringList errLines = r.out.split(QLatin1Char('\n'));
    const QStringList expected = QString::fromUtf8(readFile(dataPath(QStringLiteral("csv/many-problems.expected"))))
                                     .split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    QVERIFY(expected.size() >= 5);
    for (const QString &line : expected) {
        // EXIST-1 is not in this catalog; that row is fine here.
        if (line.contains(QStringLiteral("EXIST-1"))) {
            continue;
        }
        QVERIFY2(errLines.contains(line), qPrintable(QStringLiteral("missing \"%1\" in:\n%2").arg(line, r.out)));
    }
    QVERIFY2(r.err.contains(QStringLiteral("nothing was imported")), qPrintable(r.err));
    const QJsonObject after = checkJson(db());
    QCOMPARE(after.value(QStringLiteral("catalog_items")), before.value(QStringLiteral("catalog_items")));
    QCOMPARE(after.value(QStringLiteral("outbox_pending")), before.value(QStringLiteral("outbox_pending")));
    // M-2 is in the bad file and not in the demo menu: it must not have arrived.
    const QJsonArray found = listJson(QStringList{QStringLiteral("--search"), QStringLiteral("M-2")});
    for (const QJsonValue &v : found) {
        QVERIFY(v.toObject().value(QStringLiteral("sku")).toString() != QStringLiteral("M-2"));
    }
}

void TestMadangctl::importBeforeInit()
{
    const Run r =
        ctl(withDb({QStringLiteral("catalog"), QStringLiteral("import"), dataPath(QStringLiteral("csv/good.csv"))}));
    // A mistyped --db is bad input: nothing is created there.
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.err.contains(QStringLiteral("there is no database at")), qPrintable(r.err));
    QVERIFY(!QFile::exists(db()));
}

void TestMadangctl::importMissingFile()
{
    QVERIFY(initRestaurant());
    const Run r =
        ctl(withDb({QStringLiteral("catalog"), QStringLiteral("import"), m_dir->filePath(QStringLiteral("nope.csv"))}));
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.err.contains(QStringLiteral("nope.csv")), qPrintable(r.err));
}

void TestMadangctl::listSearchHangul()
{
    QVERIFY(initRestaurant(true));
    const QJsonArray stews = listJson({QStringLiteral("--search"), QStringLiteral("찌개")});
    QStringList names;
    for (const QJsonValue &v : stews) {
        names << v.toObject().value(QStringLiteral("name")).toString();
    }
    QCOMPARE(names, QStringList({QStringLiteral("김치찌개"), QStringLiteral("된장찌개"), QStringLiteral("부대찌개"),
                                 QStringLiteral("순두부찌개")}));
    const QJsonArray initials = listJson({QStringLiteral("--search"), QStringLiteral("ㄱㅊㅉㄱ")});
    QCOMPARE(initials.size(), 1);
    QCOMPARE(initials.at(0).toObject().value(QStringLiteral("sku")).toString(), QStringLiteral("M-KIMCHI"));
    QCOMPARE(listJson({QStringLiteral("--search"), QStringLiteral("없는메뉴")}).size(), 0);
    QCOMPARE(listJson({QStringLiteral("--limit"), QStringLiteral("5")}).size(), 5);
}

void TestMadangctl::listText()
{
    QVERIFY(initRestaurant(true));
    const Run r = ctl(withDb(
        {QStringLiteral("catalog"), QStringLiteral("list"), QStringLiteral("--search"), QStringLiteral("김치찌개")}));
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    QVERIFY2(r.out.contains(QStringLiteral("M-KIMCHI")), qPrintable(r.out));
    QVERIFY2(r.out.contains(QStringLiteral("₩9,000")), qPrintable(r.out));
    QVERIFY2(r.out.contains(QStringLiteral("1 item(s)")), qPrintable(r.out));
}

void TestMadangctl::checkReportsJson()
{
    QVERIFY(initRestaurant(true));
    const QJsonObject check = checkJson(db());
    QCOMPARE(check.value(QStringLiteral("exit_code")).toInt(), 0);
    QCOMPARE(check.value(QStringLiteral("ok")).toBool(), true);
    QCOMPARE(check.value(QStringLiteral("quick_check")).toString(), QStringLiteral("ok"));
    QCOMPARE(check.value(QStringLiteral("schema_version")).toInt(), Migrator::latestVersion(Migrator::builtin()));
    QCOMPARE(check.value(QStringLiteral("latest_schema_version")).toInt(),
             Migrator::latestVersion(Migrator::builtin()));
    QCOMPARE(check.value(QStringLiteral("catalog_items")).toInt(), 40);
    QVERIFY(check.value(QStringLiteral("outbox_pending")).toInt() > 0);
    QCOMPARE(check.value(QStringLiteral("path")).toString(), db());
}

void TestMadangctl::checkMissingDatabase()
{
    const Run r = ctl(withDb({QStringLiteral("check")}));
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.err.contains(db()), qPrintable(r.err));
    QVERIFY2(!QFile::exists(db()), "check must not create a database");
}

void TestMadangctl::backupThenCheckTheCopy()
{
    QVERIFY(initRestaurant(true));
    const QString copy = m_dir->filePath(QStringLiteral("backup copy 백업.db"));
    const Run r = ctl(withDb({QStringLiteral("backup"), QStringLiteral("--out"), copy}));
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    QVERIFY2(r.out.contains(copy), qPrintable(r.out));
    const QJsonObject original = checkJson(db());
    const QJsonObject copied = checkJson(copy);
    QCOMPARE(copied.value(QStringLiteral("exit_code")).toInt(), 0);
    QCOMPARE(copied.value(QStringLiteral("ok")).toBool(), true);
    QCOMPARE(copied.value(QStringLiteral("catalog_items")), original.value(QStringLiteral("catalog_items")));
    QCOMPARE(copied.value(QStringLiteral("outbox_pending")), original.value(QStringLiteral("outbox_pending")));
    QCOMPARE(copied.value(QStringLiteral("path")).toString(), copy);
    // The copy is a full terminal database: it can be listed and searched.
    const Run list = ctl({QStringLiteral("--db"), copy, QStringLiteral("catalog"), QStringLiteral("list"),
                          QStringLiteral("--search"), QStringLiteral("ㄱㅊ"), QStringLiteral("--json")});
    QVERIFY2(list.exitCode == 0, qPrintable(list.err));
    QVERIFY2(list.out.contains(QStringLiteral("김치찌개")), qPrintable(list.out));
}

void TestMadangctl::backupRefusesExistingFile()
{
    QVERIFY(initRestaurant());
    const QString copy = m_dir->filePath(QStringLiteral("copy.db"));
    QVERIFY(writeFile(copy, QByteArrayLiteral("keep me")));
    const Run r = ctl(withDb({QStringLiteral("backup"), QStringLiteral("--out"), copy}));
    QCOMPARE(r.exitCode, 2); // the path given is bad input
    QVERIFY2(r.err.contains(QStringLiteral("already exists")), qPrintable(r.err));
    QCOMPARE(readFile(copy), QByteArrayLiteral("keep me"));
}

void TestMadangctl::refusalsQuoteInputVisibly_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QString>("shown");
    QTest::newRow("ESC in a currency") << QStringList{QStringLiteral("init"),  QStringLiteral("--vertical"),
                                                      QStringLiteral("salon"), QStringLiteral("--name"),
                                                      QStringLiteral("X"),     QStringLiteral("--currency"),
                                                      QStringLiteral("K\x1bR")}
                                       << QStringLiteral("\"K\\u001BR\"");
    QTest::newRow("a line feed in a SKU")
        << QStringList{QStringLiteral("sale"), QStringLiteral("--item"), QStringLiteral("A\nB"),
                       QStringLiteral("--pay"), QStringLiteral("cash")}
        << QStringLiteral("\"A\\u000AB\"");
    QTest::newRow("a right-to-left override in a command")
        << QStringList{QStringLiteral("bogus\u202E")} << QStringLiteral("\"bogus\\u202E\"");
}

void TestMadangctl::refusalsQuoteInputVisibly()
{
    // A refused value quoted in a message can neither drive the terminal nor split the one line.
    QFETCH(QStringList, args);
    QFETCH(QString, shown);
    if (args.constFirst() != QLatin1String("init")) {
        QVERIFY(initRestaurant(true));
    }
    const Run r = ctl(withDb(args));
    QVERIFY(r.exitCode == 2 || r.exitCode == 64);
    QVERIFY2(r.err.contains(shown), qPrintable(r.err));
    const QString firstLine = r.err.section(QLatin1Char('\n'), 0, 0);
    QVERIFY2(firstLine.contains(shown), qPrintable(r.err));
    for (const QChar c : firstLine) {
        QVERIFY2(c.unicode() >= 0x20 && c.unicode() != 0x7f && c.unicode() != 0x202e, qPrintable(r.err));
    }
}

QTEST_GUILESS_MAIN(TestMadangctl)
#include "tst_madangctl.moc"
