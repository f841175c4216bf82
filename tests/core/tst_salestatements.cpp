// SaleStatements: a sale's statements prepared once per connection; the rows they write (NULL where a value is
// empty), the receipt counter, messages worded as QSqlQuery's, and SaleService following the connection.
#include "base/uuid7.h"
#include "fakesigner.h"
#include "replication/outbox.h"
#include "sales/journal.h"
#include "sales/order.h"
#include "sales/saleservice.h"
#include "sales/salestatements.h"
#include "storage/database.h"
#include "storage/transaction.h"
#include "testsupport.h"

#include <QJsonArray>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTest>
#include <QThread>

using namespace madang;
using namespace madang::test;

namespace {
Order sampleOrder(const QString &id, const QString &receipt, qint64 journalSeq)
{
    Order o;
    o.id = id;
    o.kind = QStringLiteral("sale");
    o.receipt = receipt;
    o.terminal = QStringLiteral("T1");
    o.finalizedAt = QStringLiteral("2025-03-14T09:30:00.000+09:00");
    o.currency = QStringLiteral("KRW");
    o.subtotalMinor = 9000;
    o.totalMinor = 9000;
    o.vatMinor = 818;
    o.journalSeq = journalSeq;
    OrderLine l;
    l.lineNo = 1;
    l.sku = QStringLiteral("M-1");
    l.name = QStringLiteral("김치찌개");
    l.qty = 1;
    l.unitMinor = 9000;
    l.totalMinor = 9000;
    l.vatBp = 1000;
    l.vatMinor = 818;
    o.lines << l;
    o.payments << AppliedPayment{QStringLiteral("cash"), 9000, 10000, 1000, {}};
    return o;
}

Ticket oneLineTicket()
{
    TicketLine line;
    line.sku = QStringLiteral("M-1");
    line.name = QStringLiteral("김치찌개");
    line.unitMinor = 9000;
    line.qty = 1;
    Ticket t;
    t.lines << line;
    return t;
}
} // namespace

class TestSaleStatements : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void readyOnTheTerminalSchema();
    void notReadyWithoutTheSchema();
    void isForItsOwnConnectionOnly_data();
    void isForItsOwnConnectionOnly();
    void receiptNumbersPerTerminal_data();
    void receiptNumbersPerTerminal();
    void rolledBackNumberIsGivenAgain();
    void writeOrderStoresNullForEmptyValues_data();
    void writeOrderStoresNullForEmptyValues();
    void failuresAreWordedAsBefore();
    void journalAndOutboxThroughPreparedStatements();
    void saleServiceFollowsTheConnection();

private:
    QSqlDatabase db() { return m_store->database().connection(); }

    std::unique_ptr<QTemporaryDir> m_dir;
    FakeClock m_clock;
    std::unique_ptr<Store> m_store;
};

void TestSaleStatements::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    auto store = openSetUpStore(*m_dir, m_clock);
    MADANG_VERIFY_OK(store);
    m_store = std::move(store).value();
}

void TestSaleStatements::cleanup()
{
    m_store.reset();
    m_dir.reset();
}

void TestSaleStatements::readyOnTheTerminalSchema()
{
    const SaleStatements statements(db());
    MADANG_VERIFY_OK(statements.ready());
    QVERIFY(statements.isFor(db()));
}

void TestSaleStatements::notReadyWithoutTheSchema()
{
    const QString name = QStringLiteral("bare");
    {
        QSqlDatabase bare = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        bare.setDatabaseName(m_dir->filePath(QStringLiteral("bare.db")));
        QVERIFY(bare.open());
        {
            const SaleStatements statements(bare);
            QVERIFY(statements.isFor(bare));
            const Status ready = statements.ready();
            MADANG_VERIFY_ERROR(ready, ErrorCode::Storage);
            QVERIFY2(ready.error().message.startsWith(QStringLiteral("Preparing to save the sale: ")) &&
                         ready.error().message.contains(QStringLiteral("no such table")),
                     qPrintable(ready.error().message));
        }
        bare.close();
    }
    QSqlDatabase::removeDatabase(name);
}

