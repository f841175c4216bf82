// CatalogSearch: the derived Hangul terms, initial consonants, the FTS5 MATCH expression and index rebuilds.
#include "catalog/catalogrepository.h"
#include "catalog/search/catalogsearch.h"
#include "catalog/search/searchindex.h"
#include "fakeclock.h"
#include "testsupport.h"
#include "workflows/store.h"

#include <QSet>
#include <QTemporaryDir>
#include <QTest>

using namespace madang;
using namespace madang::test;

namespace {
/// Terms as a sorted set: their order and repetition do not change what the index finds.
QStringList termSet(const QString &terms)
{
    QStringList list = terms.split(QLatin1Char(' '), Qt::SkipEmptyParts);
    list.removeDuplicates();
    list.sort();
    return list;
}
} // namespace

class TestCatalogSearch : public QObject
{
    Q_OBJECT

private slots:
    void initials_data();
    void initials();
    void extraTerms_data();
    void extraTerms();
    void matchExpression_data();
    void matchExpression();
    void rebuildIndex();
    void orderKeyKeepsNameOrder_data();
    void orderKeyKeepsNameOrder();
    void orderKeyPrefix_data();
    void orderKeyPrefix();
};

void TestCatalogSearch::initials_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("expected");
    QTest::newRow("word") << QStringLiteral("김치찌개") << QStringLiteral("ㄱㅊㅉㄱ");
    QTest::newRow("two words") << QStringLiteral("김치 찌개") << QStringLiteral("ㄱㅊ ㅉㄱ");
    QTest::newRow("first syllable") << QStringLiteral("가") << QStringLiteral("ㄱ");
    QTest::newRow("last syllable") << QStringLiteral("힣") << QStringLiteral("ㅎ");
    QTest::newRow("double consonants") << QStringLiteral("빵 쌀 짜 떡 꿀") << QStringLiteral("ㅃ ㅆ ㅉ ㄸ ㄲ");
    QTest::newRow("every initial") << QStringLiteral("가까나다따라마바빠사싸아자짜차카타파하")
                                   << QStringLiteral("ㄱㄲㄴㄷㄸㄹㅁㅂㅃㅅㅆㅇㅈㅉㅊㅋㅌㅍㅎ");
    QTest::newRow("mixed with Latin and digits")
        << QStringLiteral("Latte 라떼 500ml") << QStringLiteral("Latte ㄹㄸ 500ml");
    QTest::newRow("jamo stay") << QStringLiteral("ㄱㅊ") << QStringLiteral("ㄱㅊ");
    QTest::newRow("empty") << QString() << QString();
    QTest::newRow("no Hangul") << QStringLiteral("Americano") << QStringLiteral("Americano");
}

void TestCatalogSearch::initials()
{
    QFETCH(QString, text);
    QFETCH(QString, expected);
    QCOMPARE(CatalogSearch::initials(text), expected);
}

void TestCatalogSearch::extraTerms_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QStringList>("expected");
    QTest::newRow("one Hangul word") << QStringLiteral("김치찌개")
                                     << QStringList{QStringLiteral("치찌개"), QStringLiteral("찌개"),
                                                    QStringLiteral("개"), QStringLiteral("ㄱㅊㅉㄱ")};
    QTest::newRow("two syllables") << QStringLiteral("김밥")
                                   << QStringList{QStringLiteral("밥"), QStringLiteral("ㄱㅂ")};
    QTest::newRow("one syllable") << QStringLiteral("떡") << QStringList{QStringLiteral("ㄸ")};
    QTest::newRow("two Hangul words") << QStringLiteral("포장 김치 500g")
                                      << QStringList{QStringLiteral("장"), QStringLiteral("ㅍㅈ"), QStringLiteral("치"),
                                                     QStringLiteral("ㄱㅊ"), QStringLiteral("ㅍㅈㄱㅊ")};
    QTest::newRow("Hangul and a size") << QStringLiteral("삼겹살 (200g)")
                                       << QStringList{QStringLiteral("겹살"), QStringLiteral("살"),
                                                      QStringLiteral("ㅅㄱㅅ")};
    QTest::newRow("Hangul and Latin") << QStringLiteral("Cafe 라떼")
                                      << QStringList{QStringLiteral("떼"), QStringLiteral("ㄹㄸ")};
    QTest::newRow("punctuation between words")
        << QStringLiteral("오븐·레인지")
        << QStringList{QStringLiteral("븐"), QStringLiteral("ㅇㅂ"),   QStringLiteral("인지"),
                       QStringLiteral("지"), QStringLiteral("ㄹㅇㅈ"), QStringLiteral("ㅇㅂㄹㅇㅈ")};
    QTest::newRow("Latin only") << QStringLiteral("Americano") << QStringList();
    QTest::newRow("empty") << QString() << QStringList();
    QTest::newRow("digits only") << QStringLiteral("2024") << QStringList();
}

