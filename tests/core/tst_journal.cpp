// Journal: the chain as documented (seq, prev, hash = sha256(ASCII prev + canonical JSON of the entry without
// hash and sig), sig over the ASCII hash), checked against bytes written out by hand and hashes recomputed with
// QCryptographicHash; what append refuses; verifyStored naming the first bad entry of a tampered table; and
// verifyRecords naming the first order, Z-report or entry that has lost its counterpart.
#include "base/canonicaljson.h"
#include "journalfixture.h"
#include "saletickets.h"
#include "shifts/shiftservice.h"

#include <QJsonDocument>

class TestJournal : public QObject, protected JournalFixture
{
    Q_OBJECT

private slots:
    void init() { setUp(); }
    void cleanup() { tearDown(); }
    void firstEntriesMatchTheDocumentedBytes();
    void chainRecomputedIndependently();
    void entriesAndBySeq();
    void appendRefusedOutsideTransaction();
    void unknownTypeRefused_data();
    void unknownTypeRefused();
    void fractionsRefused_data();
    void fractionsRefused();
    void signerFailureWritesNothing();
    void triggersKeepItAppendOnly();
    void intactAndEmptyJournalsVerify();
    void storedTampering_data();
    void storedTampering();
    void editedAndRehashedNeedsTheKey();
    void deletingTheLastEntryIsInvisibleToTheChain();
    void recordsAgree();
    void recordsDisagree_data();
    void recordsDisagree();

private:
    /// A shift with two sales, a void, a reprint and its closure, then a third sale: entries 1-6, orders
    /// T1-000001..4 (seq 1, 2, 3, 6), the Z-report at seq 5.
    void ringUpADay();
};

void TestJournal::firstEntriesMatchTheDocumentedBytes()
{
    JournalEntry sale;
    sale.type = QString(journal::Sale);
    sale.at = QStringLiteral("2025-03-14T09:30:00.000+09:00");
    sale.receipt = QStringLiteral("T1-000001");
    sale.totalMinor = 52000;
    sale.currency = QStringLiteral("KRW");
    sale.body = QJsonObject{
        {QStringLiteral("staff"), QStringLiteral("김민지")},
        {QStringLiteral("tip_minor"), 3000},
        {QStringLiteral("lines"),
         QJsonArray{QJsonObject{{QStringLiteral("sku"), QStringLiteral("CUT")}, {QStringLiteral("qty"), 1}}}}};
    auto first = appendOne(sale);
    MADANG_VERIFY_OK(first);
    const QString zeros(64, QLatin1Char('0'));
    QCOMPARE(first->seq, 1);
    QCOMPARE(first->terminal, QStringLiteral("T1"));
    QCOMPARE(first->prev, zeros);
    // Keys sorted, no spaces, raw UTF-8.
    const QByteArray hashed1 =
        "{\"at\":\"2025-03-14T09:30:00.000+09:00\",\"body\":{\"lines\":[{\"qty\":1,\"sku\":\"CUT\"}],"
        "\"staff\":\"김민지\",\"tip_minor\":3000},\"currency\":\"KRW\",\"prev\":\"" +
        zeros.toLatin1() +
        "\",\"receipt\":\"T1-000001\",\"seq\":1,\"terminal\":\"T1\",\"total_minor\":52000,"
        "\"type\":\"sale\"}";
    QCOMPARE(first->hash, sha256Hex(zeros, hashed1));
    auto sigOk = FakeSigner::check()(first->hash.toLatin1(), QByteArray::fromBase64(first->sig.toLatin1()));
    QVERIFY(sigOk.ok() && sigOk.value());
    auto line = first->exportLine();
    MADANG_VERIFY_OK(line);
    QByteArray expectedLine = hashed1;
    expectedLine.insert(expectedLine.indexOf(",\"prev\""), ",\"hash\":\"" + first->hash.toLatin1() + '"');
    expectedLine.insert(expectedLine.indexOf(",\"terminal\""), ",\"sig\":\"" + first->sig.toLatin1() + '"');
    QCOMPARE(line.value(), expectedLine);

    // A closure has no receipt: JSON null. It links to the first entry's hash.
    JournalEntry closure;
    closure.type = QString(journal::Closure);
    closure.at = QStringLiteral("2025-03-14T22:00:00.000+09:00");
    closure.totalMinor = -1;
    closure.currency = QStringLiteral("KRW");
    auto second = appendOne(closure);
    MADANG_VERIFY_OK(second);
    QCOMPARE(second->seq, 2);
    QCOMPARE(second->prev, first->hash);
    const QByteArray hashed2 =
        "{\"at\":\"2025-03-14T22:00:00.000+09:00\",\"body\":{},\"currency\":\"KRW\",\"prev\":\"" +
        first->hash.toLatin1() +
        "\",\"receipt\":null,\"seq\":2,\"terminal\":\"T1\",\"total_minor\":-1,\"type\":\"closure\"}";
    QCOMPARE(second->hash, sha256Hex(first->hash, hashed2));
    QCOMPARE(rows(), 2);
}

