#include "receiptbuilder.h"

#include "base/clock.h"
#include "base/money.h"
#include "base/timetext.h"
#include "merchant/merchantrepository.h"
#include "sales/journal.h"
#include "sales/orderrepository.h"
#include "sales/payment.h"
#include "sales/ticket.h"
#include "workflows/store.h"

#include <QCoreApplication>
#include <QJsonObject>

namespace madang {

namespace {
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(ReceiptBuilder)
};

/// The merchant's header, the time and the currency of a document that is not a stored order.
Result<ReceiptDocument> headerFor(Store &store, const QString &kind, const QString &currencyCode,
                                  const QString &language)
{
    auto profile = store.merchant().profile();
    if (!profile || !profile.value()) {
        return profile ? makeError(ErrorCode::NotFound, Text::tr("The terminal is not set up.")) : profile.error();
    }
    const QString code = currencyCode.isEmpty() ? profile.value()->currency : currencyCode;
    auto currency = Currency::fromCode(code);
    ReceiptDocument d;
    d.businessName = profile.value()->name;
    d.businessRegistrationNumber = profile.value()->businessRegistrationNumber;
    d.at = store.clock().now();
    d.kind = kind;
    d.currency = code;
    d.minorDigits = currency ? currency->minorDigits : 0;
    d.language = language;
    return d;
}
} // namespace

Result<ReceiptDocument> receiptFor(Store &store, const QString &receipt, bool duplicate, const QString &language)
{
    auto found = store.orders().findByReceipt(receipt);
    if (!found) {
        return found.error();
    }
    if (!found.value()) {
        return makeError(ErrorCode::NotFound, Text::tr("There is no receipt %1.").arg(receipt));
    }
    const Order &o = *found.value();
    auto profile = store.merchant().profile();
    if (!profile || !profile.value()) {
        return profile ? makeError(ErrorCode::NotFound, Text::tr("The terminal is not set up.")) : profile.error();
    }
    auto entry = store.journal().bySeq(o.journalSeq);
    if (!entry) {
        return entry.error();
    }
    auto currency = Currency::fromCode(o.currency);
    ReceiptDocument d;
    d.businessName = profile.value()->name;
    d.businessRegistrationNumber = profile.value()->businessRegistrationNumber;
    d.terminal = o.terminal;
    d.receipt = o.receipt;
    d.staffName = o.staffName;
    d.tableName = o.tableName;
    d.at = madang::timetext::fromWire(o.finalizedAt);
    d.kind = o.kind;
    d.duplicate = duplicate;
    d.currency = o.currency;
    d.minorDigits = currency ? currency->minorDigits : 0;
    d.language = language;
    for (const OrderLine &l : o.lines) {
        ReceiptLine line{l.name, l.qty, l.totalMinor, {}};
        for (const QJsonValue &m : l.modifiers) {
            const QJsonObject mod = m.toObject();
            const qint64 price = mod.value(QStringLiteral("price_minor")).toInteger();
            line.details << (price == 0 || !currency
                                 ? mod.value(QStringLiteral("option")).toString()
                                 : QStringLiteral("%1 +%2").arg(mod.value(QStringLiteral("option")).toString(),
                                                                Money(price, currency.value()).display()));
        }
        if (!l.note.isEmpty()) {
            line.details << l.note;
        }
        if (l.discountMinor != 0 && currency) {
            line.details << Text::tr("discount %1").arg(Money(-l.discountMinor, currency.value()).display());
        }
        d.lines << line;
    }
    d.subtotalMinor = o.subtotalMinor;
    d.discountMinor = o.discountMinor;
    d.tipMinor = o.tipMinor;
    d.totalMinor = o.totalMinor;
    for (const VatBucket &b : o.vatBreakdown()) {
        d.vat << ReceiptVat{b.vatBp, b.netMinor, b.vatMinor};
    }
    for (const AppliedPayment &p : o.payments) {
        // Only a tender that gives change prints what was handed over.
        d.payments << ReceiptPayment{p.method, p.amountMinor, payment::givesChange(p.method) ? p.tenderedMinor : 0,
                                     p.changeMinor, p.reference};
    }
    if (entry.value()) {
        d.journalHash = entry.value()->hash;
        d.journalSig = entry.value()->sig;
    }
    return d;
}

Result<ReceiptDocument> billFor(Store &store, const Ticket &ticket, const QString &staffName, const QString &language)
{
    auto totals = priceTicket(ticket);
    if (!totals) {
        return totals.error();
    }
    auto doc = headerFor(store, QStringLiteral("bill"), ticket.currency, language);
    if (!doc) {
        return doc.error();
    }
    ReceiptDocument &d = doc.value();
    auto currency = Currency::fromCode(ticket.currency);
    d.staffName = staffName;
    d.tableName = ticket.tableName;
    for (qsizetype i = 0; i < ticket.lines.size(); ++i) {
        const TicketLine &l = ticket.lines.at(i);
        const PricedLine &priced = totals->lines.at(i);
        ReceiptLine line{l.name, l.qty, priced.totalMinor, {}};
        for (const ModifierChoice &m : l.modifiers) {
            line.details << (m.priceMinor == 0 || !currency
                                 ? m.optionName
                                 : QStringLiteral("%1 +%2").arg(m.optionName,
                                                                Money(m.priceMinor, currency.value()).display()));
        }
        if (!l.note.isEmpty()) {
            line.details << l.note;
        }
        if (priced.lineDiscountMinor != 0 && currency) {
            line.details << Text::tr("discount %1").arg(Money(-priced.lineDiscountMinor, currency.value()).display());
        }
        d.lines << line;
    }
    d.subtotalMinor = totals->subtotalMinor;
    d.discountMinor = totals->discountMinor;
    d.tipMinor = totals->tipMinor;
    d.totalMinor = totals->totalMinor;
    for (const VatBucket &b : totals->vat) {
        d.vat << ReceiptVat{b.vatBp, b.netMinor, b.vatMinor};
    }
    return doc;
}

Result<ReceiptDocument> testPageFor(Store &store, const QString &footer, const QString &language)
{
    auto doc = headerFor(store, QStringLiteral("test"), {}, language);
    if (!doc) {
        return doc.error();
    }
    ReceiptDocument &d = doc.value();
    const qint64 sample = d.minorDigits == 0 ? 1000 : 100;
    d.lines << ReceiptLine{QStringLiteral("가나다 똠방각하 ABC 123"), 1, sample, {QStringLiteral("0123456789")}};
    d.subtotalMinor = sample;
    d.totalMinor = sample;
    d.footer = footer;
    return doc;
}

} // namespace madang
