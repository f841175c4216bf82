// TableService: the floor plan, a table's running ticket, kitchen sends, transfer, merge and split.
#include "catalog/catalogrepository.h"
#include "floor/tableservice.h"
#include "testsupport.h"

#include <QTest>

using namespace madang;
using namespace madang::test;

class TestTableService : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void floorPlanValidation_data();
    void floorPlanValidation();
    void statusFollowsTheTicket();
    void kitchenGetsOnlyChanges();
    void failedDeliveryChangesNothing();
    void transferToAFreeTable();
    void mergeTables();
    void splitByItems();
    void retireOnlyFreeTables();

private:
    TableService &tables() { return m_store->tables(); }
    TicketLine line(const QString &sku, qint64 qty);
    QString stateOf(const QString &tableId);

    std::unique_ptr<QTemporaryDir> m_dir;
    FakeClock m_clock;
    std::unique_ptr<Store> m_store;
    QString m_area;
    QStringList m_tables;
};

void TestTableService::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    auto store = openSetUpStore(*m_dir, m_clock);
    QVERIFY2(store.ok(), describe(store).constData());
    m_store = std::move(store.value());
    auto area = tables().saveArea({{}, QStringLiteral("홀"), 0});
    MADANG_VERIFY_OK(area);
    m_area = area.value().id;
    m_tables.clear();
    for (const char *name : {"1", "2", "3"}) {
        auto t = tables().saveTable(DiningTable{{}, m_area, QLatin1String(name), 4, 0, 0, 100, 100, false, true});
        MADANG_VERIFY_OK(t);
        m_tables << t.value().id;
    }
    MADANG_VERIFY_OK(m_store->catalog().save(
        makeItem(QStringLiteral("M-KIMCHI"), QStringLiteral("김치찌개"), 9000, QStringLiteral("식사"))));
    MADANG_VERIFY_OK(m_store->catalog().save(
        makeItem(QStringLiteral("D-BEER"), QStringLiteral("맥주"), 5000, QStringLiteral("주류"))));
    auto beer = m_store->catalog().findBySku(QStringLiteral("D-BEER"));
    auto main = m_store->catalog().findBySku(QStringLiteral("M-KIMCHI"));
    MADANG_VERIFY_OK(tables().setRoute(beer.value()->categoryId, {QStringLiteral("bar"), 1}));
    MADANG_VERIFY_OK(tables().setRoute(main.value()->categoryId, {QStringLiteral("kitchen"), 2}));
}

void TestTableService::cleanup()
{
    m_store.reset();
    m_dir.reset();
}

TicketLine TestTableService::line(const QString &sku, qint64 qty)
{
    auto item = m_store->catalog().findBySku(sku);
    return TicketLine::fromItem(*item.value(), qty);
}

QString TestTableService::stateOf(const QString &tableId)
{
    auto floor = tables().floor();
    for (const TableState &s : floor.value()) {
        if (s.table.id == tableId) {
            return QStringLiteral("%1 %2 %3").arg(tableStatusName(s.status)).arg(s.guests).arg(s.totalMinor);
        }
    }
    return QStringLiteral("missing");
}

void TestTableService::floorPlanValidation_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<int>("seats");
    QTest::addColumn<int>("width");
    QTest::addColumn<ErrorCode>("error");
    QTest::newRow("no name") << QStringLiteral(" ") << 4 << 100 << ErrorCode::InvalidInput;
    QTest::newRow("no seats") << QStringLiteral("9") << 0 << 100 << ErrorCode::InvalidInput;
    QTest::newRow("100 seats") << QStringLiteral("9") << 100 << 100 << ErrorCode::InvalidInput;
    QTest::newRow("no size") << QStringLiteral("9") << 4 << 0 << ErrorCode::InvalidInput;
    QTest::newRow("name taken in the area") << QStringLiteral("1") << 4 << 100 << ErrorCode::Conflict;
    QTest::newRow("name with ESC") << (QStringLiteral("9") + QChar(0x1B)) << 4 << 100 << ErrorCode::InvalidInput;
    QTest::newRow("name of 81 characters") << QString(81, QLatin1Char('9')) << 4 << 100 << ErrorCode::InvalidInput;
}

void TestTableService::floorPlanValidation()
{
    QFETCH(QString, name);
    QFETCH(int, seats);
    QFETCH(int, width);
    QFETCH(ErrorCode, error);
    MADANG_VERIFY_ERROR(tables().saveTable(DiningTable{{}, m_area, name, seats, 0, 0, width, 100, false, true}), error);
    QCOMPARE(tables().floor().value().size(), 3);
    MADANG_VERIFY_ERROR(tables().saveArea({{}, QString(), 0}), ErrorCode::InvalidInput);
    MADANG_VERIFY_ERROR(tables().saveArea({{}, QStringLiteral("테라스") + QChar(0x202E), 0}), ErrorCode::InvalidInput);
    MADANG_VERIFY_ERROR(tables().setRoute(QString(), {QStringLiteral("bar") + QChar(0x1B), 1}),
                        ErrorCode::InvalidInput);
}

