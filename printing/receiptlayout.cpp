#include "receiptlayout.h"

#include "base/money.h"
#include "base/phonetext.h"
#include "receiptdocument.h"
#include "receiptqr.h"
#include "sales/tenders.h"

#include <QCoreApplication>

namespace madang {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(ReceiptLayout)
};

/// Receipt labels. They follow the document's language, not the terminal's: a Korean counter may print an
/// English receipt for a visitor, so they are a fixed table rather than translations of the UI.
struct Labels
{
    QString regNo, phone, receipt, date, terminal, staff, table;
    QString item, qty, amount, subtotal, discount, tip, taxable, exempt, vat, total;
    QString tendered, change, reference; // a tender's own label is its kind's printedLabel()
    QString duplicate, refund, voided, verify, hash, thanks;
    QString bill, notReceipt, test;
};

const Labels &labelsFor(const QString &language)
{
    static const Labels ko{QStringLiteral("사업자등록번호"),
                           QStringLiteral("전화"),
                           QStringLiteral("영수증번호"),
                           QStringLiteral("일시"),
                           QStringLiteral("단말기"),
                           QStringLiteral("담당"),
                           QStringLiteral("테이블"),
                           QStringLiteral("품목"),
                           QStringLiteral("수량"),
                           QStringLiteral("금액"),
                           QStringLiteral("소계"),
                           QStringLiteral("할인"),
                           QStringLiteral("팁"),
                           QStringLiteral("과세물품가액"),
                           QStringLiteral("면세물품가액"),
                           QStringLiteral("부가세"),
                           QStringLiteral("합계"),
                           QStringLiteral("받은금액"),
                           QStringLiteral("거스름돈"),
                           QStringLiteral("승인번호"),
                           QStringLiteral("재발행 DUPLICATE"),
                           QStringLiteral("환불 REFUND"),
                           QStringLiteral("취소 VOID"),
                           QStringLiteral("영수증 검증 QR"),
                           QStringLiteral("해시"),
                           QStringLiteral("감사합니다"),
                           QStringLiteral("계산서 BILL"),
                           QStringLiteral("영수증이 아닙니다"),
                           QStringLiteral("테스트 인쇄 TEST")};
    static const Labels en{QStringLiteral("Business reg. no."),
                           QStringLiteral("Tel"),
                           QStringLiteral("Receipt"),
                           QStringLiteral("Date"),
                           QStringLiteral("Terminal"),
                           QStringLiteral("Staff"),
                           QStringLiteral("Table"),
                           QStringLiteral("Item"),
                           QStringLiteral("Qty"),
                           QStringLiteral("Amount"),
                           QStringLiteral("Subtotal"),
                           QStringLiteral("Discount"),
                           QStringLiteral("Tip"),
                           QStringLiteral("Taxable"),
                           QStringLiteral("Tax exempt"),
                           QStringLiteral("VAT"),
                           QStringLiteral("TOTAL"),
                           QStringLiteral("Tendered"),
                           QStringLiteral("Change"),
                           QStringLiteral("Approval"),
                           QStringLiteral("DUPLICATE"),
                           QStringLiteral("REFUND"),
                           QStringLiteral("VOID"),
                           QStringLiteral("Scan to verify this receipt"),
                           QStringLiteral("Hash"),
                           QStringLiteral("Thank you"),
                           QStringLiteral("BILL"),
                           QStringLiteral("This is not a receipt"),
                           QStringLiteral("TEST PRINT")};
    return language.startsWith(QStringLiteral("ko")) ? ko : en;
}

/// 1000 basis points -> "10%", 550 -> "5.5%".
QString rateText(int vatBp)
{
    QString number = QString::number(vatBp / 100);
    if (const int rest = vatBp % 100; rest != 0) {
        number += QLatin1Char('.') + QStringLiteral("%1").arg(rest, 2, 10, QLatin1Char('0'));
        while (number.endsWith(QLatin1Char('0'))) {
            number.chop(1);
        }
    }
    return number + QLatin1Char('%');
}

