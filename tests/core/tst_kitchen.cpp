// Kitchen slips: only what changed since the last send, marked, grouped by course and station.
#include "floor/kitchen.h"
#include "testsupport.h"

#include <QTest>

using namespace madang;

namespace {
TicketLine line(const char *id, const char *name, qint64 qty, const QString &note = {})
{
    TicketLine l;
    l.lineId = QLatin1String(id);
    l.itemId = QLatin1String(id);
    l.sku = QLatin1String(id);
    l.name = QString::fromUtf8(name);
    l.qty = qty;
    l.note = note;
    return l;
}

/// Drinks ("D…") go to the bar in course 1; mains ("M…") to the kitchen in course 2; the rest course 1.
KitchenRoute route(const TicketLine &l)
{
    if (l.itemId.startsWith(QLatin1Char('D'))) {
        return {QStringLiteral("bar"), 1};
    }
    return {QStringLiteral("kitchen"), l.itemId.startsWith(QLatin1Char('M')) ? 2 : 1};
}

QString summary(const QList<KitchenTicket> &slips)
{
    QStringList out;
    for (const KitchenTicket &s : slips) {
        QStringList items;
        for (const KitchenItem &i : s.items) {
            static const char *const marks[] = {"new", "more", "fewer", "changed", "cancel"};
            items
                << QStringLiteral("%1 %2x%3").arg(QLatin1String(marks[static_cast<int>(i.change)]), i.name).arg(i.qty);
        }
        out << QStringLiteral("%1/%2: %3").arg(s.station).arg(s.course).arg(items.join(QLatin1String(", ")));
    }
    return out.join(QLatin1String(" | "));
}
} // namespace

class TestKitchen : public QObject
{
    Q_OBJECT

private slots:
    void changes_data();
    void changes();
    void sentStateRoundTrips();
    void renderMarksChanges();
};

void TestKitchen::changes_data()
{
    QTest::addColumn<QList<TicketLine>>("before"); // what was sent
    QTest::addColumn<QList<TicketLine>>("now");
    QTest::addColumn<QString>("expected");

    const TicketLine kimchi = line("M1", "김치찌개", 2);
    const TicketLine beer = line("D1", "맥주", 1);
    const TicketLine egg = line("S1", "계란찜", 1);
    QTest::newRow("first send groups by course and station")
        << QList<TicketLine>{} << QList<TicketLine>{kimchi, beer, egg}
        << QStringLiteral("bar/1: new 맥주x1 | kitchen/1: new 계란찜x1 | kitchen/2: new 김치찌개x2");
    QTest::newRow("nothing changed") << QList<TicketLine>{kimchi, beer} << QList<TicketLine>{kimchi, beer} << QString();
    TicketLine more = kimchi;
    more.qty = 3;
    QTest::newRow("one more") << QList<TicketLine>{kimchi} << QList<TicketLine>{more}
                              << QStringLiteral("kitchen/2: more 김치찌개x1");
    TicketLine fewer = kimchi;
    fewer.qty = 1;
    QTest::newRow("one fewer") << QList<TicketLine>{kimchi} << QList<TicketLine>{fewer}
                               << QStringLiteral("kitchen/2: fewer 김치찌개x1");
    TicketLine noted = kimchi;
    noted.note = QStringLiteral("덜 맵게");
    QTest::newRow("note added is a change")
        << QList<TicketLine>{kimchi} << QList<TicketLine>{noted} << QStringLiteral("kitchen/2: changed 김치찌개x2");
    TicketLine spicy = kimchi;
    spicy.modifiers << ModifierChoice{QStringLiteral("g"), QStringLiteral("맵기"), QStringLiteral("o"),
                                      QStringLiteral("매운맛"), 0};
    QTest::newRow("option changed") << QList<TicketLine>{kimchi} << QList<TicketLine>{spicy}
                                    << QStringLiteral("kitchen/2: changed 김치찌개x2");
    QTest::newRow("removed line is cancelled where it went")
        << QList<TicketLine>{kimchi, beer} << QList<TicketLine>{kimchi} << QStringLiteral("bar/1: cancel 맥주x1");
    TicketLine second = line("M2", "김치찌개", 1);
    QTest::newRow("same dish on a new line is new") << QList<TicketLine>{kimchi} << QList<TicketLine>{kimchi, second}
                                                    << QStringLiteral("kitchen/2: new 김치찌개x1");
}

void TestKitchen::changes()
{
    QFETCH(QList<TicketLine>, before);
    QFETCH(QList<TicketLine>, now);
    QFETCH(QString, expected);
    Ticket sentTicket;
    sentTicket.lines = before;
    Ticket ticket;
    ticket.tableName = QStringLiteral("4");
    ticket.lines = now;
    const QList<KitchenTicket> slips = kitchenChanges(ticket, kitchenState(sentTicket, route), route);
    QCOMPARE(summary(slips), expected);
    for (const KitchenTicket &s : slips) {
        QCOMPARE(s.table, QStringLiteral("4"));
    }
    // Once sent, the same ticket needs nothing more.
    QVERIFY(kitchenChanges(ticket, kitchenState(ticket, route), route).isEmpty());
}

void TestKitchen::sentStateRoundTrips()
{
    Ticket t;
    t.lines << line("M1", "김치찌개", 2, QStringLiteral("덜 짜게")) << line("D1", "맥주", 3);
    const KitchenSent sent = kitchenState(t, route);
    QCOMPARE(kitchenSentFromJson(kitchenSentToJson(sent)), sent);
    QCOMPARE(sent.value(QStringLiteral("D1")).station, QStringLiteral("bar"));
    QCOMPARE(sent.value(QStringLiteral("M1")).details, QStringLiteral("덜 짜게"));
}

void TestKitchen::renderMarksChanges()
{
    KitchenTicket slip{QStringLiteral("kitchen"),
                       2,
                       QStringLiteral("4"),
                       {{KitchenItem::Change::New, QStringLiteral("김치찌개"), 2, QStringLiteral("매운맛")},
                        {KitchenItem::Change::Cancelled, QStringLiteral("계란찜"), 1, {}}}};
    const QString text = slip.render(32, QStringLiteral("12:30"));
    QVERIFY(text.contains(QStringLiteral("Table 4")));
    QVERIFY(text.contains(QStringLiteral("NEW  김치찌개 x2")));
    QVERIFY(text.contains(QStringLiteral("    매운맛")));
    QVERIFY(text.contains(QStringLiteral("CANCEL  계란찜 x1")));
    QVERIFY(text.contains(QStringLiteral("course 2")));
}

QTEST_GUILESS_MAIN(TestKitchen)
#include "tst_kitchen.moc"
