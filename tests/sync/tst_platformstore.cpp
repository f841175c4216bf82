// PlatformStore: a pull page ends early once its payloads reach kPullPageBytes, never before its first change, and
// the pages after it carry on from where it ended, so that a reader gets every change once and in order.
#include "fakeclock.h"
#include "platformstore.h"
#include "testsupport.h"

#include <QTemporaryDir>
#include <QtTest>

using namespace madang;

class tst_PlatformStore : public QObject
{
    Q_OBJECT
private slots:
    void pullPagesAreBoundedBySize_data()
    {
        QTest::addColumn<int>("ops");
        QTest::addColumn<int>("payloadKiB");
        QTest::addColumn<QList<int>>("pages"); // changes per page, in order
        QTest::newRow("small ops: one page") << 20 << 1 << QList<int>{20};
        QTest::newRow("1 MiB ops: four to a page") << 6 << 1024 << QList<int>{4, 2};
        QTest::newRow("one op larger than a page: alone") << 3 << 5 * 1024 << QList<int>{1, 1, 1};
    }
    void pullPagesAreBoundedBySize()
    {
        QFETCH(int, ops);
        QFETCH(int, payloadKiB);
        QFETCH(QList<int>, pages);
        QTemporaryDir dir;
        test::FakeClock clock{QDateTime::currentDateTimeUtc()};
        auto store = platform::PlatformStore::open(dir.filePath(QStringLiteral("p.db")), clock);
        QVERIFY2(store.ok(), test::describe(store).constData());
        auto code = store.value()->issuePairingCode(QStringLiteral("마당 식당"), QStringLiteral("restaurant"));
        QVERIFY(code.ok());
        const platform::Terminal writer{QStringLiteral("d1"), code->merchantId, QStringLiteral("T1"), {}};
        const platform::Terminal reader{QStringLiteral("d2"), code->merchantId, QStringLiteral("T2"), {}};
        QList<OutboxOp> batch;
        for (int i = 0; i < ops; ++i) {
            OutboxOp op;
            op.opId = QStringLiteral("op-%1").arg(i);
            op.op = QStringLiteral("catalog.items.upserted");
            op.version = 1;
            op.entityId = QStringLiteral("batch-%1").arg(i);
            op.createdAt = clock.nowWire();
            op.payload = {{QStringLiteral("blob"), QString(payloadKiB * 1024, QLatin1Char('x'))}};
            batch << op;
        }
        auto pushed = store.value()->push(writer, batch);
        QVERIFY2(pushed.ok(), test::describe(pushed).constData());

        QList<int> got;
        QStringList seen;
        qint64 after = 0;
        for (int guard = 0; guard < 10; ++guard) {
            auto page = store.value()->pull(reader, after, 1000);
            QVERIFY2(page.ok(), test::describe(page).constData());
            got << static_cast<int>(page->changes.size());
            for (const sync::Change &change : page->changes) {
                seen << change.op.opId;
            }
            QVERIFY(page->lastSeq >= after);
            after = page->lastSeq;
            if (!page->more) {
                break;
            }
        }
        QCOMPARE(got, pages);
        QStringList expected;
        for (const OutboxOp &op : batch) {
            expected << op.opId;
        }
        QCOMPARE(seen, expected); // each once, in order
    }
};

QTEST_GUILESS_MAIN(tst_PlatformStore)
#include "tst_platformstore.moc"