void TestJournal::chainRecomputedIndependently()
{
    appendMany(7);
    // Qt's own JSON writer as the second implementation: QJsonObject keeps keys sorted, and these entries have
    // ASCII keys and no control characters, where it writes exactly the canonical form.
    const QList<QByteArray> lines = exportAll().split('\n');
    QCOMPARE(lines.size(), 8);
    QVERIFY(lines.constLast().isEmpty());
    QString prev(64, QLatin1Char('0'));
    for (int i = 0; i < 7; ++i) {
        QJsonObject entry = QJsonDocument::fromJson(lines.at(i)).object();
        QCOMPARE(entry.value(QStringLiteral("seq")).toInteger(), i + 1);
        QCOMPARE(entry.value(QStringLiteral("prev")).toString(), prev);
        const QString hash = entry.take(QStringLiteral("hash")).toString();
        const QByteArray sig = QByteArray::fromBase64(entry.take(QStringLiteral("sig")).toString().toLatin1());
        QCOMPARE(hash, sha256Hex(prev, QJsonDocument(entry).toJson(QJsonDocument::Compact)));
        auto sigOk = FakeSigner::check()(hash.toLatin1(), sig);
        QVERIFY(sigOk.ok() && sigOk.value());
        prev = hash;
    }
}

void TestJournal::entriesAndBySeq()
{
    appendMany(5);
    auto some = journal().entries(3, 2);
    MADANG_VERIFY_OK(some);
    QCOMPARE(some->size(), 2);
    QCOMPARE(some->at(0).seq, 3);
    QCOMPARE(some->at(1).seq, 4);
    QCOMPARE(some->at(0).body, draftEntry(3).body);
    QCOMPARE(some->at(0).totalMinor, -9000);
    auto closure = journal().bySeq(5);
    MADANG_VERIFY_OK(closure);
    QVERIFY(closure->has_value());
    QVERIFY((*closure)->receipt.isEmpty());
    auto none = journal().bySeq(6);
    MADANG_VERIFY_OK(none);
    QVERIFY(!none->has_value());
}

void TestJournal::appendRefusedOutsideTransaction()
{
    QSqlDatabase db = conn();
    MADANG_VERIFY_ERROR(journal().append(db, draftEntry(1), m_signer), ErrorCode::Storage);
    QCOMPARE(rows(), 0);
}

void TestJournal::unknownTypeRefused_data()
{
    QTest::addColumn<QString>("type");
    QTest::newRow("empty") << QString();
    QTest::newRow("capitalised") << QStringLiteral("Sale");
    QTest::newRow("trailing space") << QStringLiteral("sale ");
    QTest::newRow("not a journal type") << QStringLiteral("payment");
}

void TestJournal::unknownTypeRefused()
{
    QFETCH(QString, type);
    JournalEntry e = draftEntry(1);
    e.type = type;
    MADANG_VERIFY_ERROR(appendOne(e), ErrorCode::InvalidInput);
    QCOMPARE(rows(), 0);
}

void TestJournal::fractionsRefused_data()
{
    QTest::addColumn<QJsonObject>("body");
    QTest::newRow("top level") << QJsonObject{{QStringLiteral("amount"), 1.5}};
    QTest::newRow("in an array") << QJsonObject{{QStringLiteral("lines"), QJsonArray{1, 0.25}}};
    QTest::newRow("nested object") << QJsonObject{
        {QStringLiteral("vat"), QJsonObject{{QStringLiteral("rate"), 0.001}}}};
    QTest::newRow("negative") << QJsonObject{{QStringLiteral("x"), -2.5}};
}

