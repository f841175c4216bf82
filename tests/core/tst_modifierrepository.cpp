// ModifierRepository and ParkedTickets: option groups per item, their validation and outbox ops;
// tickets put on hold and resumed exactly once.
#include "catalog/catalogrepository.h"
#include "catalog/modifierrepository.h"
#include "sales/parkedtickets.h"
#include "testsupport.h"

#include <QJsonDocument>
#include <QTest>

using namespace madang;
using namespace madang::test;

Q_DECLARE_METATYPE(madang::ModifierGroup)

namespace {
ModifierGroup spice()
{
    return {{},
            QStringLiteral("맵기"),
            1,
            1,
            {{{}, QStringLiteral("순한맛"), 0}, {{}, QStringLiteral("보통"), 0}, {{}, QStringLiteral("매운맛"), 0}}};
}

ModifierGroup extras()
{
    return {
        {}, QStringLiteral("추가"), 0, 2, {{{}, QStringLiteral("공기밥"), 1000}, {{}, QStringLiteral("치즈"), 2000}}};
}
} // namespace

class TestModifierRepository : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void saveAndOfferGroups();
    void badGroupsRefused_data();
    void badGroupsRefused();
    void setItemGroupsReplaces();
    void parkAndResumeOnce();
    void parkingAnEmptyTicketRefused();
    void damagedParkedTicketStaysOnHold();

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    FakeClock m_clock;
    std::unique_ptr<Store> m_store;
    QString m_itemId;
};

void TestModifierRepository::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    auto store = openSetUpStore(*m_dir, m_clock);
    QVERIFY2(store.ok(), describe(store).constData());
    m_store = std::move(store.value());
    auto item = m_store->catalog().save(makeItem(QStringLiteral("M-KIMCHI"), QStringLiteral("김치찌개"), 9000));
    MADANG_VERIFY_OK(item);
    m_itemId = item.value().id;
}

void TestModifierRepository::cleanup()
{
    m_store.reset();
    m_dir.reset();
}

void TestModifierRepository::saveAndOfferGroups()
{
    const QSqlDatabase db = m_store->database().connection();
    const qint64 opsBefore = queryInt(db, QStringLiteral("SELECT count(*) FROM outbox"));
    auto s = m_store->modifiers().saveGroup(spice());
    auto e = m_store->modifiers().saveGroup(extras());
    MADANG_VERIFY_OK(s);
    MADANG_VERIFY_OK(e);
    QVERIFY(!s.value().id.isEmpty());
    QVERIFY(!s.value().options.at(2).id.isEmpty());
    MADANG_VERIFY_OK(m_store->modifiers().setItemGroups(m_itemId, {e.value().id, s.value().id}));
    QCOMPARE(queryInt(db, QStringLiteral("SELECT count(*) FROM outbox")), opsBefore + 3);

    auto groups = m_store->modifiers().groupsForItem(m_itemId);
    MADANG_VERIFY_OK(groups);
    QCOMPARE(groups.value().size(), 2);
    QCOMPARE(groups.value().at(0).name, QStringLiteral("추가")); // in the order given
    QCOMPARE(groups.value().at(0).options.at(1).priceMinor, 2000);
    QCOMPARE(groups.value().at(1).options.size(), 3);
    QCOMPARE(groups.value().at(1).options.at(2).name, QStringLiteral("매운맛"));
    auto counts = m_store->modifiers().groupCountByItem();
    QCOMPARE(counts.value().value(m_itemId), 2);

    // Renaming an option keeps its id.
    ModifierGroup renamed = s.value();
    renamed.options[0].name = QStringLiteral("안 매운맛");
    MADANG_VERIFY_OK(m_store->modifiers().saveGroup(renamed));
    groups = m_store->modifiers().groupsForItem(m_itemId);
    QCOMPARE(groups.value().at(1).options.at(0).name, QStringLiteral("안 매운맛"));
    QCOMPARE(groups.value().at(1).options.at(0).id, s.value().options.at(0).id);
}

void TestModifierRepository::badGroupsRefused_data()
{
    QTest::addColumn<ModifierGroup>("group");
    ModifierGroup noName = spice();
    noName.name = QStringLiteral(" ");
    QTest::newRow("no name") << noName;
    ModifierGroup noOptions = spice();
    noOptions.options.clear();
    QTest::newRow("no options") << noOptions;
    ModifierGroup minAboveMax = spice();
    minAboveMax.minChoices = 2;
    QTest::newRow("min above max") << minAboveMax;
    ModifierGroup maxZero = extras();
    maxZero.maxChoices = 0;
    maxZero.minChoices = 0;
    QTest::newRow("max zero") << maxZero;
    ModifierGroup minAboveOptions = extras();
    minAboveOptions.minChoices = 3;
    minAboveOptions.maxChoices = 3;
    QTest::newRow("min above option count") << minAboveOptions;
    ModifierGroup negative = extras();
    negative.options[0].priceMinor = -1;
    QTest::newRow("negative price") << negative;
    ModifierGroup blankOption = extras();
    blankOption.options[1].name.clear();
    QTest::newRow("unnamed option") << blankOption;
    ModifierGroup escName = spice();
    escName.name = QStringLiteral("Spice") + QChar(0x1B) + QStringLiteral("[5m");
    QTest::newRow("ESC in the name") << escName;
    ModifierGroup overriddenOption = extras();
    overriddenOption.options[0].name = QStringLiteral("abc") + QChar(0x202E) + QStringLiteral("exe.txt");
    QTest::newRow("option with a right-to-left override") << overriddenOption;
    ModifierGroup longOption = extras();
    longOption.options[1].name = QString(81, QLatin1Char('o'));
    QTest::newRow("option name of 81 characters") << longOption;
}