void TestSaleStatements::isForItsOwnConnectionOnly_data()
{
    QTest::addColumn<QString>("other");
    QTest::addColumn<bool>("expected");
    QTest::newRow("the same connection") << QStringLiteral("same") << true;
    QTest::newRow("another thread's connection") << QStringLiteral("thread") << false;
    QTest::newRow("another database's connection") << QStringLiteral("database") << false;
}

void TestSaleStatements::isForItsOwnConnectionOnly()
{
    QFETCH(QString, other);
    QFETCH(bool, expected);
    const SaleStatements statements(db());
    std::unique_ptr<QTemporaryDir> otherDir;
    std::unique_ptr<Store> otherStore;
    bool isFor = false;
    if (other == QLatin1String("same")) {
        isFor = statements.isFor(db());
    } else if (other == QLatin1String("thread")) {
        std::unique_ptr<QThread> thread(
            QThread::create([&] { isFor = statements.isFor(m_store->database().connection()); }));
        thread->start();
        QVERIFY(thread->wait(10000));
    } else {
        otherDir = std::make_unique<QTemporaryDir>();
        auto opened = openStore(*otherDir, m_clock);
        MADANG_VERIFY_OK(opened);
        otherStore = std::move(opened).value();
        isFor = statements.isFor(otherStore->database().connection());
    }
    QCOMPARE(isFor, expected);
}

void TestSaleStatements::receiptNumbersPerTerminal_data()
{
    QTest::addColumn<QStringList>("terminals");
    QTest::addColumn<QList<qint64>>("numbers");
    QTest::newRow("one terminal") << QStringList{QStringLiteral("T1"), QStringLiteral("T1"), QStringLiteral("T1")}
                                  << QList<qint64>{1, 2, 3};
    QTest::newRow("two terminals, interleaved")
        << QStringList{QStringLiteral("T1"), QStringLiteral("K2"), QStringLiteral("T1"), QStringLiteral("K2"),
                       QStringLiteral("K2")}
        << QList<qint64>{1, 1, 2, 2, 3};
}

void TestSaleStatements::receiptNumbersPerTerminal()
{
    QFETCH(QStringList, terminals);
    QFETCH(QList<qint64>, numbers);
    SaleStatements statements(db());
    MADANG_VERIFY_OK(statements.ready());
    QList<qint64> got;
    for (const QString &terminal : std::as_const(terminals)) {
        Transaction tx(db()); // one transaction each, like one sale each, on the same statements
        auto number = statements.nextReceiptNumber(terminal);
        MADANG_VERIFY_OK(number);
        got << number.value();
        MADANG_VERIFY_OK(tx.commit());
    }
    QCOMPARE(got, numbers);
}

void TestSaleStatements::rolledBackNumberIsGivenAgain()
{
    SaleStatements statements(db());
    for (int i = 0; i < 2; ++i) {
        Transaction tx(db()); // rolled back on leaving the scope
        auto number = statements.nextReceiptNumber(QStringLiteral("T1"));
        MADANG_VERIFY_OK(number);
        QCOMPARE(number.value(), 1);
    }
    QCOMPARE(queryInt(db(), QStringLiteral("SELECT count(*) FROM receipt_counters")), 0);
}

