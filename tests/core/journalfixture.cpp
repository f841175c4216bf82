#include "journalfixture.h"

#include "sales/saleservice.h"

#include <QBuffer>
#include <QSqlError>
#include <QSqlQuery>

JournalEntry draftEntry(int i)
{
    JournalEntry e;
    const int kind = (i - 1) % 5;
    e.type = kind == 2   ? QString(journal::Refund)
             : kind == 3 ? QString(journal::Reprint)
             : kind == 4 ? QString(journal::Closure)
                         : QString(journal::Sale);
    e.at = QStringLiteral("2025-03-14T09:%1:00.000+09:00").arg(30 + i, 2, 10, QLatin1Char('0'));
    e.receipt = kind == 4 ? QString() : SaleService::formatReceipt(QStringLiteral("T1"), i);
    e.totalMinor = kind == 2 ? -9000 : 18000 + i;
    e.currency = QStringLiteral("KRW");
    e.body = QJsonObject{
        {QStringLiteral("staff"), QStringLiteral("Kim")},
        {QStringLiteral("table"), QStringLiteral("테이블 %1").arg(i)},
        {QStringLiteral("lines"), QJsonArray{QJsonObject{{QStringLiteral("sku"), QStringLiteral("M-KIMCHI")},
                                                         {QStringLiteral("name"), QStringLiteral("김치찌개")},
                                                         {QStringLiteral("qty"), 2},
                                                         {QStringLiteral("total_minor"), 18000}}}},
        {QStringLiteral("note"), QStringLiteral("say \"덜 맵게\" \\ %1").arg(i)}};
    return e;
}

void JournalFixture::setUp()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_signer = FakeSigner();
    auto store = openStore(*m_dir, m_clock);
    QVERIFY2(store.ok(), describe(store).constData());
    m_store = std::move(store.value());
}

void JournalFixture::tearDown()
{
    m_store.reset();
    m_dir.reset();
}

Result<JournalEntry> JournalFixture::appendOne(const JournalEntry &entry)
{
    QSqlDatabase db = conn();
    Transaction tx(db);
    if (!tx.active()) {
        return tx.beginError();
    }
    auto appended = journal().append(db, entry, m_signer);
    if (!appended) {
        return appended;
    }
    if (auto committed = tx.commit(); !committed) {
        return committed.error();
    }
    return appended;
}

void JournalFixture::appendMany(int n)
{
    for (int i = 1; i <= n; ++i) {
        MADANG_VERIFY_OK(appendOne(draftEntry(i)));
    }
}

QByteArray JournalFixture::exportAll()
{
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    auto n = journal().exportTo(buffer);
    if (!n) {
        qWarning("export failed: %s", qPrintable(n.error().message));
    }
    return buffer.data();
}

bool JournalFixture::tamper(const QStringList &statements, QString *error)
{
    bool ok = true;
    {
        QSqlDatabase raw = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("forger"));
        raw.setDatabaseName(m_store->database().path());
        ok = raw.open();
        const QStringList all = QStringList{QStringLiteral("DROP TRIGGER IF EXISTS journal_no_update"),
                                            QStringLiteral("DROP TRIGGER IF EXISTS journal_no_delete"),
                                            QStringLiteral("DROP TRIGGER IF EXISTS journal_append_at_end")} +
                                statements;
        for (const QString &sql : all) {
            if (!ok) {
                break;
            }
            QSqlQuery q(raw);
            ok = q.exec(sql);
            if (!ok) {
                *error = sql + QStringLiteral(": ") + q.lastError().text();
            }
        }
        raw.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("forger"));
    return ok;
}
