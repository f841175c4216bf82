// The terminal's sync engine against the real reference platform on loopback: pairing, convergence of two
// terminals, a response lost after the platform committed, an unreachable platform, and refused requests.
#include "catalog/catalogrepository.h"
#include "platformfixture.h"
#include "protocol/requestsigning.h"
#include "replication/outbox.h"
#include "storage/database.h"
#include "testsupport.h"
#include "workflows/store.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <QtTest>

using namespace madang;
using madang::test::FaultTransport;
using madang::test::TerminalUnderTest;

class tst_SyncEngine : public QObject, protected test::PlatformFixture
{
    Q_OBJECT
private slots:
    void init() { QVERIFY(startPlatform()); }
    void cleanup() { stopPlatform(); }

    void twoTerminalsConverge()
    {
        TerminalUnderTest &t1 = terminal(QStringLiteral("t1"), true);
        MADANG_VERIFY_OK(
            t1.store->catalog().upsertMany({test::makeItem(QStringLiteral("CUT"), QStringLiteral("커트"), 25000)}));
        auto paired = t1.engine->pair(m_url, code());
        QVERIFY2(paired.ok(), test::describe(paired).constData());
        QCOMPARE(paired->terminalId, QStringLiteral("T1"));
        auto round = t1.engine->syncOnce();
        QVERIFY2(round.ok(), test::describe(round).constData());
        QVERIFY(round->pushed > 0);
        QCOMPARE(round->pending, 0);

        TerminalUnderTest &t2 = terminal(QStringLiteral("t2"), false);
        QVERIFY(!t2.store->isSetUp());
        auto joined = t2.engine->pair(m_url, code());
        QVERIFY2(joined.ok(), test::describe(joined).constData());
        QCOMPARE(joined->terminalId, QStringLiteral("T2"));
        QCOMPARE(t2.device->terminalId(), QStringLiteral("T2")); // the receipt prefix follows
        round = t2.engine->syncOnce();
        QVERIFY2(round.ok(), test::describe(round).constData());
        QVERIFY(t2.store->isSetUp());
        QVERIFY(t2.store->catalog().findBySku(QStringLiteral("CUT")).value().has_value());

        // A change on T2 reaches T1, and nothing is echoed back to T2.
        MADANG_VERIFY_OK(
            t2.store->catalog().upsertMany({test::makeItem(QStringLiteral("PERM"), QStringLiteral("펌"), 80000)}));
        round = t2.engine->syncOnce();
        QVERIFY(round.ok());
        QCOMPARE(round->pushed, 1);
        round = t1.engine->syncOnce();
        QVERIFY(round.ok());
        QCOMPARE(round->pulled, 1);
        QCOMPARE(round->pushed, 0); // applying a pulled change queues nothing
        QVERIFY(t1.store->catalog().findBySku(QStringLiteral("PERM")).value().has_value());
        round = t2.engine->syncOnce();
        QVERIFY(round.ok());
        QCOMPARE(round->pulled, 0);
    }