void TestSaleStatements::writeOrderStoresNullForEmptyValues_data()
{
    QTest::addColumn<bool>("filled");
    QTest::addColumn<QString>("sql");
    QTest::addColumn<QString>("expected"); // the row's columns joined by |, NULL for NULL
    const auto row = [](const char *name, bool filled, const char *sql, const char *expected) {
        QTest::newRow(name) << filled << QString::fromLatin1(sql) << QString::fromUtf8(expected);
    };
    row("empty: order", false,
        "SELECT corrects_id, staff_id, staff_name, approver_id, reason, table_name, journal_seq FROM orders",
        "NULL|NULL|NULL|NULL|NULL|NULL|1");
    row("empty: line", false, "SELECT item_id, modifiers, note, staff_id, corrects_line FROM order_lines",
        "NULL|[]|NULL|NULL|NULL");
    row("empty: payment", false, "SELECT reference, created_at, length(id) FROM payments",
        "NULL|2025-03-14T09:30:00.000+09:00|36");
    row("filled: order", true,
        "SELECT corrects_id, staff_id, staff_name, approver_id, reason, table_name, journal_seq FROM orders "
        "WHERE kind = 'refund'",
        "order-1|staff-1|김민지|mgr-1|wrong dish|테이블 3|2");
    row("filled: line", true,
        "SELECT item_id, modifiers, note, staff_id, corrects_line, qty FROM order_lines WHERE order_id = 'order-2'",
        "item-1|[{\"group\":\"맵기\",\"option\":\"보통\",\"price_minor\":500}]|덜 맵게|staff-2|1|-1");
    row("filled: payment", true, "SELECT method, amount_minor, reference FROM payments WHERE order_id = 'order-2'",
        "card|-9000|W-1");
}

void TestSaleStatements::writeOrderStoresNullForEmptyValues()
{
    QFETCH(bool, filled);
    QFETCH(QString, sql);
    QFETCH(QString, expected);
    SaleStatements statements(db());
    Uuid7Generator ids(m_clock);
    Transaction tx(db());
    MADANG_VERIFY_OK(
        statements.writeOrder(sampleOrder(QStringLiteral("order-1"), QStringLiteral("T1-000001"), 1), ids));
    if (filled) {
        Order refund = sampleOrder(QStringLiteral("order-2"), QStringLiteral("T1-000002"), 2);
        refund.kind = QStringLiteral("refund");
        refund.correctsId = QStringLiteral("order-1");
        refund.staffId = QStringLiteral("staff-1");
        refund.staffName = QStringLiteral("김민지");
        refund.approverId = QStringLiteral("mgr-1");
        refund.reason = QStringLiteral("wrong dish");
        refund.tableName = QStringLiteral("테이블 3");
        OrderLine &l = refund.lines.first();
        l.itemId = QStringLiteral("item-1");
        l.note = QStringLiteral("덜 맵게");
        l.staffId = QStringLiteral("staff-2");
        l.correctsLine = 1;
        l.qty = -1;
        l.modifiers.append(QJsonObject{{QStringLiteral("group"), QStringLiteral("맵기")},
                                       {QStringLiteral("option"), QStringLiteral("보통")},
                                       {QStringLiteral("price_minor"), 500}});
        refund.payments = {AppliedPayment{QStringLiteral("card"), -9000, -9000, 0, QStringLiteral("W-1")}};
        MADANG_VERIFY_OK(statements.writeOrder(refund, ids));
    }
    QSqlQuery q(db());
    QVERIFY2(q.exec(sql) && q.next(), qPrintable(q.lastError().text()));
    QStringList values;
    for (int i = 0; i < q.record().count(); ++i) {
        values << (q.isNull(i) ? QStringLiteral("NULL") : q.value(i).toString());
    }
    QCOMPARE(values.join(QLatin1Char('|')), expected);
    QVERIFY(!q.next());
}

void TestSaleStatements::failuresAreWordedAsBefore()
{
    SaleStatements statements(db());
    Uuid7Generator ids(m_clock);
    Transaction tx(db());
    const Order order = sampleOrder(QStringLiteral("order-1"), QStringLiteral("T1-000001"), 1);
    MADANG_VERIFY_OK(statements.writeOrder(order, ids));
    const Status again = statements.writeOrder(order, ids);
    MADANG_VERIFY_ERROR(again, ErrorCode::Storage);
    QCOMPARE(again.error().message,
             QStringLiteral("Saving the order: UNIQUE constraint failed: orders.journal_seq Unable to fetch row"));
    // Word for word what the same failure through QSqlQuery::exec() gives.
    QSqlQuery q(db());
    QVERIFY(!q.exec(QStringLiteral("INSERT INTO orders SELECT * FROM orders WHERE id = 'order-1'")));
    QCOMPARE(again.error().message, Database::storageError(q.lastError(), QStringLiteral("Saving the order")).message);
    // The statements are reset after a failure and serve the next order.
    MADANG_VERIFY_OK(
        statements.writeOrder(sampleOrder(QStringLiteral("order-2"), QStringLiteral("T1-000002"), 2), ids));
}