void TestTableService::statusFollowsTheTicket()
{
    QCOMPARE(stateOf(m_tables.at(0)), QStringLiteral("free 0 0"));
    auto opened = tables().open(m_tables.at(0), 3, Ticket{}, QStringLiteral("staff"));
    MADANG_VERIFY_OK(opened);
    QCOMPARE(opened.value().tableName, QStringLiteral("1"));
    QCOMPARE(stateOf(m_tables.at(0)), QStringLiteral("seated 3 0"));
    Ticket t = opened.value();
    t.lines << line(QStringLiteral("M-KIMCHI"), 2);
    auto saved = tables().save(m_tables.at(0), t);
    MADANG_VERIFY_OK(saved);
    QVERIFY(!saved.value().lines.at(0).lineId.isEmpty());
    QCOMPARE(stateOf(m_tables.at(0)), QStringLiteral("seated 3 18000"));
    MADANG_VERIFY_OK(
        tables().sendToKitchen(m_tables.at(0), [](QSqlDatabase &, const KitchenTicket &) { return Status(Done{}); }));
    QCOMPARE(stateOf(m_tables.at(0)), QStringLiteral("ordered 3 18000"));
    MADANG_VERIFY_OK(tables().markBillPrinted(m_tables.at(0)));
    QCOMPARE(stateOf(m_tables.at(0)), QStringLiteral("bill 3 18000"));
    // Opening again gives the same ticket, not a second one.
    QCOMPARE(tables().open(m_tables.at(0), 1, Ticket{}, {}).value().lines.size(), 1);
    MADANG_VERIFY_OK(tables().close(m_tables.at(0)));
    QCOMPARE(stateOf(m_tables.at(0)), QStringLiteral("free 0 0"));
    MADANG_VERIFY_ERROR(tables().open(QStringLiteral("nope"), 1, Ticket{}, {}), ErrorCode::NotFound);
    MADANG_VERIFY_ERROR(tables().save(m_tables.at(1), t), ErrorCode::NotFound);
}

void TestTableService::kitchenGetsOnlyChanges()
{
    Ticket t = tables().open(m_tables.at(0), 2, Ticket{}, {}).value();
    t.lines << line(QStringLiteral("M-KIMCHI"), 2) << line(QStringLiteral("D-BEER"), 2);
    t = tables().save(m_tables.at(0), t).value();
    QList<KitchenTicket> delivered;
    const auto deliver = [&delivered](QSqlDatabase &, const KitchenTicket &slip) {
        delivered << slip;
        return Status(Done{});
    };
    QVERIFY(tables().kitchenSentOn(m_tables.at(0)).value().isEmpty());
    auto first = tables().sendToKitchen(m_tables.at(0), deliver);
    MADANG_VERIFY_OK(first);
    QCOMPARE(delivered.size(), 2);
    QCOMPARE(tables().kitchenSentOn(m_tables.at(0)).value().value(t.lines.at(1).lineId).qty, 2);
    QCOMPARE(delivered.at(0).station, QStringLiteral("bar"));
    QCOMPARE(delivered.at(1).station, QStringLiteral("kitchen"));
    QCOMPARE(delivered.at(1).course, 2);
    delivered.clear();
    MADANG_VERIFY_OK(tables().sendToKitchen(m_tables.at(0), deliver));
    QVERIFY(delivered.isEmpty());
    t.lines[1].qty = 3;
    t.lines.removeFirst();
    MADANG_VERIFY_OK(tables().save(m_tables.at(0), t));
    MADANG_VERIFY_OK(tables().sendToKitchen(m_tables.at(0), deliver));
    QCOMPARE(delivered.size(), 2);
    QCOMPARE(delivered.at(0).items.at(0).change, KitchenItem::Change::More);
    QCOMPARE(delivered.at(1).items.at(0).change, KitchenItem::Change::Cancelled);
    QCOMPARE(delivered.at(1).station, QStringLiteral("kitchen"));
}

void TestTableService::failedDeliveryChangesNothing()
{
    Ticket t = tables().open(m_tables.at(0), 2, Ticket{}, {}).value();
    t.lines << line(QStringLiteral("M-KIMCHI"), 1);
    MADANG_VERIFY_OK(tables().save(m_tables.at(0), t));
    auto failed = tables().sendToKitchen(m_tables.at(0), [](QSqlDatabase &, const KitchenTicket &) {
        return Status(makeError(ErrorCode::Storage, QStringLiteral("print queue full")));
    });
    QVERIFY(!failed.ok());
    QCOMPARE(stateOf(m_tables.at(0)), QStringLiteral("seated 2 9000")); // still unsent: the next send retries
    int count = 0;
    MADANG_VERIFY_OK(tables().sendToKitchen(m_tables.at(0), [&count](QSqlDatabase &, const KitchenTicket &) {
        ++count;
        return Status(Done{});
    }));
    QCOMPARE(count, 1);
}