void TestJournal::fractionsRefused()
{
    QFETCH(QJsonObject, body);
    JournalEntry e = draftEntry(1);
    e.body = body;
    MADANG_VERIFY_ERROR(appendOne(e), ErrorCode::InvalidInput);
    QCOMPARE(rows(), 0);
}

void TestJournal::signerFailureWritesNothing()
{
    appendMany(1);
    m_signer.breakKey();
    auto failed = appendOne(draftEntry(2));
    QVERIFY(!failed.ok());
    QVERIFY2(failed.error().message.contains(QStringLiteral("cannot be read")), qPrintable(failed.error().message));
    QCOMPARE(rows(), 1);
}

void TestJournal::triggersKeepItAppendOnly()
{
    appendMany(2);
    for (const QString &sql :
         {QStringLiteral("UPDATE journal SET total_minor = 0 WHERE seq = 1"), QStringLiteral("DELETE FROM journal"),
          QStringLiteral("INSERT INTO journal SELECT 5, terminal, type, at, receipt, total_minor, currency, body, "
                         "prev, hash, sig FROM journal WHERE seq = 2")}) {
        QString error;
        QVERIFY2(!execSql(conn(), sql, &error), qPrintable(sql));
        QVERIFY2(error.contains(QStringLiteral("append")), qPrintable(error));
    }
    QCOMPARE(rows(), 2);
}

void TestJournal::intactAndEmptyJournalsVerify()
{
    auto empty = journal().verifyStored(FakeSigner::check());
    MADANG_VERIFY_OK(empty);
    QVERIFY(empty->ok);
    QCOMPARE(empty->entries, 0);
    appendMany(6);
    auto full = journal().verifyStored(FakeSigner::check());
    MADANG_VERIFY_OK(full);
    QVERIFY2(full->ok, qPrintable(full->reason));
    QCOMPARE(full->entries, 6);
    QCOMPARE(full->firstBadSeq, 0);
}

void TestJournal::storedTampering_data()
{
    QTest::addColumn<QStringList>("sql"); // run on a raw connection after the triggers are dropped
    QTest::addColumn<qint64>("firstBad");
    QTest::addColumn<QString>("reason");
    const auto row = [](const char *tag, const QStringList &sql, qint64 bad, const char *reason) {
        QTest::newRow(tag) << sql << bad << QString::fromUtf8(reason);
    };
    row("one character of a body",
        {QStringLiteral("UPDATE journal SET body = replace(body, '\"Kim\"', '\"Kin\"') WHERE seq = 3")}, 3,
        "do not match its hash");
    row("body re-spaced, same JSON",
        {QStringLiteral("UPDATE journal SET body = replace(body, '\"qty\":2', '\"qty\": 2') WHERE seq = 4")}, 4,
        "canonical form");
    row("total_minor", {QStringLiteral("UPDATE journal SET total_minor = total_minor + 1 WHERE seq = 2")}, 2,
        "do not match its hash");
    row("type", {QStringLiteral("UPDATE journal SET type = 'void' WHERE seq = 1")}, 1, "do not match its hash");
    row("receipt given to a closure", {QStringLiteral("UPDATE journal SET receipt = 'T1-000099' WHERE seq = 5")}, 5,
        "do not match its hash");
    row("terminal", {QStringLiteral("UPDATE journal SET terminal = 'T2' WHERE seq = 6")}, 6, "do not match its hash");
    row("middle entry deleted", {QStringLiteral("DELETE FROM journal WHERE seq = 3")}, 4, "entry 3 is missing");
    row("middle entry deleted, the rest renumbered",
        {QStringLiteral("DELETE FROM journal WHERE seq = 3"),
         QStringLiteral("UPDATE journal SET seq = seq - 1 WHERE seq > 3")},
        3, "does not link");
    row("two entries swap seq",
        {QStringLiteral("UPDATE journal SET seq = -2 WHERE seq = 2"),
         QStringLiteral("UPDATE journal SET seq = 2 WHERE seq = 4"),
         QStringLiteral("UPDATE journal SET seq = 4 WHERE seq = -2")},
        2, "does not link");
    row("another entry's signature",
        {QStringLiteral("UPDATE journal SET sig = (SELECT sig FROM journal WHERE seq = 2) WHERE seq = 3")}, 3,
        "not the device's");
    row("signature not base64", {QStringLiteral("UPDATE journal SET sig = 'not base64!' WHERE seq = 6")}, 6,
        "signature");
    row("signature re-spelled in base64 (same bytes)",
        {QStringLiteral("UPDATE journal SET sig = substr(sig, 1, 42) || char(unicode(substr(sig, 43, 1)) + 1) || '=' "
                        "WHERE seq = 2")},
        2, "canonical base64");
    row("prev rewritten",
        {QStringLiteral("UPDATE journal SET prev = (SELECT hash FROM journal WHERE seq = 1) WHERE seq = 3")}, 3,
        "does not link");
    row("copy of the last entry appended as 7",
        {QStringLiteral("INSERT INTO journal SELECT 7, terminal, type, at, receipt, total_minor, currency, body, "
                        "hash, hash, sig FROM journal WHERE seq = 6")},
        7, "do not match its hash");
}