void TestModifierRepository::badGroupsRefused()
{
    QFETCH(ModifierGroup, group);
    const QSqlDatabase db = m_store->database().connection();
    MADANG_VERIFY_ERROR(m_store->modifiers().saveGroup(group), ErrorCode::InvalidInput);
    QCOMPARE(queryInt(db, QStringLiteral("SELECT count(*) FROM modifier_groups")), 0);
    QCOMPARE(queryInt(db, QStringLiteral("SELECT count(*) FROM modifier_options")), 0);
}

void TestModifierRepository::setItemGroupsReplaces()
{
    auto s = m_store->modifiers().saveGroup(spice());
    auto e = m_store->modifiers().saveGroup(extras());
    MADANG_VERIFY_OK(m_store->modifiers().setItemGroups(m_itemId, {s.value().id, e.value().id}));
    MADANG_VERIFY_OK(m_store->modifiers().setItemGroups(m_itemId, {e.value().id}));
    auto groups = m_store->modifiers().groupsForItem(m_itemId);
    QCOMPARE(groups.value().size(), 1);
    QCOMPARE(groups.value().at(0).id, e.value().id);
    // An unknown group is refused by the foreign key, and the previous offer stays.
    QVERIFY(!m_store->modifiers().setItemGroups(m_itemId, {QStringLiteral("no-such-group")}).ok());
    QCOMPARE(m_store->modifiers().groupsForItem(m_itemId).value().size(), 1);
}

void TestModifierRepository::parkAndResumeOnce()
{
    Ticket t;
    TicketLine l;
    l.sku = QStringLiteral("M-KIMCHI");
    l.name = QStringLiteral("김치찌개");
    l.unitMinor = 9000;
    l.qty = 2;
    l.modifiers << ModifierChoice{QStringLiteral("g"), QStringLiteral("맵기"), QStringLiteral("o"),
                                  QStringLiteral("매운맛"), 0};
    l.note = QStringLiteral("덜 짜게");
    t.lines << l;
    t.tipMinor = 1000;
    t.tableName = QStringLiteral("4번");
    auto first = m_store->parked().park(t, QStringLiteral("Table 4"), QStringLiteral("staff-1"));
    m_clock.advanceSecs(60);
    auto second = m_store->parked().park(t, QStringLiteral("Kim"), {});
    MADANG_VERIFY_OK(first);
    MADANG_VERIFY_OK(second);
    auto list = m_store->parked().list();
    MADANG_VERIFY_OK(list);
    QCOMPARE(list.value().size(), 2);
    QCOMPARE(list.value().at(0).label, QStringLiteral("Table 4"));
    QCOMPARE(list.value().at(0).ticket, t);
    auto resumed = m_store->parked().resume(first.value());
    MADANG_VERIFY_OK(resumed);
    QCOMPARE(resumed.value(), t);
    MADANG_VERIFY_ERROR(m_store->parked().resume(first.value()), ErrorCode::NotFound);
    QCOMPARE(m_store->parked().list().value().size(), 1);
}

void TestModifierRepository::parkingAnEmptyTicketRefused()
{
    MADANG_VERIFY_ERROR(m_store->parked().park(Ticket{}, QStringLiteral("x"), {}), ErrorCode::InvalidInput);
}

void TestModifierRepository::damagedParkedTicketStaysOnHold()
{
    const QSqlDatabase db = m_store->database().connection();
    QVERIFY(execSql(db, QStringLiteral("INSERT INTO parked_tickets (id, label, ticket, parked_at) VALUES "
                                       "('bad', 'x', '{\"currency\":\"KRW\",\"lines\":[{\"qty\":1.5}]}', 'now')")));
    MADANG_VERIFY_ERROR(m_store->parked().resume(QStringLiteral("bad")), ErrorCode::InvalidInput);
    QCOMPARE(queryInt(db, QStringLiteral("SELECT count(*) FROM parked_tickets")), 1);
    auto list = m_store->parked().list();
    MADANG_VERIFY_OK(list);
    QCOMPARE(list.value().size(), 1);
    QVERIFY(list.value().at(0).problem.contains(QStringLiteral("damaged")));
}

QTEST_GUILESS_MAIN(TestModifierRepository)
#include "tst_modifierrepository.moc"