/// The full-width form of a currency sign, which Korean printer character sets have when they lack the sign.
QString fullWidth(const QString &symbol)
{
    if (symbol == QStringLiteral("₩")) {
        return QStringLiteral("￦");
    }
    if (symbol == QStringLiteral("¥")) {
        return QStringLiteral("￥");
    }
    if (symbol == QStringLiteral("£")) {
        return QStringLiteral("￡");
    }
    return {};
}

ReceiptRow text(const QString &value, ReceiptRow::Align align = ReceiptRow::Align::Left, bool bold = false,
                bool large = false)
{
    ReceiptRow row;
    row.left = value;
    row.align = align;
    row.bold = bold;
    row.large = large;
    return row;
}

ReceiptRow pair(const QString &label, const QString &value, int indent = 0)
{
    ReceiptRow row;
    row.kind = ReceiptRow::Kind::Pair;
    row.left = label;
    row.right = value;
    row.indent = indent;
    return row;
}

ReceiptRow ofKind(ReceiptRow::Kind kind, const QString &left = {}, bool bold = false)
{
    ReceiptRow row;
    row.kind = kind;
    row.left = left;
    row.bold = bold;
    row.align = ReceiptRow::Align::Center;
    return row;
}

} // namespace

QString ReceiptLayout::formatNumber(qint64 minor, int minorDigits)
{
    quint64 magnitude = minor < 0 ? quint64(0) - quint64(minor) : quint64(minor);
    quint64 unit = 1;
    for (int i = 0; i < minorDigits; ++i) {
        unit *= 10;
    }
    const QString whole = QString::number(magnitude / unit);
    QString grouped;
    for (qsizetype i = 0; i < whole.size(); ++i) {
        if (i > 0 && (whole.size() - i) % 3 == 0) {
            grouped += QLatin1Char(',');
        }
        grouped += whole.at(i);
    }
    if (minorDigits > 0) {
        grouped += QLatin1Char('.') + QStringLiteral("%1").arg(magnitude % unit, minorDigits, 10, QLatin1Char('0'));
    }
    return (minor < 0 ? QStringLiteral("-") : QString()) + grouped;
}

QString ReceiptLayout::formatMoney(qint64 minor, const QString &currency, int minorDigits, const QString &language,
                                   const CanPrint &canPrint)
{
    const QString sign = minor < 0 ? QStringLiteral("-") : QString();
    const QString number = formatNumber(minor, minorDigits).mid(sign.size());
    if (language.startsWith(QStringLiteral("ko")) && currency == QStringLiteral("KRW")) {
        return sign + number + QStringLiteral("원");
    }
    QStringList candidates;
    if (auto known = Currency::fromCode(currency); known) {
        candidates << known->symbol << fullWidth(known->symbol);
    }
    candidates << currency + QLatin1Char(' ');
    for (const QString &symbol : std::as_const(candidates)) {
        if (!symbol.isEmpty() && (!canPrint || canPrint(symbol))) {
            return sign + symbol + number;
        }
    }
    return sign + candidates.last() + number;
}

