// SqliteStatement: binding (NULL, text, UTF-8, numbers), reading a row back, reuse after a failure and
// errors worded as QSqlQuery words them.
#include "storage/database.h"
#include "storage/sqlitestatement.h"
#include "testsupport.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QTest>
#include <sqlite3.h>

using namespace madang;
using namespace madang::test;

class TestSqliteStatement : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void bindsAndStores_data();
    void bindsAndStores();
    void readsTheFirstTwoColumns_data();
    void readsTheFirstTwoColumns();
    void failureIsWordedAsQSqlQuery();
    void notAnSqliteConnection();

private:
    QSqlDatabase m_db;
    std::unique_ptr<QTemporaryDir> m_dir;
};

void TestSqliteStatement::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("statement"));
    m_db.setDatabaseName(m_dir->filePath(QStringLiteral("t.db")));
    QVERIFY(m_db.open());
    QVERIFY(execSql(m_db, QStringLiteral("CREATE TABLE t (k INTEGER PRIMARY KEY, v, w TEXT NOT NULL DEFAULT '')")));
}

void TestSqliteStatement::cleanup()
{
    m_db.close();
    m_db = QSqlDatabase();
    QSqlDatabase::removeDatabase(QStringLiteral("statement"));
    m_dir.reset();
}

void TestSqliteStatement::bindsAndStores_data()
{
    QTest::addColumn<QString>("how");
    QTest::addColumn<QString>("expected"); // typeof(v) || ':' || v
    QTest::newRow("text") << QStringLiteral("text") << QStringLiteral("text:김치찌개 \"1\"");
    QTest::newRow("null QString") << QStringLiteral("nullText") << QStringLiteral("null");
    QTest::newRow("empty QString") << QStringLiteral("emptyText") << QStringLiteral("text:");
    QTest::newRow("empty, NULL if empty") << QStringLiteral("nullIfEmpty") << QStringLiteral("null");
    QTest::newRow("bindNull") << QStringLiteral("null") << QStringLiteral("null");
    QTest::newRow("qint64") << QStringLiteral("int") << QStringLiteral("integer:-9007199254740993");
    QTest::newRow("UTF-8") << QStringLiteral("utf8") << QStringLiteral("text:{\"이름\":\"비빔밥\"}");
    QTest::newRow("null UTF-8") << QStringLiteral("nullUtf8") << QStringLiteral("null");
}

void TestSqliteStatement::bindsAndStores()
{
    QFETCH(QString, how);
    QFETCH(QString, expected);
    SqliteStatement insert(sqliteHandle(m_db), "INSERT INTO t (k, v) VALUES (1, ?)");
    QVERIFY(insert.valid());
    const QString text = QStringLiteral("김치찌개 \"1\"");
    const QString empty = QLatin1String("");
    const QByteArray utf8 = QStringLiteral("{\"이름\":\"비빔밥\"}").toUtf8();
    if (how == QLatin1String("text")) {
        insert.bind(1, text);
    } else if (how == QLatin1String("nullText")) {
        insert.bind(1, QString());
    } else if (how == QLatin1String("emptyText")) {
        insert.bind(1, empty);
    } else if (how == QLatin1String("nullIfEmpty")) {
        insert.bindNullIfEmpty(1, empty);
    } else if (how == QLatin1String("null")) {
        insert.bindNull(1);
    } else if (how == QLatin1String("int")) {
        insert.bind(1, qint64{-9007199254740993});
    } else if (how == QLatin1String("utf8")) {
        insert.bindUtf8(1, utf8);
    } else {
        insert.bindUtf8(1, QByteArray());
    }
    QCOMPARE(insert.run(), SQLITE_DONE);
    QCOMPARE(queryString(m_db, QStringLiteral("SELECT typeof(v) || coalesce(':' || v, '') FROM t")), expected);
}

void TestSqliteStatement::readsTheFirstTwoColumns_data()
{
    QTest::addColumn<QString>("sql");
    QTest::addColumn<int>("rc");
    QTest::addColumn<qint64>("first");
    QTest::addColumn<QString>("second");
    QTest::addColumn<bool>("secondIsNull");
    QTest::newRow("a row") << QStringLiteral("SELECT k, v FROM t ORDER BY k DESC LIMIT 1") << SQLITE_ROW << qint64{7}
                           << QStringLiteral("해시") << false;
    QTest::newRow("NULL text") << QStringLiteral("SELECT k, NULL FROM t") << SQLITE_ROW << qint64{7} << QString()
                               << true;
    QTest::newRow("no row") << QStringLiteral("SELECT k, v FROM t WHERE k < 0") << SQLITE_DONE << qint64{-1}
                            << QString() << true;
    QTest::newRow("RETURNING") << QStringLiteral("UPDATE t SET k = k + 1 RETURNING k, v") << SQLITE_ROW << qint64{8}
                               << QStringLiteral("해시") << false;
}

void TestSqliteStatement::readsTheFirstTwoColumns()
{
    QFETCH(QString, sql);
    QFETCH(int, rc);
    QFETCH(qint64, first);
    QFETCH(QString, second);
    QFETCH(bool, secondIsNull);
    QVERIFY(execSql(m_db, QStringLiteral("INSERT INTO t (k, v) VALUES (7, '해시')")));
    const QByteArray utf8 = sql.toUtf8();
    SqliteStatement select(sqliteHandle(m_db), utf8.constData());
    QVERIFY(select.valid());
    qint64 gotFirst = -1;
    QString gotSecond = QStringLiteral("untouched");
    QCOMPARE(select.run(&gotFirst, &gotSecond), rc);
    QCOMPARE(gotFirst, first);
    QCOMPARE(gotSecond, second);
    QCOMPARE(gotSecond.isNull(), secondIsNull);
    // Reset: the statement runs again.
    QCOMPARE(select.run(), rc);
}

void TestSqliteStatement::failureIsWordedAsQSqlQuery()
{
    QVERIFY(execSql(m_db, QStringLiteral("INSERT INTO t (k, v) VALUES (1, 'a')")));
    SqliteStatement insert(sqliteHandle(m_db), "INSERT INTO t (k, v) VALUES (?, ?)");
    insert.bind(1, qint64{1});
    insert.bind(2, QStringLiteral("b"));
    QCOMPARE(insert.run(), SQLITE_CONSTRAINT_PRIMARYKEY); // Qt turns extended codes on
    const QSqlError ours = insert.execError();
    QSqlQuery q(m_db);
    QVERIFY(!q.exec(QStringLiteral("INSERT INTO t (k, v) VALUES (1, 'b')")));
    QCOMPARE(ours.text(), q.lastError().text());
    QCOMPARE(ours.nativeErrorCode(), q.lastError().nativeErrorCode());
    QCOMPARE(Database::storageError(ours, QStringLiteral("Saving")).message,
             Database::storageError(q.lastError(), QStringLiteral("Saving")).message);
    // After a failure the statement is reset and serves the next row.
    insert.bind(1, qint64{2});
    insert.bind(2, QStringLiteral("b"));
    QCOMPARE(insert.run(), SQLITE_DONE);
}

void TestSqliteStatement::notAnSqliteConnection()
{
    const SqliteStatement statement(nullptr, "SELECT 1");
    QVERIFY(!statement.valid());
    QCOMPARE(statement.error().databaseText(), QStringLiteral("not an SQLite connection"));
    QVERIFY(!sqliteHandle(QSqlDatabase()));
}

QTEST_GUILESS_MAIN(TestSqliteStatement)
#include "tst_sqlitestatement.moc"
