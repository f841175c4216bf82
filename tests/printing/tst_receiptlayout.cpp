// ReceiptLayout: amounts (grouping, decimals, 원 or a sign), labels by language, and what rows a receipt has.
#include "receiptfixtures.h"
#include "receiptlayout.h"
#include "testsupport.h"

#include <QTest>

using namespace madang;
using namespace madang::test;

class TestReceiptLayout : public QObject
{
    Q_OBJECT

private slots:
    void formatNumber_data();
    void formatNumber();
    void formatMoney_data();
    void formatMoney();
    void labelsFollowTheLanguage_data();
    void labelsFollowTheLanguage();
    void tenderLabels_data();
    void tenderLabels();
    void rowsOfASale();
    void vatRows_data();
    void vatRows();
    void bannersForReprintsRefundsAndVoids_data();
    void bannersForReprintsRefundsAndVoids();
    void unknownKindIsRefused();
    void noQrWithoutJournalHash();
    void badJournalHashIsRefused();
};

namespace {
QStringList texts(const QList<ReceiptRow> &rows, ReceiptRow::Kind kind)
{
    QStringList out;
    for (const ReceiptRow &r : rows) {
        if (r.kind == kind) {
            out << (r.right.isEmpty() ? r.left : r.left + QStringLiteral(" = ") + r.right);
        }
    }
    return out;
}
} // namespace

void TestReceiptLayout::formatNumber_data()
{
    QTest::addColumn<qint64>("minor");
    QTest::addColumn<int>("digits");
    QTest::addColumn<QString>("expected");
    QTest::newRow("zero") << qint64(0) << 0 << QStringLiteral("0");
    QTest::newRow("hundreds") << qint64(999) << 0 << QStringLiteral("999");
    QTest::newRow("thousands") << qint64(1000) << 0 << QStringLiteral("1,000");
    QTest::newRow("millions") << qint64(1234567) << 0 << QStringLiteral("1,234,567");
    QTest::newRow("negative") << qint64(-40000) << 0 << QStringLiteral("-40,000");
    QTest::newRow("cents") << qint64(450) << 2 << QStringLiteral("4.50");
    QTest::newRow("one cent") << qint64(5) << 2 << QStringLiteral("0.05");
    QTest::newRow("negative cents") << qint64(-123456) << 2 << QStringLiteral("-1,234.56");
    QTest::newRow("largest") << std::numeric_limits<qint64>::max() << 0 << QStringLiteral("9,223,372,036,854,775,807");
    QTest::newRow("smallest") << std::numeric_limits<qint64>::min() << 0
                              << QStringLiteral("-9,223,372,036,854,775,808");
}

void TestReceiptLayout::formatNumber()
{
    QFETCH(qint64, minor);
    QFETCH(int, digits);
    QFETCH(QString, expected);
    QCOMPARE(ReceiptLayout::formatNumber(minor, digits), expected);
}

void TestReceiptLayout::formatMoney_data()
{
    QTest::addColumn<qint64>("minor");
    QTest::addColumn<QString>("currency");
    QTest::addColumn<int>("digits");
    QTest::addColumn<QString>("language");
    QTest::addColumn<bool>("wonSignPrintable");
    QTest::addColumn<QString>("expected");
    const QString ko = QStringLiteral("ko");
    const QString en = QStringLiteral("en");
    const QString krw = QStringLiteral("KRW");
    QTest::newRow("won in Korean") << qint64(18000) << krw << 0 << ko << true << QStringLiteral("18,000원");
    QTest::newRow("negative won in Korean") << qint64(-4000) << krw << 0 << ko << true << QStringLiteral("-4,000원");
    QTest::newRow("won in English") << qint64(18000) << krw << 0 << en << true << QStringLiteral("₩18,000");
    QTest::newRow("won sign missing: full width")
        << qint64(18000) << krw << 0 << en << false << QStringLiteral("￦18,000");
    QTest::newRow("dollars") << qint64(450) << QStringLiteral("USD") << 2 << en << true << QStringLiteral("$4.50");
    QTest::newRow("negative dollars") << qint64(-123456) << QStringLiteral("USD") << 2 << en << true
                                      << QStringLiteral("-$1,234.56");
    QTest::newRow("dollars in Korean") << qint64(450) << QStringLiteral("USD") << 2 << ko << true
                                       << QStringLiteral("$4.50");
    QTest::newRow("unknown currency: code")
        << qint64(1000) << QStringLiteral("XYZ") << 0 << en << true << QStringLiteral("XYZ 1,000");
}

void TestReceiptLayout::formatMoney()
{
    QFETCH(qint64, minor);
    QFETCH(QString, currency);
    QFETCH(int, digits);
    QFETCH(QString, language);
    QFETCH(bool, wonSignPrintable);
    QFETCH(QString, expected);
    auto canPrint = [wonSignPrintable](const QString &text) {
        return wonSignPrintable || !text.contains(QStringLiteral("₩"));
    };
    QCOMPARE(ReceiptLayout::formatMoney(minor, currency, digits, language, canPrint), expected);
}