Result<QList<ReceiptRow>> ReceiptLayout::rows(const ReceiptDocument &doc, const CanPrint &canPrint)
{
    using Align = ReceiptRow::Align;
    using Kind = ReceiptRow::Kind;
    const Labels &l = labelsFor(doc.language);
    auto money = [&](qint64 minor) {
        return formatMoney(minor, doc.currency, doc.minorDigits, doc.language, canPrint);
    };

    QString banner;
    if (doc.kind == QStringLiteral("refund")) {
        banner = l.refund;
    } else if (doc.kind == QStringLiteral("void")) {
        banner = l.voided;
    } else if (doc.kind == QStringLiteral("bill")) {
        banner = l.bill;
    } else if (doc.kind == QStringLiteral("test")) {
        banner = l.test;
    } else if (doc.kind != QStringLiteral("sale")) {
        return makeError(ErrorCode::InvalidInput,
                         Text::tr("The receipt %1 has an unknown kind \"%2\" (sale, refund, void, bill or test).")
                             .arg(doc.receipt, doc.kind));
    }
    // A bill (guest check) or a test page is not a receipt: no number, no payments, no verification QR.
    const bool notReceipt = doc.kind == QStringLiteral("bill") || doc.kind == QStringLiteral("test");
    QString qrText;
    if (!doc.journalHash.isEmpty() && !notReceipt) {
        auto payload = ReceiptQrPayload::fromDocument(doc);
        if (!payload) {
            return payload.error();
        }
        qrText = payload->toString();
    }

    QList<ReceiptRow> rows;
    rows << text(doc.businessName, Align::Center, true, true);
    if (!doc.businessRegistrationNumber.isEmpty()) {
        rows << text(l.regNo + QLatin1Char(' ') + doc.businessRegistrationNumber, Align::Center);
    }
    if (!doc.address.isEmpty()) {
        rows << text(doc.address, Align::Center);
    }
    if (!doc.phone.isEmpty()) {
        rows << text(l.phone + QLatin1Char(' ') + phonetext::display(doc.phone), Align::Center);
    }
    if (doc.duplicate) {
        rows << ofKind(Kind::Banner, l.duplicate, true);
    }
    if (!banner.isEmpty()) {
        rows << ofKind(Kind::Banner, banner, true);
    }
    rows << ofKind(Kind::Rule);
    if (!notReceipt) {
        rows << pair(l.receipt, doc.receipt);
    }
    rows << pair(l.date, doc.at.toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")));
    if (!doc.terminal.isEmpty()) {
        rows << pair(l.terminal, doc.terminal);
    }
    if (!doc.staffName.isEmpty()) {
        rows << pair(l.staff, doc.staffName);
    }
    if (!doc.tableName.isEmpty()) {
        rows << pair(l.table, doc.tableName);
    }
    rows << ofKind(Kind::Rule);

    ReceiptRow header = ofKind(Kind::Header, l.item);
    header.qty = l.qty;
    header.right = l.amount;
    rows << header;
    for (const ReceiptLine &line : doc.lines) {
        ReceiptRow item = ofKind(Kind::Item, line.name);
        item.align = Align::Left;
        item.qty = QString::number(line.qty);
        item.right = money(line.totalMinor);
        rows << item;
        for (const QString &detail : line.details) {
            ReceiptRow d = text(detail);
            d.indent = 2;
            rows << d;
        }
    }
    rows << ofKind(Kind::Rule);

    rows << pair(l.subtotal, money(doc.subtotalMinor));
    if (doc.discountMinor != 0) {
        rows << pair(l.discount, money(-doc.discountMinor));
    }
    if (doc.tipMinor != 0) {
        rows << pair(l.tip, money(doc.tipMinor));
    }
    for (const ReceiptVat &v : doc.vat) {
        const QString rate = QStringLiteral(" (%1)").arg(rateText(v.vatBp));
        if (v.vatBp == 0) {
            rows << pair(l.exempt, money(v.netMinor));
            continue;
        }
        rows << pair(l.taxable + rate, money(v.netMinor)) << pair(l.vat + rate, money(v.vatMinor));
    }
    rows << ofKind(Kind::Rule, {}, true);
    ReceiptRow total = pair(l.total, money(doc.totalMinor));
    total.bold = true;
    total.large = true;
    rows << total << ofKind(Kind::Rule, {}, true);

    for (const ReceiptPayment &p : doc.payments) {
        rows << pair(TenderRegistry::printedLabelOf(p.method, doc.language), money(p.amountMinor));
        if (p.tenderedMinor != 0) {
            rows << pair(l.tendered, money(p.tenderedMinor), 2) << pair(l.change, money(p.changeMinor), 2);
        }
        if (!p.reference.isEmpty()) {
            rows << pair(l.reference, p.reference, 2);
        }
    }
    if (!doc.payments.isEmpty()) {
        rows << ofKind(Kind::Rule);
    }

    if (!qrText.isEmpty()) {
        rows << ofKind(Kind::Qr, qrText) << text(l.verify, Align::Center)
             << text(l.hash + QLatin1Char(' ') + doc.journalHash.left(16).toLower(), Align::Center);
    }
    if (doc.duplicate) {
        rows << ofKind(Kind::Banner, l.duplicate, true);
    }
    if (doc.kind == QStringLiteral("bill")) {
        rows << ofKind(Kind::Banner, l.bill, true) << text(l.notReceipt, Align::Center, true);
    }
    rows << ofKind(Kind::Blank) << text(doc.footer.isEmpty() ? l.thanks : doc.footer, Align::Center);
    return rows;
}

} // namespace madang
