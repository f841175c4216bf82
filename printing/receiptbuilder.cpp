#include "receiptbuilder.h"

#include "journal.h"
#include "merchantrepository.h"
#include "money.h"
#include "orderrepository.h"
#include "store.h"

#include <QCoreApplication>
#include <QJsonObject>

namespace madang {

namespace {
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(ReceiptBuilder)
};
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
    d.at = QDateTime::fromString(o.finalizedAt, Qt::ISODateWithMs);
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
        d.payments << ReceiptPayment{p.method, p.amountMinor, p.method == QLatin1String("cash") ? p.tenderedMinor : 0,
                                     p.changeMinor, p.reference};
    }
    if (entry.value()) {
        d.journalHash = entry.value()->hash;
        d.journalSig = entry.value()->sig;
    }
    return d;
}

} // namespace madang
