// CatalogImport: golden CSV files with their exact reports, all-or-nothing writes, a full disk, re-imports.
#include "base/money.h"
#include "catalog/catalogimport.h"
#include "catalog/catalogrepository.h"
#include "fakeclock.h"
#include "merchant/merchantrepository.h"
#include "replication/outbox.h"
#include "sales/ticket.h"
#include "testsupport.h"
#include "workflows/store.h"

#include <QDir>
#include <QTemporaryDir>
#include <QTest>

using namespace madang;
using namespace madang::test;

namespace {
const QString kExistingSku = QStringLiteral("EXIST-1");
const QString kExistingBarcode = QStringLiteral("8800000000001");

/// The report as the golden files spell it: "ok created=N updated=M", or one "line N: reason" per issue.
QString reportText(const ImportReport &report)
{
    if (report.issues.isEmpty()) {
        return QStringLiteral("ok created=%1 updated=%2\n").arg(report.created).arg(report.updated);
    }
    QString text;
    for (const ImportIssue &issue : report.issues) {
        text += issue.toString() + QLatin1Char('\n');
    }
    return text;
}

/// rows items "G-00000".."G-<rows-1>" with Hangul names, categories and barcodes; prices start at base.
QByteArray generatedCsv(int rows, int base)
{
    QByteArray csv("sku,name,category,price,vat_rate,duration_min,barcode\n");
    csv.reserve(rows * 80);
    for (int i = 0; i < rows; ++i) {
        csv += QStringLiteral("G-%1,상품 번호 %1 김치찌개,분류 %2,%3,10,%4,%5\n")
                   .arg(i, 5, 10, QLatin1Char('0'))
                   .arg(i % 20)
                   .arg(base + i)
                   .arg(i % 90)
                   .arg(QStringLiteral("77%1").arg(i, 11, 10, QLatin1Char('0')))
                   .toUtf8();
    }
    return csv;
}
} // namespace

class TestCatalogImport : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void golden_data();
    void golden();
    void columns();
    void reimportWithChangedPrices();
    void usdPricesAndMerchantDefaultVat();
    void fullDiskImportsNothing();
    void progressReachesTheEnd();
    void priceAtTheMaximumSells_data();
    void priceAtTheMaximumSells();
    void megabyteCategoryImportsNothing();

private:
    QSqlDatabase conn() { return m_store->database().connection(); }
    qint64 items() { return queryInt(conn(), QStringLiteral("SELECT count(*) FROM items")); }
    qint64 outbox() { return queryInt(conn(), QStringLiteral("SELECT count(*) FROM outbox")); }
    Result<ImportReport> import(const QByteArray &csv, const QString &currency = QStringLiteral("KRW"),
                                const CatalogRepository::Progress &progress = {});

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<FakeClock> m_clock;
    std::unique_ptr<Store> m_store;
};

void TestCatalogImport::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_clock = std::make_unique<FakeClock>();
    auto store = openSetUpStore(*m_dir, *m_clock);
    MADANG_VERIFY_OK(store);
    m_store = std::move(store).value();
    // Every case starts with one item already in the catalog, which owns a barcode.
    MADANG_VERIFY_OK(m_store->catalog().save(
        makeItem(kExistingSku, QStringLiteral("기존 상품"), 1000, QStringLiteral("기존"), kExistingBarcode)));
}

void TestCatalogImport::cleanup()
{
    m_store.reset();
    m_clock.reset();
    m_dir.reset();
}

Result<ImportReport> TestCatalogImport::import(const QByteArray &csv, const QString &currency,
                                               const CatalogRepository::Progress &progress)
{
    auto c = Currency::fromCode(currency);
    if (!c) {
        return c.error();
    }
    CatalogImport importer(m_store->catalog(), c.value(), kDefaultVatBasisPoints);
    return importer.run(csv, progress);
}

void TestCatalogImport::golden_data()
{
    QTest::addColumn<QString>("csvPath");
    QTest::addColumn<QString>("expectedPath");
    const QDir dir(dataPath(QStringLiteral("csv")));
    const QStringList cases = dir.entryList({QStringLiteral("*.csv")}, QDir::Files, QDir::Name);
    QVERIFY2(cases.size() >= 20, "the golden files are missing");
    for (const QString &file : cases) {
        const QString name = file.chopped(4);
        QTest::newRow(qPrintable(name)) << dir.filePath(file) << dir.filePath(name + QStringLiteral(".expected"));
    }
}