    void lastWriterWins_data()
    {
        QTest::addColumn<bool>("t1SyncsFirst");
        QTest::addColumn<qint64>("t2ClockMs");   // how far T2's clock is from T1's
        QTest::addColumn<bool>("t2SeesT1First"); // T2 pulls T1's change before it makes its own
        QTest::addColumn<int>("winner");         // the price both end with
        QTest::newRow("the later change wins, T1 syncs first") << true << qint64{0} << false << 27000;
        QTest::newRow("the later change wins, T2 syncs first") << false << qint64{0} << false << 27000;
        QTest::newRow("a clock behind loses a race") << true << qint64{-60000} << false << 30000;
        QTest::newRow("a change made after seeing another wins, whatever the clock")
            << true << qint64{-60000} << true << 27000;
    }
    void lastWriterWins()
    {
        QFETCH(bool, t1SyncsFirst);
        QFETCH(qint64, t2ClockMs);
        QFETCH(bool, t2SeesT1First);
        QFETCH(int, winner);
        TerminalUnderTest &t1 = terminal(QStringLiteral("t1"), true);
        auto cut = t1.store->catalog().save(test::makeItem(QStringLiteral("CUT"), QStringLiteral("커트"), 25000));
        QVERIFY2(cut.ok(), test::describe(cut).constData());
        QVERIFY(t1.engine->pair(m_url, code()).ok());
        QVERIFY(t1.engine->syncOnce().ok());
        m_skewed.set(m_clock.now().addMSecs(t2ClockMs));
        TerminalUnderTest &t2 = terminal(QStringLiteral("t2"), false, m_skewed);
        QVERIFY(t2.engine->pair(m_url, code()).ok());
        QVERIFY(t2.engine->syncOnce().ok());

        // Some time after the set-up, T1 changes the price, then (a second later) T2 does, each on its own counter.
        m_clock.advance(10000);
        m_skewed.advance(10000);
        CatalogItem one = cut.value();
        one.priceMinor = 30000;
        QVERIFY(t1.store->catalog().save(one).ok());
        m_clock.advance(1000);
        m_skewed.advance(1000);
        if (t2SeesT1First) {
            QVERIFY(t1.engine->syncOnce().ok());
            auto seen = t2.engine->syncOnce();
            QVERIFY(seen.ok());
            QCOMPARE(seen->pulled, 1);
        }
        CatalogItem two = t2.store->catalog().findBySku(QStringLiteral("CUT")).value().value();
        two.priceMinor = 27000;
        QVERIFY(t2.store->catalog().save(two).ok());

        // Rounds in either order, then one more each: both hold the winner, and the loser's change counted as
        // superseded where it arrived late.
        TerminalUnderTest &first = t1SyncsFirst ? t1 : t2;
        TerminalUnderTest &second = t1SyncsFirst ? t2 : t1;
        int superseded = 0;
        for (TerminalUnderTest *t : {&first, &second, &first, &second}) {
            auto round = t->engine->syncOnce();
            QVERIFY2(round.ok(), test::describe(round).constData());
            QCOMPARE(round->unapplied, 0);
            superseded += round->superseded;
        }
        for (TerminalUnderTest *t : {&t1, &t2}) {
            QCOMPARE(t->store->catalog().findBySku(QStringLiteral("CUT")).value()->priceMinor, qint64{winner});
            QCOMPARE(t->engine->status()->pending, 0);
        }
        QCOMPARE(superseded, t2SeesT1First ? 0 : 1);
    }

    void largeOpsGoUpInSeveralRequests()
    {
        // A catalog import queues ops of 500 items each: with a small request budget each goes alone, and all
        // go up in one round.
        TerminalUnderTest &t1 = terminal(QStringLiteral("t1"), true);
        QList<CatalogItem> items;
        for (int i = 0; i < 1200; ++i) {
            items << test::makeItem(QStringLiteral("SKU-%1").arg(i), QStringLiteral("메뉴 %1").arg(i), 1000 + i);
        }
        MADANG_VERIFY_OK(t1.store->catalog().upsertMany(items));
        QVERIFY(t1.engine->pair(m_url, code()).ok());
        t1.engine->setPushBodyBudget(20 * 1024);
        const qint64 queued = Outbox::pendingCount(t1.store->database().connection()).value();
        auto round = t1.engine->syncOnce();
        QVERIFY2(round.ok(), test::describe(round).constData());
        QCOMPARE(qint64(round->pushed), queued);
        QCOMPARE(round->pending, 0);
    }

