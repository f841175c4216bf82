// Transaction: commit, rollback on destruction, nesting as savepoints, inProgress.
#include "storage/database.h"
#include "storage/transaction.h"
#include "testsupport.h"

#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace madang;
using namespace madang::test;

class TestTransaction : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void commitKeepsWork();
    void destructionRollsBack();
    void commitTwiceIsAnError();
    void nested_data();
    void nested();
    void deepNesting();
    void inProgress();
    void otherConnectionSeesOnlyCommitted();
    void beginFailsWhileAnotherWriterHolds();

private:
    qint64 notes() const { return queryInt(m_db->connection(), QStringLiteral("SELECT count(*) FROM notes")); }
    bool addNote(const QString &text) const
    {
        return execSql(m_db->connection(), QStringLiteral("INSERT INTO notes (text) VALUES ('%1')").arg(text));
    }
    QStringList noteTexts() const;

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Database> m_db;
};

QStringList TestTransaction::noteTexts() const
{
    QStringList texts;
    QSqlQuery q(m_db->connection());
    q.exec(QStringLiteral("SELECT text FROM notes ORDER BY id"));
    while (q.next()) {
        texts << q.value(0).toString();
    }
    return texts;
}

void TestTransaction::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    auto db = Database::open(m_dir->filePath(QStringLiteral("tx.db")));
    MADANG_VERIFY_OK(db);
    m_db = std::move(db).value();
    QVERIFY(execSql(m_db->connection(), QStringLiteral("CREATE TABLE notes (id INTEGER PRIMARY KEY, text TEXT)")));
}

void TestTransaction::cleanup()
{
    m_db.reset();
    m_dir.reset();
}

void TestTransaction::commitKeepsWork()
{
    {
        Transaction tx(m_db->connection());
        QVERIFY(tx.active());
        QVERIFY(addNote(QStringLiteral("a")));
        MADANG_VERIFY_OK(tx.commit());
        QVERIFY(!tx.active());
    }
    QCOMPARE(notes(), 1);
}

void TestTransaction::destructionRollsBack()
{
    {
        Transaction tx(m_db->connection());
        QVERIFY(tx.active());
        QVERIFY(addNote(QStringLiteral("a")));
        QVERIFY(addNote(QStringLiteral("b")));
        QCOMPARE(notes(), 2); // visible inside
    }
    QCOMPARE(notes(), 0);
    QVERIFY(!Transaction::inProgress(m_db->connection()));
}

void TestTransaction::commitTwiceIsAnError()
{
    Transaction tx(m_db->connection());
    MADANG_VERIFY_OK(tx.commit());
    const Status again = tx.commit();
    QVERIFY(!again.ok());
    QCOMPARE(again.error().code, ErrorCode::Storage);
}

void TestTransaction::nested_data()
{
    QTest::addColumn<bool>("innerCommits");
    QTest::addColumn<bool>("outerCommits");
    QTest::addColumn<QStringList>("expected");
    QTest::newRow("both commit") << true << true
                                 << QStringList{QStringLiteral("outer"), QStringLiteral("inner"),
                                                QStringLiteral("after")};
    QTest::newRow("inner rolls back, outer keeps its work")
        << false << true << QStringList{QStringLiteral("outer"), QStringLiteral("after")};
    QTest::newRow("inner commits, outer rolls back: nothing") << true << false << QStringList();
    QTest::newRow("neither commits") << false << false << QStringList();
}

void TestTransaction::nested()
{
    QFETCH(bool, innerCommits);
    QFETCH(bool, outerCommits);
    QFETCH(QStringList, expected);
    {
        Transaction outer(m_db->connection());
        QVERIFY(outer.active());
        QVERIFY(addNote(QStringLiteral("outer")));
        {
            Transaction inner(m_db->connection());
            QVERIFY2(inner.active(), qPrintable(inner.beginError().message)); // a savepoint, not a second BEGIN
            QVERIFY(addNote(QStringLiteral("inner")));
            if (innerCommits) {
                MADANG_VERIFY_OK(inner.commit());
            }
        }
        QVERIFY(Transaction::inProgress(m_db->connection()));
        QVERIFY(addNote(QStringLiteral("after")));
        if (outerCommits) {
            MADANG_VERIFY_OK(outer.commit());
        }
    }
    QCOMPARE(noteTexts(), expected);
    QVERIFY(!Transaction::inProgress(m_db->connection()));
}

