// Kitchen stations: the built-in ones read in the shop's language, and which printer prints a station's slips.
#include "floor/kitchen.h"
#include "floor/stations.h"

#include <QTest>

using namespace madang;

class TestStations : public QObject
{
    Q_OBJECT

private slots:
    void printsFor_data();
    void printsFor();
    void labels_data();
    void labels();
    void slipNamesTheStationInTheShopsLanguage();
};

void TestStations::printsFor_data()
{
    QTest::addColumn<QString>("printer");
    QTest::addColumn<QString>("station");
    QTest::addColumn<bool>("prints");
    const auto row = [](const char *name, const char *printer, const char *station, bool prints) {
        QTest::newRow(name) << QString::fromUtf8(printer) << QString::fromUtf8(station) << prints;
    };
    row("the station's name", "kitchen", "kitchen", true);
    row("any case", "KITCHEN", "kitchen", true);
    row("the label in English", "Kitchen", "kitchen", true);
    row("the Korean name", "주방", "kitchen", true);
    row("the bar in Korean", "바", "bar", true);
    row("spaces around the name", " 바 ", "bar", true);
    row("another station's Korean name", "주방", "bar", false);
    row("the counter's printer", "카운터", "kitchen", false);
    row("a name that only starts alike", "kitchen 2", "kitchen", false);
    row("a station the shop named", "pastry", "pastry", true);
    row("the shop's station in another case", "Pastry", "pastry", true);
    row("a Korean station the shop named", "디저트", "디저트", true);
    row("no name", "", "kitchen", false);
    row("no name for no station", "", "", false);
}

void TestStations::printsFor()
{
    QFETCH(QString, printer);
    QFETCH(QString, station);
    QFETCH(bool, prints);
    QCOMPARE(stations::printsFor(printer, station), prints);
}

void TestStations::labels_data()
{
    QTest::addColumn<QString>("station");
    QTest::addColumn<QString>("label");
    QTest::newRow("kitchen") << QStringLiteral("kitchen") << QStringLiteral("Kitchen");
    QTest::newRow("bar, any case") << QStringLiteral("BAR") << QStringLiteral("Bar");
    QTest::newRow("the shop's own, as it is") << QStringLiteral("pastry") << QStringLiteral("pastry");
    QTest::newRow("Korean, as it is") << QStringLiteral("디저트") << QStringLiteral("디저트");
}

void TestStations::labels()
{
    QFETCH(QString, station);
    QFETCH(QString, label);
    QCOMPARE(stations::label(station), label);
}

void TestStations::slipNamesTheStationInTheShopsLanguage()
{
    // Untranslated here (the Korean slip is checked on the screen, tst_floorscreens): the label, not the key.
    KitchenTicket slip;
    slip.station = QStringLiteral("kitchen");
    slip.course = 2;
    slip.table = QStringLiteral("1");
    const QString text = slip.render(42, QStringLiteral("09:50"));
    QVERIFY2(text.contains(QStringLiteral("Kitchen · course 2 · 09:50")), qPrintable(text));
}

QTEST_GUILESS_MAIN(TestStations)
#include "tst_stations.moc"