void TestCatalogImport::golden()
{
    QFETCH(QString, csvPath);
    QFETCH(QString, expectedPath);
    QVERIFY2(QFile::exists(expectedPath), qPrintable(expectedPath + QStringLiteral(" is missing")));
    const QString expected = QString::fromUtf8(readFile(expectedPath));
    const qint64 itemsBefore = items();
    const qint64 outboxBefore = outbox();

    auto report = import(readFile(csvPath));
    MADANG_VERIFY_OK(report);
    QCOMPARE(reportText(report.value()), expected);

    if (report->issues.isEmpty()) {
        QCOMPARE(items(), itemsBefore + report->created);
        QCOMPARE(report->rows, report->created + report->updated);
        QVERIFY(outbox() > outboxBefore);
    } else {
        // All or nothing: a single bad row leaves the catalog and the outbox exactly as they were.
        QCOMPARE(items(), itemsBefore);
        QCOMPARE(outbox(), outboxBefore);
        QCOMPARE(report->created, 0);
        QCOMPARE(report->updated, 0);
        auto existing = m_store->catalog().findBySku(kExistingSku);
        MADANG_VERIFY_OK(existing);
        QCOMPARE(existing->value().name, QStringLiteral("기존 상품"));
        QCOMPARE(existing->value().priceMinor, 1000);
    }
}

void TestCatalogImport::columns()
{
    QCOMPARE(CatalogImport::columns().join(QLatin1Char(',')),
             QStringLiteral("sku,name,category,price,vat_rate,duration_min,barcode"));
}

void TestCatalogImport::reimportWithChangedPrices()
{
    auto first = import(generatedCsv(1200, 1000));
    MADANG_VERIFY_OK(first);
    QCOMPARE(reportText(first.value()), QStringLiteral("ok created=1200 updated=0\n"));
    auto item = m_store->catalog().findBySku(QStringLiteral("G-00042"));
    MADANG_VERIFY_OK(item);
    QCOMPARE(item->value().priceMinor, 1042);
    const QString id = item->value().id;

    const qint64 outboxBefore = outbox();
    auto second = import(generatedCsv(1200, 5000));
    MADANG_VERIFY_OK(second);
    QCOMPARE(reportText(second.value()), QStringLiteral("ok created=0 updated=1200\n"));
    QCOMPARE(items(), 1201);
    auto changed = m_store->catalog().findBySku(QStringLiteral("G-00042"));
    MADANG_VERIFY_OK(changed);
    QCOMPARE(changed->value().priceMinor, 5042);
    QCOMPARE(changed->value().id, id);
    QCOMPARE(changed->value().durationMin, 42);
    QCOMPARE(changed->value().categoryName, QStringLiteral("분류 2"));
    // Three bulk ops of at most 500 items; no new categories the second time.
    QCOMPARE(outbox() - outboxBefore, 3);
    // The same file a third time changes nothing but is still a valid import.
    auto third = import(generatedCsv(1200, 5000));
    MADANG_VERIFY_OK(third);
    QCOMPARE(third->updated, 1200);
}

void TestCatalogImport::usdPricesAndMerchantDefaultVat()
{
    auto report = import(QByteArrayLiteral("sku,name,price,vat_rate\nU1,Bagel,4.5,\nU2,Coffee,\"1,204.05\",8.25\n"),
                         QStringLiteral("USD"));
    MADANG_VERIFY_OK(report);
    QCOMPARE(reportText(report.value()), QStringLiteral("ok created=2 updated=0\n"));
    auto bagel = m_store->catalog().findBySku(QStringLiteral("U1"));
    MADANG_VERIFY_OK(bagel);
    QCOMPARE(bagel->value().priceMinor, 450);
    QCOMPARE(bagel->value().vatBasisPoints, kDefaultVatBasisPoints);
    auto coffee = m_store->catalog().findBySku(QStringLiteral("U2"));
    MADANG_VERIFY_OK(coffee);
    QCOMPARE(coffee->value().priceMinor, 120405);
    QCOMPARE(coffee->value().vatBasisPoints, 825);
}