void TestTableService::transferToAFreeTable()
{
    Ticket t = tables().open(m_tables.at(0), 2, Ticket{}, {}).value();
    t.lines << line(QStringLiteral("M-KIMCHI"), 1);
    MADANG_VERIFY_OK(tables().save(m_tables.at(0), t));
    MADANG_VERIFY_OK(tables().open(m_tables.at(2), 1, Ticket{}, {}));
    MADANG_VERIFY_ERROR(tables().transfer(m_tables.at(0), m_tables.at(2)), ErrorCode::Conflict);
    MADANG_VERIFY_ERROR(tables().transfer(m_tables.at(1), m_tables.at(0)), ErrorCode::NotFound);
    MADANG_VERIFY_OK(tables().transfer(m_tables.at(0), m_tables.at(1)));
    QCOMPARE(stateOf(m_tables.at(0)), QStringLiteral("free 0 0"));
    QCOMPARE(stateOf(m_tables.at(1)), QStringLiteral("seated 2 9000"));
    QCOMPARE(tables().ticketOn(m_tables.at(1)).value()->tableName, QStringLiteral("2"));
}

void TestTableService::mergeTables()
{
    Ticket a = tables().open(m_tables.at(0), 2, Ticket{}, {}).value();
    a.lines << line(QStringLiteral("M-KIMCHI"), 2);
    MADANG_VERIFY_OK(tables().save(m_tables.at(0), a));
    Ticket b = tables().open(m_tables.at(1), 4, Ticket{}, {}).value();
    b.lines << line(QStringLiteral("D-BEER"), 4);
    MADANG_VERIFY_OK(tables().save(m_tables.at(1), b));
    MADANG_VERIFY_OK(
        tables().sendToKitchen(m_tables.at(0), [](QSqlDatabase &, const KitchenTicket &) { return Status(Done{}); }));
    MADANG_VERIFY_ERROR(tables().merge(m_tables.at(0), m_tables.at(0)), ErrorCode::InvalidInput);
    MADANG_VERIFY_ERROR(tables().merge(m_tables.at(2), m_tables.at(0)), ErrorCode::NotFound);
    MADANG_VERIFY_OK(tables().merge(m_tables.at(0), m_tables.at(1)));
    QCOMPARE(stateOf(m_tables.at(0)), QStringLiteral("free 0 0"));
    QCOMPARE(stateOf(m_tables.at(1)), QStringLiteral("ordered 6 38000"));
    // What table 1 had already sent is not sent again.
    QList<KitchenTicket> slips;
    MADANG_VERIFY_OK(tables().sendToKitchen(m_tables.at(1), [&slips](QSqlDatabase &, const KitchenTicket &s) {
        slips << s;
        return Status(Done{});
    }));
    QCOMPARE(slips.size(), 1);
    QCOMPARE(slips.at(0).station, QStringLiteral("bar"));
}

void TestTableService::splitByItems()
{
    Ticket t = tables().open(m_tables.at(0), 3, Ticket{}, {}).value();
    t.lines << line(QStringLiteral("M-KIMCHI"), 3) << line(QStringLiteral("D-BEER"), 1);
    t = tables().save(m_tables.at(0), t).value();
    MADANG_VERIFY_OK(
        tables().sendToKitchen(m_tables.at(0), [](QSqlDatabase &, const KitchenTicket &) { return Status(Done{}); }));
    MADANG_VERIFY_ERROR(tables().split(m_tables.at(0), {{t.lines.at(0).lineId, 4}}), ErrorCode::InvalidInput);
    MADANG_VERIFY_ERROR(tables().split(m_tables.at(0), {}), ErrorCode::InvalidInput);
    auto part = tables().split(m_tables.at(0), {{t.lines.at(0).lineId, 1}, {t.lines.at(1).lineId, 1}});
    MADANG_VERIFY_OK(part);
    QCOMPARE(part.value().lines.size(), 2);
    QCOMPARE(priceTicket(part.value()).value().totalMinor, 14000);
    QCOMPARE(stateOf(m_tables.at(0)), QStringLiteral("ordered 3 18000"));
    // Paying part of the table is not a cancellation in the kitchen.
    int slips = 0;
    MADANG_VERIFY_OK(tables().sendToKitchen(m_tables.at(0), [&slips](QSqlDatabase &, const KitchenTicket &) {
        ++slips;
        return Status(Done{});
    }));
    QCOMPARE(slips, 0);
    // Evenly by three: shares that add up.
    const QList<qint64> shares = shareProportionally(18000 + 1, {1, 1, 1});
    QCOMPARE(shares, (QList<qint64>{6001, 6000, 6000}));
}

void TestTableService::retireOnlyFreeTables()
{
    MADANG_VERIFY_OK(tables().open(m_tables.at(0), 2, Ticket{}, {}));
    MADANG_VERIFY_ERROR(tables().retireTable(m_tables.at(0)), ErrorCode::Conflict);
    MADANG_VERIFY_OK(tables().retireTable(m_tables.at(2)));
    QCOMPARE(tables().floor().value().size(), 2);
}

QTEST_GUILESS_MAIN(TestTableService)
#include "tst_tableservice.moc"