void TestJournal::storedTampering()
{
    QFETCH(QStringList, sql);
    QFETCH(qint64, firstBad);
    QFETCH(QString, reason);
    appendMany(6);
    QString error;
    QVERIFY2(tamper(sql, &error), qPrintable(error));
    auto verdict = journal().verifyStored(FakeSigner::check());
    MADANG_VERIFY_OK(verdict);
    QVERIFY(!verdict->ok);
    QCOMPARE(verdict->firstBadSeq, firstBad);
    QVERIFY2(verdict->reason.contains(reason), qPrintable(verdict->reason));
}

void TestJournal::editedAndRehashedNeedsTheKey()
{
    // A forger who knows the rule edits entry 3 and recomputes its hash and every later prev and hash; only
    // the signatures, which need the device key, give it away.
    appendMany(6);
    QString error;
    QVERIFY2(tamper({QStringLiteral("UPDATE journal SET total_minor = 1 WHERE seq = 3")}, &error), qPrintable(error));
    auto all = journal().entries();
    MADANG_VERIFY_OK(all);
    QStringList rehash;
    QString prev = all->at(1).hash;
    for (qsizetype i = 2; i < all->size(); ++i) {
        JournalEntry e = all->at(i);
        e.prev = prev;
        auto canonicalText = canonical::json(e.hashedFields());
        MADANG_VERIFY_OK(canonicalText);
        prev = sha256Hex(e.prev, canonicalText.value());
        rehash << QStringLiteral("UPDATE journal SET prev = '%1', hash = '%2' WHERE seq = %3")
                      .arg(e.prev, prev)
                      .arg(e.seq);
    }
    QVERIFY2(tamper(rehash, &error), qPrintable(error));
    auto verdict = journal().verifyStored(FakeSigner::check());
    MADANG_VERIFY_OK(verdict);
    QVERIFY(!verdict->ok);
    QCOMPARE(verdict->firstBadSeq, 3);
    QVERIFY2(verdict->reason.contains(QStringLiteral("signature is not the device's")), qPrintable(verdict->reason));
}

void TestJournal::deletingTheLastEntryIsInvisibleToTheChain()
{
    // The chain alone cannot show that entries are missing at its end: what is left is a valid, shorter
    // chain. verifyStored reports it intact with one entry fewer. The orders table (journal_seq), the receipt
    // counter and the hash printed on the last customer's receipt are what show it.
    appendMany(6);
    QString error;
    QVERIFY2(tamper({QStringLiteral("DELETE FROM journal WHERE seq = 6")}, &error), qPrintable(error));
    auto verdict = journal().verifyStored(FakeSigner::check());
    MADANG_VERIFY_OK(verdict);
    QVERIFY(verdict->ok);
    QCOMPARE(verdict->entries, 5);
}