    void opTooLargeForAnyRequestDoesNotBlockTheQueue()
    {
        TerminalUnderTest &t1 = terminal(QStringLiteral("t1"), true);
        QVERIFY(t1.engine->pair(m_url, code()).ok());
        QSqlDatabase db = t1.store->database().connection();
        // The oldest op grows past what the platform takes (as a corrupted or runaway payload would).
        const QString huge = QStringLiteral("{\"blob\":\"%1\"}").arg(QString(9 * 1024 * 1024, QLatin1Char('x')));
        MADANG_VERIFY_OK(Database::run(db,
                                       QStringLiteral("UPDATE outbox SET payload = ? WHERE seq = (SELECT min(seq) "
                                                      "FROM outbox)"),
                                       {huge}, QStringLiteral("test")));
        const qint64 queued = Outbox::pendingCount(db).value();
        auto round = t1.engine->syncOnce();
        QVERIFY2(round.ok(), test::describe(round).constData());
        QCOMPARE(round->rejected, 1);
        QCOMPARE(qint64(round->pushed), queued - 1);
        QCOMPARE(round->pending, 0);
        QCOMPARE(t1.engine->status()->needsAttention, 1);
        const auto refused = Outbox::refused(db).value();
        QCOMPARE(refused.size(), 1);
        QVERIFY2(refused.first().lastError.contains(QLatin1String("larger than")),
                 qPrintable(refused.first().lastError));
    }

    void lostResponseIsSentOnce()
    {
        TerminalUnderTest &t1 = terminal(QStringLiteral("t1"), true);
        QVERIFY(t1.engine->pair(m_url, code()).ok());
        const qint64 queued = Outbox::pendingCount(t1.store->database().connection()).value();
        QVERIFY(queued > 0);
        t1.transport.fault = FaultTransport::Fault::DropResponse; // the platform commits, the answer is lost
        auto round = t1.engine->syncOnce();
        QVERIFY(!round.ok());
        QCOMPARE(round.error().code, ErrorCode::Io);
        QCOMPARE(Outbox::pendingCount(t1.store->database().connection()).value(), queued);
        const QString merchant = t1.engine->status().value().merchantName;
        QVERIFY(!merchant.isEmpty());
        t1.transport.fault = FaultTransport::Fault::None;
        round = t1.engine->syncOnce();
        QVERIFY2(round.ok(), test::describe(round).constData());
        QCOMPARE(round->pushed, 0);
        QCOMPARE(qint64(round->duplicates), queued);
        QCOMPARE(round->pending, 0);
    }

    void unreachablePlatformKeepsEverything()
    {
        TerminalUnderTest &t1 = terminal(QStringLiteral("t1"), true);
        QVERIFY(t1.engine->pair(m_url, code()).ok());
        const qint64 queued = Outbox::pendingCount(t1.store->database().connection()).value();
        t1.transport.fault = FaultTransport::Fault::DropRequest;
        auto round = t1.engine->syncOnce();
        QVERIFY(!round.ok());
        QCOMPARE(round.error().code, ErrorCode::Io);
        QCOMPARE(Outbox::pendingCount(t1.store->database().connection()).value(), queued);
        QVERIFY(t1.engine->status().value().lastSyncAt.isEmpty());
    }

    void pairingRefusals()
    {
        TerminalUnderTest &t1 = terminal(QStringLiteral("t1"), true);
        const QString first = code();
        QVERIFY(t1.engine->pair(m_url, first).ok());
        QVERIFY(t1.engine->syncOnce().ok());
        // A second terminal with its own shop data cannot join a merchant that has data.
        TerminalUnderTest &other = terminal(QStringLiteral("other"), true);
        auto refused = other.engine->pair(m_url, code());
        QVERIFY(!refused.ok());
        QVERIFY2(refused.error().message.contains(QStringLiteral("only a terminal without data")),
                 qPrintable(refused.error().message));
        QVERIFY(!other.engine->status().value().paired);
        // A used code, an unknown code and an expired code.
        TerminalUnderTest &fresh = terminal(QStringLiteral("fresh"), false);
        for (const QString &c : {first, QStringLiteral("ZZZZZZZZ")}) {
            auto r = fresh.engine->pair(m_url, c);
            QVERIFY(!r.ok());
            QVERIFY(!fresh.engine->status().value().paired);
        }
        const QString later = code();
        m_clock.advanceSecs(platform::PlatformStore::kPairingCodeSeconds + 1);
        auto expired = fresh.engine->pair(m_url, later);
        QVERIFY(!expired.ok());
        QVERIFY2(expired.error().message.contains(QStringLiteral("expired")), qPrintable(expired.error().message));
        QCOMPARE(fresh.device->terminalId(), QStringLiteral("T1")); // nothing renamed
    }