void TestCatalogSearch::extraTerms()
{
    QFETCH(QString, name);
    QFETCH(QStringList, expected);
    QStringList sortedExpected = expected;
    sortedExpected.sort();
    QCOMPARE(termSet(CatalogSearch::extraTerms(name)), sortedExpected);
}

void TestCatalogSearch::matchExpression_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("expected");
    QTest::newRow("empty") << QString() << QString();
    QTest::newRow("blank") << QStringLiteral(" \t ") << QString();
    QTest::newRow("one word") << QStringLiteral("amer") << QStringLiteral("\"amer\"*");
    QTest::newRow("two words AND") << QStringLiteral("caf lat") << QStringLiteral("\"caf\"* AND \"lat\"*");
    QTest::newRow("Hangul, extra spaces")
        << QStringLiteral("  김치   찌개 ") << QStringLiteral("\"김치\"* AND \"찌개\"*");
    QTest::newRow("tab and newline") << QStringLiteral("a\tb\nc") << QStringLiteral("\"a\"* AND \"b\"* AND \"c\"*");
    QTest::newRow("quote splits tokens") << QStringLiteral("김\"치") << QStringLiteral("\"김\"* AND \"치\"*");
    QTest::newRow("quoted word") << QStringLiteral("\"찌개\"") << QStringLiteral("\"찌개\"*");
    QTest::newRow("punctuation only") << QStringLiteral("!!!") << QString();
    QTest::newRow("punctuation words dropped") << QStringLiteral("- amer *") << QStringLiteral("\"amer\"*");
    QTest::newRow("FTS keyword is a plain word") << QStringLiteral("OR") << QStringLiteral("\"OR\"*");
    QTest::newRow("column filter is plain words") << QStringLiteral("sku:A1") << QStringLiteral("\"sku\"* AND \"A1\"*");
    QTest::newRow("initials") << QStringLiteral("ㄱㅊ") << QStringLiteral("\"ㄱㅊ\"*");
}

void TestCatalogSearch::matchExpression()
{
    QFETCH(QString, text);
    QFETCH(QString, expected);
    QCOMPARE(CatalogSearch::matchExpression(text), expected);
}

void TestCatalogSearch::rebuildIndex()
{
    QTemporaryDir dir;
    FakeClock clock;
    auto store = openStore(dir, clock);
    MADANG_VERIFY_OK(store);
    QSqlDatabase db = store.value()->database().connection();
    // Rows that reached the table without the index (as after an upgrade from schema 1).
    QVERIFY(execSql(
        db,
        QStringLiteral("INSERT INTO items (id, sku, name, price_minor, vat_bp, barcode, created_at, updated_at) VALUES "
                       "('i1', 'M-KIMCHI', '김치찌개', 9000, 1000, NULL, 'now', 'now'), "
                       "('i2', 'D-COLA', '콜라', 2000, 1000, '8801094013004', 'now', 'now')")));
    QVERIFY(execSql(db, QStringLiteral("INSERT INTO search.item_search (rowid, name) VALUES (999, 'stale')")));
    MADANG_VERIFY_OK(SearchIndex::rebuild(db));
    QCOMPARE(queryInt(db, QStringLiteral("SELECT count(*) FROM search.item_search")), 2);
    const auto names = [&](const QString &query) {
        QStringList list;
        auto found = store.value()->catalog().search(query);
        for (const CatalogItem &item : found.value()) {
            list << item.name;
        }
        return list;
    };
    QCOMPARE(names(QStringLiteral("찌개")), QStringList{QStringLiteral("김치찌개")});
    QCOMPARE(names(QStringLiteral("ㄱㅊ")), QStringList{QStringLiteral("김치찌개")});
    QCOMPARE(names(QStringLiteral("8801094013004")), QStringList{QStringLiteral("콜라")});
    QCOMPARE(names(QStringLiteral("stale")), QStringList());
    // A rename through the repository replaces the item's entry.
    auto item = store.value()->catalog().findBySku(QStringLiteral("M-KIMCHI"));
    MADANG_VERIFY_OK(item);
    CatalogItem renamed = *item.value();
    renamed.name = QStringLiteral("된장찌개");
    MADANG_VERIFY_OK(store.value()->catalog().save(renamed));
    QCOMPARE(queryInt(db, QStringLiteral("SELECT count(*) FROM search.item_search")), 2);
    QCOMPARE(names(QStringLiteral("ㄷㅈ")).size(), 1);
    QCOMPARE(names(QStringLiteral("ㄱㅊ")), QStringList());
}