void TestJournal::ringUpADay()
{
    MADANG_VERIFY_OK(m_store->shifts().open(0, QStringLiteral("KRW"), staff(), m_signer));
    auto first = m_store->sales().finalize(salonTicket(), {PaymentInput::cash(52000)}, staff(), m_signer);
    MADANG_VERIFY_OK(first);
    auto second = m_store->sales().finalize(salonTicket(), {PaymentInput::cash(60000)}, staff(), m_signer);
    MADANG_VERIFY_OK(second);
    MADANG_VERIFY_OK(m_store->sales().voidSale(first->orderId, manager(), m_signer));
    MADANG_VERIFY_OK(m_store->sales().reprint(second->orderId, staff(), m_signer));
    MADANG_VERIFY_OK(m_store->shifts().close(8000, staff(), m_signer));
    MADANG_VERIFY_OK(m_store->sales().finalize(salonTicket(), {PaymentInput::cash(52000)}, staff(), m_signer));
    QCOMPARE(rows(), 6);
    QCOMPARE(queryInt(conn(), QStringLiteral("SELECT journal_seq FROM shift_closures")), 5);
}

void TestJournal::recordsAgree()
{
    auto empty = journal().verifyRecords();
    MADANG_VERIFY_OK(empty);
    QVERIFY(empty->ok);
    ringUpADay();
    auto verdict = journal().verifyRecords();
    MADANG_VERIFY_OK(verdict);
    QVERIFY2(verdict->ok, qPrintable(verdict->reason));
    QCOMPARE(verdict->entries, 6);
}

void TestJournal::recordsDisagree_data()
{
    QTest::addColumn<QStringList>("sql"); // on a raw connection, the journal's triggers dropped
    QTest::addColumn<qint64>("firstBad");
    QTest::addColumn<QString>("reason");
    const QString dropOrderTriggers = QStringLiteral("DROP TRIGGER orders_no_delete");
    QTest::newRow("the last entry deleted, its order kept")
        << QStringList{QStringLiteral("DELETE FROM journal WHERE seq = 6")} << qint64(6)
        << QStringLiteral("the sale T1-000004 has no journal entry (entry 6 is missing)");
    QTest::newRow("a sale's order deleted")
        << QStringList{dropOrderTriggers, QStringLiteral("DELETE FROM orders WHERE receipt = 'T1-000002'")} << qint64(2)
        << QStringLiteral("entry 2 (the sale T1-000002) has no order");
    QTest::newRow("the void's order deleted")
        << QStringList{dropOrderTriggers, QStringLiteral("DELETE FROM orders WHERE kind = 'void'")} << qint64(3)
        << QStringLiteral("entry 3 (the void T1-000003) has no order");
    QTest::newRow("the Z-report deleted") << QStringList{QStringLiteral("DROP TRIGGER shift_closures_no_delete"),
                                                         QStringLiteral("DELETE FROM shift_closures")}
                                          << qint64(5) << QStringLiteral("entry 5 (a closure) has no Z-report");
    QTest::newRow("the closure entry deleted, the Z-report kept")
        << QStringList{QStringLiteral("DELETE FROM journal WHERE seq >= 5")} << qint64(5)
        << QStringLiteral("the Z-report 1 has no journal entry (entry 5 is missing)");
    QTest::newRow("the last order and its entry deleted")
        << QStringList{dropOrderTriggers, QStringLiteral("DELETE FROM journal WHERE seq = 6"),
                       QStringLiteral("DELETE FROM orders WHERE journal_seq = 6")}
        << qint64(6) << QStringLiteral("the receipt counter of T1 is at 4 but 3 orders carry its numbers");
}

void TestJournal::recordsDisagree()
{
    QFETCH(QStringList, sql);
    QFETCH(qint64, firstBad);
    QFETCH(QString, reason);
    ringUpADay();
    QString error;
    QVERIFY2(tamper(sql, &error), qPrintable(error));
    // The chain that is left is valid: only the records show what is missing.
    auto chain = journal().verifyStored(FakeSigner::check());
    MADANG_VERIFY_OK(chain);
    QVERIFY2(chain->ok, qPrintable(chain->reason));
    auto verdict = journal().verifyRecords();
    MADANG_VERIFY_OK(verdict);
    QVERIFY(!verdict->ok);
    QCOMPARE(verdict->firstBadSeq, firstBad);
    QVERIFY2(verdict->reason.contains(reason), qPrintable(verdict->reason));
}

QTEST_GUILESS_MAIN(TestJournal)
#include "tst_journal.moc"