void TestSaleStatements::journalAndOutboxThroughPreparedStatements()
{
    SaleStatements statements(db());
    FakeSigner signer;
    QSqlDatabase conn = db();
    {
        Transaction tx(conn);
        for (int i = 1; i <= 4; ++i) {
            JournalEntry entry;
            entry.type = QString(journal::Sale);
            entry.at = QStringLiteral("2025-03-14T09:30:00.000+09:00");
            entry.receipt = SaleService::formatReceipt(QStringLiteral("T1"), i);
            entry.totalMinor = 1000 * i;
            entry.currency = QStringLiteral("KRW");
            entry.body = QJsonObject{{QStringLiteral("n"), i}, {QStringLiteral("이름"), QStringLiteral("\"따옴표\"")}};
            // Odd entries through the kept statements, even ones through the one-off path: one chain.
            auto appended = i % 2 == 1 ? m_store->journal().append(conn, entry, signer, statements.journal)
                                       : m_store->journal().append(conn, entry, signer);
            MADANG_VERIFY_OK(appended);
            QCOMPARE(appended->seq, i);
            MADANG_VERIFY_OK(m_store->outbox().enqueueJson(conn, statements.outbox, QStringLiteral("shift.cash_moved"),
                                                           1, entry.receipt, QByteArrayLiteral("{\"n\":1}")));
        }
        MADANG_VERIFY_OK(tx.commit());
    }
    auto verdict = m_store->journal().verifyStored(FakeSigner::check());
    MADANG_VERIFY_OK(verdict);
    QVERIFY2(verdict->ok, qPrintable(verdict->reason));
    QCOMPARE(verdict->entries, 4);
    QCOMPARE(
        queryString(db(), QStringLiteral("SELECT group_concat(op, ',') FROM (SELECT entity_id || ':' || "
                                         "op_version || ':' || payload AS op FROM outbox WHERE op = 'shift.cash_moved' "
                                         "ORDER BY seq)")),
        QStringLiteral("T1-000001:1:{\"n\":1},T1-000002:1:{\"n\":1},T1-000003:1:{\"n\":1},T1-000004:1:{\"n\":1}"));
}

void TestSaleStatements::saleServiceFollowsTheConnection()
{
    // The service keeps the statements of the connection it last ran on; a sale on another thread's connection
    // must prepare its own there, and the next sale here must not use that thread's.
    FakeSigner signer;
    const SaleContext who{QStringLiteral("staff-1"), QStringLiteral("김민지"), {}, {}};
    QStringList receipts;
    const auto sell = [&] {
        auto sale = m_store->sales().finalize(oneLineTicket(), {PaymentInput::cash(10000)}, who, signer);
        receipts << (sale ? sale->receipt : sale.error().message);
    };
    sell();
    std::unique_ptr<QThread> thread(QThread::create(sell));
    thread->start();
    QVERIFY(thread->wait(10000));
    sell();
    sell();
    QCOMPARE(receipts, (QStringList{QStringLiteral("T1-000001"), QStringLiteral("T1-000002"),
                                    QStringLiteral("T1-000003"), QStringLiteral("T1-000004")}));
    auto verdict = m_store->journal().verifyStored(FakeSigner::check());
    MADANG_VERIFY_OK(verdict);
    QVERIFY2(verdict->ok, qPrintable(verdict->reason));
    QCOMPARE(verdict->entries, 4);
}

QTEST_GUILESS_MAIN(TestSaleStatements)
#include "tst_salestatements.moc"