    void pairingRequestLimits_data()
    {
        QTest::addColumn<QString>("terminalId");
        QTest::addColumn<QString>("key");
        QTest::newRow("not a key") << "T1"
                                   << "-----BEGIN PUBLIC KEY-----\nAAAA\n-----END PUBLIC KEY-----\n";
        QTest::newRow("lowercase terminal id") << "t1"
                                               << "";
        QTest::newRow("terminal id with a space") << "T 1"
                                                  << "";
    }
    void pairingRequestLimits()
    {
        QFETCH(QString, terminalId);
        QFETCH(QString, key);
        TerminalUnderTest &t = terminal(QStringLiteral("t"), false);
        const QString c = code();
        const sync::PairRequest bad{c, key.isEmpty() ? t.device->publicKeyPem() : key, terminalId, false};
        auto refused = m_platform->pair(bad);
        QVERIFY(!refused.ok());
        QCOMPARE(refused.error().code, ErrorCode::InvalidInput);
        // The code was not used up: the terminal can still pair with it.
        auto paired = t.engine->pair(m_url, c);
        QVERIFY2(paired.ok(), test::describe(paired).constData());
    }

    void refusedRequests_data()
    {
        QTest::addColumn<QString>("attack");
        QTest::newRow("forged signature") << "forged";
        QTest::newRow("replayed nonce") << "replay";
        QTest::newRow("clock ten minutes off") << "skew";
        QTest::newRow("unknown device") << "unknown";
    }
    void refusedRequests()
    {
        QFETCH(QString, attack);
        TerminalUnderTest &t1 = terminal(QStringLiteral("t1"), true);
        auto paired = t1.engine->pair(m_url, code());
        QVERIFY(paired.ok());
        const QByteArray body =
            QJsonDocument(sync::pushRequestToJson(Outbox::pending(t1.store->database().connection()).value()))
                .toJson(QJsonDocument::Compact);
        QUrl url = m_url;
        url.setPath(QStringLiteral("/v1/push"));
        const qint64 now = m_clock.nowMs() / 1000 + (attack == QLatin1String("skew") ? 600 : 0);
        const QString device = attack == QLatin1String("unknown") ? QStringLiteral("nobody") : paired->deviceId;
        auto signature = sync::signRequest(*t1.device, device, "POST", "/v1/push", body, now);
        QVERIFY(signature.ok());
        if (attack == QLatin1String("forged")) {
            signature->signature[10] = char(signature->signature[10] ^ 0x01);
        }
        sync::NetworkTransport network;
        if (attack == QLatin1String("replay")) {
            auto first = network.send({"POST", url, body, signature->headers()});
            QVERIFY(first.ok());
            QCOMPARE(first->status, 200);
        }
        const qint64 before = m_platform->opCount(paired->merchantId).value();
        auto reply = network.send({"POST", url, body, signature->headers()});
        QVERIFY(reply.ok());
        QCOMPARE(reply->status, 401);
        QVERIFY(!QJsonDocument::fromJson(reply->body).object().value(QLatin1String("message")).toString().isEmpty());
        QCOMPARE(m_platform->opCount(paired->merchantId).value(), before);
    }

    void clockReadingsTravel()
    {
        // The reading of T1's write reaches T2 unchanged: both terminals say the same write holds the item.
        TerminalUnderTest &t1 = terminal(QStringLiteral("t1"), true);
        QVERIFY(t1.store->catalog().save(test::makeItem(QStringLiteral("CUT"), QStringLiteral("커트"), 25000)).ok());
        QVERIFY(t1.engine->pair(m_url, code()).ok());
        QVERIFY(t1.engine->syncOnce().ok());
        TerminalUnderTest &t2 = terminal(QStringLiteral("t2"), false);
        QVERIFY(t2.engine->pair(m_url, code()).ok());
        QVERIFY(t2.engine->syncOnce().ok());
        const QString sql = QStringLiteral("SELECT group_concat(register || '=' || version, ' ') FROM "
                                           "(SELECT * FROM lww_registers ORDER BY register)");
        const QString onT1 = test::queryString(t1.store->database().connection(), sql);
        QVERIFY(onT1.contains(QLatin1String("item/")));
        QCOMPARE(test::queryString(t2.store->database().connection(), sql), onT1);
    }