void TestTransaction::deepNesting()
{
    {
        Transaction t0(m_db->connection());
        QVERIFY(addNote(QStringLiteral("0")));
        {
            Transaction t1(m_db->connection());
            QVERIFY(addNote(QStringLiteral("1")));
            {
                Transaction t2(m_db->connection());
                QVERIFY(t2.active());
                QVERIFY(addNote(QStringLiteral("2")));
                // t2 rolls back alone
            }
            MADANG_VERIFY_OK(t1.commit());
        }
        {
            Transaction again(m_db->connection()); // a savepoint name may be reused after release
            QVERIFY(again.active());
            QVERIFY(addNote(QStringLiteral("1b")));
            MADANG_VERIFY_OK(again.commit());
        }
        MADANG_VERIFY_OK(t0.commit());
    }
    QCOMPARE(noteTexts(), QStringList({QStringLiteral("0"), QStringLiteral("1"), QStringLiteral("1b")}));
}

void TestTransaction::inProgress()
{
    const QSqlDatabase c = m_db->connection();
    QVERIFY(!Transaction::inProgress(c));
    {
        Transaction outer(c);
        QVERIFY(Transaction::inProgress(c));
        {
            Transaction inner(c);
            QVERIFY(Transaction::inProgress(c));
            MADANG_VERIFY_OK(inner.commit());
        }
        QVERIFY(Transaction::inProgress(c));
        MADANG_VERIFY_OK(outer.commit());
        QVERIFY(!Transaction::inProgress(c));
    }
    QVERIFY(!Transaction::inProgress(c));
    {
        Transaction rolledBack(c);
        QVERIFY(Transaction::inProgress(c));
    }
    QVERIFY(!Transaction::inProgress(c));
}

void TestTransaction::otherConnectionSeesOnlyCommitted()
{
    auto reader = Database::open(m_db->path(), Database::Mode::ReadOnly);
    MADANG_VERIFY_OK(reader);
    const QSqlDatabase other = reader.value()->connection();
    QVERIFY(!Transaction::inProgress(other));
    Transaction tx(m_db->connection());
    QVERIFY(addNote(QStringLiteral("pending")));
    QVERIFY2(!Transaction::inProgress(other), "a guard is per connection");
    QCOMPARE(queryInt(other, QStringLiteral("SELECT count(*) FROM notes")), 0);
    MADANG_VERIFY_OK(tx.commit());
    QCOMPARE(queryInt(other, QStringLiteral("SELECT count(*) FROM notes")), 1);
}

void TestTransaction::beginFailsWhileAnotherWriterHolds()
{
    // BEGIN IMMEDIATE takes the write lock up front; a second writer waits out the busy timeout, then
    // gets a clear error instead of failing half-way through its work.
    const QString name = QStringLiteral("tst-transaction-raw");
    {
        QSqlDatabase raw = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        raw.setDatabaseName(m_db->path());
        raw.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=0"));
        QVERIFY(raw.open());
        QVERIFY(execSql(raw, QStringLiteral("PRAGMA busy_timeout = 50")));
        Transaction ours(m_db->connection());
        QVERIFY(ours.active());
        {
            Transaction theirs(raw);
            QVERIFY(!theirs.active());
            QCOMPARE(theirs.beginError().code, ErrorCode::Storage);
            QVERIFY(!theirs.beginError().message.isEmpty());
            QVERIFY(!Transaction::inProgress(raw));
        }
        raw.close();
    }
    QSqlDatabase::removeDatabase(name);
}

QTEST_GUILESS_MAIN(TestTransaction)
#include "tst_transaction.moc"