void TestReceiptLayout::labelsFollowTheLanguage_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<QStringList>("expected");
    QTest::addColumn<QStringList>("absent");
    QTest::newRow("ko") << QStringLiteral("ko") << QStringList{QStringLiteral("사업자등록번호 123-45-67890"),
                                                               QStringLiteral("합계 = 40,000원"),
                                                               QStringLiteral("과세물품가액 (10%) = 36,364원"),
                                                               QStringLiteral("부가세 (10%) = 3,636원"),
                                                               QStringLiteral("거스름돈 = 10,000원"),
                                                               QStringLiteral("승인번호 = 12345678")}
                        << QStringList{QStringLiteral("TOTAL")};
    QTest::newRow("en") << QStringLiteral("en")
                        << QStringList{QStringLiteral("Business reg. no. 123-45-67890"),
                                       QStringLiteral("TOTAL = ₩40,000"), QStringLiteral("VAT (10%) = ₩3,636"),
                                       QStringLiteral("Change = ₩10,000")}
                        << QStringList{QStringLiteral("합계 = 40,000원")};
}

void TestReceiptLayout::labelsFollowTheLanguage()
{
    QFETCH(QString, language);
    QFETCH(QStringList, expected);
    QFETCH(QStringList, absent);
    ReceiptDocument doc = koreanSale();
    doc.language = language;
    auto rows = ReceiptLayout::rows(doc);
    MADANG_VERIFY_OK(rows);
    const QStringList all = texts(rows.value(), ReceiptRow::Kind::Pair) + texts(rows.value(), ReceiptRow::Kind::Text);
    for (const QString &e : expected) {
        QVERIFY2(all.contains(e), qPrintable(e + QStringLiteral(" not in ") + all.join(QStringLiteral(" | "))));
    }
    for (const QString &a : absent) {
        QVERIFY2(!all.contains(a), qPrintable(a));
    }
}

void TestReceiptLayout::tenderLabels_data()
{
    QTest::addColumn<QString>("method");
    QTest::addColumn<QString>("language");
    QTest::addColumn<QString>("expected");
    // One row per tender kind that core stores, in both receipt languages; an unknown method prints as it is.
    const auto row = [](const char *method, const char *language, const char *expected) {
        QTest::addRow("%s, %s", method, language)
            << QString::fromUtf8(method) << QString::fromUtf8(language) << QString::fromUtf8(expected);
    };
    row("cash", "ko", "현금 = 40,000원");
    row("cash", "en", "Cash = ₩40,000");
    row("card", "ko", "카드 = 40,000원");
    row("card", "en", "Card = ₩40,000");
    row("platform_qr", "ko", "간편결제 = 40,000원");
    row("platform_qr", "en", "Mobile pay = ₩40,000");
    row("platform_token", "ko", "간편결제 = 40,000원");
    row("platform_token", "en", "Mobile pay = ₩40,000");
    row("platform_autopay", "ko", "간편결제 = 40,000원");
    row("platform_autopay", "en", "Mobile pay = ₩40,000");
    row("deposit", "ko", "예약금 = 40,000원");
    row("deposit", "en", "Booking deposit = ₩40,000");
    row("voucher", "ko", "voucher = 40,000원");
}

void TestReceiptLayout::tenderLabels()
{
    QFETCH(QString, method);
    QFETCH(QString, language);
    QFETCH(QString, expected);
    ReceiptDocument doc = koreanSale();
    doc.language = language;
    doc.payments = {{method, 40000, 0, 0, QStringLiteral("R-1")}};
    auto rows = ReceiptLayout::rows(doc);
    MADANG_VERIFY_OK(rows);
    const QStringList pairs = texts(rows.value(), ReceiptRow::Kind::Pair);
    QVERIFY2(pairs.contains(expected), qPrintable(pairs.join(QStringLiteral(" | "))));
}

void TestReceiptLayout::rowsOfASale()
{
    auto rows = ReceiptLayout::rows(koreanSale());
    MADANG_VERIFY_OK(rows);
    const QList<ReceiptRow> &r = rows.value();
    QCOMPARE(r.first().left, QStringLiteral("마당 분식"));
    QVERIFY(r.first().large && r.first().bold);
    QCOMPARE(texts(r, ReceiptRow::Kind::Item),
             (QStringList{QStringLiteral("김치찌개 = 18,000원"),
                          QStringLiteral("제육볶음 정식 (돼지고기 국내산, 밥과 국 포함) = 11,000원"),
                          QStringLiteral("콜라 355ml = 4,000원"), QStringLiteral("계란말이 = 7,200원")}));
    QCOMPARE(texts(r, ReceiptRow::Kind::Banner), QStringList());
    QCOMPARE(texts(r, ReceiptRow::Kind::Qr).size(), 1);
    QVERIFY(texts(r, ReceiptRow::Kind::Qr).first().startsWith(QStringLiteral("MADANG-R1|T1-000042|40000|KRW|")));
    QVERIFY(texts(r, ReceiptRow::Kind::Pair).contains(QStringLiteral("할인 = -200원")));
    QVERIFY(!texts(r, ReceiptRow::Kind::Pair).contains(QStringLiteral("팁 = 0원"))); // no tip: no line
    auto detail = std::find_if(r.cbegin(), r.cend(),
                               [](const ReceiptRow &row) { return row.left.startsWith(QStringLiteral("맵기")); });
    QVERIFY(detail != r.cend());
    QCOMPARE(detail->indent, 2);
}