    void malformedClockReadingIsRefused_data()
    {
        QTest::addColumn<QJsonValue>("hlc");
        QTest::newRow("words") << QJsonValue(QStringLiteral("yesterday"));
        QTest::newRow("a number") << QJsonValue(qint64{1765152000000});
        QTest::newRow("a cut reading") << QJsonValue(QStringLiteral("001765152000000-000"));
    }
    void malformedClockReadingIsRefused()
    {
        QFETCH(QJsonValue, hlc);
        TerminalUnderTest &t1 = terminal(QStringLiteral("t1"), true);
        auto paired = t1.engine->pair(m_url, code());
        QVERIFY(paired.ok());
        QJsonObject request = sync::pushRequestToJson(Outbox::pending(t1.store->database().connection()).value());
        QJsonArray ops = request.value(QLatin1String("ops")).toArray();
        QVERIFY(!ops.isEmpty());
        QJsonObject first = ops.at(0).toObject();
        first.insert(QStringLiteral("hlc"), hlc);
        ops[0] = first;
        request.insert(QStringLiteral("ops"), ops);
        const QByteArray body = QJsonDocument(request).toJson(QJsonDocument::Compact);
        auto signature =
            sync::signRequest(*t1.device, paired->deviceId, "POST", "/v1/push", body, m_clock.nowMs() / 1000);
        QVERIFY(signature.ok());
        QUrl url = m_url;
        url.setPath(QStringLiteral("/v1/push"));
        const qint64 before = m_platform->opCount(paired->merchantId).value();
        auto reply = sync::NetworkTransport().send({"POST", url, body, signature->headers()});
        QVERIFY(reply.ok());
        QCOMPARE(reply->status, 400);
        const QString message =
            QJsonDocument::fromJson(reply->body).object().value(QLatin1String("message")).toString();
        QVERIFY2(message.contains(QLatin1String("hlc")), qPrintable(message));
        QCOMPARE(m_platform->opCount(paired->merchantId).value(), before);
    }

    void sameOpIdWithAnotherPayloadIsRejected()
    {
        TerminalUnderTest &t1 = terminal(QStringLiteral("t1"), true);
        QVERIFY(t1.engine->pair(m_url, code()).ok());
        QList<OutboxOp> ops = Outbox::pending(t1.store->database().connection()).value();
        QVERIFY(t1.engine->syncOnce().ok());
        auto terminal = m_platform->terminal(deviceId(t1));
        QVERIFY(terminal.ok());
        ops.first().payload.insert(QStringLiteral("name"), QStringLiteral("changed"));
        ops.last().version = 99;
        auto results = m_platform->push(terminal.value(), {ops.first(), ops.last()});
        QVERIFY(results.ok());
        QCOMPARE(results->at(0).outcome, sync::PushOutcome::Rejected);
        QVERIFY(results->at(0).reason.contains(QStringLiteral("another change")));
        QCOMPARE(results->at(1).outcome, sync::PushOutcome::Rejected); // same id, other version
    }

    void merchantsAreIsolated()
    {
        TerminalUnderTest &a = terminal(QStringLiteral("a"), true);
        QVERIFY(a.engine->pair(m_url, code(QStringLiteral("가게 A"))).ok());
        QVERIFY(a.engine->syncOnce().ok());
        TerminalUnderTest &b = terminal(QStringLiteral("b"), false);
        QVERIFY(b.engine->pair(m_url, code(QStringLiteral("가게 B"))).ok());
        auto round = b.engine->syncOnce();
        QVERIFY(round.ok());
        QCOMPARE(round->pulled + round->skipped, 0);
        QVERIFY(!b.store->isSetUp());
    }
};

QTEST_GUILESS_MAIN(tst_SyncEngine)
#include "tst_syncengine.moc"
