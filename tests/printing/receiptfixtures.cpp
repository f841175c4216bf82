#include "receiptfixtures.h"

#include <QCryptographicHash>
#include <QTimeZone>

namespace madang::test {

namespace {
QDateTime seoul(int h, int m, int s)
{
    return QDateTime(QDate(2025, 3, 14), QTime(h, m, s), Qt::OffsetFromUTC, 9 * 3600);
}
} // namespace

QString fakeHash(const QByteArray &seed)
{
    return QString::fromLatin1(QCryptographicHash::hash(seed, QCryptographicHash::Sha256).toHex());
}

QString fakeSig(const QByteArray &seed)
{
    QByteArray der =
        QByteArrayLiteral("\x30\x45\x02\x20") + QCryptographicHash::hash(seed + "r", QCryptographicHash::Sha256) +
        QByteArrayLiteral("\x02\x21\x00") + QCryptographicHash::hash(seed + "s", QCryptographicHash::Sha256);
    return QString::fromLatin1(der.toBase64());
}

ReceiptDocument koreanSale()
{
    ReceiptDocument d;
    d.businessName = QStringLiteral("마당 분식");
    d.businessRegistrationNumber = QStringLiteral("123-45-67890");
    d.address = QStringLiteral("서울특별시 마포구 월드컵북로 396, 1층");
    d.phone = QStringLiteral("02-123-4567");
    d.terminal = QStringLiteral("T1");
    d.receipt = QStringLiteral("T1-000042");
    d.staffName = QStringLiteral("김민지");
    d.tableName = QStringLiteral("5번 테이블");
    d.at = seoul(12, 34, 56);
    d.kind = QStringLiteral("sale");
    d.currency = QStringLiteral("KRW");
    d.minorDigits = 0;
    d.lines = {
        {QStringLiteral("김치찌개"), 2, 18000, {QStringLiteral("맵기: 보통"), QStringLiteral("메모: 밥 적게")}},
        {QStringLiteral("제육볶음 정식 (돼지고기 국내산, 밥과 국 포함)"), 1, 11000, {}},
        {QStringLiteral("콜라 355ml"), 2, 4000, {}},
        {QStringLiteral("계란말이"), 1, 7200, {QStringLiteral("할인 10% (-800원)")}},
    };
    d.subtotalMinor = 40200;
    d.discountMinor = 200;
    d.tipMinor = 0;
    d.totalMinor = 40000;
    d.vat = {{1000, 36364, 3636}};
    d.payments = {{QStringLiteral("card"), 30000, 0, 0, QStringLiteral("12345678")},
                  {QStringLiteral("cash"), 10000, 20000, 10000, {}}};
    d.journalHash = fakeHash("T1-000042");
    d.journalSig = fakeSig("T1-000042");
    d.language = QStringLiteral("ko");
    return d;
}

ReceiptDocument englishSale()
{
    ReceiptDocument d = koreanSale();
    d.businessName = QStringLiteral("Madang Bistro 마당");
    d.address = QStringLiteral("396 World Cup-ro, Mapo-gu, Seoul");
    d.receipt = QStringLiteral("T2-001337");
    d.terminal = QStringLiteral("T2");
    d.staffName = QStringLiteral("Alex Kim");
    d.tableName = QStringLiteral("Patio 3");
    d.at = seoul(19, 5, 0);
    d.lines = {
        {QStringLiteral("Bibimbap 비빔밥"),
         2,
         26000,
         {QStringLiteral("+ fried egg"), QStringLiteral("no spicy sauce")}},
        {QStringLiteral("Korean fried chicken, half and half (soy garlic & spicy)"), 1, 21000, {}},
        {QStringLiteral("Sparkling water"), 3, 9000, {}},
    };
    d.subtotalMinor = 56000;
    d.discountMinor = 0;
    d.tipMinor = 3000;
    d.totalMinor = 59000;
    d.vat = {{1000, 50909, 5091}};
    d.payments = {{QStringLiteral("platform_qr"), 59000, 0, 0, QStringLiteral("PAY-7F3A-22C1")}};
    d.journalHash = fakeHash("T2-001337");
    d.journalSig = fakeSig("T2-001337");
    d.language = QStringLiteral("en");
    d.footer = QStringLiteral("Thank you - see you again!");
    return d;
}

ReceiptDocument koreanDuplicate()
{
    ReceiptDocument d = koreanSale();
    d.duplicate = true;
    return d;
}

ReceiptDocument koreanRefund()
{
    ReceiptDocument d = koreanSale();
    d.kind = QStringLiteral("refund");
    d.receipt = QStringLiteral("T1-000043");
    d.at = seoul(13, 2, 10);
    d.lines = {{QStringLiteral("콜라 355ml"), -2, -4000, {QStringLiteral("사유: 주문 실수")}}};
    d.subtotalMinor = -4000;
    d.discountMinor = 0;
    d.totalMinor = -4000;
    d.vat = {{1000, -3636, -364}};
    d.payments = {{QStringLiteral("cash"), -4000, 0, 0, {}}};
    d.journalHash = fakeHash("T1-000043");
    d.journalSig = fakeSig("T1-000043");
    return d;
}

} // namespace madang::test