void TestReceiptLayout::vatRows_data()
{
    QTest::addColumn<int>("bp");
    QTest::addColumn<QStringList>("expected");
    QTest::newRow("10%") << 1000
                         << QStringList{QStringLiteral("과세물품가액 (10%) = 9,091원"),
                                        QStringLiteral("부가세 (10%) = 909원")};
    QTest::newRow("5.5%") << 550
                          << QStringList{QStringLiteral("과세물품가액 (5.5%) = 9,091원"),
                                         QStringLiteral("부가세 (5.5%) = 909원")};
    QTest::newRow("exempt") << 0 << QStringList{QStringLiteral("면세물품가액 = 9,091원")};
}

void TestReceiptLayout::vatRows()
{
    QFETCH(int, bp);
    QFETCH(QStringList, expected);
    ReceiptDocument doc = koreanSale();
    doc.vat = {{bp, 9091, 909}};
    auto rows = ReceiptLayout::rows(doc);
    MADANG_VERIFY_OK(rows);
    QStringList vat = texts(rows.value(), ReceiptRow::Kind::Pair).filter(QStringLiteral("물품가액"));
    vat << texts(rows.value(), ReceiptRow::Kind::Pair).filter(QStringLiteral("부가세"));
    QCOMPARE(vat, expected);
}

void TestReceiptLayout::bannersForReprintsRefundsAndVoids_data()
{
    QTest::addColumn<QString>("kind");
    QTest::addColumn<bool>("duplicate");
    QTest::addColumn<QString>("language");
    QTest::addColumn<QStringList>("banners");
    QTest::newRow("sale") << QStringLiteral("sale") << false << QStringLiteral("ko") << QStringList();
    QTest::newRow("reprint, ko") << QStringLiteral("sale") << true << QStringLiteral("ko")
                                 << QStringList{QStringLiteral("재발행 DUPLICATE"), QStringLiteral("재발행 DUPLICATE")};
    QTest::newRow("reprint, en") << QStringLiteral("sale") << true << QStringLiteral("en")
                                 << QStringList{QStringLiteral("DUPLICATE"), QStringLiteral("DUPLICATE")};
    QTest::newRow("refund") << QStringLiteral("refund") << false << QStringLiteral("ko")
                            << QStringList{QStringLiteral("환불 REFUND")};
    QTest::newRow("void, en") << QStringLiteral("void") << false << QStringLiteral("en")
                              << QStringList{QStringLiteral("VOID")};
}

void TestReceiptLayout::bannersForReprintsRefundsAndVoids()
{
    QFETCH(QString, kind);
    QFETCH(bool, duplicate);
    QFETCH(QString, language);
    QFETCH(QStringList, banners);
    ReceiptDocument doc = koreanSale();
    doc.kind = kind;
    doc.duplicate = duplicate;
    doc.language = language;
    auto rows = ReceiptLayout::rows(doc);
    MADANG_VERIFY_OK(rows);
    QCOMPARE(texts(rows.value(), ReceiptRow::Kind::Banner), banners);
}

void TestReceiptLayout::unknownKindIsRefused()
{
    ReceiptDocument doc = koreanSale();
    doc.kind = QStringLiteral("gift");
    auto rows = ReceiptLayout::rows(doc);
    MADANG_VERIFY_ERROR(rows, ErrorCode::InvalidInput);
    QVERIFY(rows.error().message.contains(QStringLiteral("gift")));
}

void TestReceiptLayout::noQrWithoutJournalHash()
{
    ReceiptDocument doc = koreanSale();
    doc.journalHash.clear();
    doc.journalSig.clear();
    auto rows = ReceiptLayout::rows(doc);
    MADANG_VERIFY_OK(rows);
    QCOMPARE(texts(rows.value(), ReceiptRow::Kind::Qr), QStringList());
}

void TestReceiptLayout::badJournalHashIsRefused()
{
    ReceiptDocument doc = koreanSale();
    doc.journalHash = QStringLiteral("abc");
    MADANG_VERIFY_ERROR(ReceiptLayout::rows(doc), ErrorCode::InvalidInput);
}

QTEST_GUILESS_MAIN(TestReceiptLayout)
#include "tst_receiptlayout.moc"