void TestCatalogSearch::orderKeyKeepsNameOrder_data()
{
    QTest::addColumn<QString>("first"); // sorts before (or with) second under SQLite's NOCASE
    QTest::addColumn<QString>("second");
    QTest::addColumn<bool>("sameKey");
    const auto row = [](const char *tag, const char *first, const char *second, bool sameKey) {
        QTest::newRow(tag) << QString::fromUtf8(first) << QString::fromUtf8(second) << sameKey;
    };
    row("letters", "apple", "banana", false);
    row("case folded", "Apple", "apple", true);
    row("upper after lower", "apple", "Banana", false);
    row("shorter first", "ab", "abc", false);
    row("long shared start", "classic latte", "classic mocha", true);
    row("digits before letters", "10 pack", "a pack", false);
    row("Latin before initials", "zzz", "ㄱ", false);
    row("initials before syllables", "ㅎ", "가", false);
    row("syllables", "가나", "가다", false);
    row("syllables, shared start", "여성 커트", "여성 펌", true);
    row("accent after z", "zebra", "é", false);
    row("accents share a range and end the key", "éa", "èz", true);
    row("Chinese between initials and syllables", "ㅎ", "中", false);
    row("Chinese before syllables", "中", "가", false);
    row("after syllables", "힣", "ｆｕｌｌ", false);
    row("emoji last", "ｆｕｌｌ", "😀", false);
    row("emoji share a key", "😀 a", "😎 b", true);
    row("empty first", "", "a", false);
}

void TestCatalogSearch::orderKeyKeepsNameOrder()
{
    QFETCH(QString, first);
    QFETCH(QString, second);
    QFETCH(bool, sameKey);
    const quint64 a = CatalogSearch::orderKey(first);
    const quint64 b = CatalogSearch::orderKey(second);
    QVERIFY(a < (quint64{1} << CatalogSearch::kOrderKeyBits));
    if (sameKey) {
        QCOMPARE(a, b);
    } else {
        QVERIFY2(a < b, qPrintable(QStringLiteral("%1 < %2").arg(a).arg(b)));
    }
}

void TestCatalogSearch::orderKeyPrefix_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("prefix"); // the start every name of the key shares
    const auto row = [](const char *tag, const char *name, const char *prefix) {
        QTest::newRow(tag) << QString::fromUtf8(name) << QString::fromUtf8(prefix);
    };
    row("short Latin", "Ab", "ab");
    row("long Latin, cut", "Classic latte", "clas");
    row("Hangul, cut", "여성 커트", "여성");
    row("initials", "ㄱㅊ", "ㄱㅊ");
    row("mixed", "A가b", "a가b");
    row("accent ends", "Café", "caf");
    row("emoji first", "😀 Smile", "");
    row("empty", "", "");
}

void TestCatalogSearch::orderKeyPrefix()
{
    QFETCH(QString, name);
    QFETCH(QString, prefix);
    QCOMPARE(CatalogSearch::orderKeyPrefix(CatalogSearch::orderKey(name)), prefix);
}

QTEST_GUILESS_MAIN(TestCatalogSearch)
#include "tst_catalogsearch.moc"