void TestCatalogImport::fullDiskImportsNothing()
{
    const qint64 itemsBefore = items();
    const qint64 outboxBefore = outbox();
    const QByteArray csv = generatedCsv(6000, 1000);
    QSqlDatabase db = conn();
    const qint64 pages = queryInt(db, QStringLiteral("PRAGMA page_count"));
    QVERIFY(pages > 0);
    // The file may grow by about 200 KB: far less than 6000 items need.
    QCOMPARE(queryInt(db, QStringLiteral("PRAGMA max_page_count = %1").arg(pages + 50)), pages + 50);

    auto report = import(csv);
    QVERIFY2(!report.ok(), "the import should not fit");
    QCOMPARE(report.error().code, ErrorCode::DiskFull);
    QVERIFY2(report.error().message.contains(QStringLiteral("disk is full")), qPrintable(report.error().message));
    QCOMPARE(items(), itemsBefore);
    QCOMPARE(outbox(), outboxBefore);
    QCOMPARE(queryInt(db, QStringLiteral("SELECT count(*) FROM search.item_search")), itemsBefore);
    QCOMPARE(queryInt(db, QStringLiteral("SELECT count(*) FROM categories")), 1);
    QCOMPARE(queryString(db, QStringLiteral("PRAGMA quick_check")), QStringLiteral("ok"));

    // Once there is room again, the same file imports completely.
    QVERIFY(queryInt(db, QStringLiteral("PRAGMA max_page_count = 1073741823")) > pages + 50);
    auto retried = import(csv);
    MADANG_VERIFY_OK(retried);
    QCOMPARE(reportText(retried.value()), QStringLiteral("ok created=6000 updated=0\n"));
    QCOMPARE(items(), itemsBefore + 6000);
}

void TestCatalogImport::progressReachesTheEnd()
{
    qsizetype last = -1;
    qsizetype total = -1;
    bool monotonic = true;
    auto report = import(generatedCsv(3000, 100), QStringLiteral("KRW"), [&](qsizetype done, qsizetype all) {
        monotonic = monotonic && done >= last;
        last = done;
        total = all;
    });
    MADANG_VERIFY_OK(report);
    QCOMPARE(report->created, 3000);
    QVERIFY(monotonic);
    QCOMPARE(total, 3000);
    QCOMPARE(last, total);
}

void TestCatalogImport::priceAtTheMaximumSells_data()
{
    QTest::addColumn<QString>("currency");
    QTest::addColumn<QByteArray>("price");
    QTest::addColumn<bool>("pricesIncludeVat");
    QTest::newRow("KRW, VAT included") << QStringLiteral("KRW") << QByteArray("\"1,000,000,000,000\"") << true;
    QTest::newRow("USD, VAT on top") << QStringLiteral("USD") << QByteArray("10000000000.00") << false;
}

void TestCatalogImport::priceAtTheMaximumSells()
{
    // A price that can be imported can be sold: one of it, with the largest tip, is one ticket.
    QFETCH(QString, currency);
    QFETCH(QByteArray, price);
    QFETCH(bool, pricesIncludeVat);
    auto report = import("sku,name,price,vat_rate\nTOP,Gold bar," + price + ",100\n", currency);
    MADANG_VERIFY_OK(report);
    QCOMPARE(reportText(report.value()), QStringLiteral("ok created=1 updated=0\n"));
    auto item = m_store->catalog().findBySku(QStringLiteral("TOP"));
    MADANG_VERIFY_OK(item);
    QCOMPARE(item->value().priceMinor, Money::kMaxAmountMinor);
    Ticket ticket;
    ticket.currency = currency;
    ticket.pricesIncludeVat = pricesIncludeVat;
    ticket.lines << TicketLine::fromItem(item->value());
    ticket.tipMinor = Money::kMaxAmountMinor;
    auto priced = priceTicket(ticket);
    MADANG_VERIFY_OK(priced);
    QCOMPARE(priced->totalMinor, (pricesIncludeVat ? 2 : 3) * Money::kMaxAmountMinor);
}

void TestCatalogImport::megabyteCategoryImportsNothing()
{
    const qint64 itemsBefore = items();
    const qint64 outboxBefore = outbox();
    QSqlDatabase db = conn();
    const qint64 categoriesBefore = queryInt(db, QStringLiteral("SELECT count(*) FROM categories"));
    const QByteArray csv = "sku,name,category,price\nBIG-1,Americano," + QByteArray(1024 * 1024, 'c') + ",4500\n";

    auto report = import(csv);
    MADANG_VERIFY_OK(report);
    QCOMPARE(reportText(report.value()),
             QStringLiteral("line 2: The category is 1048576 characters; the maximum is 40.\n"));
    QCOMPARE(items(), itemsBefore);
    QCOMPARE(outbox(), outboxBefore);
    QCOMPARE(queryInt(db, QStringLiteral("SELECT count(*) FROM categories")), categoriesBefore);
}

QTEST_GUILESS_MAIN(TestCatalogImport)
#include "tst_catalogimport.moc"
